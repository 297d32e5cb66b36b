package org.masar.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One line of the audit trail: who read or changed what, when, from where, through which door.
 * Written once; every column is insert-only and nothing in Masar updates or deletes a line (on
 * MySQL a trigger refuses it as well). Personal values (a field before and after an edit) are
 * not in {@code detail} but {@code sealed} with the person's key, which erasure destroys.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int SUBJECT_MAX = 200;
    public static final int DETAIL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(nullable = false, updatable = false, length = 64)
    private String username;

    @Column(updatable = false, length = 64)
    private String address;

    @Column(nullable = false, updatable = false, length = 16)
    private String channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private AuditAction action;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(nullable = false, updatable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    @Column(updatable = false, length = 4000)
    private byte[] sealed;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime at, String username, String address, String channel, AuditAction action,
                      Long personId, String subject, String detail, byte[] sealed) {
        this.at = at;
        this.username = username;
        this.address = address;
        this.channel = channel;
        this.action = action;
        this.personId = personId;
        this.subject = cut(subject, SUBJECT_MAX);
        this.detail = cut(detail, DETAIL_MAX);
        this.sealed = sealed;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
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

    public String getAddress() {
        return address;
    }

    public String getChannel() {
        return channel;
    }

    public AuditAction getAction() {
        return action;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public byte[] getSealed() {
        return sealed == null ? null : sealed.clone();
    }
}
