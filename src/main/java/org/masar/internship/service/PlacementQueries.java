package org.masar.internship.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.DocumentState;
import org.masar.internship.domain.HostNames;
import org.masar.internship.domain.Outcome;
import org.masar.internship.domain.PlacementRules;
import org.masar.security.service.Caller;
import org.masar.shared.db.Paging;
import org.masar.shared.db.PagedQuery;
import org.masar.shared.domain.Names;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;

/**
 * Placement lists, read in the database: a page of the placements the caller sees (either side
 * in scope, {@link PlacementAccess}), with each document's state, in three statements whatever the
 * page's size — the count, the rows, their documents. Also what needs a coordinator's attention.
 */
@ApplicationScoped
@Transactional
public class PlacementQueries {

    /** What a line may need attention for: a visa or insurance ending before the internship, an end within 30 days. */
    public static final String VISA_EXPIRES = "internship.alert.visaExpires";
    public static final String INSURANCE_EXPIRES = "internship.alert.insuranceExpires";
    public static final String ENDING = "internship.alert.ending";
    public static final List<String> ALERTS = List.of(VISA_EXPIRES, INSURANCE_EXPIRES, ENDING);

    /** What a list sorts by, as the request names it. */
    private static final Map<String, String> SORTS = Map.of("plannedEnd", "p.plannedEnd", "plannedStart", "p.plannedStart",
            "lastName", "b.lastName", "hostName", "h.nameKey", "city", "p.city");

    /** Where a visa is needed: the host in another country than the intern's residence, or either unknown (PlacementRules.visaNeeded). */
    private static final String VISA_NEEDED = "(b.residenceCountry is null or h.country is null"
            + " or upper(trim(h.country)) <> upper(trim(b.residenceCountry)))";

    private static final String SELECT = "select p.id, e.id, b.code, b.firstName, b.lastName, h.id, h.name, p.city,"
            + " p.plannedStart, p.plannedEnd, st.code, st.names, p.outcome, b.residenceCountry, h.country";
    private static final String FROM = " from Placement p join p.enrolment e join e.beneficiary b join p.host h"
            + " join e.currentStage st join p.sendingSite ss join p.receivingSite rs where ";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A page of placements, by planned end unless the request sorts otherwise. */
    public Page<PlacementLine> page(PlacementFilter filter, PageRequest request, Caller caller) {
        if (!PlacementAccess.seesPlacements(caller) || caller.scope().isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        PlacementFilter f = filter == null ? PlacementFilter.NONE : filter;
        LocalDate today = caller.scope().today(clock);
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(f, caller, today, parameters);
        // Map.of refuses to look up null: a request that sorts by nothing takes the planned end.
        String sort = request.sortField() == null ? "p.plannedEnd" : SORTS.getOrDefault(request.sortField(), "p.plannedEnd");
        String order = " order by " + sort + (request.ascending() || request.sortField() == null ? " asc" : " desc") + ", p.id";
        // Counted and chosen on the placement with only the joins its filters and sort name (its scope is a
        // subquery on the sites), then the page's own lines read with all of theirs: joining every table for
        // every placement in scope before counting or sorting cost the coordinator's opened list 65 ms.
        // A list and its count at once: the ids in the list's order in one statement, their number the count (a
        // caller sees the placements of some programmes, thousands at most), which halves a typed name's cost.
        if (request.wantsTotal() && request.wantsRows()) {
            List<Long> ids = bind(em.createQuery("select p.id" + from(where, sort) + order, Long.class), parameters)
                    .getResultList();
            int first = Math.min(request.first(), ids.size());
            return new Page<>(inOrder(ids.subList(first, Math.min(ids.size(), first + request.size())), today), ids.size());
        }
        return Paging.page(request,
                () -> bind(em.createQuery("select count(p)" + from(where, ""), Long.class), parameters).getSingleResult(),
                () -> inOrder(bind(em.createQuery("select p.id" + from(where, sort) + order, Long.class), parameters)
                        .setFirstResult(request.first()).setMaxResults(request.size()).getResultList(), today));
    }

    /** The lines of these placements, in the order given. */
    private List<PlacementLine> inOrder(List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> rows = new HashMap<>();
        for (Object[] row : em.createQuery(SELECT + FROM + "p.id in :ids", Object[].class).setParameter("ids", ids)
                .getResultList()) {
            rows.put((Long) row[0], row);
        }
        return lines(ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList(), today);
    }

    private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile("(?<![\\w.])b\\.");
    private static final java.util.regex.Pattern ENROLMENT = java.util.regex.Pattern.compile("(?<![\\w.])e\\.");
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("(?<![\\w.])h\\.");

    /** From the placement, joined to the intern and the host only where the condition or the sort names them. */
    private static String from(String where, String sort) {
        String used = where + " " + sort;
        StringBuilder from = new StringBuilder(" from Placement p");
        boolean person = PERSON.matcher(used).find();
        if (person || ENROLMENT.matcher(used).find()) {
            from.append(" join p.enrolment e");
        }
        if (person) {
            from.append(" join e.beneficiary b");
        }
        if (HOST.matcher(used).find()) {
            from.append(" join p.host h");
        }
        return from.append(" where ").append(where).toString();
    }

    /** The placements of these enrolments that the caller sees, by enrolment (an enrolment has one at most). */
    public Map<Long, PlacementLine> ofEnrolments(Collection<Long> enrolmentIds, Caller caller) {
        if (enrolmentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, PlacementLine> byEnrolment = new HashMap<>();
        for (PlacementLine line : listed("e.id in :enrolments", Map.of("enrolments", List.copyOf(enrolmentIds)), caller)) {
            byEnrolment.put(line.enrolmentId(), line);
        }
        return byEnrolment;
    }

    /** A person's placements that the caller sees, latest start first. */
    public List<PlacementLine> ofPerson(long beneficiaryId, Caller caller) {
        return listed("b.id = :person", Map.of("person", beneficiaryId), caller);
    }

    /**
     * How many running placements the caller sees need attention, by alert ({@link #ALERTS}), as
     * the lines count them: a visa (when one is needed) or insurance received ending before the
     * planned end, an end within {@link PlacementRules#ENDING_DAYS} days.
     */
    public Map<String, Long> alertCounts(Caller caller) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ALERTS.forEach(alert -> counts.put(alert, 0L));
        if (!PlacementAccess.seesPlacements(caller) || caller.scope().isEmpty()) {
            return counts;
        }
        LocalDate today = caller.scope().today(clock);
        String expiring = "p.outcome is null and exists (select d.id from PlacementDocument d where d.placement = p"
                + " and d.kind = :kind and d.state <> :missingState and d.validTo is not null and d.validTo < p.plannedEnd)";
        String visaNeeded = " and " + VISA_NEEDED;
        counts.put(VISA_EXPIRES, count(expiring + visaNeeded,
                Map.of("kind", DocumentKind.VISA, "missingState", DocumentState.MISSING), caller, today));
        counts.put(INSURANCE_EXPIRES, count(expiring,
                Map.of("kind", DocumentKind.INSURANCE, "missingState", DocumentState.MISSING), caller, today));
        counts.put(ENDING, count("p.outcome is null and p.plannedEnd between :today and :soon",
                Map.of("today", today, "soon", today.plusDays(PlacementRules.ENDING_DAYS)), caller, today));
        return counts;
    }

    private long count(String condition, Map<String, Object> given, Caller caller, LocalDate today) {
        Map<String, Object> parameters = new LinkedHashMap<>(given);
        String from = from(where(PlacementFilter.NONE, caller, today, parameters) + " and " + condition, "");
        return bind(em.createQuery("select count(p)" + from, Long.class), parameters).getSingleResult();
    }

    /** The lines the caller sees among those meeting {@code condition}, latest start first: short lists, not paged. */
    private List<PlacementLine> listed(String condition, Map<String, Object> given, Caller caller) {
        if (!PlacementAccess.seesPlacements(caller) || caller.scope().isEmpty()) {
            return List.of();
        }
        LocalDate today = caller.scope().today(clock);
        Map<String, Object> parameters = new LinkedHashMap<>(given);
        String from = FROM + where(PlacementFilter.NONE, caller, today, parameters) + " and " + condition;
        return lines(bind(em.createQuery(SELECT + from + " order by p.plannedStart desc, p.id desc", Object[].class),
                parameters).getResultList(), today);
    }

    private static String where(PlacementFilter f, Caller caller, LocalDate today, Map<String, Object> parameters) {
        List<String> all = new ArrayList<>();
        List<String> sending = new ArrayList<>();
        List<String> receiving = new ArrayList<>();
        List<String> roots = caller.scope().rootPaths();
        for (int i = 0; i < roots.size(); i++) {
            parameters.put("root" + i, PagedQuery.likePrefix(roots.get(i)));
            sending.add("sx.path like :root" + i);
            receiving.add("rx.path like :root" + i);
        }
        // The sides in scope as subqueries on the sites, so that no site is joined to every placement.
        String side = "p.sendingSite in (select sx from Site sx where " + String.join(" or ", sending) + ")";
        if (PlacementAccess.editsPlacements(caller)) {
            side += " or p.receivingSite in (select rx from Site rx where " + String.join(" or ", receiving) + ")";
        }
        all.add("(" + side + ")");
        if (!BeneficiaryAccess.seesWithdrawn(caller)) {
            all.add("e.takingPart = true"); // one who withdrew is listed to managers only, as in the registry (kept on the enrolment)
        }
        if (f.name() != null && !f.name().isBlank()) {
            String text = f.name().trim().toLowerCase(Locale.ROOT);
            parameters.put("name", "%" + escape(text) + "%");
            parameters.put("hostKey", "%" + escape(HostNames.key(text)) + "%");
            parameters.put("code", text.toUpperCase(Locale.ROOT));
            all.add("(lower(b.lastName) like :name or lower(b.firstName) like :name or b.code = :code"
                    + (HostNames.key(text).isEmpty() ? "" : " or h.nameKey like :hostKey") + ")");
        }
        switch (f.status()) {
            case RUNNING -> all.add("p.outcome is null");
            case ENDED -> all.add("p.outcome is not null");
            case ALL -> {
            }
        }
        if (f.hostId() != null) {
            parameters.put("host", f.hostId());
            all.add("p.host.id = :host");
        }
        if (f.missing() != null) {
            parameters.put("missingKind", f.missing());
            parameters.put("verified", DocumentState.VERIFIED);
            all.add("exists (select d.id from PlacementDocument d where d.placement = p and d.kind = :missingKind"
                    + " and d.state <> :verified)");
        }
        if (f.attention()) {
            parameters.put("today", today);
            parameters.put("soon", today.plusDays(PlacementRules.ENDING_DAYS));
            parameters.put("insuranceKind", DocumentKind.INSURANCE);
            parameters.put("visaKind", DocumentKind.VISA);
            parameters.put("missingState", DocumentState.MISSING);
            // As the lines and the counts have it: a visa ending early matters only where one is needed.
            all.add("p.outcome is null and (p.plannedEnd between :today and :soon"
                    + " or exists (select d.id from PlacementDocument d where d.placement = p and d.kind = :insuranceKind"
                    + " and d.state <> :missingState and d.validTo < p.plannedEnd)"
                    + " or (" + VISA_NEEDED + " and exists (select v.id from PlacementDocument v where v.placement = p"
                    + " and v.kind = :visaKind and v.state <> :missingState and v.validTo < p.plannedEnd)))");
        }
        return String.join(" and ", all);
    }

    private List<PlacementLine> lines(List<Object[]> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Map<DocumentKind, DocumentState>> states = new HashMap<>();
        Map<Long, Map<DocumentKind, LocalDate>> validTo = new HashMap<>();
        for (Object[] d : em.createQuery("select d.placement.id, d.kind, d.state, d.validTo from PlacementDocument d"
                + " where d.placement.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            Long id = (Long) d[0];
            states.computeIfAbsent(id, k -> new EnumMap<>(DocumentKind.class)).put((DocumentKind) d[1], (DocumentState) d[2]);
            if (d[3] != null && d[2] != DocumentState.MISSING) {
                validTo.computeIfAbsent(id, k -> new EnumMap<>(DocumentKind.class)).put((DocumentKind) d[1], (LocalDate) d[3]);
            }
        }
        List<PlacementLine> lines = new ArrayList<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            LocalDate end = (LocalDate) r[9];
            Outcome outcome = (Outcome) r[12];
            boolean visaNeeded = PlacementRules.visaNeeded((String) r[14], (String) r[13]);
            Map<DocumentKind, LocalDate> valid = validTo.getOrDefault(id, Map.of());
            List<String> alerts = new ArrayList<>();
            if (outcome == null) {
                if (visaNeeded && PlacementRules.expiresBeforeEnd(valid.get(DocumentKind.VISA), end)) {
                    alerts.add(VISA_EXPIRES);
                }
                if (PlacementRules.expiresBeforeEnd(valid.get(DocumentKind.INSURANCE), end)) {
                    alerts.add(INSURANCE_EXPIRES);
                }
                if (PlacementRules.endingSoon(end, today)) {
                    alerts.add(ENDING);
                }
            }
            lines.add(new PlacementLine(id, (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (Long) r[5],
                    (String) r[6], (String) r[7], (LocalDate) r[8], end, (String) r[10], (Names) r[11], outcome,
                    visaNeeded, states.getOrDefault(id, Map.of()), alerts));
        }
        return lines;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
