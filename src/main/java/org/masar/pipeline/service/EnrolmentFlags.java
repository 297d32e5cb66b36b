package org.masar.pipeline.service;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.masar.security.service.Caller;
import org.masar.shared.i18n.Localized;

/**
 * What a module flags on enrolments where lists show them (a participant at risk in a course; next:
 * a loan in arrears): a CDI bean of a higher feature, asked once per page for the page's enrolments,
 * answering by enrolment id only what the caller may be shown. Pipeline and the pages that list
 * enrolments never name the module.
 */
public interface EnrolmentFlags {

    Map<Long, List<Flag>> flags(Collection<Long> enrolmentIds, Caller caller);

    /** A flag: its words in each language (said when read) and a style class for the list. */
    final class Flag implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, String> text;
        private final String styleClass;

        public Flag(Localized text, String styleClass) {
            this.text = org.masar.shared.i18n.Texts.inEveryLanguage(text);
            this.styleClass = styleClass;
        }

        public String text(java.util.Locale locale) {
            return org.masar.shared.i18n.Texts.in(text, locale);
        }

        public String getStyleClass() {
            return styleClass;
        }
    }
}
