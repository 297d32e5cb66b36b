package org.masar.shared.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one request has already read, for the parts of a page that need the same rows: the
 * sections of a profile all ask for the staff who reach the person's site or for the person's
 * enrolments, and each is read once per request.
 */
@RequestScoped
public class RequestMemo {

    private final Map<String, Object> values = new HashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> read) {
        if (!values.containsKey(key)) {
            values.put(key, read.get());
        }
        return (T) values.get(key);
    }
}
