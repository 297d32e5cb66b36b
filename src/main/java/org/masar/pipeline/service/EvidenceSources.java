package org.masar.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.Evidence;
import org.masar.pipeline.domain.Stage;

/**
 * The evidence sources deployed, as the modules contribute them, and what they say of an
 * enrolment's next criteria: for the move itself, and for the screens and the API that show
 * each criterion as met or not before the move.
 */
@ApplicationScoped
@jakarta.transaction.Transactional
public class EvidenceSources {

    @Inject
    @Any
    Instance<EvidenceSource> sources;

    /** The sources deployed, by key. */
    public List<EvidenceSource> available() {
        return StreamSupport.stream(sources.spliterator(), false)
                .sorted(Comparator.comparing(EvidenceSource::key)).toList();
    }

    public Optional<EvidenceSource> find(String key) {
        return available().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /**
     * What the records say of each active criterion bound to evidence of {@code stages}, in
     * checklist order; a criterion whose source is not deployed is unmet and says so.
     */
    public Map<Criterion, Evidence> of(Enrolment enrolment, Collection<Stage> stages) {
        Map<Criterion, Evidence> evidence = new LinkedHashMap<>();
        EvidenceSubject subject = EvidenceSubject.of(enrolment);
        for (Stage stage : stages) {
            for (Criterion c : stage.activeCriteria()) {
                if (c.isEvidenceBound()) {
                    evidence.put(c, find(c.getEvidenceSource()).map(s -> s.evidence(subject))
                            .orElseGet(() -> Evidence.sourceAbsent(c.getEvidenceSource())));
                }
            }
        }
        return evidence;
    }

    /** {@link #of} for the one stage a move enters. */
    public Map<Criterion, Evidence> of(Enrolment enrolment, Stage to) {
        return of(enrolment, List.of(to));
    }
}
