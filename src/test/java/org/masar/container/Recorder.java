package org.masar.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.masar.shared.domain.DomainEvent;

/** Test deployment only: remembers which events reached observers after success and after failure. */
@ApplicationScoped
public class Recorder {

    private final List<DomainEvent> kept = new CopyOnWriteArrayList<>();
    private final List<DomainEvent> undone = new CopyOnWriteArrayList<>();

    void afterSuccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
        kept.add(event);
    }

    void afterFailure(@Observes(during = TransactionPhase.AFTER_FAILURE) DomainEvent event) {
        undone.add(event);
    }

    public List<DomainEvent> kept() {
        return List.copyOf(kept);
    }

    public List<DomainEvent> undone() {
        return List.copyOf(undone);
    }

    public void clear() {
        kept.clear();
        undone.clear();
    }
}
