package org.masar.pipeline.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masar.programme.domain.Programme;
import org.masar.shared.domain.Names;
import org.masar.shared.i18n.Texts;

/**
 * The default stages of each pipeline type (shared/PRODUCT.md), from which a programme's
 * pipeline starts before an administrator adapts it. Names and criteria come from the message
 * bundle in every language and are then stored with the pipeline as its own data.
 */
public final class DefaultPipelines {

    /** A default stage: code, final or not, expected days, followers (empty = next), entry criteria. */
    public record StageSeed(String code, boolean finalStage, Integer expectedDays, List<String> next,
                            List<String> criteria) {
    }

    private static final Map<PipelineType, List<StageSeed>> SEEDS = Map.of(
            PipelineType.TRAINING, List.of(
                    s("registered", false, 30),
                    s("selected", false, 30, List.of(), "interview"),
                    s("in_training", false, 120),
                    s("certified", true, null, List.of("employed"), "attendance80", "assessmentPassed"),
                    s("employed", true, null, List.of(), "workConfirmed")),
            PipelineType.INCUBATION, List.of(
                    s("application", false, 30),
                    s("screening", false, 30),
                    s("selected", false, 30, List.of(), "committeeDecision"),
                    s("business_plan", false, 60),
                    s("coaching", false, 120, List.of(), "businessPlanApproved"),
                    s("financing", false, 90, List.of(), "financingPlan"),
                    s("launched", true, null, List.of("follow_up"), "enterpriseRegistered"),
                    s("follow_up", true, null, List.of())),
            PipelineType.ACCELERATION, List.of(
                    s("application", false, 30),
                    s("diagnostic", false, 45),
                    s("acceleration_plan", false, 45, List.of(), "diagnosticReport"),
                    s("coaching", false, 120, List.of(), "planSigned"),
                    s("financing", false, 90, List.of(), "financingPlan"),
                    s("graduated", true, null, List.of(), "milestonesReached")),
            PipelineType.MICROCREDIT, List.of(
                    s("application", false, 14),
                    s("credit_analysis", false, 21, List.of(), "documentsComplete"),
                    s("committee", false, 14, List.of(), "analysisReport"),
                    s("approved", false, 30, List.of(), "committeeDecision"),
                    s("disbursed", false, 30, List.of(), "contractSigned", "guaranteeConfirmed"),
                    s("repaying", false, 365, List.of("repaid", "defaulted")),
                    s("repaid", true, null, List.of()),
                    s("defaulted", false, 90, List.of("repaying", "written_off")),
                    s("written_off", true, null, List.of())),
            PipelineType.INTERNSHIP, List.of(
                    s("candidate", false, 30),
                    s("matched", false, 45, List.of(), "hostAgreed"),
                    s("paperwork", false, 60),
                    s("placed", false, 180, List.of(), "learningAgreement", "visaObtained", "insuranceCovered"),
                    s("completed", true, null, List.of("back_home", "employed"), "tutorEvaluation", "arrivalLetter",
                            "completionCertificate"),
                    s("back_home", true, null, List.of()),
                    s("employed", true, null, List.of(), "workConfirmed")));

    /**
     * The default criteria met by evidence rather than by a tick, and the key of the source that
     * meets them: the internship's documents (issue 13). A key is data, as an administrator would
     * bind it; a source not deployed leaves its criterion unmet, saying so.
     */
    private static final Map<String, String> SOURCES = Map.of(
            "hostAgreed", "internship-host",
            "learningAgreement", "internship-agreement",
            "visaObtained", "internship-visa",
            "insuranceCovered", "internship-insurance",
            "tutorEvaluation", "internship-evaluation",
            "arrivalLetter", "internship-arrival",
            "completionCertificate", "internship-certificate");

    private DefaultPipelines() {
    }

    private static StageSeed s(String code, boolean finalStage, Integer days) {
        return new StageSeed(code, finalStage, days, List.of(), List.of());
    }

    private static StageSeed s(String code, boolean finalStage, Integer days, List<String> next, String... criteria) {
        return new StageSeed(code, finalStage, days, next, List.of(criteria));
    }

    public static List<StageSeed> seeds(PipelineType type) {
        return SEEDS.get(type);
    }

    /** A new pipeline of this type for the programme, with the default stages (not yet persisted). */
    public static Pipeline create(Programme programme, PipelineType type) {
        Pipeline pipeline = new Pipeline(programme, type);
        for (StageSeed seed : seeds(type)) {
            Stage stage = pipeline.addStage(seed.code(), names("stage." + type + "." + seed.code()),
                    seed.finalStage(), seed.expectedDays());
            seed.criteria().forEach(c -> stage.addCriterion(names("criterion." + c)).bindTo(
                    type == PipelineType.INTERNSHIP ? SOURCES.get(c) : null));
        }
        for (StageSeed seed : seeds(type)) {
            Stage stage = pipeline.stage(seed.code()).orElseThrow();
            seed.next().forEach(code -> stage.allowNext(pipeline.stage(code).orElseThrow()));
        }
        return pipeline;
    }

    /** A bundle text in each language, as the stored names of a definition. */
    public static Names names(String key) {
        return new Names(Texts.get(Locale.ENGLISH, key), Texts.get(Locale.FRENCH, key),
                Texts.get(Locale.forLanguageTag("ar"), key), Texts.get(Locale.ITALIAN, key));
    }
}
