package org.masar.training.domain;

import java.util.Collection;

/**
 * A participant's marks over the held sessions that count for them (those on or after the day
 * they joined). A held session without a mark for them counts as ABSENT: the grid shows everyone,
 * and a trainer who leaves someone unmarked did not see them there.
 */
public record Tally(int present, int late, int excused, int absent) {

    public Tally {
        if (present < 0 || late < 0 || excused < 0 || absent < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public static final Tally NONE = new Tally(0, 0, 0, 0);

    /** The marks of the held sessions that count, null standing for a session without a mark. */
    public static Tally of(Collection<Mark> marks) {
        int p = 0;
        int l = 0;
        int e = 0;
        int a = 0;
        for (Mark m : marks) {
            switch (m == null ? Mark.ABSENT : m) {
                case PRESENT -> p++;
                case LATE -> l++;
                case EXCUSED -> e++;
                case ABSENT -> a++;
            }
        }
        return new Tally(p, l, e, a);
    }

    public int held() {
        return present + late + excused + absent;
    }

    /** Present or late. */
    public int attended() {
        return present + late;
    }

    /** The sessions the rate is taken over: held, less the excused ones. */
    public int counted() {
        return attended() + absent;
    }

    /** Attendance in whole percent, rounded down (so that a rate shown as 80 never hides 79.9); null when no session counts yet. */
    public Integer percent() {
        return counted() == 0 ? null : attended() * 100 / counted();
    }
}
