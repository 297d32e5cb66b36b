package org.masar.shared.api;

import java.util.Map;

/** Every error of the REST API: a sentence for people and, for bad input, one message per field. */
public record ErrorBody(String error, Map<String, String> fields) {
}
