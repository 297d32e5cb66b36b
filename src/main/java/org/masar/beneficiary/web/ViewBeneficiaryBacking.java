package org.masar.beneficiary.web;

import org.masar.beneficiary.domain.ProfilePart;
import org.masar.beneficiary.service.ParticipationWithdrawn;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.beneficiary.service.Timeline;
import org.masar.beneficiary.service.TimelineEntry;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;
import org.masar.shared.web.Section;
import org.masar.shared.web.Sections;
import org.masar.shared.i18n.ReaderLocale;

/**
 * beneficiary/view.xhtml: the profile, consent and timeline of one person; consent changes
 * (merges: {@link MergeBacking}). The person is resolved once per request; what other modules show about the person
 * (enrolments, follow-ups, notes…) are the sections they contribute, which this bean hands the
 * person without knowing them.
 */
@Named
@ViewScoped
public class ViewBeneficiaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BeneficiaryService registry;

    @Inject
    transient Timeline timeline;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ReaderLocale reader;

    @Inject
    transient Clock clock;

    @Inject
    @Any
    transient Instance<Section<Beneficiary>> contributed;

    private String code;
    private transient Beneficiary person;
    private transient List<Section<Beneficiary>> sections;
    private transient List<TimelineEntry> entries;
    private transient ParticipationWithdrawn withheld;
    private transient java.util.Set<ProfilePart> parts;

    /** The page opened: the person is read, and the audit trail told. */
    public void load() {
        try {
            person = registry.open(code, currentUser.require(), org.masar.beneficiary.event.ReadView.PROFILE);
            show();
        } catch (ParticipationWithdrawn refused) {
            withheld = refused;
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    /** Shown again after one of the page's own actions: nothing new was read. */
    void reload() {
        try {
            person = registry.profile(code, currentUser.require());
            show();
        } catch (ParticipationWithdrawn refused) {
            person = null;
            withheld = refused;
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    /**
     * Whether the record is withheld from the caller: the person withdrew consent to take part, and
     * only managers and administrators see them. The page says so, and since when.
     */
    public boolean isWithheld() {
        return withheld != null;
    }

    /** The words that say why the record is withheld. */
    public String getWithheldMessage() {
        return withheld == null ? null : org.masar.shared.i18n.Texts.get(reader.getLocale(), withheld.messageKey(),
                withheld.arguments());
    }

    /** Whether the caller's roles show this part of the record (README, "Need to know"). */
    public boolean sees(String part) {
        if (parts == null) {
            parts = BeneficiaryAccess.parts(currentUser.require());
        }
        return parts.contains(ProfilePart.valueOf(part));
    }

    private void show() {
        Sections.load(getSections(), person);
        entries = timeline.of(person, currentUser.require());
    }

    /** The sections other modules contribute that the caller may see, in order. */
    public List<Section<Beneficiary>> getSections() {
        if (sections == null) {
            sections = Sections.visible(contributed);
        }
        return sections;
    }

    public AgeBand getAgeBand() {
        return person.ageBand(person.getSite().today(clock));
    }

    public int getAge() {
        return person.age(person.getSite().today(clock));
    }

    public List<TimelineEntry> getEntries() {
        return entries;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Beneficiary getPerson() {
        return person;
    }
}
