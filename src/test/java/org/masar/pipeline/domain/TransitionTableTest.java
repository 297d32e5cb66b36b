package org.masar.pipeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.DocumentType;
import org.masar.beneficiary.domain.EducationLevel;
import org.masar.beneficiary.domain.EmploymentStatus;
import org.masar.beneficiary.domain.Sex;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.i18n.Texts;

/**
 * The whole transition table of every default pipeline: for each stage an enrolment can stand
 * in, every other stage as a target, forward and back, with and without the entry criteria.
 */
class TransitionTableTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2022, 3, 1, 9, 0);
    private static final Actor WORKER = new Actor("sfax", false, T0.plusDays(1));
    private static final Actor MANAGER = new Actor("manager", true, T0.plusDays(1));

    /** The allowed forward moves of PRODUCT.md, written out by hand: from -> followers. */
    private static List<String> expectedFollowers(PipelineType type, String from) {
        return switch (type + "." + from) {
            case "TRAINING.registered" -> List.of("selected");
            case "TRAINING.selected" -> List.of("in_training");
            case "TRAINING.in_training" -> List.of("certified");
            case "TRAINING.certified" -> List.of("employed");
            case "INCUBATION.application" -> List.of("screening");
            case "INCUBATION.screening" -> List.of("selected");
            case "INCUBATION.selected" -> List.of("business_plan");
            case "INCUBATION.business_plan" -> List.of("coaching");
            case "INCUBATION.coaching" -> List.of("financing");
            case "INCUBATION.financing" -> List.of("launched");
            case "INCUBATION.launched" -> List.of("follow_up");
            case "ACCELERATION.application" -> List.of("diagnostic");
            case "ACCELERATION.diagnostic" -> List.of("acceleration_plan");
            case "ACCELERATION.acceleration_plan" -> List.of("coaching");
            case "ACCELERATION.coaching" -> List.of("financing");
            case "ACCELERATION.financing" -> List.of("graduated");
            case "MICROCREDIT.application" -> List.of("credit_analysis");
            case "MICROCREDIT.credit_analysis" -> List.of("committee");
            case "MICROCREDIT.committee" -> List.of("approved");
            case "MICROCREDIT.approved" -> List.of("disbursed");
            case "MICROCREDIT.disbursed" -> List.of("repaying");
            case "MICROCREDIT.repaying" -> List.of("repaid", "defaulted");
            case "MICROCREDIT.defaulted" -> List.of("repaying", "written_off");
            case "INTERNSHIP.candidate" -> List.of("matched");
            case "INTERNSHIP.matched" -> List.of("paperwork");
            case "INTERNSHIP.paperwork" -> List.of("placed");
            case "INTERNSHIP.placed" -> List.of("completed");
            case "INTERNSHIP.completed" -> List.of("back_home", "employed");
            default -> List.of();
        };
    }

    @ParameterizedTest
    @EnumSource(PipelineType.class)
    void everyForwardMoveIsAllowedExactlyWhenTheDefinitionSaysSo(PipelineType type) {
        Pipeline pipeline = ticked(type);
        int checked = 0;
        for (Stage from : pipeline.activeStages()) {
            for (Stage to : pipeline.activeStages()) {
                Enrolment e = standingAt(pipeline, from);
                boolean allowed = expectedFollowers(type, from.getCode()).contains(to.getCode());
                if (allowed) {
                    StageTransition line = e.advance(to, to.activeCriteria(), null, WORKER, null);
                    assertEquals(to, e.getCurrentStage());
                    assertEquals(from, line.getFromStage());
                    assertEquals(to.isFinalStage() ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ACTIVE, e.getStatus(),
                            type + " " + from + " -> " + to);
                } else {
                    MoveRefused refused = assertThrows(MoveRefused.class,
                            () -> e.advance(to, to.activeCriteria(), null, WORKER, null), type + " " + from + " -> " + to);
                    assertTrue(Set.of("enrolment.error.notAllowed", "enrolment.error.notActive")
                            .contains(refused.messageKey()));
                    assertEquals(from, e.getCurrentStage());
                }
                checked++;
            }
        }
        assertEquals(pipeline.activeStages().size() * pipeline.activeStages().size(), checked);
    }

    @ParameterizedTest
    @EnumSource(PipelineType.class)
    void backGoesOnlyToEarlierStagesAndNeedsAReason(PipelineType type) {
        Pipeline pipeline = ticked(type);
        for (Stage from : pipeline.activeStages()) {
            if (from.isFinalStage()) {
                continue;
            }
            for (Stage to : pipeline.activeStages()) {
                Enrolment e = standingAt(pipeline, from);
                if (to.getPosition() < from.getPosition()) {
                    assertThrows(InvalidInput.class, () -> e.moveBack(to, "short", WORKER));
                    e.moveBack(to, "documents were missing after all", WORKER);
                    assertEquals(to, e.getCurrentStage());
                } else {
                    assertThrows(MoveRefused.class, () -> e.moveBack(to, "documents were missing after all", WORKER));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PipelineType.class)
    void criteriaMustBeTickedUnlessAManagerOverridesWithAReason(PipelineType type) {
        Pipeline pipeline = ticked(type);
        for (Stage from : pipeline.activeStages()) {
            for (Stage to : from.followers()) {
                if (to.activeCriteria().isEmpty()) {
                    continue;
                }
                Enrolment e = standingAt(pipeline, from);
                List<Criterion> allButOne = to.activeCriteria().subList(1, to.activeCriteria().size());
                MoveRefused refused = assertThrows(MoveRefused.class, () -> e.advance(to, allButOne, null, WORKER, null));
                assertEquals("enrolment.error.criteria", refused.messageKey());
                String missing = Texts.get(Locale.FRENCH, refused.messageKey(), refused.arguments());
                assertTrue(missing.contains(to.activeCriteria().get(0).getNames().getFr()), missing);
                assertEquals("enrolment.error.overrideManagerOnly", assertThrows(MoveRefused.class,
                        () -> e.advance(to, allButOne, "the committee met by phone", WORKER, null)).messageKey());
                assertThrows(InvalidInput.class, () -> e.advance(to, allButOne, "ok", MANAGER, null));
                StageTransition line = e.advance(to, allButOne, "the committee met by phone", MANAGER, null);
                assertTrue(line.isOverridden());
                assertEquals("the committee met by phone", line.getOverrideReason(), "the reason as written");
                Criterion skipped = to.activeCriteria().get(0);
                assertEquals(List.of(skipped), line.getCriteria().stream().filter(CriterionMet::isOverridden)
                        .map(CriterionMet::getCriterion).toList(), "the criterion overridden, by identity");
                assertEquals(allButOne, line.getCriteria().stream().filter(c -> !c.isOverridden())
                        .map(CriterionMet::getCriterion).toList(), "the criteria ticked, by identity");
                assertEquals(skipped.getNames().getFr(), line.overriddenNames(Locale.FRENCH), "read in French");
                assertEquals(skipped.getNames().in(Locale.forLanguageTag("ar")),
                        line.overriddenNames(Locale.forLanguageTag("ar")), "and in Arabic");
                assertEquals(to, e.getCurrentStage());
            }
        }
    }

    @Test
    void aMoveMadeBeforeCriteriaWereKeptByIdentityStillShowsTheNamesNoCriterionMatches() throws Exception {
        Pipeline pipeline = ticked(PipelineType.TRAINING);
        Stage selected = pipeline.stage("selected").orElseThrow();
        Enrolment e = standingAt(pipeline, pipeline.stage("registered").orElseThrow());
        StageTransition line = e.advance(selected, selected.activeCriteria(), null, WORKER, null);
        String interview = selected.activeCriteria().get(0).getNames().getEn();
        var legacy = StageTransition.class.getDeclaredField("legacyCriteria");
        legacy.setAccessible(true);
        legacy.set(line, interview + "; Motivation letter received");
        assertEquals(selected.activeCriteria().get(0).getNames().getFr() + "; Motivation letter received",
                line.tickedNames(Locale.FRENCH), "the matched one in French, the renamed one as it was written");
    }

    @Test
    void dropNeedsAReasonCodeAndOtherNeedsWords() {
        Pipeline pipeline = ticked(PipelineType.TRAINING);
        Enrolment e = standingAt(pipeline, pipeline.stage("in_training").orElseThrow());
        assertThrows(InvalidInput.class, () -> e.drop(null, null, WORKER));
        assertThrows(InvalidInput.class, () -> e.drop(DropReason.OTHER, "", WORKER));
        assertEquals(java.util.Map.of("note", "enrolment.error.noteTooLong"), assertThrows(InvalidInput.class,
                () -> e.drop(DropReason.OTHER, "x".repeat(1001), WORKER)).fieldKeys(), "too long is refused, not cut");
        StageTransition line = e.drop(DropReason.FOUND_WORK, null, WORKER);
        assertEquals(EnrolmentStatus.DROPPED, e.getStatus());
        assertEquals(DropReason.FOUND_WORK, line.getReasonCode());
        assertEquals(pipeline.stage("in_training").orElseThrow(), e.getCurrentStage());
        Stage next = pipeline.stage("certified").orElseThrow();
        assertEquals("enrolment.error.notActive", assertThrows(MoveRefused.class,
                () -> e.advance(next, next.activeCriteria(), null, WORKER, null)).messageKey());
        assertThrows(MoveRefused.class, () -> e.drop(DropReason.NO_SHOW, null, WORKER));
    }

    @Test
    void mergedIsNeverChosenAndOnlyAManagerClosesAnEnrolmentByAMerge() {
        Pipeline pipeline = ticked(PipelineType.TRAINING);
        Enrolment e = standingAt(pipeline, pipeline.stage("in_training").orElseThrow());
        assertEquals(java.util.Map.of("reasonCode", "enrolment.error.reasonMerged"), assertThrows(InvalidInput.class,
                () -> e.drop(DropReason.MERGED, null, MANAGER)).fieldKeys());
        assertTrue(!DropReason.chosen().contains(DropReason.MERGED));
        assertEquals("enrolment.error.mergeManagerOnly", assertThrows(MoveRefused.class,
                () -> e.closeMerged("TN-SFX-000002 → TN-SFX-000001", WORKER)).messageKey());
        StageTransition line = e.closeMerged("TN-SFX-000002 → TN-SFX-000001", MANAGER);
        assertEquals(MoveAction.DROP, line.getAction());
        assertEquals(DropReason.MERGED, line.getReasonCode());
        assertEquals(EnrolmentStatus.DROPPED, e.getStatus());
        assertEquals(DropReason.MERGED, e.getDropReason());
        assertEquals(pipeline.stage("in_training").orElseThrow(), e.getCurrentStage(), "closed where it stood");
        assertThrows(MoveRefused.class, () -> e.closeMerged("again", MANAGER), "only an active one");
        Beneficiary survivor = person(LocalDate.of(1998, 5, 5), Set.of());
        e.transferTo(survivor);
        assertEquals(survivor, e.getBeneficiary());
        assertThrows(org.masar.shared.domain.BusinessException.class, () -> e.transferTo(survivor), "not to itself");
    }

    @Test
    void onlyAManagerReopensAndTheJourneyGoesOnWhereItStopped() {
        Pipeline pipeline = ticked(PipelineType.INCUBATION);
        Stage coaching = pipeline.stage("coaching").orElseThrow();
        Enrolment e = standingAt(pipeline, coaching);
        e.drop(DropReason.MOVED_AWAY, null, WORKER);
        assertEquals("enrolment.error.reopenManagerOnly", assertThrows(MoveRefused.class,
                () -> e.reopen("came back to Sfax in May", WORKER, false)).messageKey());
        assertThrows(InvalidInput.class, () -> e.reopen("", MANAGER, false));
        assertEquals("enrolment.error.alreadyEnrolled", assertThrows(MoveRefused.class,
                () -> e.reopen("came back to Sfax in May", MANAGER, true)).messageKey(),
                "not while another journey in the same pipeline is under way");
        assertTrue(e.nextStages().isEmpty() && e.earlierStages().isEmpty(), "a dropped enrolment moves nowhere");
        e.reopen("came back to Sfax in May", MANAGER, false);
        assertEquals(EnrolmentStatus.ACTIVE, e.getStatus());
        assertEquals(coaching, e.getCurrentStage());
        assertEquals(null, e.getDropReason());
        assertThrows(MoveRefused.class, () -> e.reopen("came back to Sfax in May", MANAGER, false));
        assertEquals(coaching.followers(), e.nextStages());
        assertEquals(coaching.earlier(), e.earlierStages());
    }

    @Test
    void completeGoesOnlyIntoAFinalStageAndOutcomesFollowAFinalStage() {
        Pipeline pipeline = ticked(PipelineType.INTERNSHIP);
        Stage placed = pipeline.stage("placed").orElseThrow();
        Stage completed = pipeline.stage("completed").orElseThrow();
        Stage employed = pipeline.stage("employed").orElseThrow();
        Enrolment e = standingAt(pipeline, pipeline.stage("paperwork").orElseThrow());
        assertEquals("enrolment.error.notFinal", assertThrows(MoveRefused.class,
                () -> e.complete(placed, placed.activeCriteria(), null, WORKER, null)).messageKey());
        e.advance(placed, placed.activeCriteria(), null, WORKER, null);
        StageTransition done = e.complete(completed, completed.activeCriteria(), null, WORKER, null);
        assertEquals(MoveAction.COMPLETE, done.getAction());
        assertEquals(EnrolmentStatus.COMPLETED, e.getStatus());
        assertEquals(completed.followers(), e.nextStages(), "a completed enrolment may still reach its outcomes");
        assertTrue(e.earlierStages().isEmpty(), "but not go back");
        StageTransition outcome = e.advance(employed, employed.activeCriteria(), null, WORKER, null);
        assertEquals(MoveAction.ADVANCE, outcome.getAction());
        assertEquals(EnrolmentStatus.COMPLETED, e.getStatus());
        assertThrows(MoveRefused.class, () -> e.moveBack(placed, "wrong button pressed", WORKER));
    }

    @Test
    void retiredStagesAreSkippedAndExplicitFollowersWin() {
        Pipeline pipeline = ticked(PipelineType.INCUBATION);
        Stage screening = pipeline.stage("screening").orElseThrow();
        screening.retire();
        Stage application = pipeline.stage("application").orElseThrow();
        assertEquals(List.of(pipeline.stage("selected").orElseThrow()), application.followers());
        Stage financing = pipeline.stage("financing").orElseThrow();
        application.define(application.getNames(), false, 10, List.of(financing));
        assertEquals(List.of(financing), application.followers());
        assertThrows(InvalidInput.class, () -> application.define(application.getNames(), false, 0, List.of()));
    }

    @Test
    void eligibilityChecksAgeAndGroupsOnTheStartDate() {
        Pipeline pipeline = ticked(PipelineType.TRAINING);
        pipeline.setEligibility(16, 64, EnumSet.of(BeneficiaryGroup.THIRD_COUNTRY_NATIONAL));
        Beneficiary adult = person(LocalDate.of(1990, 1, 1), Set.of(BeneficiaryGroup.THIRD_COUNTRY_NATIONAL));
        assertTrue(pipeline.refusal(adult, LocalDate.of(2022, 1, 1)).isEmpty());
        assertEquals("enrolment.error.age", pipeline.refusal(adult, LocalDate.of(2055, 1, 1)).orElseThrow().messageKey());
        Beneficiary local = person(LocalDate.of(1990, 1, 1), Set.of());
        assertEquals("enrolment.error.groups", pipeline.refusal(local, LocalDate.of(2022, 1, 1)).orElseThrow().messageKey());
        assertThrows(MoveRefused.class, () -> Enrolment.enrol(local, pipeline, null, null, LocalDate.of(2022, 1, 1),
                WORKER, new ArrayList<>()));
        assertThrows(InvalidInput.class, () -> pipeline.setEligibility(40, 20, Set.of()));
    }

    @Test
    void daysInStageAndStuckFollowTheLastMove() {
        Pipeline pipeline = ticked(PipelineType.TRAINING);
        Enrolment e = standingAt(pipeline, pipeline.stage("registered").orElseThrow());
        assertEquals(30, e.daysInStage(T0.toLocalDate().plusDays(30)));
        assertTrue(!e.isStuck(T0.toLocalDate().plusDays(30)));
        assertTrue(e.isStuck(T0.toLocalDate().plusDays(31)));
        Stage selected = pipeline.stage("selected").orElseThrow();
        e.advance(selected, selected.activeCriteria(), null, new Actor("sfax", false, T0.plusDays(40)), null);
        assertEquals(0, e.daysInStage(T0.toLocalDate().plusDays(40)));
        assertTrue(!e.isStuck(T0.toLocalDate().plusDays(41)));
    }

    @Test
    void everyDefaultNameExistsInEveryLanguage() {
        for (PipelineType type : PipelineType.values()) {
            for (Stage stage : DefaultPipelines.create(null, type).getStages()) {
                for (String language : Texts.LANGUAGES) {
                    String name = stage.name(Locale.forLanguageTag(language));
                    assertNotNull(name);
                    assertTrue(!name.startsWith("stage."), name);
                }
                assertTrue(!stage.getNames().getAr().equals(stage.getNames().getEn()), stage.getCode());
            }
        }
    }

    /**
     * A default pipeline whose criteria are all met by a tick: this table is about the moves, and a
     * tick never meets a criterion bound to evidence (the internship's documents are, by default).
     */
    private static Pipeline ticked(PipelineType type) {
        Pipeline pipeline = DefaultPipelines.create(null, type);
        pipeline.getStages().forEach(s -> s.getCriteria().forEach(c -> c.bindTo(null)));
        return pipeline;
    }

    @Test
    void theInternshipsDocumentsGateItsStagesByDefaultAndNoOtherTypeIsBound() {
        Pipeline internship = DefaultPipelines.create(null, PipelineType.INTERNSHIP);
        assertEquals(List.of("internship-host"), sources(internship, "matched"));
        assertEquals(List.of("internship-agreement", "internship-visa", "internship-insurance"), sources(internship, "placed"));
        assertEquals(List.of("internship-evaluation", "internship-arrival", "internship-certificate"),
                sources(internship, "completed"));
        assertEquals(java.util.Arrays.asList((String) null), sources(internship, "employed"), "work confirmed: a tick");
        for (PipelineType type : PipelineType.values()) {
            if (type != PipelineType.INTERNSHIP) {
                DefaultPipelines.create(null, type).getStages().forEach(s -> s.getCriteria()
                        .forEach(c -> assertEquals(null, c.getEvidenceSource(), type + " " + s.getCode())));
            }
        }
    }

    private static List<String> sources(Pipeline pipeline, String stage) {
        return pipeline.stage(stage).orElseThrow().activeCriteria().stream().map(Criterion::getEvidenceSource).toList();
    }

    /** An enrolment that reached {@code stage} by the shortest forward path from the first stage. */
    private static Enrolment standingAt(Pipeline pipeline, Stage stage) {
        Enrolment e = Enrolment.enrol(person(LocalDate.of(1998, 5, 5), Set.of()), pipeline, null, null,
                T0.toLocalDate(), new Actor("sfax", false, T0), new ArrayList<>());
        List<Stage> path = path(pipeline.firstStage().orElseThrow(), stage, new ArrayList<>());
        assertNotNull(path, "no path to " + stage);
        for (Stage step : path) {
            e.advance(step, step.activeCriteria(), null, new Actor("sfax", false, T0), null);
        }
        return e;
    }

    private static List<Stage> path(Stage from, Stage to, List<Stage> sofar) {
        if (from == to) {
            return sofar;
        }
        for (Stage next : from.followers()) {
            if (next.getPosition() > from.getPosition() || !sofar.contains(next)) {
                if (sofar.contains(next)) {
                    continue;
                }
                List<Stage> longer = new ArrayList<>(sofar);
                longer.add(next);
                List<Stage> found = path(next, to, longer);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Beneficiary person(LocalDate birth, Set<BeneficiaryGroup> groups) {
        return Beneficiary.register("TN-SFX-000001", new Beneficiary.Details("Amal", "Trabelsi", null, Sex.F, birth,
                        "TN", "TN", null, null, DocumentType.NONE, null, EducationLevel.SECONDARY,
                        EmploymentStatus.UNEMPLOYED, false, groups), null, LocalDate.of(2021, 1, 1),
                Set.of(ConsentPurpose.PARTICIPATION), "sfax", T0);
    }
}
