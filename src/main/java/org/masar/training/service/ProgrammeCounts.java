package org.masar.training.service;

/**
 * A programme's training as the database adds it up ({@link TrainingFigures}), before any
 * small-cell rule: its courses, the sessions held and their minutes, and its participants — a
 * place taken in a course, so that a person in two courses counts in each, as their certificates
 * do — by sex, by the donors' age bands (on today, as the funnel takes them), those who met the
 * completion rule, the certificates issued and the places in training-of-trainers courses.
 */
public record ProgrammeCounts(String code, String name, long courses, long sessionsHeld, long minutesDelivered,
                              long women, long men, long age15to17, long age18to24, long age25to35, long age36to64,
                              long met, long certificates, long trainingOfTrainers) {

    public ProgrammeCounts {
        long bands = age15to17 + age18to24 + age25to35 + age36to64;
        if (bands > women + men || met > women + men || certificates > women + men || trainingOfTrainers > women + men) {
            throw new IllegalArgumentException("more in a part than participants: " + code);
        }
    }

    public long participants() {
        return women + men;
    }

    /** Participants under 15 or over 64 today: in no donors' band, but in the total. */
    public long otherAges() {
        return participants() - age15to17 - age18to24 - age25to35 - age36to64;
    }
}
