package org.masar.pipeline.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.CriterionMet;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.Evidence;
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
import org.masar.shared.domain.FieldRefused;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.i18n.Texts;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;
import org.masar.testing.Jpa;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/**
 * Entry criteria bound to evidence against MariaDB: the administrator binds one to a source
 * deployed (an unknown one is refused); a move the records do not back is refused with their
 * reason, one by one and in bulk, and accepted once they do; the history, read back from the
 * database and in the export's streamed rows, keeps the record and the summary as they were.
 */
class EvidenceMovesIT {

    private static Jpa jpa;
    private static final TestEvidenceSource SOURCE = new TestEvidenceSource();
    private static EnrolmentService enrolments;
    private static BeneficiaryService registry;
    private static PipelineService pipelines;
    private static Pipeline training;
    private static Caller sfax;
    private static Caller admin;
    private static int people;

    @BeforeAll
    static void start() {
        jpa = new Jpa(TestDatabase.create("evidence"));
        registry = Wiring.beneficiaries(jpa);
        enrolments = Wiring.enrolments(jpa, new EnrolmentService());
        Wiring.set(enrolments, "evidence", Wiring.evidence(SOURCE));
        pipelines = Wiring.pipelines(jpa, SOURCE);
        SiteService sites = Wiring.sites(jpa);
        UserService users = Wiring.users(jpa);
        long sfaxId = jpa.tx(() -> {
            UserForm form = new UserForm();
            form.setUsername("sfax");
            form.setFullName("Sami");
            form.setEmail("sfax@example.org");
            form.setRoles(List.of(Role.CASE_WORKER));
            form.setSiteIds(sites.byCodes(List.of("SFX")).stream().map(Site::getId).toList());
            form.setNewPassword("a-long-password");
            return users.save(form, "admin").getId();
        });
        var scope = org.masar.site.domain.Scope.of(jpa.tx(() -> sites.byCodes(List.of("SFX"))));
        sfax = new Caller(sfaxId, "sfax", "Sami", Set.of(Role.CASE_WORKER), scope, "en");
        admin = new Caller(0, "admin", "Admin", Set.of(Role.ADMIN), scope, "en");
        Programme programme = jpa.tx(() -> {
            Partner lead = Wiring.partners(jpa).save(
                    new org.masar.programme.service.PartnerForm("Tuscany Region", PartnerType.MUNICIPALITY, "IT"));
            var form = new org.masar.programme.service.ProgrammeForm();
            form.setCode("TDU");
            form.setName("TRAIT D'union");
            form.setCurrency("EUR");
            form.setLeadPartnerId(lead.getId());
            form.setSiteIds(sites.byCodes(List.of("SFX")).stream().map(Site::getId).toList());
            return Wiring.programmes(jpa).save(form);
        });
        long id = jpa.tx(() -> pipelines.create(programme.getId(), PipelineType.TRAINING, admin)).getId();
        Criterion attendance = jpa.tx(() -> pipelines.forEdit(id)).stage("certified").orElseThrow().activeCriteria().get(0);
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> jpa.run(() -> pipelines.editCriterion(
                attendance.getId(), attendance.getNames(), "nobody.deploys.this", admin)));
        assertEquals(Map.of("renamedSource", "pipeline.error.evidenceSource"), unknown.fieldKeys());
        jpa.run(() -> pipelines.editCriterion(attendance.getId(), attendance.getNames(), TestEvidenceSource.KEY, admin));
        training = jpa.tx(() -> pipelines.forEdit(id));
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    /** A person enrolled and moved on to in training, whose next stage, certified, takes attendance. */
    private static Enrolment inTraining() {
        people++;
        var form = org.masar.testing.People.form("Amal" + people, "Evidence", Sex.F, LocalDate.now().minusYears(22), "SFX-M");
        String code = jpa.tx(() -> registry.register(form, sfax, "test data, all different people").getCode());
        Enrolment e = jpa.tx(() -> enrolments.enrol(new EnrolForm(code, training.getId(), null, null, null), sfax));
        for (String stage : List.of("selected", "in_training")) {
            Stage to = certified().getPipeline().stage(stage).orElseThrow();
            jpa.tx(() -> enrolments.move(e.getId(), new MoveCommand(MoveCommand.Action.ADVANCE, to.getId(), null, null, null,
                    ids(to.activeCriteria()), null), sfax));
        }
        return jpa.tx(() -> enrolments.find(e.getId(), sfax));
    }

    private static Stage certified() {
        return training.stage("certified").orElseThrow();
    }

    private static Set<Long> ids(List<Criterion> criteria) {
        return Set.copyOf(criteria.stream().map(Criterion::getId).toList());
    }

    private static MoveCommand complete(Enrolment e) {
        // Every criterion ticked, the attendance one too: a tick does not meet a criterion bound to evidence.
        return new MoveCommand(MoveCommand.Action.COMPLETE, null, null, null, e.getVersion(),
                ids(certified().activeCriteria()), null);
    }

    @Test
    void aMoveIsRefusedWithTheRecordsReasonThenAcceptedOnceTheyMeetTheCriterion() {
        Enrolment e = inTraining();
        SOURCE.says(e.getBeneficiary().getId(), Evidence.unmet("training.course", 31L, TestEvidenceSource.SUMMARY, 60, 5, 80));
        FieldRefused refused = assertThrows(FieldRefused.class, () -> jpa.tx(() -> enrolments.move(e.getId(), complete(e), sfax)));
        assertEquals(Map.of("evidence", "enrolment.error.evidence"), refused.fieldKeys());
        String reason = Texts.get(Locale.ENGLISH, "enrolment.error.evidence", refused.arguments("evidence"));
        assertTrue(reason.contains(TestEvidenceSource.SUMMARY), reason);
        assertEquals("in_training", jpa.tx(() -> enrolments.find(e.getId(), sfax)).getCurrentStage().getCode());

        SOURCE.says(e.getBeneficiary().getId(), Evidence.met("training.course", 31, TestEvidenceSource.SUMMARY, 86, 14, 80));
        jpa.tx(() -> enrolments.move(e.getId(), complete(e), sfax));
        EnrolmentService.WithHistory read = jpa.tx(() -> enrolments.withHistory(e.getId(), sfax));
        assertEquals(EnrolmentStatus.COMPLETED, read.enrolment().getStatus());
        StageTransition last = read.history().get(read.history().size() - 1);
        CriterionMet byRecord = last.getCriteria().get(0);
        assertEquals(CriterionMet.How.EVIDENCE, byRecord.getHow());
        assertEquals(Evidence.met("training.course", 31, TestEvidenceSource.SUMMARY, 86, 14, 80), byRecord.getEvidence(),
                "the record and the summary as the move found them, read back from the database");
        assertEquals(CriterionMet.How.TICKED, last.getCriteria().get(1).getHow());
        String attendanceFr = certified().activeCriteria().get(0).getNames().getFr();
        assertTrue(last.evidenceNames(Locale.FRENCH).startsWith(attendanceFr + " ("), last.evidenceNames(Locale.FRENCH));

        // The export reads the same from its streamed rows.
        List<MoveLine> lines = new ArrayList<>();
        jpa.run(() -> Wiring.enrolmentQueries(jpa).forEach(new EnrolmentFilter(training.getId(), null, null, null, null,
                null, null, null, false, e.getBeneficiary().getCode()), sfax, x -> { }, lines::add));
        assertEquals(last.evidenceNames(Locale.FRENCH), lines.get(lines.size() - 1).evidenceNames(Locale.FRENCH));
        assertEquals(last.tickedNames(Locale.ENGLISH), lines.get(lines.size() - 1).tickedNames(Locale.ENGLISH));
    }

    @Test
    void bulkAdvanceListsThoseTheRecordsDoNotBackWithTheirReason() {
        Enrolment backed = inTraining();
        Enrolment short_ = inTraining();
        SOURCE.says(backed.getBeneficiary().getId(), Evidence.met("training.course", 31, TestEvidenceSource.SUMMARY, 90, 14, 80));
        EnrolmentService perCall = new EnrolmentService() {
            @Override
            public Enrolment find(long id, Caller caller) {
                return jpa.tx(() -> super.find(id, caller));
            }

            @Override
            public StageTransition move(long id, MoveCommand command, Caller caller) {
                return jpa.tx(() -> super.move(id, command, caller));
            }
        };
        Wiring.enrolments(jpa, perCall);
        Wiring.set(perCall, "evidence", Wiring.evidence(SOURCE));
        BulkMoves bulk = Wiring.set(new BulkMoves(), "enrolments", perCall);
        List<BulkResult> results = bulk.advance(List.of(backed.getId(), short_.getId()), certified().getId(),
                ids(certified().activeCriteria()), null, null, sfax);
        assertTrue(results.get(0).isMoved());
        assertTrue(results.get(0).getEvidence().in(Locale.ENGLISH).contains(TestEvidenceSource.SUMMARY));
        assertEquals("enrolment.error.evidence", results.get(1).getMessageKey());
        assertTrue(Texts.get(Locale.ENGLISH, results.get(1).getMessageKey(), results.get(1).getArguments())
                .contains("test.attendance.none"), "the reason the records give");
    }
}
