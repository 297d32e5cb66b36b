package org.masar.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.BeneficiaryForm;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.DocumentState;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.LanguageLevel;
import org.masar.internship.domain.Outcome;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementDocument;
import org.masar.internship.domain.Scan;
import org.masar.internship.domain.ScanType;
import org.masar.internship.domain.Tutor;
import org.masar.internship.service.ReturnFollowUps;
import org.masar.pipeline.domain.Actor;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.domain.StageTransition;
import org.masar.pipeline.service.EvidenceSources;
import org.masar.security.domain.AppUser;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;

/**
 * MENTOR 2's forty interns from Beni Mellal-Khenifra, Tangier, Tunis and Sfax, placed with the demo
 * hosts of Milan and Turin, at every phase: matched, in paperwork (a visa awaited, some issued
 * for less than the internship), placed (some ending within 30 days, two extended beyond their
 * visa or insurance), completed, back home or employed, and one interrupted. Each is taken from
 * a candidate {@link DemoJourneys} left waiting, through the placement's and the journey's own
 * verbs: the documents are marked, and each stage is entered on the evidence they give, as the
 * coordinator's move would; only the clock is set back. Hosts keep within their capacity.
 * Deterministic: candidates in enrolment order, a fixed seed.
 */
@ApplicationScoped
@Transactional
public class DemoInterns {

    static final int COUNT = 40;
    /** Days from the journey's start to the internship's, at the least: matching, then the paperwork. */
    private static final int LEAD_DAYS = 35;
    static final List<String> REGIONS = List.of("BMK", "TTA", "TUN", "SFX");
    private static final String BY = "interns";
    private static final Logger LOG = Logger.getLogger(DemoInterns.class.getName());

    /** A candidate waiting longer than this without a host has mostly gone another way. */
    private static final int WAITING_DAYS = 45;

    /** How far each of the forty got, oldest journeys first. */
    enum Phase {
        EMPLOYED, BACK_HOME, COMPLETED, INTERRUPTED, PLACED, PAPERWORK, MATCHED
    }

    private static final Map<Phase, Integer> SPREAD = new EnumMap<>(Map.of(Phase.EMPLOYED, 4, Phase.BACK_HOME, 5,
            Phase.COMPLETED, 4, Phase.INTERRUPTED, 1, Phase.PLACED, 11, Phase.PAPERWORK, 9, Phase.MATCHED, 6));

    private static final String[] PROGRAMMES = {
            "Induction in the company, then work alongside the tutor on the production line; from the third month,"
                    + " a small task of their own.",
            "Shadowing the team for four weeks, then taking part in daily operations with growing autonomy.",
            "Training on the company's tools and procedures, then rotation between the departments."};
    private static final String[] OUTCOMES = {
            "Works safely and on time with the team; knows the company's quality procedures; can explain the job in Italian.",
            "Uses the trade's tools under supervision, then alone; plans a week of work; reports to the tutor.",
            "Understands how the company is organised; handles customers and suppliers in Italian and French."};
    private static final String MONITORING = "A talk with the tutor every two weeks; a call with the sending coordinator every month.";
    private static final String EVALUATION = "The tutor's evaluation grid at mid-term and at the end, with the intern's own report.";
    /** A tiny PNG, as a scanned page stands in for, for a few documents. */
    private static final byte[] SCAN = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 0x77, 0x53, (byte) 0xDE};

    @PersistenceContext
    EntityManager em;


    @Inject
    EvidenceSources evidence;

    @Inject
    ReturnFollowUps returns;

    @Inject
    BeneficiaryService registry;

    /** Places the forty; returns how many placements were made. */
    public int load(LocalDate today) {
        Pipeline pipeline = em.createQuery("select p from Pipeline p where p.programme.code = 'MENTOR2' and p.type = :t",
                Pipeline.class).setParameter("t", PipelineType.INTERNSHIP).getResultStream().findFirst().orElse(null);
        AppUser coordinator = em.createQuery("select u from AppUser u where u.username = :u", AppUser.class)
                .setParameter("u", BY).getResultStream().findFirst().orElse(null);
        if (pipeline == null || coordinator == null) {
            return 0;
        }
        Random random = new Random(20210415L);
        List<Enrolment> candidates = candidates(pipeline);
        if (candidates.size() < COUNT) {
            enrolMore(pipeline, coordinator, COUNT - candidates.size(), today, random);
            candidates = candidates(pipeline);
        }
        // The oldest journeys have had the time to go furthest; the newest stay candidates, to be matched.
        candidates = new ArrayList<>(candidates);
        candidates.sort((a, b) -> a.getStageSince().compareTo(b.getStageSince()));
        List<Host> hosts = em.createQuery("select h from Host h where h.active = true order by h.id", Host.class)
                .getResultList();
        Map<String, Site> receiving = new HashMap<>();
        for (Site s : em.createQuery("select s from Site s where s.code in ('MIL', 'TRN')", Site.class).getResultList()) {
            receiving.put(s.getCode(), s);
        }
        if (hosts.isEmpty() || receiving.size() < 2) {
            return 0;
        }
        Caller caller = new Caller(coordinator.getId(), BY, coordinator.getFullName(), Set.of(Role.INTERNSHIP_COORDINATOR),
                Scope.of(em.createQuery("select s from Site s where s.code in ('LOM', 'PIE', 'TUN', 'SFX', 'BMK', 'TTA')",
                        Site.class).getResultList()), "en");
        Hosts places = new Hosts(hosts);
        Map<Phase, Integer> made = new EnumMap<>(Phase.class);
        int index = 0;
        int placed = 0;
        for (Phase phase : Phase.values()) {
            for (int i = 0; i < SPREAD.get(phase) && !candidates.isEmpty(); i++, index++) {
                long days = 120 + 30L * random.nextInt(3);
                LocalDate start = start(phase, index, days, today, random);
                Enrolment e = take(candidates, phase, start);
                boolean running = phase == Phase.MATCHED || phase == Phase.PAPERWORK || phase == Phase.PLACED;
                Host host = places.next(running, random);
                Site site = receiving.get(lombardy(host.getCity()) ? "MIL" : "TRN");
                place(e, host, site, phase, index, start, days, today, random, caller);
                made.merge(phase, 1, Integer::sum);
                placed++;
            }
        }
        int left = leftWaiting(candidates, today, random);
        em.flush();
        em.clear();
        LOG.info("Demo placements of MENTOR 2: " + made + "; " + left + " candidates gave up waiting");
        return placed;
    }

    /**
     * Most of those who waited months without a host went another way (found work, stopped answering,
     * moved), as candidates do; the newest, and a few of the others, still wait to be matched.
     */
    private int leftWaiting(List<Enrolment> candidates, LocalDate today, Random random) {
        List<DropReason> reasons = List.of(DropReason.FOUND_WORK, DropReason.NO_SHOW, DropReason.MOVED_AWAY);
        int gone = 0;
        for (Enrolment e : candidates) {
            LocalDate since = e.getStageSince().toLocalDate();
            if (since.isAfter(today.minusDays(WAITING_DAYS)) || random.nextInt(100) >= 70) {
                continue;
            }
            LocalDate on = min(since.plusDays(25 + random.nextInt(45)), today.minusDays(1));
            em.persist(e.drop(reasons.get(random.nextInt(reasons.size())), null, new Actor(BY, false, at(on, 11))));
            gone++;
        }
        return gone;
    }

    /** MENTOR 2's candidates of the four sending regions, in enrolment order. */
    private List<Enrolment> candidates(Pipeline pipeline) {
        return em.createQuery("select e from Enrolment e join fetch e.beneficiary b join fetch b.site s join fetch e.currentStage st"
                        + " where e.pipeline = :p and e.status = :active and st.code = 'candidate' and b.erasedAt is null"
                        + " and (s.path like '/MA/BMK/%' or s.path like '/MA/TTA/%' or s.path like '/TN/TUN/%'"
                        + " or s.path like '/TN/SFX/%') order by e.id", Enrolment.class)
                .setParameter("p", pipeline).setParameter("active", EnrolmentStatus.ACTIVE).getResultList();
    }

    /**
     * Young people of the four regions registered through the registry and enrolled as candidates,
     * when the journeys left fewer than forty: the demo always has its forty interns.
     */
    private void enrolMore(Pipeline pipeline, AppUser coordinator, int missing, LocalDate today, Random random) {
        Caller loader = new Caller(0, "demo", "Demo data", Set.of(Role.ADMIN),
                Scope.of(em.createQuery("select s from Site s where s.code in ('TN', 'MA')", Site.class).getResultList()), "en");
        for (BeneficiaryForm form : DemoPeople.interns(missing, today)) {
            Beneficiary person = registry.register(form, loader, "Demo data: a different person with a similar record");
            LocalDate start = today.minusDays(60 + random.nextInt(300));
            List<StageTransition> lines = new ArrayList<>();
            em.persist(Enrolment.enrol(person, pipeline, null, coordinator, start,
                    new Actor(BY, false, start.atTime(10, 0)), lines));
            lines.forEach(em::persist);
            em.flush();
        }
    }

    /**
     * The hosts and the places taken: for a placement that holds no place (ended, or its journey
     * completed) any host; for one still running a host with a place left — now and then the
     * previous one again, so that a few are full and the match page leaves them out.
     */
    private static final class Hosts {
        private final List<Host> all;
        private final Map<Long, Integer> taken = new HashMap<>();
        private Host previous;

        Hosts(List<Host> all) {
            this.all = all;
        }

        Host next(boolean running, Random random) {
            if (running && previous != null && taken.get(previous.getId()) < previous.getCapacity() && random.nextInt(4) == 0) {
                taken.merge(previous.getId(), 1, Integer::sum);
                return previous;
            }
            while (true) {
                Host h = all.get(random.nextInt(all.size()));
                if (!running) {
                    return h;
                }
                if (!taken.containsKey(h.getId()) && h.getCapacity() > 0) {
                    taken.put(h.getId(), 1);
                    previous = h;
                    return h;
                }
            }
        }
    }

    private static boolean lombardy(String city) {
        return List.of("milano", "sesto san giovanni", "monza", "rho").contains(city.toLowerCase(Locale.ROOT));
    }

    /** One intern's placement, taken as far as {@code phase}, each step dated in the past. */
    /**
     * The planned start of the {@code index}-th placement, at {@code phase}: to come for those matched
     * or in paperwork, under way for those placed (the first three ending within 30 days), past for the others.
     */
    private static LocalDate start(Phase phase, int index, long days, LocalDate today, Random random) {
        return switch (phase) {
            case MATCHED -> today.plusDays(40 + random.nextInt(40));
            case PAPERWORK -> today.plusDays(10 + random.nextInt(30));
            case PLACED -> index - firstOf(Phase.PLACED) < 3
                    ? today.plusDays(5 + 8L * (index - firstOf(Phase.PLACED))).minusDays(days - 1)
                    : today.minusDays(15 + random.nextInt(60));
            case INTERRUPTED -> today.minusDays(70);
            default -> today.minusDays(days + 40 + random.nextInt(120));
        };
    }

    /** The oldest candidate whose journey began early enough for the matching and the paperwork before {@code start}. */
    private static Enrolment take(List<Enrolment> candidates, Phase phase, LocalDate start) {
        for (int i = 0; i < candidates.size(); i++) {
            if (!candidates.get(i).getStageSince().toLocalDate().plusDays(LEAD_DAYS).isAfter(start)) {
                return candidates.remove(i);
            }
        }
        return candidates.remove(0);
    }

    /** One intern's placement, taken as far as {@code phase}, each step dated in the past. */
    private void place(Enrolment e, Host host, Site receiving, Phase phase, int index, LocalDate start, long days,
                       LocalDate today, Random random, Caller caller) {
        LocalDate enrolled = e.getStageSince().toLocalDate();
        LocalDate end = start.plusDays(days - 1);
        // Matched some weeks before the start, never before the journey began nor after yesterday.
        LocalDate matchedOn = max(enrolled.plusDays(2), start.minusDays(50 + random.nextInt(30)));
        matchedOn = min(matchedOn, today.minusDays(2 + random.nextInt(10)));
        if (!matchedOn.isAfter(enrolled)) {
            matchedOn = enrolled.plusDays(1);
        }
        Tutor tutor = host.getTutors().isEmpty() ? null : host.getTutors().get(0);
        Placement p = Placement.open(e, host, new Placement.Plan(tutor == null ? null : tutor.getName(), start, end,
                host.getCity()), e.getBeneficiary().getSite(), receiving, BY, at(matchedOn, 10));
        em.persist(p);
        em.flush();
        move(e, "matched", matchedOn, 10, false);
        LocalDate draft = matchedOn.plusDays(3);
        Placement.Before before = new Placement.Before(PROGRAMMES[index % PROGRAMMES.length],
                OUTCOMES[index % OUTCOMES.length], MONITORING, EVALUATION, LanguageLevel.values()[1 + index % 3],
                null, null, null);
        if (phase == Phase.MATCHED) {
            if (index % 2 == 0 && !draft.isAfter(today.minusDays(1))) {
                p.agreeBefore(before, today);
                p.mark(DocumentKind.AGREEMENT, DocumentState.RECEIVED, null, BY, at(draft, 15));
            }
            return;
        }
        // Paperwork: the agreement signed by all three, then the visa and the insurance asked for.
        LocalDate paperwork = min(matchedOn.plusDays(7 + random.nextInt(7)), today.minusDays(1));
        LocalDate signed = paperwork;
        p.agreeBefore(new Placement.Before(before.programme(), before.learningOutcomes(), before.monitoringPlan(),
                before.evaluationPlan(), before.languageLevel(), signed.minusDays(2), signed.minusDays(1), signed), today);
        p.mark(DocumentKind.AGREEMENT, DocumentState.VERIFIED, null, BY, at(signed, 16));
        if (index % 4 == 0) {
            scan(p, DocumentKind.AGREEMENT, signed);
        }
        move(e, "paperwork", paperwork, 17, false);
        boolean visa = p.visaNeeded();
        String visaNumber = "ITA" + String.format("%07d", 1_000_000 + index * 7919);
        String policy = "POL-" + (2000 + index) + "-" + (100 + random.nextInt(900));
        if (phase == Phase.PAPERWORK) {
            int k = index - firstOf(Phase.PAPERWORK);
            LocalDate asked = min(paperwork.plusDays(3), today.minusDays(1));
            // Some visas issued for less than the internship, a policy covering too little: the coordinator's alerts.
            if (visa && k % 3 != 2) {
                LocalDate visaEnd = k == 0 || k == 3 ? end.minusDays(20) : end.plusDays(15);
                p.mark(DocumentKind.VISA, k % 3 == 0 ? DocumentState.RECEIVED : DocumentState.VERIFIED,
                        new PlacementDocument.Details(visaNumber, "D – study/training", start.minusDays(5), visaEnd), BY,
                        at(asked, 11));
            }
            if (k % 2 == 0) {
                LocalDate cover = k == 4 ? end.minusDays(30) : end.plusDays(10);
                p.mark(DocumentKind.INSURANCE, DocumentState.RECEIVED,
                        new PlacementDocument.Details(policy, null, start, cover), BY, at(asked, 12));
            }
            return;
        }
        // Placed: every document of the gate verified before the start, the visa covering the dates.
        LocalDate ready = min(max(paperwork.plusDays(5), start.minusDays(15)), start.minusDays(1));
        int k = index - firstOf(Phase.PLACED);
        boolean shortVisa = phase == Phase.PLACED && k == 3;
        boolean shortPolicy = phase == Phase.PLACED && k == 4;
        if (visa) {
            p.mark(DocumentKind.VISA, DocumentState.VERIFIED, new PlacementDocument.Details(visaNumber, "D – study/training",
                    start.minusDays(7), end.plusDays(shortVisa ? 5 : 30)), BY, at(ready, 11));
            if (index % 3 == 0) {
                scan(p, DocumentKind.VISA, ready);
            }
        }
        p.mark(DocumentKind.INSURANCE, DocumentState.VERIFIED, new PlacementDocument.Details(policy, null, start.minusDays(1),
                end.plusDays(shortPolicy ? 3 : 20)), BY, at(ready, 12));
        LocalDate arrived = start;
        move(e, "placed", arrived, 9, false);
        p.mark(DocumentKind.ARRIVAL, DocumentState.VERIFIED, null, BY, at(min(arrived.plusDays(1), today.minusDays(1)), 10));
        if (shortVisa || shortPolicy) {
            // Extended by a change agreed by all three: the visa or the policy now ends before the internship does.
            LocalDate on = min(arrived.plusDays(10), today.minusDays(1));
            p.addChange(on, "Internship extended by 30 days: a second project with the same tutor.",
                    "Intern, host and sending organisation", BY, today);
            p.replan(host, new Placement.Plan(p.getTutorName(), start, end.plusDays(30), p.getCity()), receiving);
        }
        if (phase == Phase.INTERRUPTED) {
            // Some weeks after the arrival, never before the journey's last line.
            LocalDate stopped = min(max(today.minusDays(20), e.getStageSince().toLocalDate().plusDays(1)), today.minusDays(1));
            p.end(Outcome.INTERRUPTED, "Went home after a month for a family emergency; does not wish to come back.",
                    stopped, today);
            em.persist(e.drop(DropReason.OTHER, "Internship interrupted: went home for a family emergency.",
                    new Actor(BY, false, at(stopped, 15))));
            returns.schedule(p, caller);
            return;
        }
        if (phase == Phase.PLACED) {
            return;
        }
        // Completed: the host's evaluation and the certificate, then the journey completed on them.
        LocalDate evaluated = end.minusDays(2);
        p.agreeAfter(new Placement.After("Reliable and keen to learn; works well in the team. Recommended.",
                "MENTOR2-" + start.getYear() + "-" + (100 + index)));
        p.mark(DocumentKind.EVALUATION, DocumentState.VERIFIED, null, BY, at(evaluated, 15));
        p.mark(DocumentKind.CERTIFICATE, DocumentState.VERIFIED, null, BY, at(end, 16));
        if (index % 2 == 0) {
            scan(p, DocumentKind.CERTIFICATE, end);
        }
        LocalDate completed = end.plusDays(2 + random.nextInt(5));
        move(e, "completed", completed, 11, false);
        Outcome outcome;
        switch (phase) {
            case COMPLETED -> {
                // Two of the completed are not yet closed with an outcome.
                if (index % 2 == 0) {
                    return;
                }
                outcome = Outcome.COMPLETED;
            }
            case BACK_HOME -> {
                move(e, "back_home", min(completed.plusDays(10 + random.nextInt(20)), today.minusDays(1)), 10, false);
                outcome = index % 2 == 0 ? Outcome.BACK_HOME_STUDYING : Outcome.BACK_HOME_EMPLOYED;
            }
            default -> {
                move(e, "employed", min(completed.plusDays(30 + random.nextInt(30)), today.minusDays(1)), 10, true);
                outcome = index % 2 == 0 ? Outcome.HIRED : Outcome.BACK_HOME_EMPLOYED;
            }
        }
        p.end(outcome, null, end, today);
        returns.schedule(p, caller);
    }

    /** Enters a stage of the journey on the evidence its criteria are bound to, as the coordinator's move would. */
    private void move(Enrolment e, String code, LocalDate on, int hour, boolean tickByHand) {
        em.flush();
        Stage to = e.getPipeline().stage(code).orElseThrow();
        // A criterion no record answers for (the work confirmed) is ticked, as the coordinator would.
        List<Criterion> byHand = tickByHand ? to.activeCriteria().stream().filter(c -> !c.isEvidenceBound()).toList() : List.of();
        LocalDateTime at = at(on, hour);
        // Never before the journey's last line: its history stays in order.
        if (!at.isAfter(e.getStageSince())) {
            at = e.getStageSince().plusHours(1);
        }
        Actor actor = new Actor(BY, false, at);
        StageTransition line = to.isFinalStage() && e.getStatus() == EnrolmentStatus.ACTIVE
                ? e.complete(to, byHand, evidence.of(e, to), null, actor, null)
                : e.advance(to, byHand, evidence.of(e, to), null, actor, null);
        em.persist(line);
        // Written at once: lines flushed together may be inserted in any order, and their ids order the history.
        em.flush();
    }

    private void scan(Placement p, DocumentKind kind, LocalDate on) {
        Scan scan = new Scan(ScanType.PNG, SCAN.clone(), kind.name().toLowerCase(Locale.ROOT) + "-scan.png", BY, at(on, 17));
        em.persist(scan);
        em.flush();
        p.attach(kind, scan.getId());
    }

    private static int firstOf(Phase phase) {
        int first = 0;
        for (Phase p : Phase.values()) {
            if (p == phase) {
                return first;
            }
            first += SPREAD.get(p);
        }
        return first;
    }

    private static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
