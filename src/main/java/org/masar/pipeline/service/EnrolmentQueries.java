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
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.masar.shared.db.Seek;
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

    /** The list's default order: by person (last name, first name, person), then enrolment. */
    private static final String BY_PERSON = "b.lastName";

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
        String sort = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), "b.lastName");
        return Paging.capped(request, () -> {
            // Ids of at most one more than the cap: the database stops reading there.
            CriteriaQuery<Long> ids = cb.createQuery(Long.class);
            Root<Enrolment> e = ids.from(Enrolment.class);
            Path<Beneficiary> person = scopedOnEnrolment(filter) ? null : e.join("beneficiary");
            ids.select(e.get("id")).where(shown(caller, cb, ids, e, person, filter, siteIds, today));
            return em.createQuery(ids).setMaxResults(Page.COUNT_CAP + 1).getResultList().size();
        }, limit -> BY_PERSON.equals(sort) && !narrow(filter) && (request.after() != null || request.first() == 0)
                ? byPerson(filter, request, limit, caller, siteIds, today)
                : rows(filter, request, limit, sort, caller, siteIds, today), row -> cursor(row, sort));
    }

    /**
     * A page in the people's order, in two short steps instead of sorting every enrolment in
     * scope by a column of another table: the (at most) page-size next people, in name order, who
     * have an enrolment the list shows — the registry's sort index, walked until they are found —
     * then those people's enrolments, in the same order.
     */
    private List<Enrolment> byPerson(EnrolmentFilter filter, PageRequest request, int limit, Caller caller,
                                     SiteSelection siteIds, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> people = cb.createQuery(Long.class);
        Root<Beneficiary> p = people.from(Beneficiary.class);
        List<Order> personOrder = personOrder(cb, p, request.ascending());
        List<Predicate> who = new ArrayList<>(ofPerson(caller, cb, p, filter, siteIds, today));
        Subquery<Long> shownOf = people.subquery(Long.class);
        Root<Enrolment> theirs = shownOf.from(Enrolment.class);
        List<Predicate> inner = new ArrayList<>(ofEnrolment(caller, cb, theirs, filter, today));
        inner.add(cb.equal(theirs.get("beneficiary"), p));
        shownOf.select(cb.count(theirs)).where(inner.toArray(Predicate[]::new));
        who.add(cb.lessThan(cb.literal(0L), shownOf)); // a count per person: never read as a semi-join over every enrolment
        if (request.after() != null) {
            who.add(Seek.atOrAfter(cb, personOrder, request.after(), personOrder.size() + 1));
        }
        people.select(p.get("id")).where(who.toArray(Predicate[]::new)).orderBy(personOrder);
        // After a cursor the first person found may be the one it names, with nothing left to show.
        int wanted = request.after() == null ? limit : limit + 1;
        List<Long> ids = em.createQuery(people).setMaxResults(wanted).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaQuery<Enrolment> select = cb.createQuery(Enrolment.class);
        Root<Enrolment> e = select.from(Enrolment.class);
        e.alias("e");
        @SuppressWarnings("unchecked")
        Join<Enrolment, Beneficiary> b = (Join<Enrolment, Beneficiary>) e.<Enrolment, Beneficiary>fetch("beneficiary");
        e.fetch("currentStage");
        List<Order> order = new ArrayList<>(personOrder(cb, b, request.ascending()));
        order.add(cb.asc(e.get("id")));
        List<Predicate> where = new ArrayList<>(ofEnrolment(caller, cb, e, filter, today));
        where.add(b.get("id").in(ids));
        if (request.after() != null) {
            where.add(Seek.after(cb, order, request.after()));
        }
        select.select(e).where(where.toArray(Predicate[]::new)).orderBy(order);
        return withDetails(em.createQuery(select)).setMaxResults(limit).getResultList();
    }

    /**
     * A filter that keeps few enrolments of many people (a case worker's, a stage's, a cohort's,
     * a person's): those are read from the enrolments' own indexes and sorted, rather than found
     * person by person along the whole registry.
     */
    private static boolean narrow(EnrolmentFilter f) {
        return f.caseWorkerId() != null || f.stageId() != null || f.stuck()
                || (f.cohort() != null && !f.cohort().isBlank())
                || (f.beneficiaryCode() != null && !f.beneficiaryCode().isBlank());
    }

    /** People by last name, first name and id, as the registry lists them (on its sort index). */
    private static List<Order> personOrder(CriteriaBuilder cb, Path<Beneficiary> b, boolean ascending) {
        List<Order> order = new ArrayList<>();
        for (String key : List.of("lastName", "firstName", "id")) {
            order.add(ascending ? cb.asc(b.get(key)) : cb.desc(b.get(key)));
        }
        return order;
    }

    private static String cursor(Enrolment e, String sort) {
        Beneficiary b = e.getBeneficiary();
        return BY_PERSON.equals(sort) ? Seek.cursor(b.getLastName(), b.getFirstName(), b.getId(), e.getId())
                : Seek.cursor(sortKey(e, sort), e.getId());
    }

    private List<Enrolment> rows(EnrolmentFilter filter, PageRequest request, int limit, String sort, Caller caller,
                                 SiteSelection siteIds, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Enrolment> select = cb.createQuery(Enrolment.class);
        Root<Enrolment> e = select.from(Enrolment.class);
        e.alias("e"); // the batch hints below name it
        @SuppressWarnings("unchecked")
        Join<Enrolment, Beneficiary> b = (Join<Enrolment, Beneficiary>) e.<Enrolment, Beneficiary>fetch("beneficiary");
        @SuppressWarnings("unchecked")
        Join<Enrolment, Stage> s = (Join<Enrolment, Stage>) e.<Enrolment, Stage>fetch("currentStage");
        Path<?> key = switch (sort) {
            case "b.code" -> b.get("code");
            case "s.position" -> s.get("position");
            case "e.stageSince" -> e.get("stageSince");
            case "e.startDate" -> e.get("startDate");
            case "e.status" -> e.get("status");
            default -> b.get("lastName");
        };
        List<Order> order = new ArrayList<>();
        if (BY_PERSON.equals(sort)) {
            order.addAll(personOrder(cb, b, request.ascending()));
        } else {
            order.add(request.ascending() ? cb.asc(key) : cb.desc(key));
        }
        order.add(cb.asc(e.get("id")));
        List<Predicate> where = new ArrayList<>(List.of(shown(caller, cb, select, e, b, filter, siteIds, today)));
        if (request.after() != null) {
            where.add(Seek.after(cb, order, request.after()));
        }
        select.select(e).where(where.toArray(Predicate[]::new)).orderBy(order);
        TypedQuery<Enrolment> query = withDetails(em.createQuery(select)).setMaxResults(limit);
        return (request.after() == null ? query.setFirstResult(request.first()) : query).getResultList();
    }

    /** The value of the list's sort column for one row, for its cursor. */
    private static Object sortKey(Enrolment e, String sort) {
        return switch (sort) {
            case "b.code" -> e.getBeneficiary().getCode();
            case "s.position" -> e.getCurrentStage().getPosition();
            case "e.stageSince" -> e.getStageSince();
            case "e.startDate" -> e.getStartDate();
            case "e.status" -> e.getStatus();
            default -> e.getBeneficiary().getLastName();
        };
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
                        StreamedRows.column(cb, met, "criterion_id", Long.class), met.get("how"), met.get("evidenceKind"),
                        met.get("evidenceId"), met.get("evidenceSummary"), met.get("evidenceArguments"))
                .where(shown(caller, cb, history, te, tb, filter, siteIds, today))
                .orderBy(cb.asc(te.get("id")), cb.asc(t.get("at")), cb.asc(t.get("id")));
        ExportRows.Moves lines = rows.moves(moves);
        StreamedRows.forEach(em, em.createQuery(history), lines::read);
        lines.finish();
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
                              Path<Beneficiary> b, EnrolmentFilter f, SiteSelection siteIds, LocalDate today) {
        List<Predicate> all = new ArrayList<>();
        if (scopedOnEnrolment(f)) {
            // The person's site and taking part as copied on the enrolment (V17): read from the
            // enrolments' own index, without a person's row per enrolment looked at.
            siteIds.on(e.get("siteId")).ifPresent(all::add);
            TakingPart.shownTo(caller, cb, e).ifPresent(all::add);
        } else {
            all.addAll(ofPerson(caller, cb, b, f, siteIds, today));
        }
        all.addAll(ofEnrolment(caller, cb, e, f, today));
        return all.toArray(Predicate[]::new);
    }

    /** No condition on the person but the scope and taking part: the enrolment's copy of them answers. */
    private static boolean scopedOnEnrolment(EnrolmentFilter f) {
        return f.sex() == null && f.ageBand() == null && (f.beneficiaryCode() == null || f.beneficiaryCode().isBlank());
    }

    private Predicate[] predicates(CriteriaBuilder cb, Path<Enrolment> e, Path<Beneficiary> b,
                                   EnrolmentFilter f, SiteSelection siteIds, LocalDate today) {
        List<Predicate> all = new ArrayList<>(ofPerson(null, cb, b, f, siteIds, today));
        all.addAll(ofEnrolment(null, cb, e, f, today));
        return all.toArray(Predicate[]::new);
    }

    /** The conditions on the person: scope, still taking part (for a {@code caller} who must not see the others), the filter's. */
    private static List<Predicate> ofPerson(Caller caller, CriteriaBuilder cb, Path<Beneficiary> b, EnrolmentFilter f,
                                            SiteSelection siteIds, LocalDate today) {
        List<Predicate> all = new ArrayList<>();
        siteIds.on(b.get("site").get("id")).ifPresent(all::add);
        if (caller != null) {
            TakingPart.shownTo(caller, cb, b).ifPresent(all::add);
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
        return all;
    }

    /** The conditions on the enrolment itself: the filter's, and the pipeline types a {@code caller} works. */
    private List<Predicate> ofEnrolment(Caller caller, CriteriaBuilder cb, Path<Enrolment> e, EnrolmentFilter f,
                                        LocalDate today) {
        List<Predicate> all = new ArrayList<>();
        // An enrolment closed by a merge was the same person's second journey in the pipeline: left
        // out of every list, board, export and funnel, so that nobody is counted twice. The
        // person's own enrolments and history still show it.
        all.add(cb.or(cb.isNull(e.get("dropReason")), cb.notEqual(e.get("dropReason"), DropReason.MERGED)));
        if (caller != null) {
            java.util.Set<org.masar.pipeline.domain.PipelineType> types = CaseWorkAccess.types(caller);
            if (types.size() < org.masar.pipeline.domain.PipelineType.values().length) {
                // Only for callers who do not work every type: the condition joins the pipeline.
                all.add(types.isEmpty() ? cb.disjunction() : e.get("pipeline").get("type").in(types));
            }
        }
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
        if (f.stuck()) {
            all.add(cb.equal(e.get("status"), EnrolmentStatus.ACTIVE));
            all.add(stuck(cb, e, today));
        }
        return all;
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
