package org.masar.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.casework.domain.CaseNote;
import org.masar.casework.domain.FollowUp;
import org.masar.pipeline.domain.Actor;
import org.masar.pipeline.domain.DefaultPipelines;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.domain.StageTransition;
import org.masar.programme.domain.Programme;
import org.masar.security.domain.AppUser;

/**
 * The demo programmes' pipelines and their people's journeys. Every journey goes through the
 * enrolment's own verbs, so it obeys the definition; only the clock is set back, to spread the
 * histories over the programmes' dates. Open-ended programmes have recent, active journeys (some
 * stuck) and the Sfax and Kebili case workers have follow-ups due and overdue.
 */
@ApplicationScoped
@Transactional
public class DemoJourneys {

    private static final Map<String, List<PipelineType>> PIPELINES = Map.of(
            "TDU", List.of(PipelineType.TRAINING, PipelineType.INCUBATION, PipelineType.ACCELERATION,
                    PipelineType.MICROCREDIT),
            "CROLET", List.of(PipelineType.TRAINING, PipelineType.INCUBATION, PipelineType.MICROCREDIT),
            "MENTOR2", List.of(PipelineType.INTERNSHIP),
            "SAVOIR-FAIRE", List.of(PipelineType.TRAINING, PipelineType.INCUBATION));

    private static final Map<String, String> CASE_WORKERS = Map.of(
            "SFX", "sfax", "KEB", "kebili", "SBZ", "coach", "TUN", "trainer", "MAH", "trainer", "TOS", "manager");

    private static final String[] NOTES = {
            "Called: confirmed she will come to the next session.",
            "Visited the workshop; the business plan needs a cash-flow table.",
            "Asked for a copy of the national identity card for the file.",
            "Interested in the micro-credit line once the training is over.",
            "Family situation makes attendance hard on Fridays."};
    private static final String[] TASKS = {
            "Call back about attendance", "Collect the signed agreement", "Visit the workshop",
            "Check the repayment schedule", "Send the certificate"};

    @PersistenceContext
    EntityManager em;

    public int load(LocalDate today) {
        backdateRegistrations();
        Random random = new Random(20221117L);
        // Programmes in code order and one flush per pipeline, so that ids, and with them every
        // random choice below, come out the same on every load.
        for (Programme programme : em.createQuery("select p from Programme p order by p.code", Programme.class)
                .getResultList()) {
            for (PipelineType type : PIPELINES.getOrDefault(programme.getCode(), List.of())) {
                Pipeline pipeline = DefaultPipelines.create(programme, type);
                if (programme.getCode().equals("SAVOIR-FAIRE")) {
                    pipeline.setEligibility(16, 64, EnumSet.of(BeneficiaryGroup.THIRD_COUNTRY_NATIONAL,
                            BeneficiaryGroup.INTERNATIONAL_PROTECTION, BeneficiaryGroup.SUBSIDIARY_PROTECTION,
                            BeneficiaryGroup.HUMANITARIAN_PROTECTION));
                } else if (type == PipelineType.MICROCREDIT) {
                    pipeline.setEligibility(18, null, List.of());
                } else if (type == PipelineType.INTERNSHIP) {
                    pipeline.setEligibility(18, 35, List.of());
                }
                em.persist(pipeline);
                em.flush();
            }
        }
        List<Pipeline> pipelines = em.createQuery("select p from Pipeline p join fetch p.programme order by p.id",
                Pipeline.class).getResultList();
        int count = 0;
        List<Beneficiary> people = em.createQuery("select b from Beneficiary b join fetch b.site"
                + " where b.mergedInto is null order by b.id", Beneficiary.class).getResultList();
        for (Beneficiary person : people) {
            List<Pipeline> open = pipelines.stream().filter(p -> p.getProgramme().reaches(person.getSite())).toList();
            if (open.isEmpty() || random.nextInt(100) < 15) {
                continue;
            }
            Pipeline first = open.get(random.nextInt(open.size()));
            // Sfax's young people mostly apply for the internships that still run (MENTOR 2).
            String region = person.getSite().getPath().split("/")[2];
            if (region.equals("SFX") && random.nextInt(100) < 55) {
                first = open.stream().filter(p -> p.getType() == PipelineType.INTERNSHIP).findFirst().orElse(first);
            }
            boolean enrolled = journey(person, first, today, random);
            // Registered too late for that programme: another one that still ran then.
            for (int i = 0; !enrolled && i < open.size(); i++) {
                if (open.get(i) != first) {
                    first = open.get(i);
                    enrolled = journey(person, first, today, random);
                }
            }
            count += enrolled ? 1 : 0;
            if (open.size() > 1 && random.nextInt(100) < 30) {
                Pipeline second = open.get(random.nextInt(open.size()));
                if (second != first) {
                    count += journey(person, second, today, random) ? 1 : 0;
                }
            }
        }
        em.flush();
        return count;
    }

    /**
     * The demo people are registered at load time through the registry; their records and
     * registration lines are dated back to the day they gave consent, as if entered then, so that
     * each timeline begins with the registration and the journeys follow it.
     */
    private void backdateRegistrations() {
        em.flush();
        em.createNativeQuery("UPDATE beneficiary SET created_at = (SELECT MIN(c.given_on) FROM consent c"
                + " WHERE c.beneficiary_id = beneficiary.id), updated_at = (SELECT MIN(c.given_on) FROM consent c"
                + " WHERE c.beneficiary_id = beneficiary.id)").executeUpdate();
        em.createNativeQuery("UPDATE beneficiary_event SET at = (SELECT MIN(c.given_on) FROM consent c"
                + " WHERE c.beneficiary_id = beneficiary_event.beneficiary_id) WHERE kind IN ('REGISTERED', 'DUPLICATE_OVERRIDE')")
                .executeUpdate();
    }

    /** One journey: enrolled on a date within the programme, moved on at a pace near each stage's expectation. */
    private boolean journey(Beneficiary person, Pipeline pipeline, LocalDate today, Random random) {
        Programme programme = pipeline.getProgramme();
        LocalDate from;
        LocalDate until;
        if (programme.getEndDate() != null && programme.getEndDate().isBefore(today)) {
            from = programme.getStartDate();
            until = programme.getEndDate().minusDays(200);
        } else {
            from = today.minusDays(420);
            until = today.minusDays(3);
        }
        LocalDate registered = person.getConsents().stream().map(c -> c.getGivenOn()).min(LocalDate::compareTo)
                .orElse(from);
        if (registered.isAfter(from)) {
            from = registered.plusDays(1 + random.nextInt(14));
        }
        if (!from.isBefore(until)) {
            return false;
        }
        LocalDate start = from.plusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(from, until))));
        if (pipeline.refusal(person, start).isPresent()) {
            return false;
        }
        String region = person.getSite().getPath().split("/")[2];
        AppUser worker = user(worker(region, pipeline.getType()));
        String cohort = region.equals("SFX") || region.equals("KEB") || random.nextBoolean()
                ? person.getSite().getName() + " " + pipeline.getType().name().toLowerCase(java.util.Locale.ROOT) + " "
                        + start.getYear() + "-" + (start.getMonthValue() <= 6 ? "A" : "B")
                : null;
        String by = worker == null ? "manager" : worker.getUsername();
        LocalDateTime at = start.atTime(9 + random.nextInt(8), random.nextInt(60));
        List<StageTransition> lines = new ArrayList<>();
        Enrolment e = Enrolment.enrol(person, pipeline, cohort, worker, start, new Actor(by, false, at), lines);
        em.persist(e);
        LocalDateTime now = today.atTime(8, 0);
        // Some of the Sfax and Kebili journeys stalled months ago: the caseload shows them as stuck.
        LocalDateTime lastMove = (region.equals("SFX") || region.equals("KEB")) && random.nextInt(100) < 20
                ? now.minusDays(200 + random.nextInt(60)) : now;
        // Internships move on their documents, not on ticks: an internship journey here waits as a
        // candidate, and the demo's placements (DemoInterns) take it on from there.
        while (e.isActive() && pipeline.getType() != PipelineType.INTERNSHIP) {
            Stage stage = e.getCurrentStage();
            int expected = stage.getExpectedDays() == null ? 60 : stage.getExpectedDays();
            at = at.plusDays(Math.max(1, (long) (expected * (0.3 + random.nextDouble() * 1.1))))
                    .withHour(9 + random.nextInt(8));
            if (at.isAfter(lastMove)) {
                break;
            }
            if (random.nextInt(100) < 7) {
                java.util.List<DropReason> reasons = DropReason.chosen();
                DropReason reason = reasons.get(random.nextInt(reasons.size()));
                lines.add(e.drop(reason, reason == DropReason.OTHER ? "Stopped answering calls after the summer." : null,
                        new Actor(by, false, at)));
                break;
            }
            List<Stage> next = stage.followers();
            if (next.isEmpty()) {
                break;
            }
            Stage to = next.get(next.size() > 1 && random.nextInt(100) < 25 ? 1 : 0);
            boolean override = !to.activeCriteria().isEmpty() && random.nextInt(100) < 4;
            lines.add(e.advance(to, override ? List.of() : to.activeCriteria(),
                    override ? "Committee decided by e-mail; minutes to follow." : null,
                    new Actor(override ? "manager" : by, override, at), null));
        }
        // A completed journey may still reach an outcome (certified, then employed).
        if (e.getStatus() == org.masar.pipeline.domain.EnrolmentStatus.COMPLETED && random.nextInt(100) < 45) {
            List<Stage> outcomes = e.getCurrentStage().followers();
            LocalDateTime later = at.plusDays(30 + random.nextInt(120));
            if (!outcomes.isEmpty() && later.isBefore(now)) {
                Stage to = outcomes.get(random.nextInt(outcomes.size()));
                lines.add(e.advance(to, to.activeCriteria(), null, new Actor(by, false, later), null));
            }
        }
        lines.forEach(em::persist);
        if (worker != null && (region.equals("SFX") || region.equals("KEB")) && e.isActive()) {
            em.flush(); // the enrolment's id, which its notes and follow-ups refer to
            caseWork(person, e, worker, today, random);
        }
        return true;
    }

    private void caseWork(Beneficiary person, Enrolment e, AppUser worker, LocalDate today, Random random) {
        LocalDateTime noteAt = e.getStageSince().plusDays(1 + random.nextInt(5));
        if (noteAt.isBefore(today.atStartOfDay())) {
            em.persist(new CaseNote(person.getId(), e.getId(), worker.getUsername(), noteAt,
                    NOTES[random.nextInt(NOTES.length)]));
        }
        if (random.nextInt(100) < 70) {
            LocalDate due = today.plusDays(random.nextInt(21) - 10);
            FollowUp f = new FollowUp(person.getId(), e.getId(), TASKS[random.nextInt(TASKS.length)], due, worker,
                    worker.getUsername(), today.minusDays(12).atTime(10, 0));
            if (random.nextInt(100) < 20) {
                f.markDone(worker.getUsername(), today.minusDays(1).atTime(16, 30));
            }
            em.persist(f);
        }
    }

    private final Map<String, AppUser> accounts = new java.util.HashMap<>();

    /**
     * Who follows a journey: the region's case worker, who works every pipeline, in Sfax and Kebili;
     * elsewhere the region's own staff when their role works the pipeline (README, "Need to know"),
     * else the one who does: interns by the coordinator (in Sfax too, but for the local case worker),
     * loans by the loan officer, coaching by the coach where the coach works, the rest by the manager.
     */
    private static String worker(String region, PipelineType type) {
        String local = CASE_WORKERS.get(region);
        if (region.equals("SFX") || region.equals("KEB")) {
            return local;
        }
        return switch (type) {
            case INTERNSHIP -> "interns";
            case MICROCREDIT -> "loans";
            case TRAINING -> "trainer".equals(local) ? local : "manager";
            case INCUBATION, ACCELERATION -> "coach".equals(local) ? local : "manager";
        };
    }

    private AppUser user(String username) {
        return username == null ? null : accounts.computeIfAbsent(username, name -> em.createQuery(
                "select u from AppUser u where u.username = :u", AppUser.class)
                .setParameter("u", name).getResultStream().findFirst().orElse(null));
    }
}
