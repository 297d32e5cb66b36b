package org.masar.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** Something in the trail administrators should look at: an account reading unusually many profiles. */
@Entity
@Table(name = "audit_alert")
public class AuditAlert {

    public static final String UNUSUAL_READING = "UNUSUAL_READING";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(nullable = false, updatable = false, length = 64)
    private String username;

    @Column(nullable = false, updatable = false, length = 24)
    private String kind;

    @Column(name = "read_count", nullable = false, updatable = false)
    private int reads;

    @Column(name = "seen_by", length = 64)
    private String seenBy;

    @Column(name = "seen_at")
    private LocalDateTime seenAt;

    @Version
    private int version;

    protected AuditAlert() {
    }

    public AuditAlert(LocalDateTime at, String username, String kind, int reads) {
        this.at = at;
        this.username = username;
        this.kind = kind;
        this.reads = reads;
    }

    /** An administrator looked at it. */
    public void seen(String by, LocalDateTime when) {
        if (seenBy == null) {
            seenBy = by;
            seenAt = when;
        }
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getKind() {
        return kind;
    }

    public int getReads() {
        return reads;
    }

    public String getSeenBy() {
        return seenBy;
    }

    public LocalDateTime getSeenAt() {
        return seenAt;
    }

    public int getVersion() {
        return version;
    }
}
