package org.masar.internship.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.DocumentState;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementDocument;
import org.masar.internship.service.PlacementService;
import org.masar.internship.service.ScanDownload;
import org.masar.security.service.CurrentUser;
import org.primefaces.model.file.UploadedFile;

/**
 * The documents checklist of internship/placement.xhtml: each document's state and details, one
 * form per document ({@code doc-KIND}), and its scan, uploaded in a form of its own ({@code scan-KIND})
 * and checked by the service (type told by content, size), refused next to the file field.
 */
@Named
@ViewScoped
public class PlacementDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One document's fields as typed. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private DocumentState state;
        private String number;
        private String type;
        private LocalDate validFrom;
        private LocalDate validTo;
        private transient UploadedFile file;

        void of(PlacementDocument d) {
            state = d.getState();
            number = d.getNumber();
            type = d.getType();
            validFrom = d.getValidFrom();
            validTo = d.getValidTo();
        }

        public DocumentState getState() {
            return state;
        }

        public void setState(DocumentState state) {
            this.state = state;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public LocalDate getValidTo() {
            return validTo;
        }

        public void setValidTo(LocalDate validTo) {
            this.validTo = validTo;
        }

        public UploadedFile getFile() {
            return file;
        }

        public void setFile(UploadedFile file) {
            this.file = file;
        }
    }

    @Inject
    PlacementBacking page;

    @Inject
    transient PlacementService placements;

    @Inject
    transient CurrentUser currentUser;

    private final Map<DocumentKind, Row> rows = new EnumMap<>(DocumentKind.class);

    @PostConstruct
    void fill() {
        Placement p = page.getPlacement();
        for (DocumentKind kind : DocumentKind.values()) {
            Row row = new Row();
            if (p != null) {
                row.of(p.document(kind));
            }
            rows.put(kind, row);
        }
    }

    public void mark(DocumentKind kind) {
        Row row = rows.get(kind);
        var details = new PlacementDocument.Details(row.number, row.type, row.validFrom, row.validTo);
        if (page.change("doc-" + kind, () -> placements.mark(page.getId(), page.getVersion(), kind, row.state, details,
                currentUser.require()), "internship.documents.saved")) {
            row.of(page.getPlacement().document(kind));
        }
    }

    public void upload(DocumentKind kind) {
        Row row = rows.get(kind);
        UploadedFile file = row.file;
        row.file = null;
        page.change("scan-" + kind, () -> placements.upload(page.getId(), page.getVersion(), kind,
                file == null ? null : file.getContent(), file == null ? null : file.getFileName(), currentUser.require()),
                "internship.documents.uploaded");
    }

    /** The address of a document's scan, or none. */
    public String scanAddress(DocumentKind kind) {
        return page.getPlacement().document(kind).getScanId() == null ? null
                : ScanDownload.address(page.getId(), kind);
    }

    public Map<DocumentKind, Row> getRows() {
        return rows;
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }
}
