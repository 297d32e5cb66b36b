package org.masar.internship.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masar.pipeline.domain.Enrolment;
import org.masar.shared.domain.FieldRefused;
import org.masar.shared.domain.InvalidInput;
import org.masar.site.domain.Site;

/**
 * An internship: an INTERNSHIP enrolment (the intern) placed with a host and a tutor, over planned
 * dates, in a city, worked by the coordinators of the sending and the receiving sites. It holds the
 * learning agreement's three parts — before (programme, learning outcomes, monitoring and
 * evaluation plans, language level, the signatures of intern, host and sending organisation), during
 * (the changes agreed), after (the host's evaluation, the certificate) — and the documents
 * checklist whose verified documents are the evidence that opens the journey's stages. Every change,
 * a document's included, raises its one version, so that a stale edit of any part is refused.
 */
@Entity
@Table(name = "placement")
public class Placement {

    public static final int TEXT_MAX = 2000;
    public static final int PLAN_MAX = 1000;
    public static final int CITY_MAX = 120;
    public static final int TUTOR_MAX = 120;
    public static final int CERTIFICATE_MAX = 120;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_id", nullable = false)
    private Host host;

    @Column(name = "tutor_name", length = TUTOR_MAX)
    private String tutorName;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Column(nullable = false, length = CITY_MAX)
    private String city;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sending_site_id", nullable = false, updatable = false)
    private Site sendingSite;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "receiving_site_id", nullable = false)
    private Site receivingSite;

    @Column(name = "la_programme", length = TEXT_MAX)
    private String programme;

    @Column(name = "la_outcomes", length = TEXT_MAX)
    private String learningOutcomes;

    @Column(name = "la_monitoring", length = PLAN_MAX)
    private String monitoringPlan;

    @Column(name = "la_evaluation", length = PLAN_MAX)
    private String evaluationPlan;

    @Enumerated(EnumType.STRING)
    @Column(name = "la_language", length = 2)
    private LanguageLevel languageLevel;

    @Column(name = "signed_intern")
    private LocalDate signedByIntern;

    @Column(name = "signed_host")
    private LocalDate signedByHost;

    @Column(name = "signed_sending")
    private LocalDate signedBySending;

    @Column(name = "after_evaluation", length = TEXT_MAX)
    private String hostEvaluation;

    @Column(name = "after_certificate", length = CERTIFICATE_MAX)
    private String certificate;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Outcome outcome;

    @Column(name = "outcome_reason", length = REASON_MAX)
    private String outcomeReason;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "placement_change", joinColumns = @JoinColumn(name = "placement_id"))
    @OrderColumn(name = "position")
    private List<AgreementChange> changes = new ArrayList<>();

    @OneToMany(mappedBy = "placement", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<PlacementDocument> documents = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected Placement() {
    }

    /** The plan a coordinator gives when matching: tutor, planned dates, city. Host and sites the service resolves. */
    public record Plan(String tutorName, LocalDate plannedStart, LocalDate plannedEnd, String city) {

        public Map<String, String> problems() {
            Map<String, String> p = new LinkedHashMap<>();
            String dates = PlacementRules.datesProblem(plannedStart, plannedEnd);
            if (dates != null) {
                p.put(plannedStart == null ? "plannedStart" : "plannedEnd", dates);
            }
            if (blank(city) || city.trim().length() > CITY_MAX) {
                p.put("city", "internship.error.city");
            }
            if (!blank(tutorName) && tutorName.trim().length() > TUTOR_MAX) {
                p.put("tutorName", "internship.error.tutorName");
            }
            return p;
        }
    }

    /** The learning agreement before the internship, as typed. */
    public record Before(String programme, String learningOutcomes, String monitoringPlan, String evaluationPlan,
                         LanguageLevel languageLevel, LocalDate signedByIntern, LocalDate signedByHost,
                         LocalDate signedBySending) {

        public Map<String, String> problems(LocalDate today) {
            Map<String, String> p = new LinkedHashMap<>();
            tooLong(p, "programme", programme, TEXT_MAX);
            tooLong(p, "learningOutcomes", learningOutcomes, TEXT_MAX);
            tooLong(p, "monitoringPlan", monitoringPlan, PLAN_MAX);
            tooLong(p, "evaluationPlan", evaluationPlan, PLAN_MAX);
            boolean anySigned = signedByIntern != null || signedByHost != null || signedBySending != null;
            if (anySigned && (blank(programme) || blank(learningOutcomes))) {
                p.put(blank(programme) ? "programme" : "learningOutcomes", "internship.error.signedEmpty");
            }
            future(p, "signedByIntern", signedByIntern, today);
            future(p, "signedByHost", signedByHost, today);
            future(p, "signedBySending", signedBySending, today);
            return p;
        }

        public boolean signed() {
            return signedByIntern != null && signedByHost != null && signedBySending != null;
        }
    }

    /** The learning agreement after the internship: the host's evaluation and the certificate's reference. */
    public record After(String hostEvaluation, String certificate) {

        public Map<String, String> problems() {
            Map<String, String> p = new LinkedHashMap<>();
            tooLong(p, "hostEvaluation", hostEvaluation, TEXT_MAX);
            tooLong(p, "certificate", certificate, CERTIFICATE_MAX);
            return p;
        }
    }

    /** A new placement of {@code enrolment} with {@code host}, and its checklist, every document missing. */
    public static Placement open(Enrolment enrolment, Host host, Plan plan, Site sending, Site receiving, String by,
                                 LocalDateTime at) {
        requireValid(plan.problems());
        Placement p = new Placement();
        p.enrolment = enrolment;
        p.sendingSite = sending;
        p.createdBy = by;
        p.createdAt = at;
        p.replan(host, plan, receiving);
        for (DocumentKind kind : DocumentKind.values()) {
            p.documents.add(new PlacementDocument(p, kind));
        }
        return p;
    }

    /** Plans again: host, tutor, dates, city, receiving site. Refused once the placement has ended. */
    public void replan(Host host, Plan plan, Site receiving) {
        requireOpen();
        requireValid(plan.problems());
        this.host = host;
        this.tutorName = trim(plan.tutorName());
        this.plannedStart = plan.plannedStart();
        this.plannedEnd = plan.plannedEnd();
        this.city = plan.city().trim();
        this.receivingSite = receiving;
    }

    /**
     * The agreement before the internship, until all three have signed it: from then on it changes
     * only by the changes agreed during the internship ({@link #addChange}).
     */
    public void agreeBefore(Before b, LocalDate today) {
        requireOpen();
        if (before().signed()) {
            throw new FieldRefused("programme", "internship.error.agreementSigned");
        }
        requireValid(b.problems(today));
        programme = trim(b.programme());
        learningOutcomes = trim(b.learningOutcomes());
        monitoringPlan = trim(b.monitoringPlan());
        evaluationPlan = trim(b.evaluationPlan());
        languageLevel = b.languageLevel();
        signedByIntern = b.signedByIntern();
        signedByHost = b.signedByHost();
        signedBySending = b.signedBySending();
    }

    /** A change agreed during the internship; refused before the agreement is signed by all three. */
    public void addChange(LocalDate on, String description, String agreedBy, String by, LocalDate today) {
        Map<String, String> p = new LinkedHashMap<>();
        if (on == null || on.isAfter(today)) {
            p.put("changedOn", "internship.error.changeDate");
        }
        if (blank(description) || description.trim().length() > AgreementChange.DESCRIPTION_MAX) {
            p.put("description", "internship.error.changeDescription");
        }
        if (blank(agreedBy) || agreedBy.trim().length() > AgreementChange.AGREED_MAX) {
            p.put("agreedBy", "internship.error.agreedBy");
        }
        requireValid(p);
        if (!before().signed()) {
            throw new FieldRefused("description", "internship.error.changeUnsigned");
        }
        changes.add(new AgreementChange(on, description.trim(), agreedBy.trim(), by));
    }

    public void agreeAfter(After a) {
        requireValid(a.problems());
        hostEvaluation = trim(a.hostEvaluation());
        certificate = trim(a.certificate());
    }

    /** Ends the placement with its outcome; an interruption says why; the end date is not in the future nor before the start. */
    public void end(Outcome outcome, String reason, LocalDate on, LocalDate today) {
        Map<String, String> p = new LinkedHashMap<>();
        if (outcome == null) {
            p.put("outcome", "internship.error.outcome");
        } else if (outcome.needsReason() && blank(reason)) {
            p.put("outcomeReason", "internship.error.outcomeReason");
        }
        if (!blank(reason) && reason.trim().length() > REASON_MAX) {
            p.put("outcomeReason", "internship.error.outcomeReasonLong");
        }
        // An interruption may come before the start (a visa refused); any other end comes after it.
        LocalDate earliest = outcome == Outcome.INTERRUPTED ? createdAt.toLocalDate() : plannedStart;
        if (on == null || on.isAfter(today) || on.isBefore(earliest)) {
            p.put("endedOn", "internship.error.endedOn");
        }
        requireValid(p);
        this.outcome = outcome;
        this.outcomeReason = trim(reason);
        this.endedOn = on;
    }

    /** Marks a document of the checklist; refused per field when its details do not hold. */
    public PlacementDocument mark(DocumentKind kind, DocumentState state, PlacementDocument.Details details, String by,
                                  LocalDateTime at) {
        PlacementDocument d = document(kind);
        d.mark(state, details, by, at);
        return d;
    }

    public void attach(DocumentKind kind, long scanId) {
        document(kind).attach(scanId);
    }

    public PlacementDocument document(DocumentKind kind) {
        return documents.stream().filter(d -> d.getKind() == kind).findFirst().orElseThrow();
    }

    /** The checklist in the order of {@link DocumentKind}. */
    public List<PlacementDocument> checklist() {
        return documents.stream().sorted(Comparator.comparing(PlacementDocument::getKind)).toList();
    }

    public Before before() {
        return new Before(programme, learningOutcomes, monitoringPlan, evaluationPlan, languageLevel, signedByIntern,
                signedByHost, signedBySending);
    }

    public After after() {
        return new After(hostEvaluation, certificate);
    }

    public Plan plan() {
        return new Plan(tutorName, plannedStart, plannedEnd, city);
    }

    public boolean isEnded() {
        return outcome != null;
    }

    /** Whether a visa is needed: the host's country is not where the intern lives. */
    public boolean visaNeeded() {
        return PlacementRules.visaNeeded(host.getCountry(), enrolment.getBeneficiary().getResidenceCountry());
    }

    /** The validity documents (visa where needed, insurance) that end before the planned end. */
    public List<PlacementDocument> expiringBeforeEnd() {
        return documents.stream().filter(d -> d.getKind().hasValidity())
                .filter(d -> d.getKind() != DocumentKind.VISA || visaNeeded())
                .filter(d -> d.getState() != DocumentState.MISSING)
                .filter(d -> PlacementRules.expiresBeforeEnd(d.getValidTo(), plannedEnd)).toList();
    }

    private void requireOpen() {
        if (outcome != null) {
            throw new FieldRefused("plannedEnd", "internship.error.ended");
        }
    }

    private static void requireValid(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void tooLong(Map<String, String> p, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            p.put(field, "internship.error.tooLong");
        }
    }

    private static void future(Map<String, String> p, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            p.put(field, "internship.error.signedFuture");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public Host getHost() {
        return host;
    }

    public String getTutorName() {
        return tutorName;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public String getCity() {
        return city;
    }

    public Site getSendingSite() {
        return sendingSite;
    }

    public Site getReceivingSite() {
        return receivingSite;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public List<AgreementChange> getChanges() {
        return List.copyOf(changes);
    }

    public List<PlacementDocument> getDocuments() {
        return List.copyOf(documents);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
