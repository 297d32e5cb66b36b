package org.masar.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A participant's mark at one session; changed only through a save of the session's grid. */
@Entity
@Table(name = "attendance_mark")
public class AttendanceMark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", updatable = false)
    private CourseSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Mark mark;

    protected AttendanceMark() {
    }

    public AttendanceMark(CourseSession session, Participant participant, Mark mark) {
        this.session = session;
        this.participant = participant;
        this.mark = mark;
    }

    /** Sets the mark; true when it changed. */
    public boolean mark(Mark newMark) {
        boolean changed = mark != newMark;
        mark = newMark;
        return changed;
    }

    public Long getId() {
        return id;
    }

    public CourseSession getSession() {
        return session;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Mark getMark() {
        return mark;
    }
}
