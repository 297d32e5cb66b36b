package org.masar.pipeline.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.EducationLevel;
import org.masar.beneficiary.domain.EmploymentStatus;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryForm;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.casework.domain.CaseNote;
import org.masar.casework.service.CaseWorkService;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.MoveAction;
import org.masar.pipeline.domain.MoveRefused;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.domain.StageTransition;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.PartnerType;
import org.masar.programme.domain.Programme;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.security.service.UserForm;
import org.masar.security.service.UserService;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.PageRequest;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;
import org.masar.testing.Jpa;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/**
 * Enrolments against MariaDB: enrolling, moves, two users moving one enrolment at once, bulk
 * advance with partial refusals, history that nothing rewrites, scope, stuck, case notes.
 */
class EnrolmentServiceIT {

    private static Jpa jpa;
    private static EnrolmentService enrolments;
    private static EnrolmentQueries queries;
    private static BeneficiaryService registry;
    private static CaseWorkService casework;
    private static Pipeline training;
    private static Pipeline incubation;
    private static Caller sfax;
    private static Caller kebili;
    private static Caller manager;
    private static Caller donor;
    private static int people;

    @BeforeAll
    static void start() {
        jpa = new Jpa(TestDatabase.create("enrolments"));
        registry = Wiring.beneficiaries(jpa);
        enrolments = Wiring.enrolments(jpa, new EnrolmentService());
        queries = Wiring.enrolmentQueries(jpa);
        casework = Wiring.casework(jpa, enrolments);
        SiteService sites = Wiring.sites(jpa);
        UserService users = Wiring.users(jpa);
        long sfaxId = jpa.tx(() -> user(users, sites, "sfax", Role.CASE_WORKER, "SFX").getId());
        long kebiliId = jpa.tx(() -> user(users, sites, "kebili", Role.CASE_WORKER, "KEB").getId());
        long managerId = jpa.tx(() -> user(users, sites, "manager", Role.MANAGER, "TN").getId());
        sfax = new Caller(sfaxId, "sfax", "Sami", Set.of(Role.CASE_WORKER), scope(sites, "SFX"), "en");
        kebili = new Caller(kebiliId, "kebili", "Khadija", Set.of(Role.CASE_WORKER), scope(sites, "KEB"), "en");
        manager = new Caller(managerId, "manager", "Marco", Set.of(Role.MANAGER), scope(sites, "TN"), "en");
        donor = new Caller(99, "donor", "Donor", Set.of(Role.DONOR_VIEWER), scope(sites, "TN"), "en");
        Programme programme = jpa.tx(() -> {
            Partner lead = Wiring.partners(jpa).save(
                    new org.masar.programme.service.PartnerForm("Tuscany Region", PartnerType.MUNICIPALITY, "IT"));
            var form = new org.masar.programme.service.ProgrammeForm();
            form.setCode("TDU");
            form.setName("TRAIT D'union");
            form.setCurrency("EUR");
            form.setLeadPartnerId(lead.getId());
            form.setSiteIds(sites.byCodes(List.of("SFX", "KEB")).stream().map(Site::getId).toList());
            return Wiring.programmes(jpa).save(form);
        });
        var pipelines = Wiring.pipelines(jpa);
        Caller admin = new Caller(0, "admin", "Admin", Set.of(Role.ADMIN), scope(sites, "TN"), "en");
        training = jpa.tx(() -> pipelines.create(programme.getId(), PipelineType.TRAINING, admin));
        incubation = jpa.tx(() -> pipelines.create(programme.getId(), PipelineType.INCUBATION, admin));
        jpa.run(() -> pipelines.saveEligibility(training.getId(), training.getVersion(), 15, 35, List.of(), admin));
        training = jpa.tx(() -> pipelines.forEdit(training.getId()));
        incubation = jpa.tx(() -> pipelines.forEdit(incubation.getId()));
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static org.masar.site.domain.Scope scope(SiteService sites, String code) {
        return org.masar.site.domain.Scope.of(jpa.tx(() -> sites.byCodes(List.of(code))));
    }

    private static org.masar.security.domain.AppUser user(UserService users, SiteService sites, String name, Role role,
                                                         String site) {
        UserForm form = new UserForm();
        form.setUsername(name);
        form.setFullName(name);
        form.setEmail(name + "@example.org");
        form.setRoles(List.of(role));
        form.setSiteIds(sites.byCodes(List.of(site)).stream().map(Site::getId).toList());
        form.setNewPassword("a-long-password");
        return users.save(form, "admin");
    }

    private static String person(String site, LocalDate birth) {
        people++;
        BeneficiaryForm f = org.masar.testing.People.form("Amal" + people, "Trabelsi", people % 2 == 0 ? Sex.F : Sex.M,
                birth, site);
        Caller registrar = site.startsWith("KEB") ? kebili : sfax;
        return jpa.tx(() -> registry.register(f, registrar, "test data, all different people").getCode());
    }

    private static String youngPerson(String site) {
        return person(site, LocalDate.now().minusYears(22));
    }

    /** A young person who consented to be contacted for follow-up as well as to take part. */
    private static String followedPerson(String site) {
        people++;
        BeneficiaryForm f = org.masar.testing.People.form("Amal" + people, "Trabelsi", Sex.F,
                LocalDate.now().minusYears(22), site);
        f.setConsentPurposes(java.util.EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP));
        return jpa.tx(() -> registry.register(f, sfax, "test data, all different people").getCode());
    }

    private static Enrolment enrol(String code, Pipeline pipeline, Caller caller) {
        return jpa.tx(() -> enrolments.enrol(new EnrolForm(code, pipeline.getId(), "Sfax training 2026-A", null, null), caller));
    }

    private static Stage stage(Pipeline pipeline, String code) {
        return pipeline.stage(code).orElseThrow();
    }

    private static MoveCommand advance(Stage to, int version) {
        return new MoveCommand(MoveCommand.Action.ADVANCE, to.getId(), null, null, version,
                ids(to), null);
    }

    private static Set<Long> ids(Stage to) {
        Set<Long> ids = new java.util.HashSet<>();
        to.activeCriteria().forEach(c -> ids.add(c.getId()));
        return ids;
    }

    private static Enrolment reload(long id) {
        return jpa.tx(() -> enrolments.find(id, manager));
    }

    @Test
    void enrolsAtTheFirstStageWithTheCallerAsCaseWorkerAndRefusesASecondActiveEnrolment() {
        String code = youngPerson("SFX-M");
        Enrolment e = enrol(code, training, sfax);
        Enrolment loaded = reload(e.getId());
        assertEquals("registered", loaded.getCurrentStage().getCode());
        assertEquals(EnrolmentStatus.ACTIVE, loaded.getStatus());
        assertEquals("sfax", loaded.getCaseWorker().getUsername());
        assertEquals("Sfax training 2026-A", loaded.getCohort());
        assertEquals("enrolment.error.alreadyEnrolled", assertThrows(MoveRefused.class, () -> enrol(code, training, sfax)).messageKey());
        // Another pipeline is fine.
        assertNotNull(enrol(code, incubation, sfax).getId());
    }

    @Test
    void eligibilityIsCheckedWithTheReason() {
        String tooOld = person("SFX-M", LocalDate.now().minusYears(50));
        MoveRefused refused = assertThrows(MoveRefused.class, () -> enrol(tooOld, training, sfax));
        assertEquals("enrolment.error.age", refused.messageKey());
        assertEquals(50, refused.arguments()[0]);
        String young = youngPerson("SFX-M");
        InvalidInput badWorker = assertThrows(InvalidInput.class, () -> jpa.tx(() -> enrolments.enrol(
                new EnrolForm(young, training.getId(), null, "kebili", null), sfax)));
        assertEquals(Map.of("caseWorker", "enrolment.error.caseWorker"), badWorker.fieldKeys());
    }

    @Test
    void movesFollowTheDefinitionAndTheHistoryRecordsWhoWhenAndWhy() {
        Enrolment e = enrol(youngPerson("SFX-M"), training, sfax);
        int v = e.getVersion();
        Stage selected = stage(training, "selected");
        jpa.tx(() -> enrolments.move(e.getId(), advance(selected, v), sfax));
        Stage certified = stage(training, "certified");
        int v2 = reload(e.getId()).getVersion();
        MoveRefused skip = assertThrows(MoveRefused.class, () -> jpa.tx(() -> enrolments.move(e.getId(), advance(certified, v2), sfax)));
        assertEquals("enrolment.error.notAllowed", skip.messageKey());
        Stage inTraining = stage(training, "in_training");
        jpa.tx(() -> enrolments.move(e.getId(), advance(inTraining, v2), sfax));
        // Not every criterion ticked: refused for a case worker, allowed for a manager with a reason.
        int v3 = reload(e.getId()).getVersion();
        MoveCommand partly = new MoveCommand(MoveCommand.Action.ADVANCE, certified.getId(), null, null, v3,
                Set.of(certified.activeCriteria().get(1).getId()), null);
        assertEquals("enrolment.error.criteria", assertThrows(MoveRefused.class,
                () -> jpa.tx(() -> enrolments.move(e.getId(), partly, sfax))).messageKey());
        MoveCommand overridden = new MoveCommand(MoveCommand.Action.COMPLETE, null, null, "certificate printed", v3,
                Set.of(certified.activeCriteria().get(1).getId()), "attendance sheets were lost in the flood");
        jpa.tx(() -> enrolments.move(e.getId(), overridden, manager));
        Enrolment done = reload(e.getId());
        assertEquals(EnrolmentStatus.COMPLETED, done.getStatus());
        List<StageTransition> history = jpa.tx(() -> enrolments.withHistory(e.getId(), sfax).history());
        assertEquals(List.of(MoveAction.ENROL, MoveAction.ADVANCE, MoveAction.ADVANCE, MoveAction.COMPLETE),
                history.stream().map(StageTransition::getAction).toList());
        StageTransition last = history.get(3);
        assertEquals("manager", last.getByUser());
        assertEquals("in_training", last.getFromStage().getCode());
        assertEquals("attendance sheets were lost in the flood", last.getOverrideReason());
        assertEquals(certified.activeCriteria().get(0).getNames().getFr(), last.overriddenNames(java.util.Locale.FRENCH),
                "the criterion overridden, kept by identity, reads in French");
        assertEquals(certified.activeCriteria().get(1).getNames().getEn(), last.tickedNames(java.util.Locale.ENGLISH));
        assertEquals(List.of(org.masar.pipeline.domain.CriterionMet.How.TICKED,
                        org.masar.pipeline.domain.CriterionMet.How.OVERRIDDEN),
                last.getCriteria().stream().map(org.masar.pipeline.domain.CriterionMet::getHow).toList());
        assertEquals("certificate printed", last.getNote());
    }

    @Test
    void twoUsersMovingOneEnrolmentAtOnceExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            Enrolment e = enrol(youngPerson("SFX-M"), training, sfax);
            Stage selected = stage(training, "selected");
            int version = e.getVersion();
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                outcomes.add(pool.submit(() -> {
                    EntityManager own = jpa.newEntityManager();
                    EnrolmentService service = Wiring.enrolments(jpa, new EnrolmentService());
                    Wiring.set(service, "em", own);
                    ready.countDown();
                    go.await();
                    try {
                        Jpa.tx(own, () -> service.move(e.getId(), advance(selected, version), sfax));
                        return "moved";
                    } catch (ConcurrentChange stale) {
                        return "stale";
                    } finally {
                        own.close();
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            pool.shutdown();
            Collections.sort(results);
            assertEquals(List.of("moved", "stale"), results);
            List<StageTransition> history = jpa.tx(() -> enrolments.withHistory(e.getId(), sfax).history());
            assertEquals(2, history.size(), "one enrolment line and exactly one move");
            assertEquals("selected", reload(e.getId()).getCurrentStage().getCode());
        }
    }

    /**
     * What a move's answer is made of: the enrolment as that move left it, read in its own
     * transaction. The REST answer used to read it again after the commit, when another user's
     * move could already have landed and been shown as the caller's own.
     */
    @Test
    void aMoveAnswersWithTheEnrolmentAsItLeftItNotAsTheNextMoveLeftIt() {
        Enrolment e = enrol(youngPerson("SFX-M"), training, sfax);
        int quoted = e.getVersion();
        EnrolmentService.Moved mine = jpa.tx(() -> enrolments.moveAndRead(e.getId(),
                advance(stage(training, "selected"), quoted), sfax));
        Enrolment answered = mine.enrolment().enrolment();
        int produced = answered.getVersion();
        assertTrue(produced > quoted, "the move's own version");
        assertEquals("selected", answered.getCurrentStage().getCode());
        List<StageTransition> history = mine.enrolment().history();
        assertEquals(2, history.size());
        assertEquals(mine.line().getId(), history.get(history.size() - 1).getId(), "its last line is this move");
        assertEquals(produced, reload(e.getId()).getVersion(), "what it wrote is what is stored");

        // Another user, on their own connection, moves it on as soon as the first move is kept.
        EntityManager theirs = jpa.newEntityManager();
        try {
            EnrolmentService other = Wiring.enrolments(jpa, new EnrolmentService());
            Wiring.set(other, "em", theirs);
            Jpa.tx(theirs, () -> other.move(e.getId(), advance(stage(training, "in_training"), produced), sfax));
        } finally {
            theirs.close();
        }
        assertEquals(produced, answered.getVersion(), "the first answer keeps the first move's version");
        assertEquals("selected", answered.getCurrentStage().getCode());
        assertEquals(2, mine.enrolment().history().size());
        EnrolmentService.WithHistory now = jpa.tx(() -> enrolments.withHistory(e.getId(), sfax));
        assertEquals("in_training", now.enrolment().getCurrentStage().getCode(), "a read after both shows the second");
        assertEquals(3, now.history().size());
        assertTrue(now.enrolment().getVersion() > produced);
    }

    @Test
    void enrollingAnswersWithTheEnrolmentItWrote() {
        String code = youngPerson("SFX-M");
        EnrolmentService.WithHistory created = jpa.tx(() -> enrolments.enrolAndRead(
                new EnrolForm(code, training.getId(), null, "sfax", null), sfax));
        assertEquals("registered", created.enrolment().getCurrentStage().getCode());
        assertEquals(1, created.history().size());
        assertEquals(created.enrolment().getVersion(), reload(created.enrolment().getId()).getVersion());
    }

    @Test
    void bulkAdvanceMovesThoseThatCanAndReportsTheOthersUntouched() {
        Enrolment a = enrol(youngPerson("SFX-M"), training, sfax);
        Enrolment b = enrol(youngPerson("SFX-M"), training, sfax);
        Enrolment c = enrol(youngPerson("SFX-M"), training, sfax);
        Enrolment outOfScope = enrol(youngPerson("KEB-M"), training, kebili);
        Stage selected = stage(training, "selected");
        Stage inTraining = stage(training, "in_training");
        jpa.tx(() -> enrolments.move(c.getId(), advance(selected, c.getVersion()), sfax));
        jpa.tx(() -> enrolments.move(b.getId(), new MoveCommand(MoveCommand.Action.DROP, null, DropReason.NO_SHOW, null,
                b.getVersion(), Set.of(), null), sfax));
        EnrolmentService perCall = new EnrolmentService() {
            @Override
            public Enrolment find(long id, org.masar.security.service.Caller scope) {
                return jpa.tx(() -> super.find(id, scope));
            }

            @Override
            public StageTransition move(long id, MoveCommand command, Caller caller) {
                return jpa.tx(() -> super.move(id, command, caller));
            }
        };
        BulkMoves bulk = Wiring.set(new BulkMoves(), "enrolments", Wiring.enrolments(jpa, perCall));
        List<BulkResult> results = bulk.advance(List.of(a.getId(), b.getId(), c.getId(), outOfScope.getId()),
                selected.getId(), ids(selected), null, "cohort selected", sfax);
        assertEquals(4, results.size());
        assertTrue(results.get(0).isMoved());
        assertEquals("enrolment.error.notActive", results.get(1).getMessageKey());
        assertEquals("enrolment.error.notAllowed", results.get(2).getMessageKey());
        assertEquals("error.notFound", results.get(3).getMessageKey());
        assertEquals("selected", reload(a.getId()).getCurrentStage().getCode());
        assertEquals(EnrolmentStatus.DROPPED, reload(b.getId()).getStatus());
        assertEquals("selected", reload(c.getId()).getCurrentStage().getCode());
        assertEquals(2, jpa.tx(() -> enrolments.withHistory(c.getId(), sfax).history()).size());
        assertEquals("registered", reload(outOfScope.getId()).getCurrentStage().getCode());
        // The next bulk step, into a stage with no criteria: both active ones move on.
        List<BulkResult> next = bulk.advance(List.of(a.getId(), c.getId()), inTraining.getId(), Set.of(), null, null, sfax);
        assertTrue(next.stream().allMatch(BulkResult::isMoved));
    }

    @Test
    void historyIsNeverRewritten() {
        Enrolment e = enrol(youngPerson("SFX-M"), training, sfax);
        jpa.tx(() -> enrolments.move(e.getId(), advance(stage(training, "selected"), e.getVersion()), sfax));
        int v = reload(e.getId()).getVersion();
        jpa.tx(() -> enrolments.move(e.getId(), new MoveCommand(MoveCommand.Action.BACK, stage(training, "registered").getId(),
                null, "selection interview was not held", v, Set.of(), null), sfax));
        List<StageTransition> before = jpa.tx(() -> enrolments.withHistory(e.getId(), sfax).history());
        assertEquals(3, before.size());
        // Changing a loaded line and committing writes nothing: every column is insert-only.
        jpa.run(() -> {
            StageTransition line = jpa.em().find(StageTransition.class, before.get(1).getId());
            Wiring.set(line, "byUser", "someone-else", "note", "rewritten");
        });
        // Renaming and retiring the stage changes the definition, not what happened.
        var pipelines = Wiring.pipelines(jpa);
        Caller admin = new Caller(0, "admin", "Admin", Set.of(Role.ADMIN), manager.scope(), "en");
        Stage selected = stage(training, "selected");
        jpa.run(() -> pipelines.saveStage(selected.getId(), jpa.em().find(Stage.class, selected.getId()).getVersion(),
                new PipelineService.StageForm(null, new org.masar.shared.domain.Names("Chosen", null, null, null),
                        false, 30, List.of()), admin));
        List<StageTransition> after = jpa.tx(() -> enrolments.withHistory(e.getId(), sfax).history());
        assertEquals(3, after.size());
        assertEquals("sfax", after.get(1).getByUser());
        assertEquals(null, after.get(1).getNote());
        assertEquals(selected.getId(), after.get(1).getToStage().getId());
        assertEquals(MoveAction.BACK, after.get(2).getAction());
        assertEquals("selection interview was not held", after.get(2).getNote());
        jpa.run(() -> pipelines.saveStage(selected.getId(), jpa.em().find(Stage.class, selected.getId()).getVersion(),
                new PipelineService.StageForm(null, selected.getNames(), false, 30, List.of()), admin));
    }

    @Test
    void scopeHidesOtherSitesEnrolmentsAndDonorsSeeNone() {
        Enrolment e = enrol(youngPerson("SFX-M"), training, sfax);
        assertThrows(NotFound.class, () -> jpa.tx(() -> enrolments.find(e.getId(), kebili)));
        assertThrows(NotFound.class, () -> jpa.tx(() -> enrolments.withHistory(e.getId(), kebili).history()));
        assertThrows(NotFound.class, () -> jpa.tx(() -> enrolments.move(e.getId(),
                advance(stage(training, "selected"), e.getVersion()), kebili)));
        assertThrows(NotFound.class, () -> jpa.tx(() -> enrolments.move(Long.MAX_VALUE,
                advance(stage(training, "selected"), 0), kebili)), "unknown answers as out of scope");
        assertThrows(Forbidden.class, () -> jpa.tx(() -> enrolments.move(e.getId(),
                advance(stage(training, "selected"), e.getVersion()), donor)));
        var kebiliPage = jpa.tx(() -> queries.page(EnrolmentFilter.ofPipeline(training.getId()),
                new PageRequest(0, 500, null, true, Map.of()), kebili));
        assertFalse(kebiliPage.rows().stream().anyMatch(x -> x.getId().equals(e.getId())));
        var sfaxPage = jpa.tx(() -> queries.page(EnrolmentFilter.ofPipeline(training.getId()),
                new PageRequest(0, 500, null, true, Map.of()), sfax));
        assertTrue(sfaxPage.rows().stream().anyMatch(x -> x.getId().equals(e.getId())));
        assertTrue(sfaxPage.rows().stream().allMatch(x -> x.getBeneficiary().getSite().getPath().startsWith("/TN/SFX/")));
    }

    /**
     * Board columns and a stage's list scope enrolments by the copy of the person's site and taking
     * part they carry (V17): a move of the person to another site, or a withdrawal, moves their cards
     * with them in the same transaction.
     */
    @Test
    void aColumnFollowsThePersonsSiteAndTakingPart() {
        String code = youngPerson("SFX-M");
        Enrolment e = enrol(code, training, sfax);
        Stage first = reload(e.getId()).getCurrentStage();
        EnrolmentFilter column = EnrolmentFilter.ofPipeline(training.getId())
                .withStage(first.getId(), org.masar.pipeline.domain.EnrolmentStatus.ACTIVE);
        assertTrue(columnHolds(column, sfax, e.getId()));
        assertFalse(columnHolds(column, kebili, e.getId()));
        BeneficiaryForm moved = jpa.tx(() -> BeneficiaryForm.of(registry.profile(code, manager)));
        moved.setSiteCode("KEB");
        jpa.tx(() -> registry.update(code, moved, manager));
        assertFalse(columnHolds(column, sfax, e.getId()), "gone from Sfax's board with the person");
        assertTrue(columnHolds(column, kebili, e.getId()), "and on Kebili's");
        jpa.run(() -> registry.withdrawConsent(code, ConsentPurpose.PARTICIPATION, manager));
        assertFalse(columnHolds(column, kebili, e.getId()), "who withdrew leaves a case worker's board");
        assertTrue(columnHolds(column, manager, e.getId()), "and stays on a manager's");
    }

    private static boolean columnHolds(EnrolmentFilter column, Caller caller, long id) {
        return jpa.tx(() -> queries.page(column, new PageRequest(0, 500, "stageSince", true, Map.of()), caller)).rows()
                .stream().anyMatch(x -> x.getId().equals(id));
    }

    @Test
    void stuckFollowsEachStagesExpectedDays() {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofDays(40)), ZoneOffset.UTC);
        EnrolmentService then = Wiring.set(Wiring.enrolments(jpa, new EnrolmentService()), "clock", past);
        String code = youngPerson("SFX-M");
        Enrolment old = jpa.tx(() -> then.enrol(new EnrolForm(code, training.getId(), null, null, LocalDate.now(past)), sfax));
        Enrolment fresh = enrol(youngPerson("SFX-M"), training, sfax);
        var stuck = jpa.tx(() -> queries.page(EnrolmentFilter.ofPipeline(training.getId()).withCaseWorker(sfax.id(),
                EnrolmentStatus.ACTIVE, true), new PageRequest(0, 500, null, true, Map.of()), sfax));
        assertTrue(stuck.rows().stream().anyMatch(x -> x.getId().equals(old.getId())), "40 days in a 30-day stage");
        assertFalse(stuck.rows().stream().anyMatch(x -> x.getId().equals(fresh.getId())));
        assertTrue(stuck.rows().stream().allMatch(x -> x.isStuck(LocalDate.now())));
    }

    @Test
    void reEnrolAfterDropKeepsTheOldHistoryAndOnlyManagersReopen() {
        String code = youngPerson("SFX-M");
        Enrolment first = enrol(code, training, sfax);
        jpa.tx(() -> enrolments.move(first.getId(), new MoveCommand(MoveCommand.Action.DROP, null, DropReason.MOVED_AWAY,
                null, first.getVersion(), Set.of(), null), sfax));
        Enrolment second = enrol(code, training, sfax);
        assertEquals(2, jpa.tx(() -> enrolments.withHistory(first.getId(), sfax).history()).size());
        int v = reload(first.getId()).getVersion();
        MoveCommand reopen = new MoveCommand(MoveCommand.Action.REOPEN, null, null, "came back from Tunis", v, Set.of(), null);
        assertEquals("enrolment.error.reopenManagerOnly", assertThrows(MoveRefused.class,
                () -> jpa.tx(() -> enrolments.move(first.getId(), reopen, sfax))).messageKey());
        assertEquals("enrolment.error.alreadyEnrolled", assertThrows(MoveRefused.class,
                () -> jpa.tx(() -> enrolments.move(first.getId(), reopen, manager))).messageKey());
        jpa.tx(() -> enrolments.move(second.getId(), new MoveCommand(MoveCommand.Action.DROP, null, DropReason.OTHER,
                "enrolled twice by mistake", second.getVersion(), Set.of(), null), sfax));
        jpa.tx(() -> enrolments.move(first.getId(), reopen, manager));
        assertEquals(EnrolmentStatus.ACTIVE, reload(first.getId()).getStatus());
    }

    @Test
    void caseNotesAreEditableByTheirAuthorForAShortWhileThenFrozen() {
        String code = youngPerson("SFX-M");
        CaseNote note = jpa.tx(() -> casework.addNote(code, null, "Called: will come on Monday.", sfax));
        jpa.tx(() -> casework.correctNote(note.getId(), note.getVersion(), "Called: will come on Tuesday.", sfax));
        CaseNote corrected = jpa.tx(() -> casework.notes(registry.find(code, sfax), sfax)).get(0);
        assertThrows(NotFound.class, () -> jpa.tx(() -> casework.notes(registry.find(code, sfax), kebili)),
                "the notes of a Sfax person do not exist for Kebili");
        assertEquals("Called: will come on Tuesday.", corrected.getText());
        assertNotNull(corrected.getEditedAt());
        assertEquals("note.error.notAuthor", assertThrows(org.masar.shared.domain.BusinessException.class,
                () -> jpa.tx(() -> casework.correctNote(note.getId(), corrected.getVersion(), "x", manager))).messageKey());
        CaseWorkService later = Wiring.casework(jpa, enrolments);
        Wiring.set(later, "clock", Clock.offset(Clock.systemUTC(), Duration.ofMinutes(31)));
        assertEquals("note.error.frozen", assertThrows(org.masar.shared.domain.BusinessException.class,
                () -> jpa.tx(() -> later.correctNote(note.getId(), corrected.getVersion(), "late", sfax))).messageKey());
        assertThrows(NotFound.class, () -> jpa.tx(() -> casework.addNote(code, null, "not my person", kebili)));
        assertEquals(Map.of("noteText", "note.error.empty"), assertThrows(InvalidInput.class,
                () -> jpa.tx(() -> casework.addNote(code, null, "  ", sfax))).fieldKeys());
    }

    @Test
    void followUpsGoToTheCaseWorkerByDefaultAndShowWhenDueOrOverdue() {
        String unconsented = youngPerson("SFX-M");
        assertEquals("followUp.error.noConsent", assertThrows(org.masar.shared.domain.BusinessException.class,
                () -> jpa.tx(() -> casework.addFollowUp(unconsented, null, "Call her", LocalDate.now(), null, sfax)))
                .messageKey(), "no follow-up for someone who did not consent to be contacted for one");
        String code = followedPerson("SFX-M");
        Enrolment e = enrol(code, training, sfax);
        assertEquals(Map.of("followUpDue", "followUp.error.duePast"), assertThrows(InvalidInput.class,
                () -> jpa.tx(() -> casework.addFollowUp(code, null, "Late", LocalDate.now().minusDays(2), null, sfax)))
                .fieldKeys(), "a follow-up due in the past would be overdue at once");
        // Set five days ago, due two days ago: overdue now.
        CaseWorkService earlier = Wiring.casework(jpa, enrolments);
        Wiring.set(earlier, "clock", Clock.offset(Clock.systemUTC(), Duration.ofDays(-5)));
        jpa.tx(() -> earlier.addFollowUp(code, e.getId(), "Collect the ID copy", LocalDate.now().minusDays(2), null, manager));
        jpa.tx(() -> casework.addFollowUp(code, null, "Call about the course", LocalDate.now().plusDays(3), null, sfax));
        jpa.tx(() -> casework.addFollowUp(code, null, "Far away", LocalDate.now().plusDays(30), null, sfax));
        var byManager = jpa.tx(() -> casework.addFollowUp(code, null, "Phone the family", LocalDate.now().plusDays(40),
                null, manager));
        assertEquals("sfax", jpa.tx(() -> jpa.em().find(org.masar.casework.domain.FollowUp.class, byManager.getId())
                .getAssignee().getUsername()), "without an enrolment named, the person's case worker");
        var open = jpa.tx(() -> casework.openFollowUps(sfax.id(), LocalDate.now().plusDays(7), sfax));
        var mine = open.stream().filter(l -> l.getPerson().getCode().equals(code)).toList();
        assertEquals(List.of("Collect the ID copy", "Call about the course"),
                mine.stream().map(l -> l.getFollowUp().getTitle()).toList());
        assertTrue(mine.get(0).isOverdue());
        assertFalse(mine.get(1).isOverdue());
        jpa.run(() -> casework.setDone(mine.get(0).getFollowUp().getId(), true, sfax));
        assertEquals(1, jpa.tx(() -> casework.openFollowUps(sfax.id(), LocalDate.now().plusDays(7), sfax)).stream()
                .filter(l -> l.getPerson().getCode().equals(code)).count());
        assertEquals(Map.of("followUpAssignee", "followUp.error.assignee"), assertThrows(InvalidInput.class,
                () -> jpa.tx(() -> casework.addFollowUp(code, null, "x", LocalDate.now(), "kebili", sfax))).fieldKeys());
    }

    @Test
    void theFunnelCountsWhoReachedEachStageAndWhoDroppedWhy() {
        Pipeline fresh = jpa.tx(() -> Wiring.pipelines(jpa).forEdit(incubation.getId()));
        Enrolment a = enrol(youngPerson("KEB-M"), fresh, kebili);
        Enrolment b = enrol(youngPerson("KEB-M"), fresh, kebili);
        Stage screening = stage(fresh, "screening");
        jpa.tx(() -> enrolments.move(a.getId(), advance(screening, a.getVersion()), kebili));
        jpa.tx(() -> enrolments.move(b.getId(), new MoveCommand(MoveCommand.Action.DROP, null, DropReason.FOUND_WORK,
                null, b.getVersion(), Set.of(), null), kebili));
        var funnel = jpa.tx(() -> queries.funnel(EnrolmentFilter.ofPipeline(fresh.getId()), kebili.scope()));
        assertEquals(2, funnel.reached(stage(fresh, "application").getId()));
        assertEquals(1, funnel.reached(screening.getId()));
        assertEquals(1, funnel.droppedAt(stage(fresh, "application").getId()));
        assertEquals(1, funnel.reasons().get(DropReason.FOUND_WORK)[0] + funnel.reasons().get(DropReason.FOUND_WORK)[1]);
        var none = jpa.tx(() -> queries.funnel(EnrolmentFilter.ofPipeline(fresh.getId()), sfax.scope()));
        assertEquals(0, none.reached(stage(fresh, "application").getId()));
    }


    @Test
    void reassigningChecksTheCaseWorkerReachesThePersonAndTheVersion() {
        Enrolment e = enrol(youngPerson("SFX-M"), training, sfax);
        InvalidInput wrongSite = assertThrows(InvalidInput.class,
                () -> jpa.run(() -> enrolments.assign(e.getId(), e.getVersion(), "kebili", "Sfax 2026-C", sfax)));
        assertEquals(Map.of("caseWorker", "enrolment.error.caseWorker"), wrongSite.fieldKeys());
        jpa.run(() -> enrolments.assign(e.getId(), e.getVersion(), "manager", "Sfax 2026-C", sfax));
        Enrolment after = reload(e.getId());
        assertEquals("manager", after.getCaseWorker().getUsername());
        assertEquals("Sfax 2026-C", after.getCohort());
        assertThrows(ConcurrentChange.class,
                () -> jpa.run(() -> enrolments.assign(e.getId(), e.getVersion(), "sfax", null, sfax)));
    }
}
