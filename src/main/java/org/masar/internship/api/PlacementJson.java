package org.masar.internship.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.internship.domain.AgreementChange;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.Matching;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementDocument;
import org.masar.internship.service.PlacementLine;
import org.masar.internship.service.PlacementQueries;
import org.masar.pipeline.domain.Enrolment;
import org.masar.shared.i18n.Texts;
import org.masar.site.domain.Site;

/**
 * A placement over HTTP: the intern and their journey's stage, the host, the plan, the sending and
 * receiving sites, the learning agreement's three parts, the documents checklist (each with where it
 * stands, its details, who received and verified it and when, and the path to download its scan),
 * the outcome, and the {@code version} every change quotes.
 */
public record PlacementJson(long id, long enrolmentId, String personCode, String firstName, String lastName,
                            String programme, String stage, String stageName, String enrolmentStatus, HostRef host,
                            PlanJson plan, SiteRef sendingSite, SiteRef receivingSite, BeforeJson agreementBefore,
                            List<ChangeJson> agreementChanges, AfterJson agreementAfter, boolean visaNeeded,
                            List<DocumentJson> documents, String outcome, String outcomeReason, LocalDate endedOn,
                            String createdBy, LocalDateTime createdAt, int version) {

    /** Where a scan is downloaded (with the browser's session or HTTP Basic), {@code placement} and {@code kind} filled in. */
    static final String SCAN_PATH = "/download/placement-scan.file?placement=%d&kind=%s";

    public record HostRef(long id, String name, String country, String city) {
    }

    public record SiteRef(long id, String code, String name) {
    }

    /** The plan: the host's tutor, the planned dates, the city. */
    public record PlanJson(String tutorName, LocalDate plannedStart, LocalDate plannedEnd, String city) {
    }

    /** The learning agreement before the internship; {@code signed}: by all three, after which it changes only by changes agreed. */
    public record BeforeJson(String programme, String learningOutcomes, String monitoringPlan, String evaluationPlan,
                             String languageLevel, LocalDate signedByIntern, LocalDate signedByHost,
                             LocalDate signedBySending, boolean signed) {
    }

    /** A change agreed during the internship, and who recorded it. */
    public record ChangeJson(LocalDate changedOn, String description, String agreedBy, String recordedBy) {
    }

    /** The learning agreement after the internship. */
    public record AfterJson(String hostEvaluation, String certificate) {
    }

    /** A document of the checklist; {@code scan}: the path to download its scan, when {@code hasScan}. */
    public record DocumentJson(String kind, String name, String state, String number, String type, LocalDate validFrom,
                               LocalDate validTo, String receivedBy, LocalDateTime receivedAt, String verifiedBy,
                               LocalDateTime verifiedAt, boolean hasScan, String scan) {
    }

    /** A placement as lists show it, with each document's state and what needs attention. */
    public record LineJson(long id, long enrolmentId, String personCode, String firstName, String lastName, long hostId,
                           String hostName, String city, LocalDate plannedStart, LocalDate plannedEnd, String stage,
                           String stageName, String outcome, boolean visaNeeded, List<DocumentStateJson> documents,
                           List<AlertJson> alerts) {
    }

    public record DocumentStateJson(String kind, String state) {
    }

    /** What needs the coordinator's attention: VISA_EXPIRES, INSURANCE_EXPIRES or ENDING, and the sentence. */
    public record AlertJson(String code, String message) {
    }

    /** A host suggested for a candidate, and why: the sector and city wanted, the languages in common. */
    public record SuggestionJson(long hostId, String name, String city, String sector, int capacity, long free,
                                 boolean sameSector, boolean sameCity, List<String> commonLanguages) {
    }

    static PlacementJson of(Placement p, Locale locale) {
        Enrolment e = p.getEnrolment();
        Beneficiary b = e.getBeneficiary();
        Placement.Before before = p.before();
        Placement.After after = p.after();
        return new PlacementJson(p.getId(), e.getId(), b.getCode(), b.getFirstName(), b.getLastName(),
                e.getPipeline().getProgramme().getCode(), e.getCurrentStage().getCode(), e.getCurrentStage().name(locale),
                e.getStatus().name(), new HostRef(p.getHost().getId(), p.getHost().getName(), p.getHost().getCountry(),
                        p.getHost().getCity()),
                new PlanJson(p.getTutorName(), p.getPlannedStart(), p.getPlannedEnd(), p.getCity()),
                site(p.getSendingSite(), locale), site(p.getReceivingSite(), locale),
                new BeforeJson(before.programme(), before.learningOutcomes(), before.monitoringPlan(), before.evaluationPlan(),
                        before.languageLevel() == null ? null : before.languageLevel().name(), before.signedByIntern(),
                        before.signedByHost(), before.signedBySending(), before.signed()),
                p.getChanges().stream().map(PlacementJson::change).toList(),
                new AfterJson(after.hostEvaluation(), after.certificate()), p.visaNeeded(),
                p.checklist().stream().map(d -> document(p, d, locale)).toList(),
                p.getOutcome() == null ? null : p.getOutcome().name(), p.getOutcomeReason(), p.getEndedOn(),
                p.getCreatedBy(), p.getCreatedAt(), p.getVersion());
    }

    static LineJson line(PlacementLine l, Locale locale) {
        return new LineJson(l.id(), l.enrolmentId(), l.personCode(), l.firstName(), l.lastName(), l.hostId(), l.hostName(),
                l.city(), l.plannedStart(), l.plannedEnd(), l.stageCode(), l.stageNames().in(locale),
                l.outcome() == null ? null : l.outcome().name(), l.visaNeeded(),
                Arrays.stream(DocumentKind.values())
                        .map(k -> new DocumentStateJson(k.name(), l.state(k).name())).toList(),
                l.alerts().stream().map(key -> new AlertJson(alertCode(key), Texts.get(locale, key))).toList());
    }

    static SuggestionJson suggestion(Matching.Suggestion s) {
        Matching.Candidate h = s.host();
        return new SuggestionJson(h.hostId(), h.name(), h.city(), h.sector().name(), h.capacity(), h.free(),
                s.sameSector(), s.sameCity(), List.copyOf(s.commonLanguages()));
    }

    private static String alertCode(String key) {
        if (PlacementQueries.VISA_EXPIRES.equals(key)) {
            return "VISA_EXPIRES";
        }
        if (PlacementQueries.INSURANCE_EXPIRES.equals(key)) {
            return "INSURANCE_EXPIRES";
        }
        return PlacementQueries.ENDING.equals(key) ? "ENDING" : key;
    }

    private static SiteRef site(Site s, Locale locale) {
        return new SiteRef(s.getId(), s.getCode(), s.name(locale));
    }

    private static ChangeJson change(AgreementChange c) {
        return new ChangeJson(c.getChangedOn(), c.getDescription(), c.getAgreedBy(), c.getRecordedBy());
    }

    private static DocumentJson document(Placement p, PlacementDocument d, Locale locale) {
        boolean scanned = d.getScanId() != null;
        return new DocumentJson(d.getKind().name(), Texts.get(locale, "internship.document." + d.getKind()),
                d.getState().name(), d.getNumber(), d.getType(), d.getValidFrom(), d.getValidTo(), d.getReceivedBy(),
                d.getReceivedAt(), d.getVerifiedBy(), d.getVerifiedAt(), scanned,
                scanned ? SCAN_PATH.formatted(p.getId(), d.getKind().name()) : null);
    }
}
