package org.masar.internship.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.DocumentState;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.HostSize;
import org.masar.internship.domain.Outcome;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementDocument;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.service.EnrolForm;
import org.masar.pipeline.service.EnrolmentFlags;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.PageRequest;
import org.masar.testing.Jpa;
import org.masar.testing.Wiring;

/**
 * What the placements list, the profile and enrolment sections and the caseload read, against
 * MariaDB: a running placement's alerts (a visa and an insurance ending before it does, an end
 * within 30 days) on its line, in its enrolment's flags and in the counts over the list, for both
 * sides and the intern's case worker, and for nobody else; an ended one alerts no more.
 */
class PlacementListIT {

    private static PlacementWorld world;
    private static Jpa jpa;
    private static PlacementService placements;
    private static PlacementQueries queries;
    private static PlacementFlags flags;
    private static HostService hosts;
    private static EnrolmentService enrolments;
    private static BeneficiaryService registry;
    private static Pipeline internship;
    private static Caller tunisWorker;
    private static Caller tunis;
    private static Caller milan;
    private static Caller piedmont;
    private static Caller kebili;
    private static long host;
    private static int people;

    @BeforeAll
    static void start() {
        world = new PlacementWorld("placementlist");
        jpa = world.jpa;
        registry = world.registry;
        enrolments = world.enrolments;
        placements = world.placements;
        hosts = world.hosts;
        internship = world.internship;
        tunisWorker = world.tunisWorker;
        tunis = world.tunis;
        milan = world.milan;
        piedmont = world.piedmont;
        kebili = world.kebili;
        queries = Wiring.set(new PlacementQueries(), "em", jpa.em(), "clock", Wiring.CLOCK);
        flags = Wiring.set(new PlacementFlags(), "queries", queries);
        host = jpa.tx(() -> hosts.create(new Host.Details("Officine Lista S.r.l.", "IT", "Milano", HostSector.MECHANICS,
                HostSize.UNDER_250, null, null, null, null, null, null, true, List.of(), 100), "test hosts", milan)).getId();
    }

    @AfterAll
    static void stop() {
        world.close();
    }


    /** A candidate of Tunis, living in Tunisia (so a visa is needed for Italy). */
    private static Enrolment candidate() {
        people++;
        var form = org.masar.testing.People.form("Amal" + people, "Lista", Sex.F, LocalDate.now().minusYears(23), "TUN-M");
        form.setResidenceCountry("TN");
        form.setConsentPurposes(Set.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP));
        String code = jpa.tx(() -> registry.register(form, tunisWorker, "test data, all different people").getCode());
        return jpa.tx(() -> enrolments.enrol(new EnrolForm(code, internship.getId(), null, null, null), tunisWorker));
    }

    private static Placement matched(Enrolment e, LocalDate start, LocalDate end) {
        long lombardy = jpa.tx(() -> Wiring.sites(jpa).byCodes(List.of("LOM")).get(0).getId());
        return jpa.tx(() -> placements.match(e.getId(), host, new Placement.Plan("Luca Verdi", start, end, "Milano"),
                lombardy, tunis));
    }

    private static List<String> flagged(long enrolment, Caller caller) {
        return flags.flags(List.of(enrolment), caller).getOrDefault(enrolment, List.of()).stream()
                .map(f -> f.text(Locale.ENGLISH)).toList();
    }

    private static List<Long> listed(PlacementFilter filter, Caller caller) {
        return jpa.tx(() -> queries.page(filter, new PageRequest(0, 100, null, true, Map.of()), caller)).rows().stream()
                .map(PlacementLine::id).toList();
    }

    @Test
    void aRunningPlacementsAlertsReachItsLineItsFlagsAndTheCountsForThoseWhoSeeItOnly() {
        Map<String, Long> before = jpa.tx(() -> queries.alertCounts(tunis));
        Enrolment e = candidate();
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusDays(45);
        LocalDate end = today.plusDays(20);
        Placement p = matched(e, start, end);
        int v1 = jpa.tx(() -> placements.mark(p.getId(), p.getVersion(), DocumentKind.VISA, DocumentState.RECEIVED,
                new PlacementDocument.Details("ITA778899", "D - study/training", start, end.minusDays(5)), tunis)).getVersion();
        int v2 = jpa.tx(() -> placements.mark(p.getId(), v1, DocumentKind.INSURANCE, DocumentState.VERIFIED,
                new PlacementDocument.Details("POL-12", null, start, end.minusDays(1)), tunis)).getVersion();

        PlacementLine line = jpa.tx(() -> queries.ofEnrolments(List.of(e.getId()), tunis)).get(e.getId());
        assertEquals(p.getId(), line.id());
        assertEquals(PlacementQueries.ALERTS, line.alerts(), "visa, insurance and the end, in that order");
        assertEquals(DocumentState.RECEIVED, line.state(DocumentKind.VISA));
        assertEquals(DocumentState.VERIFIED, line.state(DocumentKind.INSURANCE));
        assertEquals(DocumentState.MISSING, line.state(DocumentKind.ARRIVAL));

        List<String> expected = List.of("Visa ends before the internship", "Insurance ends before the internship",
                "Ends within 30 days");
        assertEquals(expected, jpa.tx(() -> flagged(e.getId(), tunisWorker)), "the intern's case worker");
        assertEquals(expected, jpa.tx(() -> flagged(e.getId(), milan)), "the receiving side");
        assertEquals(List.of(), jpa.tx(() -> flagged(e.getId(), kebili)), "a case worker elsewhere");
        assertEquals(List.of(), jpa.tx(() -> flagged(e.getId(), piedmont)), "a coordinator of neither side");
        Caller trainer = new Caller(9, "trainer", "Trainer", Set.of(Role.TRAINER), tunis.scope(), "en");
        assertEquals(List.of(), jpa.tx(() -> flagged(e.getId(), trainer)), "a role that does not see placements");

        Map<String, Long> after = jpa.tx(() -> queries.alertCounts(tunis));
        for (String alert : PlacementQueries.ALERTS) {
            assertEquals(before.get(alert) + 1, after.get(alert), alert);
        }
        assertEquals(Map.of(PlacementQueries.VISA_EXPIRES, 0L, PlacementQueries.INSURANCE_EXPIRES, 0L,
                PlacementQueries.ENDING, 0L), jpa.tx(() -> queries.alertCounts(piedmont)));

        assertTrue(listed(new PlacementFilter(null, PlacementFilter.Status.RUNNING, null, null, true), milan).contains(p.getId()));
        assertTrue(listed(new PlacementFilter("lista", PlacementFilter.Status.ALL, host, DocumentKind.ARRIVAL, false), tunis)
                .contains(p.getId()), "by name, host and a document not verified");
        assertFalse(listed(new PlacementFilter(null, PlacementFilter.Status.ALL, null, DocumentKind.INSURANCE, false), tunis)
                .contains(p.getId()), "its insurance is verified");
        assertFalse(listed(PlacementFilter.NONE, piedmont).contains(p.getId()));

        List<PlacementLine> person = jpa.tx(() -> queries.ofPerson(e.getBeneficiary().getId(), tunisWorker));
        assertEquals(List.of(p.getId()), person.stream().map(PlacementLine::id).toList(), "the profile's section");
        assertEquals(List.of(), jpa.tx(() -> queries.ofPerson(e.getBeneficiary().getId(), kebili)));

        jpa.tx(() -> placements.end(p.getId(), v2, Outcome.INTERRUPTED, "Went home for family reasons", today, tunis));
        assertEquals(List.of(), jpa.tx(() -> flagged(e.getId(), tunisWorker)), "an ended placement alerts no more");
        assertEquals(before, jpa.tx(() -> queries.alertCounts(tunis)));
        assertFalse(listed(new PlacementFilter(null, PlacementFilter.Status.RUNNING, null, null, false), tunis).contains(p.getId()));
        assertTrue(listed(new PlacementFilter(null, PlacementFilter.Status.ENDED, null, null, false), tunis).contains(p.getId()));
    }

    @Test
    void aPlacementWithNothingDueRaisesNoFlagAndAnEnrolmentWithoutOneHasNoLine() {
        Enrolment waiting = candidate();
        assertNull(jpa.tx(() -> queries.ofEnrolments(List.of(waiting.getId()), tunis)).get(waiting.getId()));
        Enrolment e = candidate();
        LocalDate start = LocalDate.now().plusMonths(2);
        Placement p = matched(e, start, start.plusMonths(6));
        int v1 = jpa.tx(() -> placements.mark(p.getId(), p.getVersion(), DocumentKind.INSURANCE, DocumentState.RECEIVED,
                new PlacementDocument.Details("POL-13", null, start, start.plusMonths(6)), tunis)).getVersion();
        assertTrue(v1 > p.getVersion());
        Map<Long, List<EnrolmentFlags.Flag>> found = jpa.tx(() -> flags.flags(List.of(e.getId(), waiting.getId()), tunis));
        assertEquals(Map.of(), found);
        PlacementLine line = jpa.tx(() -> queries.ofEnrolments(List.of(e.getId()), tunisWorker)).get(e.getId());
        assertEquals(List.of(), line.alerts());
        assertTrue(line.visaNeeded());
        assertFalse(listed(new PlacementFilter(null, PlacementFilter.Status.RUNNING, null, null, true), tunis).contains(p.getId()));
    }

    @Test
    void aVisaEndingEarlyNeedsNoAttentionWhereNoVisaIsNeeded() {
        people++;
        var form = org.masar.testing.People.form("Amal" + people, "Lista", Sex.F, LocalDate.now().minusYears(23), "TUN-M");
        form.setResidenceCountry("IT"); // lives in Italy already: the host in Milan needs no visa of her
        form.setConsentPurposes(Set.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP));
        String code = jpa.tx(() -> registry.register(form, tunisWorker, "test data, all different people").getCode());
        Enrolment e = jpa.tx(() -> enrolments.enrol(new EnrolForm(code, internship.getId(), null, null, null), tunisWorker));
        LocalDate start = LocalDate.now().plusMonths(2);
        Placement p = matched(e, start, start.plusMonths(6));
        Map<String, Long> before = jpa.tx(() -> queries.alertCounts(tunis));
        jpa.tx(() -> placements.mark(p.getId(), p.getVersion(), DocumentKind.VISA, DocumentState.RECEIVED,
                new PlacementDocument.Details("OLD-1", "C", start, start.plusMonths(1)), tunis));
        PlacementLine line = jpa.tx(() -> queries.ofEnrolments(List.of(e.getId()), tunis)).get(e.getId());
        assertFalse(line.visaNeeded());
        assertEquals(List.of(), line.alerts(), "no alert on the line");
        assertEquals(before, jpa.tx(() -> queries.alertCounts(tunis)), "nor in the counts");
        assertFalse(listed(new PlacementFilter(null, PlacementFilter.Status.RUNNING, null, null, true), tunis).contains(p.getId()),
                "nor under 'needs attention'");
    }
}
