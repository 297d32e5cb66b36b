package org.masar.beneficiary.service;

import java.time.LocalDateTime;
import java.util.Locale;
import org.masar.shared.i18n.Localized;

/**
 * One line of a person's timeline, whatever it comes from: a registry event, an enrolment move,
 * a case note or a follow-up. {@code kind} is a message key; {@code title} and {@code detail} are
 * said in the language the page asks for when it renders them ({@link #title(Locale)}), never in
 * the one of the request that read them: a page that changes language keeps its entries.
 * {@code who} is the account that acted; {@link Timeline} adds the person's full name.
 */
public final class TimelineEntry {

    private static final Localized NOTHING = locale -> null;

    private final LocalDateTime at;
    private final String kind;
    private final String cssClass;
    private final String who;
    private final String whoName;
    private final Localized title;
    private final Localized detail;
    private final Long enrolmentId;

    public TimelineEntry(LocalDateTime at, String kind, String cssClass, String who, Localized title, Localized detail,
                         Long enrolmentId) {
        this(at, kind, cssClass, who, who, title, detail, enrolmentId);
    }

    private TimelineEntry(LocalDateTime at, String kind, String cssClass, String who, String whoName, Localized title,
                          Localized detail, Long enrolmentId) {
        this.at = at;
        this.kind = kind;
        this.cssClass = cssClass;
        this.who = who;
        this.whoName = whoName;
        this.title = title == null ? NOTHING : title;
        this.detail = detail == null ? NOTHING : detail;
        this.enrolmentId = enrolmentId;
    }

    /** Text that is data (a note as written): the same in every language. */
    public static Localized data(String text) {
        return text == null ? NOTHING : locale -> text;
    }

    /** This entry with the full name of the one who acted. */
    TimelineEntry by(String fullName) {
        return new TimelineEntry(at, kind, cssClass, who, fullName, title, detail, enrolmentId);
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

    /** The account that acted, as recorded. */
    public String getWho() {
        return who;
    }

    /** The full name of the one who acted (the account's name when it is no account). */
    public String getWhoName() {
        return whoName;
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public String detail(Locale locale) {
        return detail.in(locale);
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }
}
