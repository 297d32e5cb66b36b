package org.masar.shared.api;

import java.util.Map;
import java.util.function.Supplier;
import org.masar.shared.db.Contention;
import org.masar.shared.domain.ConcurrentChange;

/**
 * A write whose stale failure answers 409 with the record as it now stands ({@code current}),
 * for the client to show and retry from. Whether a failure is stale is {@link Contention}'s to
 * say, however it surfaced: a version the service checked, or a flush or commit that met another
 * writer. Without it an endpoint still answers 409 (see {@link UnexpectedExceptionMapper}), with
 * only the current version when it is known.
 */
public final class StaleWrites {

    private StaleWrites() {
    }

    /** Runs {@code write}; when another writer came first, reads {@code current} and refuses with it. */
    public static <T> T orCurrent(Supplier<T> write, Supplier<?> current) {
        try {
            return write.get();
        } catch (RuntimeException failure) {
            ConcurrentChange stale = Contention.refusal(failure).orElseThrow(() -> failure);
            throw new WithCurrent(stale.messageKey(), current.get(), failure);
        }
    }

    /** The refusal with the record as it now stands. */
    static final class WithCurrent extends ConcurrentChange {
        private final transient Object current;

        WithCurrent(String messageKey, Object current, Throwable cause) {
            super(messageKey);
            this.current = current;
            initCause(cause);
        }

        @Override
        public Map<String, Object> extras() {
            return Map.of("current", current);
        }
    }
}
