package org.masar.pipeline.domain;

import java.time.LocalDateTime;

/** Who makes a move and when; managers may override entry criteria and reopen. */
public record Actor(String username, boolean manager, LocalDateTime at) {
}
