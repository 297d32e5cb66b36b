package org.masar.beneficiary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryEvent;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.DocumentType;
import org.masar.beneficiary.domain.EducationLevel;
import org.masar.beneficiary.domain.EmploymentStatus;
import org.masar.beneficiary.domain.EventKind;
import org.masar.beneficiary.domain.Sex;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.PageRequest;
import org.masar.site.domain.Scope;
import org.masar.site.service.SiteService;
import org.masar.testing.Jpa;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/** The registry against MariaDB: rules, duplicate gate, scope, search, merge, optimistic locking. */
class BeneficiaryServiceIT {

    private static TestDatabase database;
    private static Jpa jpa;
    private static BeneficiaryService registry;
    private static org.masar.beneficiary.service.PersonMerges merges;
    private static BeneficiaryQueries queries;
    private static Caller sfax;
    private static Caller kebili;
    private static Caller manager;

    @BeforeAll
    static void start() {
        database = TestDatabase.create("registry");
        jpa = new Jpa(database);
        registry = Wiring.beneficiaries(jpa);
        merges = Wiring.merges(jpa, registry);
        queries = Wiring.beneficiaryQueries(jpa);
        SiteService sites = Wiring.sites(jpa);
        sfax = caller("sfax", Role.CASE_WORKER, Scope.of(jpa.tx(() -> sites.byCodes(List.of("SFX")))));
        kebili = caller("kebili", Role.CASE_WORKER, Scope.of(jpa.tx(() -> sites.byCodes(List.of("KEB")))));
        manager = caller("manager", Role.MANAGER, Scope.of(jpa.tx(() -> sites.byCodes(List.of("TN")))));
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static Caller caller(String name, Role role, Scope scope) {
        return new Caller(1, name, name, Set.of(role), scope, "en");
    }

    static BeneficiaryForm form(String first, String last, LocalDate birth, String site) {
        return org.masar.testing.People.form(first, last, Sex.F, birth, site);
    }

    private static Beneficiary register(BeneficiaryForm f, Caller c) {
        return jpa.tx(() -> registry.register(f, c, null));
    }

    @Test
    void aRegistrationGetsACodeFromCountryAndGovernorateAndATimeline() {
        BeneficiaryForm f = form("Amel", "Zouari", LocalDate.of(1999, 3, 4), "SFX-M");
        f.setPhone("22 333 444");
        f.setGroups(Set.of(BeneficiaryGroup.RETURNEE));
        Beneficiary b = register(f, sfax);
        assertTrue(b.getCode().matches("TN-SFX-\\d{6}"), b.getCode());
        assertEquals("+21622333444", b.getPhone());
        List<BeneficiaryEvent> timeline = jpa.tx(() -> registry.timeline(b.getCode(), sfax));
        assertEquals(EventKind.REGISTERED, timeline.get(timeline.size() - 1).getKind());
        assertEquals("sfax", timeline.get(timeline.size() - 1).getByUser());
    }

    @Test
    void everyBrokenRuleIsReportedOnItsFieldAndNothingIsSaved() {
        BeneficiaryForm f = form("Rania", "Mejri", LocalDate.now().minusYears(14), "SFX");
        f.setPhone("12 34");
        f.setDocumentType(DocumentType.CIN);
        f.setConsentPurposes(Set.of(ConsentPurpose.PHOTOS));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> register(f, sfax));
        assertEquals(Map.of("birthDate", "beneficiary.error.tooYoung", "phone", "beneficiary.error.phone",
                "documentNumber", "beneficiary.error.documentNumberRequired",
                "consentPurposes", "beneficiary.error.participationConsent"), refused.fieldKeys());
        var page = jpa.tx(() -> queries.page(new BeneficiaryFilter(null, "Mejri", null, null, null, null, null),
                PageRequest.firstPage(10), sfax));
        assertEquals(0, page.total());
    }

    @Test
    void aSiteOutsideTheCallersScopeCannotBeChosen() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> register(form("Ines", "Ayari", LocalDate.of(2000, 1, 1), "KEB"), sfax));
        assertEquals("beneficiary.error.site", refused.fieldKeys().get("siteCode"));
    }

    @Test
    void documentNumbersAreUniquePerType() {
        BeneficiaryForm first = form("Skander", "Bouzid", LocalDate.of(1995, 5, 5), "SFX");
        first.setDocumentType(DocumentType.CIN);
        first.setDocumentNumber("08123456");
        register(first, sfax);
        BeneficiaryForm second = form("Other", "Person", LocalDate.of(1980, 1, 1), "KEB");
        second.setDocumentType(DocumentType.CIN);
        second.setDocumentNumber("08123456");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> register(second, kebili));
        assertEquals("beneficiary.error.documentTaken", refused.fieldKeys().get("documentNumber"));
        second.setDocumentType(DocumentType.PASSPORT);
        register(second, kebili);
    }

    @Test
    void theDuplicateGateStopsANearDuplicateUntilSomeoneSaysWhy() {
        LocalDate birth = LocalDate.of(1996, 7, 14);
        Beneficiary existing = register(form("Mohamed", "Ben Salah", birth, "SFX"), sfax);
        BeneficiaryForm again = form("Mhamed", "Bensalah", birth, "SFX-M");
        DuplicatesFound gate = assertThrows(DuplicatesFound.class, () -> register(again, sfax));
        assertEquals(List.of(existing.getCode()), gate.candidates().stream().map(Candidate::code).toList());
        assertEquals(Candidate.Reason.NAME_AND_BIRTH_DATE, gate.candidates().get(0).reason());

        assertThrows(InvalidInput.class, () -> jpa.tx(() -> registry.register(again, sfax, "short")));
        Beneficiary second = jpa.tx(() -> registry.register(again, sfax, "Twin brother, different CIN seen"));
        List<BeneficiaryEvent> timeline = jpa.tx(() -> registry.timeline(second.getCode(), sfax));
        BeneficiaryEvent override = timeline.stream().filter(e -> e.getKind() == EventKind.DUPLICATE_OVERRIDE)
                .findFirst().orElseThrow();
        assertEquals("sfax", override.getByUser());
        assertTrue(override.getDetail().startsWith("Twin brother") && override.getDetail().contains(existing.getCode()));
    }

    @Test
    void theGateOnlyShowsPeopleTheCallerMaySee() {
        LocalDate birth = LocalDate.of(1993, 2, 2);
        register(form("Yosra", "Hamdi", birth, "KEB"), kebili);
        register(form("Yousra", "Hamdi", birth, "SFX"), sfax);
    }

    @Test
    void aSameSamePhoneNumberIsACandidateToo() {
        BeneficiaryForm f = form("Lotfi", "Karray", LocalDate.of(1985, 8, 8), "SFX");
        f.setPhone("+216 55 666 777");
        register(f, sfax);
        BeneficiaryForm other = form("Sonia", "Karray", LocalDate.of(1987, 9, 9), "SFX");
        other.setPhone("55666777");
        DuplicatesFound gate = assertThrows(DuplicatesFound.class, () -> register(other, sfax));
        assertEquals(Candidate.Reason.PHONE, gate.candidates().get(0).reason());
    }

    @Test
    void outsideTheScopeAPersonDoesNotExist() {
        Beneficiary inKebili = register(form("Hajer", "Dhaoui", LocalDate.of(2001, 4, 4), "DOUZ"), kebili);
        assertThrows(NotFound.class, () -> jpa.tx(() -> registry.find(inKebili.getCode(), sfax)));
        assertThrows(NotFound.class, () -> jpa.tx(() -> registry.find("TN-KEB-999999", sfax)));
        assertThrows(NotFound.class, () -> jpa.tx(() -> registry.timeline(inKebili.getCode(), sfax)));
        assertEquals(inKebili.getId(), jpa.tx(() -> registry.find(inKebili.getCode(), manager)).getId());
        var sfaxList = jpa.tx(() -> queries.page(new BeneficiaryFilter(inKebili.getCode(), null, null, null, null, null,
                null), PageRequest.firstPage(10), sfax));
        assertEquals(0, sfaxList.total(), "quick search by code finds nothing out of scope");
    }

    @Test
    void filtersCombineInTheDatabase() {
        BeneficiaryForm young = form("Wiem", "Filtertest", LocalDate.now().minusYears(16), "MAH");
        young.setGroups(Set.of(BeneficiaryGroup.UNACCOMPANIED_MINOR));
        young.setConsentPurposes(Set.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.PHOTOS));
        register(young, manager);
        BeneficiaryForm older = form("Nour", "Filtertest", LocalDate.now().minusYears(30), "MAH");
        older.setSex(Sex.M);
        register(older, manager);
        var byName = page(new BeneficiaryFilter(null, "filtert", null, null, null, null, null));
        assertEquals(2, byName.size());
        assertEquals(List.of("Wiem"), names(page(new BeneficiaryFilter(null, "Filtertest", "MAH", Sex.F, null, null, null))));
        assertEquals(List.of("Wiem"), names(page(new BeneficiaryFilter(null, "Filtertest", null, null, AgeBand.A15_17, null, null))));
        assertEquals(List.of("Nour"), names(page(new BeneficiaryFilter(null, "Filtertest", null, null, AgeBand.A25_35, null, null))));
        assertEquals(List.of("Wiem"), names(page(new BeneficiaryFilter(null, "Filtertest", null, null, null,
                BeneficiaryGroup.UNACCOMPANIED_MINOR, null))));
        assertEquals(List.of("Wiem"), names(page(new BeneficiaryFilter(null, "Filtertest", null, null, null, null,
                ConsentPurpose.PHOTOS))));
        assertEquals(List.of(), names(page(new BeneficiaryFilter(null, "Filtertest", "SFX", null, null, null, null))));
    }

    @Test
    void nameSearchFindsAnyWordInAnySpellingAndScript() {
        BeneficiaryForm f = form("Mohamed", "Ben Searchtest", LocalDate.of(1991, 9, 9), "TUN");
        f.setSex(Sex.M);
        register(f, manager);
        for (String typed : List.of("Searcht", "searchtest mohamed", "Mhamed", "Muhammad Ben", "محمد", "Ben Sear")) {
            List<Beneficiary> found = page(new BeneficiaryFilter(null, typed, "TUN", null, null, null, null));
            assertEquals(List.of("Ben Searchtest"), found.stream().map(Beneficiary::getLastName).distinct().toList(), typed);
        }
        assertEquals(List.of(), page(new BeneficiaryFilter(null, "Ahmed Searchtest", null, null, null, null, null)));
    }

    /**
     * A name search reads the words alone (V14), which carry the person's site, taking part and
     * names: each change of those is a change of the words, or the search would show the person
     * where they no longer are, under a name they no longer have.
     */
    @Test
    void nameSearchFollowsTheSiteTheNamesAndTakingPart() {
        Beneficiary b = register(form("Nadia", "Wordfollow", LocalDate.of(1990, 2, 2), "SFX"), sfax);
        BeneficiaryFilter typed = new BeneficiaryFilter(null, "Wordf", null, null, null, null, null);
        assertEquals(List.of(b.getCode()), codes(typed, sfax));
        BeneficiaryForm moved = jpa.tx(() -> BeneficiaryForm.of(registry.profile(b.getCode(), sfax)));
        moved.setSiteCode("KEB");
        moved.setLastName("Wordfollow-Moved");
        jpa.tx(() -> registry.update(b.getCode(), moved, manager));
        assertEquals(List.of(), codes(typed, sfax), "moved out of Sfax");
        assertEquals(List.of(b.getCode()), codes(new BeneficiaryFilter(null, "Wordfollow Moved", null, null, null, null, null), kebili));
        assertEquals("Wordfollow-Moved", jpa.tx(() -> queries.page(typed, PageRequest.firstPage(5), kebili)).rows().get(0).getLastName());
        jpa.run(() -> registry.withdrawConsent(b.getCode(), ConsentPurpose.PARTICIPATION, kebili));
        assertEquals(List.of(), codes(typed, kebili), "who withdrew leaves a case worker's search");
        assertEquals(List.of(b.getCode()), codes(typed, manager), "and stays in a manager's");
        jpa.run(() -> registry.giveConsent(b.getCode(), ConsentPurpose.PARTICIPATION, manager));
        assertEquals(List.of(b.getCode()), codes(typed, kebili), "and comes back with consent given again");
    }

    private static List<String> codes(BeneficiaryFilter filter, Caller caller) {
        return jpa.tx(() -> queries.page(filter, PageRequest.firstPage(10), caller)).rows().stream().map(Beneficiary::getCode).toList();
    }

    @Test
    void aNameOfSymbolsOrDigitsAloneFindsNobodyAndIsRefused() {
        register(form("Salma", "Symboltest", LocalDate.of(1993, 3, 3), "TUN"), manager);
        long everyone = jpa.tx(() -> queries.page(BeneficiaryFilter.none(), PageRequest.firstPage(1), manager)).total();
        assertTrue(everyone > 0);
        for (String typed : List.of("%", "--", "_", "%%", "123", "*", "=1;--", "\u202e")) {
            BeneficiaryFilter filter = new BeneficiaryFilter(null, typed, null, null, null, null, null);
            long total = jpa.tx(() -> queries.page(filter, PageRequest.firstPage(10), manager)).total();
            assertEquals(0, total, "'" + typed + "' must not list everyone in scope");
            List<Object> exported = new java.util.ArrayList<>();
            jpa.run(() -> queries.forEach(filter, manager, exported::add));
            assertEquals(List.of(), exported, "nor export them");
            InvalidInput refused = assertThrows(InvalidInput.class, filter::requireSearchableName, typed);
            assertEquals(Map.of("name", "beneficiary.filter.nameNeedsLetter"), refused.fieldKeys());
        }
        for (String typed : new String[] {null, "", "  ", "Symbolt", "o'", "50% Symboltest"}) {
            BeneficiaryFilter filter = new BeneficiaryFilter(null, typed, null, null, null, null, null);
            filter.requireSearchableName();
        }
        assertEquals(everyone, jpa.tx(() -> queries.page(new BeneficiaryFilter(null, " ", null, null, null, null, null),
                PageRequest.firstPage(1), manager)).total(), "a blank name is no filter");
        assertEquals(List.of("Symboltest"), page(new BeneficiaryFilter(null, "--Symboltest%", null, null, null, null, null))
                .stream().map(Beneficiary::getLastName).toList(), "symbols around a name do not stop it");
    }

    private static List<Beneficiary> page(BeneficiaryFilter filter) {
        return jpa.tx(() -> queries.page(filter, PageRequest.firstPage(50), manager)).rows();
    }

    private static List<String> names(List<Beneficiary> rows) {
        return rows.stream().map(Beneficiary::getFirstName).sorted().toList();
    }

    @Test
    void consentWithdrawalIsRecordedNotDeleted() {
        BeneficiaryForm f = form("Olfa", "Consent", LocalDate.of(1990, 1, 1), "SFX");
        f.setConsentPurposes(Set.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.PHOTOS));
        Beneficiary b = register(f, sfax);
        jpa.run(() -> registry.withdrawConsent(b.getCode(), ConsentPurpose.PHOTOS, sfax));
        Beneficiary after = jpa.tx(() -> registry.profile(b.getCode(), sfax));
        assertEquals(2, after.getConsents().size());
        assertFalse(after.activeConsent(ConsentPurpose.PHOTOS));
        assertTrue(after.activeConsent(ConsentPurpose.PARTICIPATION));
        assertTrue(jpa.tx(() -> registry.timeline(b.getCode(), sfax)).stream()
                .anyMatch(e -> e.getKind() == EventKind.CONSENT_WITHDRAWN && e.getDetail().equals("PHOTOS")));
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherEditStays() {
        Beneficiary b = register(form("Sarra", "Locking", LocalDate.of(1992, 6, 6), "SFX"), sfax);
        BeneficiaryForm mine = jpa.tx(() -> BeneficiaryForm.of(registry.profile(b.getCode(), sfax)));
        BeneficiaryForm theirs = jpa.tx(() -> BeneficiaryForm.of(registry.profile(b.getCode(), sfax)));
        theirs.setLastName("Locking-Theirs");
        jpa.tx(() -> registry.update(b.getCode(), theirs, sfax));
        mine.setLastName("Locking-Mine");
        assertThrows(ConcurrentChange.class, () -> jpa.tx(() -> registry.update(b.getCode(), mine, sfax)));
        assertEquals("Locking-Theirs", jpa.tx(() -> registry.find(b.getCode(), sfax)).getLastName());
        assertTrue(jpa.tx(() -> registry.timeline(b.getCode(), sfax)).stream()
                .anyMatch(e -> e.getKind() == EventKind.EDITED && e.getDetail().equals("lastName")));
    }

    /**
     * What the REST answer to a save is made of: the person as this save left them, loaded in its
     * own transaction. The answer used to read the person again after the commit, when another
     * user's edit could already have landed and been shown as the caller's own.
     */
    @Test
    void aSaveAnswersWithWhatItWroteNotWhatAnotherUserWroteNext() {
        BeneficiaryForm first = form("Rim", "Answertest", LocalDate.of(1994, 4, 4), "SFX");
        first.setConsentPurposes(Set.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP));
        Beneficiary registered = register(first, sfax);
        assertEquals(registered.getVersion(), jpa.tx(() -> registry.find(registered.getCode(), sfax)).getVersion(),
                "a registration answers with the version it stored");
        BeneficiaryForm edit = jpa.tx(() -> BeneficiaryForm.of(registry.profile(registered.getCode(), sfax)));
        edit.setLastName("Answertest-Mine");
        Beneficiary mine = jpa.tx(() -> registry.update(registered.getCode(), edit, sfax));
        int produced = mine.getVersion();
        assertTrue(produced > registered.getVersion(), "the edit's own version");

        // Another user, on another server's connection and cache, edits and withdraws a consent next.
        try (Jpa elsewhere = new Jpa(database)) {
            BeneficiaryService other = Wiring.beneficiaries(elsewhere);
            BeneficiaryForm theirs = elsewhere.tx(() -> BeneficiaryForm.of(other.profile(registered.getCode(), sfax)));
            assertEquals(produced, theirs.getVersion());
            theirs.setLastName("Answertest-Theirs");
            elsewhere.tx(() -> other.update(registered.getCode(), theirs, sfax));
            elsewhere.run(() -> other.withdrawConsent(registered.getCode(), ConsentPurpose.FOLLOW_UP, sfax));
        }
        assertEquals(produced, mine.getVersion(), "the answer keeps this edit's version");
        assertEquals("Answertest-Mine", mine.getLastName());
        assertTrue(mine.activeConsent(ConsentPurpose.FOLLOW_UP), "and its consents as they stood: loaded in its transaction");
        assertEquals("SFX", mine.getSite().getCode());
    }

    @Test
    void aManagerMergesADuplicateAndNothingIsLost() {
        BeneficiaryForm a = form("Marwa", "Mergetest", LocalDate.of(1994, 4, 4), "SFX");
        a.setConsentPurposes(Set.of(ConsentPurpose.PARTICIPATION));
        Beneficiary keep = register(a, sfax);
        BeneficiaryForm b = form("Maroua", "Merge-Test", LocalDate.of(1994, 4, 5), "SFX");
        b.setConsentPurposes(Set.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP));
        b.setPhone("98 111 222");
        b.setGroups(Set.of(BeneficiaryGroup.MIGRANT));
        Beneficiary duplicate = register(b, sfax);

        assertThrows(Forbidden.class, () -> jpa.tx(() -> merges.merge(keep.getCode(), duplicate.getCode(), sfax)));
        jpa.tx(() -> merges.merge(keep.getCode(), duplicate.getCode(), manager));

        Beneficiary kept = jpa.tx(() -> registry.profile(keep.getCode(), sfax));
        assertEquals(2, kept.getConsents().size(), "participation, held already, is not copied a second time");
        assertTrue(kept.activeConsent(ConsentPurpose.FOLLOW_UP));
        assertEquals(Set.of(BeneficiaryGroup.MIGRANT), kept.getGroups());
        assertEquals("+21698111222", kept.getPhone());
        Beneficiary gone = jpa.tx(() -> registry.profile(duplicate.getCode(), sfax));
        assertEquals(keep.getCode(), gone.getMergedInto().getCode());
        assertEquals(List.of("Marwa"), names(page(new BeneficiaryFilter(null, "Mar", null, null, null, null, null))
                .stream().filter(x -> x.getLastName().startsWith("Merge")).toList()));
        List<EventKind> history = jpa.tx(() -> registry.timeline(keep.getCode(), sfax)).stream()
                .map(BeneficiaryEvent::getKind).toList();
        assertTrue(history.containsAll(List.of(EventKind.REGISTERED, EventKind.MERGED_FROM, EventKind.MERGED_INTO)), history.toString());
    }
}
