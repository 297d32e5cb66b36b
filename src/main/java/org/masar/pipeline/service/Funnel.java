package org.masar.pipeline.service;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.masar.beneficiary.domain.Sex;
import org.masar.pipeline.domain.DropReason;

/** Counts of a funnel, as {@link EnrolmentQueries#funnel} reads them: keyed by stage id; drop reasons across the pipeline. */
public final class Funnel {
    private final Map<Long, long[]> reached = new HashMap<>();
    private final Map<Long, Long> droppedAt = new HashMap<>();
    private final Map<DropReason, long[]> reasons = new TreeMap<>();

    void reached(Long stage, Sex sex, long n) {
        long[] bySex = reached.computeIfAbsent(stage, k -> new long[2]);
        bySex[sex == Sex.F ? 0 : 1] += n;
    }

    void dropped(Long stage, DropReason reason, Sex sex, long n) {
        droppedAt.merge(stage, n, Long::sum);
        long[] bySex = reasons.computeIfAbsent(reason == null ? DropReason.OTHER : reason, k -> new long[2]);
        bySex[sex == Sex.F ? 0 : 1] += n;
    }

    public long reached(long stageId) {
        long[] n = reached.get(stageId);
        return n == null ? 0 : n[0] + n[1];
    }

    public long reached(long stageId, Sex sex) {
        long[] n = reached.get(stageId);
        return n == null ? 0 : n[sex == Sex.F ? 0 : 1];
    }

    public long droppedAt(long stageId) {
        return droppedAt.getOrDefault(stageId, 0L);
    }

    public Map<DropReason, long[]> reasons() {
        return reasons;
    }
}
