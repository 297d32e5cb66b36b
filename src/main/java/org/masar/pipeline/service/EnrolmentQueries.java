package org.masar.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.TakingPart;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.MoveAction;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.domain.StageTransition;
import org.masar.security.service.Caller;
import org.masar.shared.db.Paging;
import org.masar.shared.db.StreamedRows;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.site.domain.Scope;
import org.masar.site.service.SiteSelection;
import org.masar.site.service.SiteService;

/**
 * Reading enrolments in bulk: lists, the board, the funnel and exports. Filters, the caller's
 * scope (the person's site) and sorting run in the database; nothing loads more than a page or
 * a chunk of rows.
 */
@ApplicationScoped
@Transactional
public class EnrolmentQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "person", "b.lastName", "code", "b.code", "stage", "s.position", "stageSince", "e.stageSince",
            "startDate", "e.startDate", "status", "e.status");

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteService sites;

    @Inject
    Clock clock;

    /**
     * A page of the enrolments the caller may be shown: in scope, of the pipeline types they work,
     * and, but for managers and administrators, of people who still take part.
     */
    public Page<Enrolment> page(EnrolmentFilter filter, PageRequest request, Caller caller) {
        Scope scope = caller.scope();
        SiteSelection siteIds = sites.selection(scope, filter.siteCode());
        if (siteIds.isNone()) {
            return new Page<>(List.of(), 0);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        LocalDate today = scope.today(clock);
        return Paging.page(request, () -> {
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<Enrolment> e = count.from(Enrolment.class);
            count.select(cb.count(e)).where(shown(caller, cb, count, e, e.join("beneficiary"), filter, siteIds, today));
            return em.createQuery(count).getSingleResult();
        }, () -> rows(filter, request, caller, siteIds, today));
    }

    private List<Enrolment> rows(EnrolmentFilter filter, PageRequest request, Caller caller, SiteSelection siteIds,
                                 LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Enrolment> select = cb.createQuery(Enrolment.class);
        Root<Enrolment> e = select.from(Enrolment.class);
        e.alias("e"); // the batch hints below name it
        @SuppressWarnings("unchecked")
        Join<Enrolment, Beneficiary> b = (Join<Enrolment, Beneficiary>) e.<Enrolment, Beneficiary>fetch("beneficiary");
        @SuppressWarnings("unchecked")
        Join<Enrolment, Stage> s = (Join<Enrolment, Stage>) e.<Enrolment, Stage>fetch("currentStage");
        Path<?> sort = switch (SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), "b.lastName")) {
            case "b.code" -> b.get("code");
            case "s.position" -> s.get("position");
            case "e.stageSince" -> e.get("stageSince");
            case "e.startDate" -> e.get("startDate");
            case "e.status" -> e.get("status");
            default -> b.get("lastName");
        };
        select.select(e).where(shown(caller, cb, select, e, b, filter, siteIds, today))
                .orderBy(request.ascending() ? cb.asc(sort) : cb.desc(sort), cb.asc(e.get("id")));
        return withDetails(em.createQuery(select))
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
    }

    private static <T> TypedQuery<T> withDetails(TypedQuery<T> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.beneficiary.site")
                .setHint("eclipselink.batch", "e.pipeline")
                .setHint("eclipselink.batch", "e.caseWorker");
    }

    /**
     * Hands every matching enrolment to {@code enrolments}, in id order, then every line of their
     * histories to {@code moves}, by enrolment and time, for exports of any size: sites, stages and
     * criteria read once, then two streamed queries, a row at a time in memory.
     */
    public void forEach(EnrolmentFilter filter, Caller caller, Consumer<EnrolmentLine> enrolments, Consumer<MoveLine> moves) {
        Scope scope = caller.scope();
        SiteSelection siteIds = sites.selection(scope, filter.siteCode());
        if (siteIds.isNone()) {
            return;
        }
        LocalDate today = scope.today(clock);
        ExportRows rows = new ExportRows(sites.tree(), em.createQuery("select s from Stage s", Stage.class).getResultList(),
                em.createQuery("select c from Criterion c", Criterion.class).getResultList());
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> journeys = cb.createQuery(Object[].class);
        Root<Enrolment> e = journeys.from(Enrolment.class);
        Join<Enrolment, Beneficiary> b = e.join("beneficiary");
        journeys.multiselect(e.get("id"), b.get("code"), b.get("lastName"), b.get("firstName"), b.get("sex"),
                        b.get("birthDate"), StreamedRows.column(cb, b, "site_id", Long.class),
                        e.get("pipeline").get("programme").get("code"), e.get("pipeline").get("type"), e.get("cohort"),
                        StreamedRows.column(cb, e, "current_stage_id", Long.class), e.get("status"),
                        e.get("dropReason"), e.get("startDate"), e.get("stageSince"),
                        e.join("caseWorker", JoinType.LEFT).get("fullName"))
                .where(shown(caller, cb, journeys, e, b, filter, siteIds, today)).orderBy(cb.asc(e.get("id")));
        StreamedRows.forEach(em, em.createQuery(journeys), r -> enrolments.accept(rows.enrolment(r)));
        CriteriaQuery<Object[]> history = cb.createQuery(Object[].class);
        Root<StageTransition> t = history.from(StageTransition.class);
        Join<StageTransition, Enrolment> te = t.join("enrolment");
        Join<Enrolment, Beneficiary> tb = te.join("beneficiary");
        Join<StageTransition, ?> met = t.join("criteria", JoinType.LEFT);
        history.multiselect(te.get("id"), tb.get("code"), t.get("id"), t.get("at"), t.get("action"),
                        StreamedRows.column(cb, t, "from_stage_id", Long.class),
                        StreamedRows.column(cb, t, "to_stage_id", Long.class), t.get("statusAfter"), t.get("byUser"),
                        t.get("reasonCode"), t.get("note"), t.get("legacyCriteria"), t.get("overrideReason"),
                        StreamedRows.column(cb, met, "criterion_id", Long.class), met.get("how"))
                .where(shown(caller, cb, history, te, tb, filter, siteIds, today))
                .orderBy(cb.asc(te.get("id")), cb.asc(t.get("at")), cb.asc(t.get("id")));
        ExportRows.Moves lines = rows.moves(moves);
        StreamedRows.forEach(em, em.createQuery(history), lines::read);
        lines.finish();
    }

    /**
     * Counts per current stage (active and completed), for the board: of the cards the caller's
     * columns list, so that a column's count and its cards agree.
     */
    public Map<Long, Long> stageCounts(EnrolmentFilter filter, Caller caller) {
        Scope scope = caller.scope();
        SiteSelection siteIds = sites.selection(scope, filter.siteCode());
        Map<Long, Long> counts = new HashMap<>();
        if (siteIds.isNone()) {
            return counts;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Enrolment> e = q.from(Enrolment.class);
        List<Predicate> where = new ArrayList<>(List.of(shown(caller, cb, q, e, e.join("beneficiary"), filter, siteIds,
                scope.today(clock))));
        where.add(cb.notEqual(e.get("status"), EnrolmentStatus.DROPPED));
        q.multiselect(e.get("currentStage").get("id"), cb.count(e)).where(where.toArray(Predicate[]::new))
                .groupBy(e.get("currentStage").get("id"));
        for (Object[] row : em.createQuery(q).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The funnel of a pipeline: per stage, how many enrolments ever reached it, by sex, and how many were dropped there. */
    public Funnel funnel(EnrolmentFilter filter, Scope scope) {
        Funnel funnel = new Funnel();
        SiteSelection siteIds = sites.selection(scope, filter.siteCode());
        if (siteIds.isNone() || filter.pipelineId() == null) {
            return funnel;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> reached = cb.createQuery(Object[].class);
        Root<StageTransition> t = reached.from(StageTransition.class);
        Join<StageTransition, Enrolment> e = t.join("enrolment");
        Join<Enrolment, Beneficiary> b = e.join("beneficiary");
        List<Predicate> where = new ArrayList<>(List.of(predicates(cb, e, b, filter, siteIds, scope.today(clock))));
        where.add(t.get("action").in(MoveAction.ENROL, MoveAction.ADVANCE, MoveAction.COMPLETE));
        reached.multiselect(t.get("toStage").get("id"), b.get("sex"), cb.countDistinct(e.get("id")))
                .where(where.toArray(Predicate[]::new))
                .groupBy(t.get("toStage").get("id"), b.get("sex"));
        for (Object[] row : em.createQuery(reached).getResultList()) {
            funnel.reached((Long) row[0], (Sex) row[1], (Long) row[2]);
        }
        CriteriaQuery<Object[]> dropped = cb.createQuery(Object[].class);
        Root<Enrolment> d = dropped.from(Enrolment.class);
        Join<Enrolment, Beneficiary> db = d.join("beneficiary");
        List<Predicate> dwhere = new ArrayList<>(List.of(predicates(cb, d, db, filter, siteIds, scope.today(clock))));
        dwhere.add(cb.equal(d.get("status"), EnrolmentStatus.DROPPED));
        dropped.multiselect(d.get("currentStage").get("id"), d.get("dropReason"), db.get("sex"), cb.count(d))
                .where(dwhere.toArray(Predicate[]::new))
                .groupBy(d.get("currentStage").get("id"), d.get("dropReason"), db.get("sex"));
        for (Object[] row : em.createQuery(dropped).getResultList()) {
            funnel.dropped((Long) row[0], (DropReason) row[1], (Sex) row[2], (Long) row[3]);
        }
        return funnel;
    }

    /** Counts of a funnel, keyed by stage id; drop reasons across the pipeline. */
    public static final class Funnel {
        private final Map<Long, long[]> reached = new HashMap<>();
        private final Map<Long, Long> droppedAt = new HashMap<>();
        private final Map<DropReason, long[]> reasons = new TreeMap<>();

        void reached(Long stage, Sex sex, long n) {
            long[] bySex = reached.computeIfAbsent(stage, k -> new long[2]);
            bySex[sex == Sex.F ? 0 : 1] += n;
        }

        void dropped(Long stage, DropReason reason, Sex sex, long n) {
            droppedAt.merge(stage, n, Long::sum);
            long[] bySex = reasons.computeIfAbsent(reason == null ? DropReason.OTHER : reason, k -> new long[2]);
            bySex[sex == Sex.F ? 0 : 1] += n;
        }

        public long reached(long stageId) {
            long[] n = reached.get(stageId);
            return n == null ? 0 : n[0] + n[1];
        }

        public long reached(long stageId, Sex sex) {
            long[] n = reached.get(stageId);
            return n == null ? 0 : n[sex == Sex.F ? 0 : 1];
        }

        public long droppedAt(long stageId) {
            return droppedAt.getOrDefault(stageId, 0L);
        }

        public Map<DropReason, long[]> reasons() {
            return reasons;
        }
    }

    /**
     * Cohort names used in a pipeline by the people of the scope, for filters and suggestions: a
     * Sfax case worker sees the Sfax cohorts, not those of Tunis.
     */
    public List<String> cohorts(long pipelineId, Caller caller) {
        SiteSelection siteIds = sites.selection(caller.scope(), null);
        if (siteIds.isNone() || CaseWorkAccess.types(caller).isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> q = cb.createQuery(String.class);
        Root<Enrolment> e = q.from(Enrolment.class);
        List<Predicate> where = new ArrayList<>(List.of(cb.equal(e.get("pipeline").get("id"), pipelineId),
                cb.isNotNull(e.get("cohort"))));
        siteIds.on(e.join("beneficiary").get("site").get("id")).ifPresent(where::add);
        where.add(e.get("pipeline").get("type").in(CaseWorkAccess.types(caller)));
        q.select(e.get("cohort")).distinct(true).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(e.get("cohort")));
        return em.createQuery(q).getResultList();
    }

    /** The filter's conditions and what the caller may be shown of the rows it keeps. */
    private Predicate[] shown(Caller caller, CriteriaBuilder cb, AbstractQuery<?> query, Path<Enrolment> e,
                              Join<Enrolment, Beneficiary> b, EnrolmentFilter f, SiteSelection siteIds, LocalDate today) {
        List<Predicate> all = new ArrayList<>(List.of(predicates(cb, e, b, f, siteIds, today)));
        java.util.Set<org.masar.pipeline.domain.PipelineType> types = CaseWorkAccess.types(caller);
        all.add(types.isEmpty() ? cb.disjunction() : e.get("pipeline").get("type").in(types));
        TakingPart.shownTo(caller, cb, query, b).ifPresent(all::add);
        return all.toArray(Predicate[]::new);
    }

    private Predicate[] predicates(CriteriaBuilder cb, Path<Enrolment> e, Join<Enrolment, Beneficiary> b,
                                   EnrolmentFilter f, SiteSelection siteIds, LocalDate today) {
        List<Predicate> all = new ArrayList<>();
        // An enrolment closed by a merge was the same person's second journey in the pipeline: left
        // out of every list, board, export and funnel, so that nobody is counted twice. The
        // person's own enrolments and history still show it.
        all.add(cb.or(cb.isNull(e.get("dropReason")), cb.notEqual(e.get("dropReason"), DropReason.MERGED)));
        siteIds.on(b.get("site").get("id")).ifPresent(all::add);
        if (f.pipelineId() != null) {
            all.add(cb.equal(e.get("pipeline").get("id"), f.pipelineId()));
        }
        if (f.stageId() != null) {
            all.add(cb.equal(e.get("currentStage").get("id"), f.stageId()));
        }
        if (f.status() != null) {
            all.add(cb.equal(e.get("status"), f.status()));
        }
        if (f.cohort() != null && !f.cohort().isBlank()) {
            all.add(cb.equal(e.get("cohort"), f.cohort().trim()));
        }
        if (f.caseWorkerId() != null) {
            all.add(cb.equal(e.get("caseWorker").get("id"), f.caseWorkerId()));
        }
        if (f.sex() != null) {
            all.add(cb.equal(b.get("sex"), f.sex()));
        }
        if (f.ageBand() != null) {
            all.add(cb.between(b.get("birthDate"), f.ageBand().bornFrom(today), f.ageBand().bornUntil(today)));
        }
        if (f.beneficiaryCode() != null && !f.beneficiaryCode().isBlank()) {
            all.add(cb.equal(b.get("code"), f.beneficiaryCode().trim().toUpperCase(java.util.Locale.ROOT)));
        }
        if (f.stuck()) {
            all.add(cb.equal(e.get("status"), EnrolmentStatus.ACTIVE));
            all.add(stuck(cb, e, today));
        }
        return all.toArray(Predicate[]::new);
    }

    /**
     * In the current stage longer than it expects. Stages are grouped by their expected days, so
     * the condition is a few "stage in (…) and entered before …" terms, with no date arithmetic in SQL.
     */
    private Predicate stuck(CriteriaBuilder cb, Path<Enrolment> e, LocalDate today) {
        Map<Integer, List<Long>> byDays = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select s.id, s.expectedDays from Stage s where s.expectedDays is not null",
                Object[].class).getResultList()) {
            byDays.computeIfAbsent((Integer) row[1], k -> new ArrayList<>()).add((Long) row[0]);
        }
        if (byDays.isEmpty()) {
            return cb.disjunction();
        }
        LocalDateTime startOfToday = today.atStartOfDay();
        List<Predicate> any = new ArrayList<>();
        byDays.forEach((days, stageIds) -> {
            Expression<LocalDateTime> since = e.get("stageSince");
            any.add(cb.and(e.get("currentStage").get("id").in(stageIds),
                    cb.lessThan(since, startOfToday.minusDays(days))));
        });
        return cb.or(any.toArray(Predicate[]::new));
    }
}
