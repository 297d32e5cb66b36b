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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.DocumentState;
import org.masar.internship.domain.HostNames;
import org.masar.internship.domain.Outcome;
import org.masar.internship.domain.PlacementRules;
import org.masar.pipeline.domain.Stage;
import org.masar.security.service.Caller;
import org.masar.shared.db.Paging;
import org.masar.shared.db.PagedQuery;
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
        String from = " from Placement p join p.enrolment e join e.beneficiary b join p.host h join e.currentStage st"
                + " join p.sendingSite ss join p.receivingSite rs where " + where;
        // Map.of answers a null key with an exception, not the default: a request without a sort is by planned end.
        String sort = request.sortField() == null ? "p.plannedEnd" : SORTS.getOrDefault(request.sortField(), "p.plannedEnd");
        String order = " order by " + sort + (request.ascending() || request.sortField() == null ? " asc" : " desc") + ", p.id";
        return Paging.page(request,
                () -> bind(em.createQuery("select count(p)" + from, Long.class), parameters).getSingleResult(),
                () -> lines(bind(em.createQuery("select p.id, e.id, b.code, b.firstName, b.lastName, h.id, h.name, p.city,"
                                + " p.plannedStart, p.plannedEnd, st, p.outcome, b.residenceCountry, h.country" + from + order,
                        Object[].class), parameters).setFirstResult(request.first()).setMaxResults(request.size())
                        .getResultList(), today));
    }

    private static String where(PlacementFilter f, Caller caller, LocalDate today, Map<String, Object> parameters) {
        List<String> all = new ArrayList<>();
        List<String> sides = new ArrayList<>();
        List<String> roots = caller.scope().rootPaths();
        for (int i = 0; i < roots.size(); i++) {
            parameters.put("root" + i, PagedQuery.likePrefix(roots.get(i)));
            sides.add("ss.path like :root" + i);
            if (PlacementAccess.editsPlacements(caller)) {
                sides.add("rs.path like :root" + i);
            }
        }
        all.add("(" + String.join(" or ", sides) + ")");
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
            all.add("h.id = :host");
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
            parameters.put("validity", List.of(DocumentKind.VISA, DocumentKind.INSURANCE));
            parameters.put("missingState", DocumentState.MISSING);
            all.add("p.outcome is null and (p.plannedEnd between :today and :soon or exists (select d.id from"
                    + " PlacementDocument d where d.placement = p and d.kind in :validity and d.state <> :missingState"
                    + " and d.validTo < p.plannedEnd))");
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
            Outcome outcome = (Outcome) r[11];
            boolean visaNeeded = PlacementRules.visaNeeded((String) r[13], (String) r[12]);
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
            Stage stage = (Stage) r[10];
            lines.add(new PlacementLine(id, (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (Long) r[5],
                    (String) r[6], (String) r[7], (LocalDate) r[8], end, stage.getCode(), stage.getNames(), outcome,
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
