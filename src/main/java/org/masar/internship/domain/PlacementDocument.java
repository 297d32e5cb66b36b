package org.masar.internship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.masar.shared.domain.InvalidInput;

/**
 * One document of a placement's checklist: missing, received or verified, with who and when; for
 * a visa its number, type and validity, for the insurance its policy and validity; and the scan
 * uploaded, if any. Its changes go through the placement, whose version they raise.
 */
@Entity
@Table(name = "placement_document")
public class PlacementDocument {

    public static final int NUMBER_MAX = 60;
    public static final int TYPE_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id", nullable = false, updatable = false)
    private Placement placement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentState state = DocumentState.MISSING;

    @Column(name = "doc_number", length = NUMBER_MAX)
    private String number;

    @Column(name = "doc_type", length = TYPE_MAX)
    private String type;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "received_by", length = 64)
    private String receivedBy;

    @Column(name = "received_at")
    private LocalDateTime receivedAt;

    @Column(name = "verified_by", length = 64)
    private String verifiedBy;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    @Column(name = "scan_id")
    private Long scanId;

    protected PlacementDocument() {
    }

    PlacementDocument(Placement placement, DocumentKind kind) {
        this.placement = placement;
        this.kind = kind;
    }

    /** What a document says, as typed: number and type (a visa's), validity (a visa's, a policy's). */
    public record Details(String number, String type, LocalDate validFrom, LocalDate validTo) {

        public static final Details NONE = new Details(null, null, null, null);

        /** What is wrong, per field, for a document of {@code kind} marked received or verified. */
        public Map<String, String> problems(DocumentKind kind) {
            Map<String, String> p = new LinkedHashMap<>();
            if (kind == DocumentKind.VISA || kind == DocumentKind.INSURANCE) {
                if (Placement.blank(number) || number.trim().length() > NUMBER_MAX) {
                    p.put("number", kind == DocumentKind.VISA ? "internship.error.visaNumber" : "internship.error.policy");
                }
                if (kind == DocumentKind.VISA && (Placement.blank(type) || type.trim().length() > TYPE_MAX)) {
                    p.put("type", "internship.error.visaType");
                }
                if (validFrom == null) {
                    p.put("validFrom", "internship.error.validFrom");
                }
                if (validTo == null) {
                    p.put("validTo", "internship.error.validTo");
                } else if (validFrom != null && validTo.isBefore(validFrom)) {
                    p.put("validTo", "internship.error.validToBefore");
                }
            }
            return p;
        }
    }

    /**
     * Marks the document {@code state} (received or verified: a verified document was received,
     * by the same person if nobody had marked it so), with its details; back to missing clears who
     * and when but keeps the scan. Refused per field when the details do not hold.
     */
    void mark(DocumentState to, Details details, String by, LocalDateTime at) {
        Details d = details == null ? Details.NONE : details;
        if (to != DocumentState.MISSING) {
            Map<String, String> problems = d.problems(kind);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
        // Verified again with other details: the one who verified these is the one who did it now.
        Details incoming = new Details(Placement.trim(d.number()), kind == DocumentKind.VISA ? Placement.trim(d.type()) : null,
                d.validFrom(), d.validTo());
        boolean otherDetails = kind.hasValidity() && !incoming.equals(details());
        if (kind.hasValidity()) {
            number = Placement.trim(d.number());
            type = kind == DocumentKind.VISA ? Placement.trim(d.type()) : null;
            validFrom = d.validFrom();
            validTo = d.validTo();
        }
        switch (to) {
            case MISSING -> {
                receivedBy = null;
                receivedAt = null;
                verifiedBy = null;
                verifiedAt = null;
            }
            case RECEIVED -> {
                if (state == DocumentState.MISSING) {
                    receivedBy = by;
                    receivedAt = at;
                }
                verifiedBy = null;
                verifiedAt = null;
            }
            case VERIFIED -> {
                if (receivedBy == null) {
                    receivedBy = by;
                    receivedAt = at;
                }
                if (state != DocumentState.VERIFIED || otherDetails) {
                    verifiedBy = by;
                    verifiedAt = at;
                }
            }
        }
        state = to;
    }

    void attach(long scanId) {
        this.scanId = scanId;
    }

    /** Whether the document is verified and, for a visa or a policy, valid over the placement's planned dates. */
    public boolean verifiedCovering(LocalDate start, LocalDate end) {
        return state == DocumentState.VERIFIED && (!kind.hasValidity() || PlacementRules.covers(validFrom, validTo, start, end));
    }

    public Long getId() {
        return id;
    }

    public Placement getPlacement() {
        return placement;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public DocumentState getState() {
        return state;
    }

    public String getNumber() {
        return number;
    }

    public String getType() {
        return type;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public LocalDateTime getVerifiedAt() {
        return verifiedAt;
    }

    public Long getScanId() {
        return scanId;
    }

    public Details details() {
        return new Details(number, type, validFrom, validTo);
    }
}
