package org.masar.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.masar.pipeline.domain.Evidence;

/**
 * A test-only evidence source, standing for the modules' own (training's attendance, and the
 * others): it says, of each person, what the test told it to, and of others that no record meets
 * the criterion. Its summary keys are of no bundle, so they read as the keys themselves.
 */
@ApplicationScoped
public class TestEvidenceSource implements EvidenceSource {

    public static final String KEY = "test.attendance";
    /** "attendance {0} % of {1} sessions, rule {2} %", in a real source's bundle. */
    public static final String SUMMARY = "test.attendance.summary";

    private final Map<Long, Evidence> byPerson = new ConcurrentHashMap<>();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "test.attendance.name";
    }

    @Override
    public Evidence evidence(EvidenceSubject subject) {
        return byPerson.getOrDefault(subject.personId(), Evidence.unmet(null, null, "test.attendance.none"));
    }

    /** From now on, the records of person {@code personId} say {@code evidence}. */
    public void says(long personId, Evidence evidence) {
        byPerson.put(personId, evidence);
    }

    public void clear() {
        byPerson.clear();
    }
}
