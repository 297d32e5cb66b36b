package org.masar.beneficiary.event;

import java.time.LocalDateTime;

/** A list of people was handed out (the REST list): with which filter and how many rows. */
public record PeopleListed(String filter, int rows, String by, LocalDateTime at) {
}
