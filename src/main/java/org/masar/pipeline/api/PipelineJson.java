package org.masar.pipeline.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.Stage;

/** A pipeline definition over HTTP: stages in order, names in every language and in the caller's. */
public record PipelineJson(long id, String programme, String type, Integer minAge, Integer maxAge,
                           List<String> requiredGroups, List<StageJson> stages) {

    public record StageJson(long id, String code, int position, String name, Map<String, String> names,
                            boolean finalStage, Integer expectedDays, boolean retired, List<Long> next,
                            List<CriterionJson> criteria) {
    }

    /** {@code evidenceSource}: the key of the source whose records meet the criterion; null when it is ticked by hand. */
    public record CriterionJson(long id, String name, boolean retired, String evidenceSource) {
    }

    static PipelineJson of(Pipeline p, Locale locale) {
        return new PipelineJson(p.getId(), p.getProgramme().getCode(), p.getType().name(), p.getMinAge(), p.getMaxAge(),
                p.getRequiredGroups().stream().map(Enum::name).sorted().toList(),
                p.getStages().stream().map(s -> stage(s, locale)).toList());
    }

    private static StageJson stage(Stage s, Locale locale) {
        return new StageJson(s.getId(), s.getCode(), s.getPosition(), s.name(locale), s.getNames().all(),
                s.isFinalStage(), s.getExpectedDays(), s.isRetired(),
                s.followers().stream().map(Stage::getId).toList(),
                s.getCriteria().stream().map(c -> criterion(c, locale)).toList());
    }

    private static CriterionJson criterion(Criterion c, Locale locale) {
        return new CriterionJson(c.getId(), c.getNames().in(locale), c.isRetired(), c.getEvidenceSource());
    }
}
