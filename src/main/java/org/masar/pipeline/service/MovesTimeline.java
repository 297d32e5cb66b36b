package org.masar.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.TimelineEntry;
import org.masar.beneficiary.service.TimelineSource;
import org.masar.pipeline.domain.StageTransition;
import org.masar.shared.i18n.Texts;
import org.masar.security.service.Caller;

/** The pipelines' part of a person's timeline: every move of every enrolment of a type the caller works, with its reasons. */
@ApplicationScoped
@Transactional
public class MovesTimeline implements TimelineSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<TimelineEntry> entries(Beneficiary person, Caller caller) {
        List<TimelineEntry> entries = new ArrayList<>();
        java.util.Set<org.masar.pipeline.domain.PipelineType> types = CaseWorkAccess.types(caller);
        if (types.isEmpty()) {
            return entries;
        }
        for (StageTransition t : em.createQuery("select t from StageTransition t join fetch t.enrolment e"
                        + " join fetch e.pipeline p join fetch p.programme left join fetch t.fromStage join fetch t.toStage"
                        + " where e.beneficiary.id = :id and p.type in :types order by t.at, t.id", StageTransition.class)
                .setParameter("id", person.getId()).setParameter("types", types).getResultList()) {
            entries.add(new TimelineEntry(t.getAt(), "move." + t.getAction(), "move-" + t.getAction(), t.getByUser(),
                    locale -> title(t, locale), locale -> detail(t, locale), t.getEnrolment().getId()));
        }
        return entries;
    }

    /** Programme, pipeline type and the move, in the reader's words. */
    private static String title(StageTransition t, Locale locale) {
        var pipeline = t.getEnrolment().getPipeline();
        String where = pipeline.getProgramme().getCode() + " · " + Texts.get(locale, "pipeline.type." + pipeline.getType());
        String move = t.getFromStage() == null || t.getFromStage() == t.getToStage()
                ? t.getToStage().name(locale)
                : t.getFromStage().name(locale) + " → " + t.getToStage().name(locale);
        return where + " · " + move;
    }

    /** The reason, the note, the criteria records met and an override's reason, if any. */
    private static String detail(StageTransition t, Locale locale) {
        List<String> detail = new ArrayList<>();
        if (t.getReasonCode() != null) {
            detail.add(Texts.get(locale, "dropReason." + t.getReasonCode()));
        }
        if (t.getNote() != null) {
            detail.add(t.getNote());
        }
        if (!t.evidenceNames(locale).isEmpty()) {
            detail.add(Texts.get(locale, "evidence.history", t.evidenceNames(locale)));
        }
        if (t.getOverrideReason() != null) {
            detail.add(Texts.get(locale, t.isPeriodOverridden() ? "enrolment.history.periodOverride"
                    : "enrolment.history.override", t.getOverrideReason()));
        }
        return String.join(" — ", detail);
    }
}
