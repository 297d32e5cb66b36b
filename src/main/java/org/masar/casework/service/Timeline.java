package org.masar.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryEvent;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.casework.domain.CaseNote;
import org.masar.casework.domain.FollowUp;
import org.masar.pipeline.domain.StageTransition;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.shared.i18n.Texts;
import org.masar.site.domain.Scope;

/** One person, one timeline: registry events, enrolment moves, case notes and follow-ups, newest first. */
@ApplicationScoped
@Transactional
public class Timeline {

    @Inject
    BeneficiaryService registry;

    @Inject
    EnrolmentService enrolments;

    @Inject
    CaseWorkService casework;

    public List<TimelineEntry> of(String code, Scope scope, Locale locale) {
        Beneficiary person = registry.find(code, scope);
        List<TimelineEntry> entries = new ArrayList<>();
        List<BeneficiaryEvent> events = new ArrayList<>(registry.timeline(code, scope));
        java.util.Collections.reverse(events);
        for (BeneficiaryEvent e : events) {
            entries.add(new TimelineEntry(e.getAt(), "event." + e.getKind(), "event-" + e.getKind(), e.getByUser(),
                    null, e.getDetail(), null));
        }
        for (StageTransition t : enrolments.historyOfPerson(person.getId())) {
            var pipeline = t.getEnrolment().getPipeline();
            String where = pipeline.getProgramme().getCode() + " · " + Texts.get(locale, "pipeline.type." + pipeline.getType());
            String move = t.getFromStage() == null || t.getFromStage() == t.getToStage()
                    ? t.getToStage().name(locale)
                    : t.getFromStage().name(locale) + " → " + t.getToStage().name(locale);
            StringBuilder detail = new StringBuilder();
            if (t.getReasonCode() != null) {
                detail.append(Texts.get(locale, "dropReason." + t.getReasonCode()));
            }
            if (t.getNote() != null) {
                detail.append(detail.length() > 0 ? " — " : "").append(t.getNote());
            }
            if (t.getOverrideReason() != null) {
                detail.append(detail.length() > 0 ? " — " : "")
                        .append(Texts.get(locale, "enrolment.history.override", t.getOverrideReason()));
            }
            entries.add(new TimelineEntry(t.getAt(), "move." + t.getAction(), "move-" + t.getAction(), t.getByUser(),
                    where + " · " + move, detail.toString(), t.getEnrolment().getId()));
        }
        for (CaseNote n : casework.notes(person.getId())) {
            entries.add(new TimelineEntry(n.getAt(), "timeline.note", "note", n.getAuthor(), null, n.getText(),
                    n.getEnrolmentId()));
        }
        for (FollowUp f : casework.followUps(person.getId())) {
            String state = f.isDone() ? Texts.get(locale, "followUp.doneBy", f.getDoneBy())
                    : Texts.get(locale, "followUp.dueOn", f.getDueDate().toString());
            entries.add(new TimelineEntry(f.getCreatedAt(), "timeline.followUp", f.isDone() ? "follow-up done" : "follow-up",
                    f.getCreatedBy(), f.getTitle() + " → " + f.getAssignee().getFullName(), state, f.getEnrolmentId()));
        }
        // Oldest first, stable for lines stored within the same second, then turned round.
        entries.sort(Comparator.comparing(TimelineEntry::getAt));
        java.util.Collections.reverse(entries);
        return entries;
    }
}
