package org.masar.internship.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.Scan;
import org.masar.security.service.Caller;
import org.masar.security.service.Download;
import org.masar.shared.domain.InvalidInput;

/**
 * /download/placement-scan.file?placement=ID&amp;kind=KIND: the scan of one document of a placement,
 * as the PDF, JPEG or PNG its content is, under its safe name. Whoever sees the placement has it
 * (every download is a read of the intern in the audit trail); a placement outside the caller's
 * scope, or a document without a scan, answers 404 as one that does not exist.
 */
@ApplicationScoped
public class ScanDownload implements Download {

    @Inject
    PlacementService placements;

    @Override
    public String name() {
        return "placement-scan";
    }

    @Override
    public String extension() {
        return "file";
    }

    @Override
    public boolean permits(Caller caller) {
        return PlacementAccess.seesPlacements(caller);
    }

    @Override
    public Prepared prepare(Map<String, String> parameters, Caller caller, Locale locale) {
        long placement;
        DocumentKind kind;
        try {
            placement = Long.parseLong(parameters.getOrDefault("placement", ""));
        } catch (NumberFormatException bad) {
            throw InvalidInput.of("placement", "internship.error.placement");
        }
        try {
            kind = DocumentKind.valueOf(parameters.getOrDefault("kind", ""));
        } catch (IllegalArgumentException bad) {
            throw InvalidInput.of("kind", "internship.error.document");
        }
        Scan scan = placements.scan(placement, kind, caller);
        return new Prepared() {
            @Override
            public int writeTo(java.io.OutputStream out) {
                try {
                    out.write(scan.getContent());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return 1;
            }

            @Override
            public String contentType() {
                return scan.getContentType();
            }

            @Override
            public String fileName() {
                return scan.getFileName();
            }
        };
    }

    /** The address of a document's scan, from the application's root. */
    public static String address(long placement, DocumentKind kind) {
        return "/download/placement-scan.file?placement=" + placement + "&kind=" + kind;
    }
}
