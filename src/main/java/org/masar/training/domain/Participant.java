package org.masar.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.masar.pipeline.domain.Enrolment;
import org.masar.shared.domain.InvalidInput;

/**
 * A person in a course, through their enrolment in the programme's TRAINING pipeline. Sessions
 * held before {@code joinedOn} do not count for them.
 */
@Entity
@Table(name = "course_participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", updatable = false)
    private Enrolment enrolment;

    @Column(name = "joined_on", nullable = false, updatable = false)
    private LocalDate joinedOn;

    @Column(name = "added_by", nullable = false, updatable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private LocalDateTime addedAt;

    private Integer score;

    @Version
    private int version;

    protected Participant() {
    }

    public Participant(Course course, Enrolment enrolment, LocalDate joinedOn, String addedBy, LocalDateTime addedAt) {
        this.course = course;
        this.enrolment = enrolment;
        this.joinedOn = joinedOn;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** The assessment's score, 0 to 100, or none; only a course with an assessment takes one. */
    public void score(Integer newScore) {
        if (newScore != null && !course.getRule().isAssessed()) {
            throw new org.masar.shared.domain.FieldRefused("score", "training.error.notAssessed");
        }
        if (newScore != null && (newScore < 0 || newScore > 100)) {
            throw InvalidInput.of("score", "training.error.percent");
        }
        this.score = newScore;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }

    public Integer getScore() {
        return score;
    }

    public int getVersion() {
        return version;
    }
}
