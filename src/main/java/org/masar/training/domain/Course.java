package org.masar.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.masar.programme.domain.Programme;
import org.masar.security.domain.AppUser;
import org.masar.security.domain.Role;
import org.masar.shared.domain.InvalidInput;
import org.masar.site.domain.Site;

/**
 * A course a programme runs at one of its sites, taught by its trainers, with the rule that
 * completes it. Its participants and sessions are rows of their own.
 */
@Entity
@Table(name = "course")
public class Course {

    public static final int TITLE_MAX = 200;
    public static final int LANGUAGE_MAX = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Topic topic;

    @Column(name = "training_of_trainers", nullable = false)
    private boolean trainingOfTrainers;

    @Column(nullable = false, length = LANGUAGE_MAX)
    private String language;

    @Column(name = "planned_hours", nullable = false)
    private int plannedHours;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private int capacity;

    @Embedded
    private CompletionRule rule;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "course_trainer", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<AppUser> trainers = new LinkedHashSet<>();

    @Version
    private int version;

    protected Course() {
    }

    /** What a course is, as a form or a request gives it; checked field by field by {@link #check}. */
    public record Details(String title, Topic topic, boolean trainingOfTrainers, String language, Integer plannedHours,
                          LocalDate startDate, LocalDate endDate, Integer capacity, CompletionRule rule) {

        /** Every field that is wrong, with its message; nothing when the details read. */
        public Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (title == null || title.isBlank()) {
                problems.put("title", "training.error.title");
            } else if (title.trim().length() > TITLE_MAX) {
                problems.put("title", "training.error.titleTooLong");
            }
            if (topic == null) {
                problems.put("topic", "training.error.topic");
            }
            if (language == null || !language.trim().matches("[a-z]{2}")) {
                problems.put("language", "training.error.language");
            }
            if (plannedHours == null || plannedHours < 1 || plannedHours > 10_000) {
                problems.put("plannedHours", "training.error.hours");
            }
            if (startDate == null) {
                problems.put("startDate", "training.error.date");
            }
            if (endDate == null) {
                problems.put("endDate", "training.error.date");
            } else if (startDate != null && endDate.isBefore(startDate)) {
                problems.put("endDate", "training.error.endBeforeStart");
            }
            if (capacity == null || capacity < 1 || capacity > 10_000) {
                problems.put("capacity", "training.error.capacity");
            }
            if (rule == null) {
                problems.put("minAttendance", "training.error.percent");
            }
            return problems;
        }
    }

    /** A new course of {@code programme} at {@code site}, which the programme must reach. */
    public static Course plan(Programme programme, Site site, Details details, Collection<AppUser> trainers) {
        Course c = new Course();
        c.programme = programme;
        c.describe(site, details, trainers);
        return c;
    }

    /** Changes what the course is; refuses bad details per field, a site outside the programme and a trainer without the role. */
    public void describe(Site site, Details details, Collection<AppUser> newTrainers) {
        Map<String, String> problems = details.problems();
        if (site == null || !programme.reaches(site)) {
            problems.put("site", "training.error.site");
        }
        if (newTrainers.stream().anyMatch(u -> !u.has(Role.TRAINER) || !u.isActive())) {
            problems.put("trainers", "training.error.trainer");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        this.site = site;
        this.title = details.title().trim();
        this.topic = details.topic();
        this.trainingOfTrainers = details.trainingOfTrainers();
        this.language = details.language().trim();
        this.plannedHours = details.plannedHours();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.capacity = details.capacity();
        this.rule = details.rule();
        this.trainers.clear();
        this.trainers.addAll(newTrainers);
    }

    /** Whether this account teaches the course. */
    public boolean taughtBy(long userId) {
        return trainers.stream().anyMatch(t -> t.getId() == userId);
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Site getSite() {
        return site;
    }

    public String getTitle() {
        return title;
    }

    public Topic getTopic() {
        return topic;
    }

    public boolean isTrainingOfTrainers() {
        return trainingOfTrainers;
    }

    public String getLanguage() {
        return language;
    }

    public int getPlannedHours() {
        return plannedHours;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getCapacity() {
        return capacity;
    }

    public CompletionRule getRule() {
        return rule;
    }

    public Set<AppUser> getTrainers() {
        return java.util.Collections.unmodifiableSet(trainers);
    }

    public int getVersion() {
        return version;
    }
}
