package org.masar.beneficiary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.MergeConflict;
import org.masar.beneficiary.service.MergePreview;
import org.masar.security.service.CurrentUser;
import org.masar.shared.i18n.ReaderLocale;
import org.masar.shared.i18n.Texts;
import org.masar.shared.web.Faces;

/**
 * The merge panel of beneficiary/view.xhtml, in two steps: the duplicate's code shows what the
 * merge will move and what conflicts (nothing changes yet); confirming, with a choice per
 * conflict, merges and leaves for the kept record's profile, so that a reload never posts again.
 */
@Named
@ViewScoped
public class MergeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient org.masar.beneficiary.service.PersonMerges merges;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ReaderLocale reader;

    @Inject
    ViewBeneficiaryBacking page;

    private String duplicateCode;
    private Shown preview;
    private final Map<String, String> choices = new HashMap<>();

    public void preview() {
        preview = null;
        Faces.attempt("merge", () -> preview = Shown.of(
                merges.previewMerge(page.getCode(), duplicateCode, currentUser.require()), reader.getLocale()));
        choices.clear();
    }

    public void confirm() {
        if (preview != null && Faces.attempt("merge",
                () -> merges.merge(preview.keep().code(), preview.duplicate().code(), choices, currentUser.require()))) {
            Faces.info("beneficiary.merge.done", preview.duplicate().code(), preview.keep().code());
            Faces.redirect("/beneficiary/view.xhtml?code=" + URLEncoder.encode(preview.keep().code(), StandardCharsets.UTF_8));
        }
    }

    public void cancel() {
        preview = null;
        choices.clear();
    }

    /** One side of the comparison: what tells the two records apart at a glance. */
    public record Side(String code, String name, String arabicName, String birthDate, String site, String phone,
                       String document) implements Serializable {
        static Side of(Beneficiary b, Locale locale) {
            return new Side(b.getCode(), b.getFullName(), b.getArabicName(), b.getBirthDate().toString(),
                    b.getSite().name(locale), b.getPhone(), b.getDocumentNumber());
        }
    }

    public record Choice(String value, String label) implements Serializable {
    }

    public record Conflict(String id, String question, List<Choice> options) implements Serializable {
    }

    /** The preview as the page shows it, in the reader's language: texts only, kept with the view. */
    public record Shown(String title, Side keep, Side duplicate, List<String> moves, List<Conflict> conflicts)
            implements Serializable {
        static Shown of(MergePreview p, Locale locale) {
            return new Shown(Texts.get(locale, "beneficiary.merge.previewTitle", p.duplicate().getCode(), p.keep().getCode()),
                    Side.of(p.keep(), locale), Side.of(p.duplicate(), locale),
                    p.moves().stream().map(m -> m.in(locale)).toList(),
                    p.conflicts().stream().map(c -> conflict(c, locale)).toList());
        }

        private static Conflict conflict(MergeConflict c, Locale locale) {
            return new Conflict(c.id(), c.question().in(locale),
                    c.options().stream().map(o -> new Choice(o.value(), o.label().in(locale))).toList());
        }
    }

    public Shown getPreview() {
        return preview;
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public String getDuplicateCode() {
        return duplicateCode;
    }

    public void setDuplicateCode(String duplicateCode) {
        this.duplicateCode = duplicateCode;
    }
}
