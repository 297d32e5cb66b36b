package org.masar.internship.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a scan may be, told by its first bytes and never by its name: a PDF ("%PDF-"), a JPEG
 * (FF D8 FF) or a PNG (its eight-byte signature). Anything else is refused, whatever it is called.
 */
public enum ScanType {
    PDF("application/pdf", "pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    /** The largest scan kept: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String contentType;
    private final String extension;
    private final byte[] signature;

    ScanType(String contentType, String extension, byte[] signature) {
        this.contentType = contentType;
        this.extension = extension;
        this.signature = signature;
    }

    /** The type the content is, by its first bytes; empty when it is none of the three. */
    public static Optional<ScanType> of(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.starts(content)).findFirst();
    }

    public static Optional<ScanType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
    }

    private boolean starts(byte[] content) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
