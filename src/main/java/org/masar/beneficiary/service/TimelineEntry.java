package org.masar.beneficiary.service;

import java.time.LocalDateTime;

/**
 * One line of a person's timeline, whatever it comes from: a registry event, an enrolment move,
 * a case note or a follow-up. {@code kind} is a message key; {@code title} and {@code detail}
 * are already in the reader's language or are data.
 */
public final class TimelineEntry {

    private final LocalDateTime at;
    private final String kind;
    private final String cssClass;
    private final String who;
    private final String title;
    private final String detail;
    private final Long enrolmentId;

    public TimelineEntry(LocalDateTime at, String kind, String cssClass, String who, String title, String detail,
                         Long enrolmentId) {
        this.at = at;
        this.kind = kind;
        this.cssClass = cssClass;
        this.who = who;
        this.title = title;
        this.detail = detail;
        this.enrolmentId = enrolmentId;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getKind() {
        return kind;
    }

    public String getCssClass() {
        return cssClass;
    }

    public String getWho() {
        return who;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }
}
