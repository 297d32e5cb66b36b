package org.masar.beneficiary.service;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.masar.shared.i18n.Localized;
import org.masar.shared.i18n.Texts;

/**
 * One line of a person's timeline, whatever it comes from: a registry event, an enrolment move,
 * a case note or a follow-up. {@code kind} is a message key; {@code title} and {@code detail} are
 * said in the language the page asks for when it renders them ({@link #title(Locale)}), never in
 * the one of the request that read them: a page that changes language keeps its entries.
 * {@code who} is the account that acted; {@link Timeline} adds the person's full name.
 */
public final class TimelineEntry implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Localized NOTHING = locale -> null;

    private final LocalDateTime at;
    private final String kind;
    private final String cssClass;
    private final String who;
    private final String whoName;
    /** Title and detail in each language Masar speaks, said when the entry was read: a view keeps them. */
    private final Map<String, String> title;
    private final Map<String, String> detail;
    private final Long enrolmentId;

    public TimelineEntry(LocalDateTime at, String kind, String cssClass, String who, Localized title, Localized detail,
                         Long enrolmentId) {
        this(at, kind, cssClass, who, who, title, detail, enrolmentId);
    }

    private TimelineEntry(LocalDateTime at, String kind, String cssClass, String who, String whoName,
                          Map<String, String> title, Map<String, String> detail, Long enrolmentId) {
        this.at = at;
        this.kind = kind;
        this.cssClass = cssClass;
        this.who = who;
        this.whoName = whoName;
        this.title = title;
        this.detail = detail;
        this.enrolmentId = enrolmentId;
    }

    private TimelineEntry(LocalDateTime at, String kind, String cssClass, String who, String whoName, Localized title,
                          Localized detail, Long enrolmentId) {
        this.at = at;
        this.kind = kind;
        this.cssClass = cssClass;
        this.who = who;
        this.whoName = whoName;
        this.title = said(title);
        this.detail = said(detail);
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
        return in(title, locale);
    }

    public String detail(Locale locale) {
        return in(detail, locale);
    }

    private static Map<String, String> said(Localized text) {
        return text == null ? new HashMap<>() : Texts.inEveryLanguage(text);
    }

    private static String in(Map<String, String> said, Locale locale) {
        return Texts.in(said, locale);
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }
}
