package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masar.programme.domain.Programme;
import org.masar.security.domain.AppUser;
import org.masar.security.service.Caller;
import org.masar.shared.db.PagedQuery;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.shared.domain.Versions;
import org.masar.site.domain.Site;
import org.masar.training.domain.CompletionRule;
import org.masar.training.domain.Course;

/**
 * Planning and describing courses, and finding them as the caller may see them
 * ({@link TrainingAccess}): a course out of the caller's reach is not found.
 */
@ApplicationScoped
@Transactional
public class CourseService {

    /** What a course list sorts and filters by. */
    private static final String[] ATTRIBUTES = {"title", "topic", "startDate", "endDate", "programme.code", "site.code"};

    @PersistenceContext
    EntityManager em;

    /** The course with its programme, site and trainers, if the caller may see it. */
    public Course find(long id, Caller caller) {
        TrainingAccess.require(caller);
        Course c = em.createQuery("select c from Course c join fetch c.programme join fetch c.site where c.id = :id",
                        Course.class)
                .setParameter("id", id).getResultStream().findFirst()
                .filter(found -> TrainingAccess.sees(caller, found))
                .orElseThrow(NotFound::new);
        c.getTrainers().forEach(AppUser::getUsername);
        return c;
    }

    /** As {@link #find}, for a change: refused when the caller only reads the course. */
    public Course forChange(long id, Caller caller) {
        Course c = find(id, caller);
        TrainingAccess.requireEdit(caller, c);
        return c;
    }

    /** A page of the courses the caller sees: their sites' (managers, case workers) or those they teach (trainers). */
    public Page<Course> page(PageRequest request, Caller caller) {
        TrainingAccess.require(caller);
        if (caller.scope().isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        List<String> roots = caller.scope().rootPaths();
        boolean sites = TrainingAccess.seesSites(caller);
        Page<Course> page = PagedQuery.of(Course.class, ATTRIBUTES).defaultSort("startDate").where((cb, root) -> {
            List<Predicate> inScope = new ArrayList<>();
            roots.forEach(r -> inScope.add(cb.like(root.get("site").get("path"), PagedQuery.likePrefix(r))));
            Predicate where = cb.or(inScope.toArray(Predicate[]::new));
            return sites ? where : cb.and(where, cb.equal(root.join("trainers").get("id"), caller.id()));
        }).run(em, request);
        page.rows().forEach(c -> {
            c.getProgramme().getCode();
            c.getSite().getCode();
            c.getTrainers().forEach(AppUser::getUsername);
        });
        return page;
    }

    /** Plans a course: managers and administrators, at a site of their scope that the programme reaches. */
    public Course create(CourseForm form, Caller caller) {
        TrainingAccess.require(caller);
        if (!TrainingAccess.managesAll(caller)) {
            throw new Forbidden();
        }
        Programme programme = programme(form.programme(), caller);
        Course.Details details = details(form);
        Course c = Course.plan(programme, site(form.site(), caller), details, trainers(form.trainers()));
        em.persist(c);
        em.flush();
        return c;
    }

    /** Describes a course again, from the version the caller saw; a trainer may not change who teaches it. */
    public Course update(long id, int version, CourseForm form, Caller caller) {
        Course c = forChange(id, caller);
        Versions.require(version, c.getVersion());
        if (form.programme() != null && !form.programme().isBlank()
                && !form.programme().trim().equalsIgnoreCase(c.getProgramme().getCode())) {
            throw InvalidInput.of("programme", "training.error.programmeFixed");
        }
        List<AppUser> trainers = trainers(form.trainers());
        if (!TrainingAccess.managesAll(caller) && !ids(trainers).equals(ids(c.getTrainers()))) {
            throw new org.masar.shared.domain.FieldRefused("trainers", "training.error.trainersByManager");
        }
        c.describe(site(form.site(), caller), details(form), trainers);
        em.flush();
        return c;
    }

    private static java.util.Set<Long> ids(java.util.Collection<AppUser> users) {
        return users.stream().map(AppUser::getId).collect(java.util.stream.Collectors.toSet());
    }

    private static Course.Details details(CourseForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        CompletionRule rule = null;
        if (form.minAttendance() == null) {
            problems.put("minAttendance", "training.error.percent");
        } else {
            try {
                rule = new CompletionRule(form.minAttendance(), form.assessed(), form.passMark());
            } catch (InvalidInput wrong) {
                problems.putAll(wrong.fieldKeys());
            }
        }
        Course.Details details = new Course.Details(form.title(), form.topic(), form.trainingOfTrainers(),
                form.language(), form.plannedHours(), form.startDate(), form.endDate(), form.capacity(), rule);
        Map<String, String> all = details.problems();
        all.remove("minAttendance");
        all.putAll(problems);
        if (!all.isEmpty()) {
            throw new InvalidInput(all);
        }
        return details;
    }

    private Programme programme(String code, Caller caller) {
        return em.createQuery("select p from Programme p where p.code = :code", Programme.class)
                .setParameter("code", code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst()
                .filter(p -> p.reaches(caller.scope()))
                .orElseThrow(() -> InvalidInput.of("programme", "training.error.programme"));
    }

    private Site site(String code, Caller caller) {
        return em.createQuery("select s from Site s where s.code = :code", Site.class)
                .setParameter("code", code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst()
                .filter(s -> caller.scope().includes(s))
                .orElseThrow(() -> InvalidInput.of("site", "training.error.site"));
    }

    /** The accounts named; an unknown name is refused on the field, as one without the role is by the course. */
    List<AppUser> trainers(List<String> usernames) {
        List<AppUser> found = new ArrayList<>();
        for (String name : usernames) {
            AppUser user = user(name);
            if (user == null) {
                throw InvalidInput.of("trainers", "training.error.trainer");
            }
            if (!found.contains(user)) {
                found.add(user);
            }
        }
        return found;
    }

    AppUser user(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return em.createQuery("select u from AppUser u where u.username = :u", AppUser.class)
                .setParameter("u", username.trim()).getResultStream().findFirst().orElse(null);
    }
}
