package org.masar.pipeline.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.event.PeopleMerged;
import org.masar.beneficiary.service.BeneficiaryForm;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.beneficiary.service.MergeConflict;
import org.masar.beneficiary.service.MergePreview;
import org.masar.casework.service.CaseWorkService;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.MoveAction;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.StageTransition;
import org.masar.pipeline.event.EnrolmentMoved;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.PartnerType;
import org.masar.programme.domain.Programme;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.security.service.UserForm;
import org.masar.security.service.UserService;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.PageRequest;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;
import org.masar.testing.Jpa;
import org.masar.testing.SyncEvents;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/**
 * Merging two records of one person against MariaDB, with the steps the pipelines and case work
 * contribute: what the preview shows, a conflict settled as the manager chose, the other
 * enrolment closed as MERGED with its history line, the rest moved, no consent twice, the
 * duplicate left with nothing active; and the refusals.
 */
class PersonMergeIT {

    private static Jpa jpa;
    private static BeneficiaryService registry;
    private static org.masar.beneficiary.service.PersonMerges merges;
    private static EnrolmentService enrolments;
    private static EnrolmentQueries queries;
    private static CaseWorkService casework;
    private static SyncEvents<Object> moves;
    private static Pipeline training;
    private static Pipeline incubation;
    private static Caller sfax;
    private static Caller manager;
    private static Caller kebiliManager;
    private static int people;

    @BeforeAll
    static void start() {
        jpa = new Jpa(TestDatabase.create("merges"));
        moves = new SyncEvents<>();
        registry = Wiring.beneficiaries(jpa);
        merges = Wiring.merges(jpa, registry, Wiring.enrolmentMerge(jpa, moves), Wiring.caseWorkMerge(jpa));
        enrolments = Wiring.enrolments(jpa, new EnrolmentService());
        Wiring.set(enrolments, "registry", registry);
        queries = Wiring.enrolmentQueries(jpa);
        casework = Wiring.casework(jpa, enrolments);
        Wiring.set(casework, "registry", registry);
        SiteService sites = Wiring.sites(jpa);
        UserService users = Wiring.users(jpa);
        long sfaxId = jpa.tx(() -> user(users, sites, "sfax", Role.CASE_WORKER, "SFX").getId());
        long managerId = jpa.tx(() -> user(users, sites, "manager", Role.MANAGER, "TN").getId());
        sfax = new Caller(sfaxId, "sfax", "Sami", Set.of(Role.CASE_WORKER), scope(sites, "SFX"), "en");
        manager = new Caller(managerId, "manager", "Marco", Set.of(Role.MANAGER), scope(sites, "TN"), "en");
        kebiliManager = new Caller(managerId, "manager", "Marco", Set.of(Role.MANAGER), scope(sites, "KEB"), "en");
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

    private static Scope scope(SiteService sites, String code) {
        return Scope.of(jpa.tx(() -> sites.byCodes(List.of(code))));
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

    private static String person(String first, ConsentPurpose... purposes) {
        people++;
        BeneficiaryForm f = org.masar.testing.People.form(first, "Mergeit" + people, Sex.F, LocalDate.now().minusYears(22),
                "SFX-M");
        f.setConsentPurposes(EnumSet.copyOf(List.of(purposes)));
        return jpa.tx(() -> registry.register(f, sfax, "test data: registered twice on purpose").getCode());
    }

    private static Enrolment enrol(String code, Pipeline pipeline) {
        return jpa.tx(() -> enrolments.enrol(new EnrolForm(code, pipeline.getId(), null, null, null), sfax));
    }

    private static List<Enrolment> enrolmentsOf(String code) {
        return jpa.tx(() -> enrolments.ofPerson(registry.find(code, manager), manager));
    }

    private static long reachedFirstStage(Pipeline pipeline) {
        long first = pipeline.firstStage().orElseThrow().getId();
        return jpa.tx(() -> queries.funnel(EnrolmentFilter.ofPipeline(pipeline.getId()), manager.scope())).reached(first);
    }

    @Test
    void theManagersChoiceStaysTheOtherIsClosedAsMergedAndEverythingElseMoves() {
        String keep = person("Amel", ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP);
        String duplicate = person("Amal", ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP, ConsentPurpose.PHOTOS);
        Enrolment keptTraining = enrol(keep, training);
        Enrolment theirTraining = enrol(duplicate, training);
        Enrolment theirIncubation = enrol(duplicate, incubation);
        jpa.run(() -> casework.addNote(duplicate, theirTraining.getId(), "Came to the first session with her sister.", sfax));
        jpa.run(() -> casework.addFollowUp(duplicate, null, "Call about the course", LocalDate.now().plusDays(3), null, sfax));
        long reachedBefore = reachedFirstStage(training);

        MergePreview preview = jpa.tx(() -> merges.previewMerge(keep, duplicate, manager));
        List<String> said = preview.moves().stream().map(m -> m.in(java.util.Locale.ENGLISH)).toList();
        assertTrue(said.contains("Consent to Photos and communication, given on 2025-01-10"), said.toString());
        assertTrue(said.contains("Consent to Programme participation: already given on this record, not copied"), said.toString());
        assertTrue(said.contains("Consent to Contact for follow-up: already given on this record, not copied"), said.toString());
        assertTrue(said.contains("Enrolment in TDU · Incubation: Application, Active"), said.toString());
        assertTrue(said.contains("1 case note") && said.contains("1 follow-up"), said.toString());
        assertEquals(1, preview.conflicts().size(), "both are active in training, and only there");
        MergeConflict conflict = preview.conflicts().get(0);
        assertEquals("Enrolment in TDU · Training", conflict.question().in(java.util.Locale.ENGLISH));
        assertEquals(List.of(String.valueOf(keptTraining.getId()), String.valueOf(theirTraining.getId())),
                conflict.options().stream().map(MergeConflict.Option::value).toList());
        assertTrue(conflict.options().get(1).label().in(java.util.Locale.ENGLISH).startsWith("Keep the enrolment of " + duplicate),
                conflict.options().get(1).label().in(java.util.Locale.ENGLISH));
        assertNull(jpa.tx(() -> registry.find(duplicate, manager)).getMergedInto(), "a preview changes nothing");

        BusinessException refused = assertThrows(BusinessException.class,
                () -> jpa.tx(() -> merges.merge(keep, duplicate, Map.of(), manager)));
        assertEquals("beneficiary.merge.error.choose", refused.messageKey());
        assertThrows(BusinessException.class, () -> jpa.tx(() -> merges.merge(keep, duplicate,
                Map.of(conflict.id(), String.valueOf(theirIncubation.getId())), manager)), "an option of another conflict");
        assertNull(jpa.tx(() -> registry.find(duplicate, manager)).getMergedInto(), "refused: nothing merged");
        assertEquals(2, enrolmentsOf(duplicate).size(), "nor moved");

        int movesBefore = moves.fired().size();
        jpa.tx(() -> merges.merge(keep, duplicate, Map.of(conflict.id(), String.valueOf(theirTraining.getId())), manager));

        Map<Long, Enrolment> now = enrolmentsOf(keep).stream().collect(Collectors.toMap(Enrolment::getId, e -> e));
        assertEquals(Set.of(keptTraining.getId(), theirTraining.getId(), theirIncubation.getId()), now.keySet(),
                "every enrolment of the duplicate is the survivor's now");
        assertEquals(EnrolmentStatus.ACTIVE, now.get(theirTraining.getId()).getStatus(), "the one the manager chose stays");
        assertEquals(EnrolmentStatus.ACTIVE, now.get(theirIncubation.getId()).getStatus());
        Enrolment closed = now.get(keptTraining.getId());
        assertEquals(EnrolmentStatus.DROPPED, closed.getStatus());
        assertEquals(DropReason.MERGED, closed.getDropReason());
        List<StageTransition> history = jpa.tx(() -> enrolments.withHistory(keptTraining.getId(), manager)).history();
        assertEquals(List.of(MoveAction.ENROL, MoveAction.DROP), history.stream().map(StageTransition::getAction).toList(),
                "its history kept, and the closing line added");
        StageTransition last = history.get(1);
        assertEquals(DropReason.MERGED, last.getReasonCode());
        assertEquals("manager", last.getByUser());
        assertEquals(duplicate + " → " + keep, last.getNote());
        assertEquals(List.of(MoveAction.ENROL),
                jpa.tx(() -> enrolments.withHistory(theirTraining.getId(), manager)).history().stream()
                        .map(StageTransition::getAction).toList(), "the moved one keeps its own history");
        List<Object> heard = moves.fired().subList(movesBefore, moves.fired().size());
        assertEquals(1, heard.size());
        assertTrue(heard.get(0) instanceof EnrolmentMoved m && m.dropped() && m.enrolmentId() == keptTraining.getId());

        assertTrue(enrolmentsOf(duplicate).isEmpty(), "the duplicate has no enrolment left, active or not");
        Beneficiary gone = jpa.tx(() -> registry.profile(duplicate, manager));
        assertEquals(keep, gone.getMergedInto().getCode());
        Beneficiary kept = jpa.tx(() -> registry.profile(keep, manager));
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            long active = kept.getConsents().stream().filter(c -> c.getPurpose() == purpose && c.isActive()).count();
            assertEquals(purpose == ConsentPurpose.PARTNER_SHARING ? 0 : 1, active, purpose + " once at most");
        }
        assertEquals(Set.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP),
                gone.getConsents().stream().map(c -> c.getPurpose()).collect(Collectors.toSet()),
                "the consents the survivor held already stay with the merged record, as its history");
        assertEquals(1, jpa.tx(() -> casework.notes(kept, manager)).size(), "the note follows the person");
        assertEquals(1, jpa.tx(() -> casework.followUps(kept, manager)).size(), "and the follow-up");

        assertEquals(reachedBefore - 1, reachedFirstStage(training), "the funnel counts the person once");
        assertEquals(1, jpa.tx(() -> queries.page(new EnrolmentFilter(training.getId(), null, null, null, null, null, null,
                null, false, keep), PageRequest.firstPage(10), manager)).total(), "and so does the list");
        assertTrue(jpa.tx(() -> registry.timeline(keep, manager)).stream()
                .anyMatch(e -> e.getKind() == org.masar.beneficiary.domain.EventKind.MERGED_FROM));
    }

    @Test
    void withoutConflictsTheMergeNeedsNoChoice() {
        String keep = person("Salma", ConsentPurpose.PARTICIPATION);
        String duplicate = person("Selma", ConsentPurpose.PARTICIPATION);
        enrol(keep, training);
        Enrolment theirs = enrol(duplicate, incubation);
        assertTrue(jpa.tx(() -> merges.previewMerge(keep, duplicate, manager)).conflicts().isEmpty());
        jpa.tx(() -> merges.merge(keep, duplicate, manager));
        assertEquals(keep, jpa.tx(() -> enrolments.find(theirs.getId(), manager)).getBeneficiary().getCode());
        assertEquals(EnrolmentStatus.ACTIVE, jpa.tx(() -> enrolments.find(theirs.getId(), manager)).getStatus());
    }

    @Test
    void badCodesAreRefusedOnTheirFieldAndOnlyManagersMerge() {
        String keep = person("Rim", ConsentPurpose.PARTICIPATION);
        String other = person("Rym", ConsentPurpose.PARTICIPATION);
        assertEquals("beneficiary.merge.error.unknown", refusal(keep, "TN-SFX-999999", manager));
        assertEquals("beneficiary.merge.error.same", refusal(keep, keep.toLowerCase(java.util.Locale.ROOT), manager));
        assertEquals("beneficiary.merge.error.code", refusal(keep, " ", manager));
        assertThrows(Forbidden.class, () -> jpa.tx(() -> merges.previewMerge(keep, other, sfax)));
        assertThrows(Forbidden.class, () -> jpa.tx(() -> merges.merge(keep, other, sfax)));
        assertThrows(org.masar.shared.domain.NotFound.class, () -> jpa.tx(() -> merges.previewMerge(keep, other, kebiliManager)),
                "a manager of Kebili does not see the Sfax record to keep");
        jpa.tx(() -> merges.merge(keep, other, manager));
        assertEquals("beneficiary.merge.error.alreadyMerged", refusal(keep, other, manager));
        String third = person("Rima", ConsentPurpose.PARTICIPATION);
        assertEquals("beneficiary.error.merged", assertThrows(BusinessException.class,
                () -> jpa.tx(() -> merges.previewMerge(other, third, manager))).messageKey(),
                "nothing merges into a merged record");
    }

    @Test
    void mergedIsNeverAReasonSomeoneChooses() {
        String code = person("Nour", ConsentPurpose.PARTICIPATION);
        Enrolment e = enrol(code, training);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> jpa.tx(() -> enrolments.move(e.getId(),
                new MoveCommand(MoveCommand.Action.DROP, null, DropReason.MERGED, null, null, null, null), manager)));
        assertEquals("enrolment.error.reasonMerged", refused.fieldKeys().get("reasonCode"));
    }

    private static String refusal(String keep, String duplicate, Caller caller) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> jpa.tx(() -> merges.previewMerge(keep, duplicate, caller)));
        return refused.fieldKeys().get("duplicateCode");
    }
}
