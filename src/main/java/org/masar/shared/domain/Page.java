package org.masar.shared.domain;

import java.util.List;

public record Page<T>(List<T> rows, long total) {
}
