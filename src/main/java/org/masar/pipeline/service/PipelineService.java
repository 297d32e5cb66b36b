package org.masar.pipeline.service;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.DefaultPipelines;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.Stage;
import org.masar.programme.domain.Programme;
import org.masar.programme.service.ProgrammeService;
import org.masar.programme.service.ProgrammeView;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.Names;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Versions;
import org.masar.site.domain.Scope;

/**
 * Pipeline definitions: reading them (everyone who works with a programme) and editing them
 * (administrators). Edits change the definition only; enrolments and their history keep the
 * stages they refer to, which is why stages and criteria are retired rather than removed.
 */
@ApplicationScoped
@Transactional
public class PipelineService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EvidenceSources evidence;

    @Inject
    ProgrammeService programmes;

    /** The pipelines of the programmes that reach the scope, with their stages. */
    public List<Pipeline> visibleTo(Scope scope, String programmeCode) {
        List<Long> ids = programmes.visibleTo(scope).stream()
                .filter(p -> programmeCode == null || programmeCode.isBlank() || p.getCode().equalsIgnoreCase(programmeCode.trim()))
                .map(ProgrammeView::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return loaded(em.createQuery("select p from Pipeline p join fetch p.programme where p.programme.id in :ids"
                        + " order by p.programme.code, p.type", Pipeline.class)
                .setParameter("ids", ids).getResultList());
    }

    /** The pipelines of the caller's scope of the types they work, for lists, boards and caseloads. */
    public List<Pipeline> worked(Caller caller) {
        java.util.Set<org.masar.pipeline.domain.PipelineType> types = CaseWorkAccess.types(caller);
        return visibleTo(caller.scope(), null).stream().filter(p -> types.contains(p.getType())).toList();
    }

    /** One pipeline with stages, followers and criteria loaded, if its programme reaches the scope. */
    public Pipeline get(long id, Scope scope) {
        Pipeline pipeline = em.find(Pipeline.class, id);
        if (pipeline == null || programmes.visibleTo(scope).stream().noneMatch(p -> p.getId() == pipeline.getProgramme().getId())) {
            throw new NotFound();
        }
        return loaded(List.of(pipeline)).get(0);
    }

    /** Every pipeline of every programme, for administrators. */
    public List<Pipeline> all() {
        return loaded(em.createQuery("select p from Pipeline p join fetch p.programme order by p.programme.code, p.type",
                Pipeline.class).getResultList());
    }

    public List<Programme> programmes() {
        return em.createQuery("select p from Programme p order by p.code", Programme.class).getResultList();
    }

    /** A pipeline for administrators, whatever their sites. */
    public Pipeline forEdit(long id) {
        return loaded(List.of(find(id))).get(0);
    }

    /**
     * The pipelines with their groups, stages, followers and criteria loaded for use outside the
     * transaction. The collections are batch-fetched (see the entities), so this costs a query
     * per level for all the pipelines together, not one per stage.
     */
    public static List<Pipeline> loaded(List<Pipeline> pipelines) {
        for (Pipeline p : pipelines) {
            p.getProgramme().getCode();
            p.getRequiredGroups().size();
            for (Stage s : p.getStages()) {
                s.getNext().size();
                s.getCriteria().size();
            }
        }
        return pipelines;
    }

    /** A new pipeline of this type for the programme, starting from the default stages. */
    public Pipeline create(long programmeId, PipelineType type, Caller caller) {
        requireAdmin(caller);
        Programme programme = Optional.ofNullable(em.find(Programme.class, programmeId)).orElseThrow(NotFound::new);
        boolean exists = !em.createQuery("select p.id from Pipeline p where p.programme.id = :id and p.type = :type", Long.class)
                .setParameter("id", programmeId).setParameter("type", type).getResultList().isEmpty();
        if (exists) {
            throw InvalidInput.of("type", "pipeline.error.typeExists");
        }
        Pipeline pipeline = DefaultPipelines.create(programme, type);
        em.persist(pipeline);
        em.flush();
        return pipeline;
    }

    public void saveEligibility(long pipelineId, int version, Integer minAge, Integer maxAge,
                                Collection<BeneficiaryGroup> groups, Caller caller) {
        requireAdmin(caller);
        Pipeline pipeline = find(pipelineId);
        Versions.require(version, pipeline.getVersion());
        if ((minAge != null && (minAge < 0 || minAge > 120)) || (maxAge != null && (maxAge < 0 || maxAge > 120))) {
            throw InvalidInput.of(minAge != null && (minAge < 0 || minAge > 120) ? "minAge" : "maxAge", "pipeline.error.age");
        }
        pipeline.setEligibility(minAge, maxAge, groups == null ? Set.of() : groups);
        em.flush();
    }

    /** What an administrator types for a stage: names, final or not, expected days, followers. */
    public record StageForm(String code, Names names, boolean finalStage, Integer expectedDays, List<Long> followerIds) {
    }

    public Stage addStage(long pipelineId, StageForm form, Caller caller) {
        requireAdmin(caller);
        Pipeline pipeline = find(pipelineId);
        String code = form.code() == null ? "" : form.code().trim();
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (!code.matches("[a-z][a-z0-9_]{0," + (Stage.CODE_MAX - 1) + "}")) {
            problems.put("code", "pipeline.error.code");
        } else if (pipeline.stage(code).isPresent()) {
            problems.put("code", "pipeline.error.codeTaken");
        }
        if (form.names() == null || form.names().getEn() == null) {
            problems.put("nameEn", "pipeline.error.nameRequired");
        }
        if (form.expectedDays() != null && form.expectedDays() <= 0) {
            problems.put("expectedDays", "pipeline.error.expectedDays");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Stage stage = pipeline.addStage(code, requireNames(form.names()), form.finalStage(), null);
        em.persist(stage);
        stage.define(stage.getNames(), form.finalStage(), form.expectedDays(), followers(pipeline, form.followerIds()));
        em.flush();
        return stage;
    }

    public Stage saveStage(long stageId, int version, StageForm form, Caller caller) {
        requireAdmin(caller);
        Stage stage = stage(stageId);
        Versions.require(version, stage.getVersion());
        stage.define(requireNames(form.names()), form.finalStage(), form.expectedDays(),
                followers(stage.getPipeline(), form.followerIds()));
        em.flush();
        return stage;
    }

    public void reorder(long stageId, int direction, Caller caller) {
        requireAdmin(caller);
        Stage stage = stage(stageId);
        stage.getPipeline().reorder(stage, direction);
        em.flush();
    }

    public void retire(long stageId, boolean retired, Caller caller) {
        requireAdmin(caller);
        Stage stage = stage(stageId);
        if (retired) {
            stage.retire();
        } else {
            stage.restore();
        }
        em.flush();
    }

    /** A new criterion, ticked by hand when {@code source} is blank, met by that evidence source's records otherwise. */
    public Criterion addCriterion(long stageId, Names names, String source, Caller caller) {
        requireAdmin(caller);
        Criterion criterion = stage(stageId).addCriterion(requireNamesFor("criterionEn", names));
        criterion.bindTo(requireSource("criterionSource", source, null));
        em.persist(criterion);
        em.flush();
        return criterion;
    }

    /** Renames a criterion and says how it is met: ticked by hand ({@code source} blank), or by that source's records. */
    public void editCriterion(long criterionId, Names names, String source, Caller caller) {
        requireAdmin(caller);
        Criterion criterion = criterion(criterionId);
        criterion.rename(requireNamesFor("renamedEn", names));
        criterion.bindTo(requireSource("renamedSource", source, criterion.getEvidenceSource()));
        em.flush();
    }

    /**
     * The key of a source deployed, or blank (by hand); the source a criterion is bound to already
     * may stay while its module is not deployed, so that editing its names does not unbind it.
     */
    private String requireSource(String field, String source, String current) {
        if (source == null || source.isBlank() || source.equals(current)) {
            return source;
        }
        if (evidence.find(source.trim()).isEmpty()) {
            throw InvalidInput.of(field, "pipeline.error.evidenceSource", source.trim());
        }
        return source.trim();
    }

    public void retireCriterion(long criterionId, Caller caller) {
        requireAdmin(caller);
        criterion(criterionId).retire();
        em.flush();
    }

    public Stage stage(long stageId) {
        Stage stage = em.find(Stage.class, stageId);
        if (stage == null) {
            throw new NotFound();
        }
        loaded(List.of(stage.getPipeline()));
        return stage;
    }

    private Criterion criterion(long id) {
        return Optional.ofNullable(em.find(Criterion.class, id)).orElseThrow(NotFound::new);
    }

    private Pipeline find(long id) {
        return Optional.ofNullable(em.find(Pipeline.class, id)).orElseThrow(NotFound::new);
    }

    private static List<Stage> followers(Pipeline pipeline, List<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream().map(id -> pipeline.stage(id)
                .orElseThrow(() -> InvalidInput.of("followers", "pipeline.error.follower"))).toList();
    }

    private static Names requireNames(Names names) {
        return requireNamesFor("nameEn", names);
    }

    private static Names requireNamesFor(String field, Names names) {
        Names.Problem problem = names == null ? Names.Problem.REQUIRED
                : names.problems().values().stream().findFirst().orElse(null);
        if (problem == Names.Problem.REQUIRED) {
            throw InvalidInput.of(field, "pipeline.error.nameRequired");
        }
        if (problem == Names.Problem.TOO_LONG) {
            throw InvalidInput.of(field, "pipeline.error.nameTooLong");
        }
        return names;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new Forbidden();
        }
    }
}
