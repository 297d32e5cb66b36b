package org.masar.security.service;

import java.io.OutputStream;
import java.util.Map;
import java.util.Locale;

/**
 * A file Masar hands out, such as the Excel export of a list or a document's scan. Every download
 * goes through the one endpoint (/download/NAME.EXTENSION), which signs the request in, asks the download whether the
 * caller's role permits it, lets it read its parameters (a bad one answers 400 before anything is
 * written), then streams the file. The download itself reads only within the caller's scope.
 */
public interface Download {

    /** An Excel workbook's content type, what a download is unless it says otherwise. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The name in the address: /download/{name}.{extension}. */
    String name();

    /** The extension in the address: xlsx for the exports; "file" for one whose type is known once it is read. */
    default String extension() {
        return "xlsx";
    }

    /** Whether the caller's role may have this file at all. */
    boolean permits(Caller caller);

    /** Reads the request's parameters; throws {@code InvalidInput} for a bad one, before anything is written. */
    Prepared prepare(Map<String, String> parameters, Caller caller, Locale locale);

    /** A download ready to write: what it is about and how many rows it will hold are known once it is written. */
    interface Prepared {
        /** Writes the file; returns the number of rows it holds. */
        int writeTo(OutputStream out);

        /** What the file is, as the response's content type. */
        default String contentType() {
            return XLSX;
        }

        /** The name offered to save it under (letters, digits, dots, dashes); none: masar-NAME-DAY.xlsx. */
        default String fileName() {
            return null;
        }
    }
}
