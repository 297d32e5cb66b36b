package org.masar.training.service;

import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Forbidden;
import org.masar.training.domain.Course;

/**
 * Who sees and changes courses. Site scope comes first, always. Managers and administrators see
 * and change every course of their sites and alone plan new ones; case workers see the courses of
 * their sites, read-only; a trainer sees and changes only the courses they teach, and of their
 * participants only codes and names. Donors and auditors see no course (aggregates only). A course
 * the caller may not see is, for them, not there.
 *
 * <p>Training in figures (counts only, {@link TrainingFigures}) is for donors and auditors, managers,
 * administrators and case workers, over their sites' courses. A trainer alone is refused it: the
 * counts of one or two courses of their own would be those of people they know by name, which
 * their course pages already show them.
 */
public final class TrainingAccess {

    private TrainingAccess() {
    }

    /** Whether the caller works with courses at all. */
    public static boolean canSee(Caller caller) {
        return managesAll(caller) || caller.has(Role.CASE_WORKER) || caller.has(Role.TRAINER);
    }

    /** Whether the caller may read training in figures. */
    public static boolean seesFigures(Caller caller) {
        return seesSites(caller) || caller.has(Role.DONOR_VIEWER);
    }

    public static Caller requireFigures(Caller caller) {
        if (!seesFigures(caller)) {
            throw new Forbidden();
        }
        return caller;
    }

    public static Caller require(Caller caller) {
        if (!canSee(caller)) {
            throw new Forbidden();
        }
        return caller;
    }

    /** Managers and administrators: every course of their sites, and planning new ones. */
    public static boolean managesAll(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.MANAGER);
    }

    /** Whether the caller sees every course of their sites, not only those they teach. */
    public static boolean seesSites(Caller caller) {
        return managesAll(caller) || caller.has(Role.CASE_WORKER);
    }

    public static boolean sees(Caller caller, Course course) {
        if (!caller.scope().includes(course.getSite())) {
            return false;
        }
        return seesSites(caller) || teaches(caller, course);
    }

    public static boolean edits(Caller caller, Course course) {
        return caller.scope().includes(course.getSite()) && (managesAll(caller) || teaches(caller, course));
    }

    private static boolean teaches(Caller caller, Course course) {
        return caller.has(Role.TRAINER) && course.taughtBy(caller.id());
    }

    /** Refuses a change of a course the caller sees but may not change (a case worker's). */
    public static void requireEdit(Caller caller, Course course) {
        if (!edits(caller, course)) {
            throw new ReadOnly();
        }
    }

    /** The caller sees the course but may not change it. */
    public static final class ReadOnly extends Forbidden {
        ReadOnly() {
            super("training.error.readOnly");
        }
    }
}
