package org.masar.security.service;

import java.io.OutputStream;
import java.util.Map;
import java.util.Locale;

/**
 * A file Masar hands out, such as the Excel export of a list. Every download goes through the one
 * endpoint (/download/NAME.xlsx), which signs the request in, asks the download whether the
 * caller's role permits it, lets it read its parameters (a bad one answers 400 before anything is
 * written), then streams the file. The download itself reads only within the caller's scope.
 */
public interface Download {

    /** The name in the address: /download/{name}.xlsx. */
    String name();

    /** Whether the caller's role may have this file at all. */
    boolean permits(Caller caller);

    /** Reads the request's parameters; throws {@code InvalidInput} for a bad one, before anything is written. */
    Prepared prepare(Map<String, String> parameters, Caller caller, Locale locale);

    /** A download ready to write: what it is about and how many rows it will hold are known once it is written. */
    interface Prepared {
        /** Writes the file; returns the number of rows it holds. */
        int writeTo(OutputStream out);
    }
}
