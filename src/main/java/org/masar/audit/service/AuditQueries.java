package org.masar.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.masar.audit.domain.AuditAction;
import org.masar.audit.domain.AuditEntry;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.security.domain.AppUser;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.db.Paging;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.site.domain.Scope;

/**
 * Reads the audit trail for those who may: a person's access history, an account's activity,
 * paged, newest first, and in chunks for the export. An administrator reads all of it; a manager
 * the entries about people of their sites and those of accounts whose sites all lie in their
 * scope. Reading a person's history (which opens the values an edit changed) is itself a read.
 */
@ApplicationScoped
@Transactional
public class AuditQueries {

    private static final Map<String, String> SORTABLE = Map.of("at", "a.at", "username", "a.username",
            "action", "a.action", "channel", "a.channel");

    @PersistenceContext
    EntityManager em;

    @Inject
    Seals seals;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    @Inject
    org.masar.security.service.StaffNames staff;

    /**
     * One line as the history shows it: when in the reader's zone, who by name (the entry keeps the
     * exact account), and what an edit changed, if it can be read.
     */
    public static final class Row {
        private final AuditEntry entry;
        private final LocalDateTime localAt;
        private final String changes;
        private final String fullName;

        Row(AuditEntry entry, LocalDateTime localAt, String changes, String fullName) {
            this.entry = entry;
            this.localAt = localAt;
            this.changes = changes;
            this.fullName = fullName;
        }

        /** The full name of the account that acted; its user name when it is no account. */
        public String getFullName() {
            return fullName;
        }

        public AuditEntry getEntry() {
            return entry;
        }

        public LocalDateTime getLocalAt() {
            return localAt;
        }

        /** Field by field, before and after, for an edit whose person's key still exists. */
        public String getChanges() {
            return changes;
        }

        /** The detail in the reader's words where it is one of a known set (where a record was shown), else null. */
        public String getDetailKey() {
            if (entry.getAction() == AuditAction.READ && entry.getDetail() != null) {
                for (org.masar.beneficiary.event.ReadView view : org.masar.beneficiary.event.ReadView.values()) {
                    if (view.name().equals(entry.getDetail())) {
                        return "audit.view." + view.name();
                    }
                }
            }
            return null;
        }

        /** The code of the person the entry is about, if it is about one. */
        public String getPersonCode() {
            String subject = entry.getSubject();
            return entry.getPersonId() != null && subject.startsWith(PERSON) ? subject.substring(PERSON.length()) : null;
        }
    }

    private static final String PERSON = "person ";

    public Page<Row> page(AuditFilter filter, PageRequest request, Caller caller) {
        AuditAccess.requireRead(caller);
        Where where = where(filter, caller);
        if (where == null) {
            return new Page<>(List.of(), 0);
        }
        String sort = SORTABLE.getOrDefault(request.sortField() == null ? "" : request.sortField(), "a.at");
        boolean ascending = request.sortField() != null && request.ascending();
        Page<Row> page = Paging.page(request,
                () -> where.bind(em.createQuery("select count(a) from AuditEntry a where " + where.text, Long.class))
                        .getSingleResult(),
                () -> rows(where.bind(em.createQuery("select a from AuditEntry a where " + where.text
                                + " order by " + sort + (ascending ? " asc" : " desc") + ", a.id desc", AuditEntry.class))
                        .setFirstResult(request.first()).setMaxResults(request.size()).getResultList(), caller.scope().zone(),
                        true));
        if (request.wantsRows() && where.personId != null) {
            trail.write(LocalDateTime.now(clock), caller.username(), AuditAction.READ, where.personId,
                    "person " + where.personCode, org.masar.beneficiary.event.ReadView.ACCESS_HISTORY.name(), null);
        }
        return page;
    }

    /** Every entry the filter finds, newest first, handed over in chunks: for the export. */
    public void forEach(AuditFilter filter, Caller caller, int chunk, Consumer<List<Row>> sink) {
        AuditAccess.requireRead(caller);
        Where where = where(filter, caller);
        if (where == null) {
            return;
        }
        ZoneId zone = caller.scope().zone();
        Long after = null;
        while (true) {
            TypedQuery<AuditEntry> q = where.bind(em.createQuery("select a from AuditEntry a where " + where.text
                    + (after == null ? "" : " and a.id < :after") + " order by a.id desc", AuditEntry.class));
            if (after != null) {
                q.setParameter("after", after);
            }
            List<AuditEntry> found = q.setMaxResults(chunk).getResultList();
            if (found.isEmpty()) {
                return;
            }
            sink.accept(rows(found, zone, true));
            em.clear();
            after = found.get(found.size() - 1).getId();
            if (found.size() < chunk) {
                return;
            }
        }
    }

    /** The accounts a caller may see the activity of: all for an administrator, those of their sites for a manager. */
    public List<String> accounts(Caller caller) {
        AuditAccess.requireRead(caller);
        List<AppUser> users = em.createQuery("select distinct u from AppUser u left join fetch u.sites order by u.username",
                AppUser.class).getResultList();
        if (caller.has(Role.ADMIN)) {
            return users.stream().map(AppUser::getUsername).toList();
        }
        return users.stream().filter(u -> within(u, caller.scope())).map(AppUser::getUsername).toList();
    }

    /**
     * The latest entries about one person, with the number of all, as a profile shows them: when,
     * who, what, without opening the values an edit changed (so not itself a read to record).
     */
    public Page<Row> latest(String personCode, int size, Caller caller) {
        AuditAccess.requireRead(caller);
        Where where = where(new AuditFilter(personCode, null, null, null, null), caller);
        if (where == null) {
            return new Page<>(List.of(), 0);
        }
        long total = where.bind(em.createQuery("select count(a) from AuditEntry a where " + where.text, Long.class))
                .getSingleResult();
        return new Page<>(rows(where.bind(em.createQuery("select a from AuditEntry a where " + where.text
                + " order by a.at desc, a.id desc", AuditEntry.class)).setMaxResults(size).getResultList(),
                caller.scope().zone(), false), total);
    }

    private List<Row> rows(List<AuditEntry> entries, ZoneId zone, boolean opened) {
        List<Row> rows = new ArrayList<>(entries.size());
        var names = staff.of(entries.stream().map(AuditEntry::getUsername).toList());
        for (AuditEntry e : entries) {
            String changes = !opened || e.getSealed() == null || e.getPersonId() == null ? null
                    : seals.open(e.getPersonId(), e.getSealed()).orElse(null);
            rows.add(new Row(e, e.getAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime(), changes,
                    names.of(e.getUsername())));
        }
        return rows;
    }

    /** The condition of the filter within what the caller may read; null when it can find nothing. */
    private Where where(AuditFilter filter, Caller caller) {
        Where w = new Where();
        List<String> parts = new ArrayList<>();
        boolean admin = caller.has(Role.ADMIN);
        if (filter.personCode() != null && !filter.personCode().isBlank()) {
            String code = filter.personCode().strip().toUpperCase(Locale.ROOT);
            List<Beneficiary> person = em.createQuery("select b from Beneficiary b join fetch b.site where b.code = :code",
                    Beneficiary.class).setParameter("code", code).getResultList();
            if (person.isEmpty() || !(admin || caller.scope().includes(person.get(0).getSite()))) {
                return null;
            }
            w.personId = person.get(0).getId();
            w.personCode = code;
            parts.add("a.personId = :person");
            w.values.put("person", w.personId);
        } else if (!admin) {
            List<Long> sites = siteIds(caller.scope());
            List<String> accounts = accounts(caller);
            parts.add("(a.personId in (select b.id from Beneficiary b where b.site.id in :sites)"
                    + " or (a.personId is null and a.username in :accounts))");
            w.values.put("sites", sites.isEmpty() ? List.of(-1L) : sites);
            w.values.put("accounts", accounts.isEmpty() ? List.of("") : accounts);
        }
        if (filter.username() != null && !filter.username().isBlank()) {
            parts.add("a.username = :username");
            w.values.put("username", filter.username().strip());
        }
        if (filter.action() != null) {
            parts.add("a.action = :action");
            w.values.put("action", filter.action());
        }
        ZoneId zone = caller.scope().zone();
        if (filter.from() != null) {
            parts.add("a.at >= :from");
            w.values.put("from", utc(filter.from().atStartOfDay(zone)));
        }
        if (filter.to() != null) {
            parts.add("a.at < :to");
            w.values.put("to", utc(filter.to().plusDays(1).atStartOfDay(zone)));
        }
        w.text = parts.isEmpty() ? "1 = 1" : String.join(" and ", parts);
        return w;
    }

    private List<Long> siteIds(Scope scope) {
        return em.createQuery("select s from Site s", org.masar.site.domain.Site.class).getResultList().stream()
                .filter(scope::includes).map(org.masar.site.domain.Site::getId).toList();
    }

    private static boolean within(AppUser user, Scope scope) {
        return !user.getSites().isEmpty() && user.getSites().stream().allMatch(scope::includes);
    }

    private static LocalDateTime utc(java.time.ZonedDateTime at) {
        return at.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static final class Where {
        String text;
        Long personId;
        String personCode;
        final Map<String, Object> values = new LinkedHashMap<>();

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            values.forEach(query::setParameter);
            return query;
        }
    }
}
