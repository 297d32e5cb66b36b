package org.masar.shared.db;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.masar.shared.domain.ConcurrentChange;

/**
 * Tells a failure caused by another writer of the same rows from any other, whatever wraps it.
 * Another writer shows as a stale version found at flush or commit (JPA's and EclipseLink's
 * optimistic-lock exceptions), a deadlock or a lock wait that timed out, a unique key taken by
 * an insert that committed first; the container wraps these in a PersistenceException,
 * EclipseLink's DatabaseException, a RollbackException, a TransactionalException or an
 * EJBException, depending on where the transaction ended. Pages ({@code Faces.attempt}) and the
 * REST API ({@code UnexpectedExceptionMapper}) both ask here, so that every stale write, on any
 * page or endpoint, is told as a {@link ConcurrentChange} (409), and everything else stays an
 * error.
 */
public final class Contention {

    /** SQL standard (MySQL, MariaDB, H2): the transaction was chosen to roll back, as a deadlock's victim. */
    private static final String SERIALIZATION_FAILURE = "40001";
    /** SQL standard (H2, PostgreSQL): a unique key already holds the value. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** H2: a lock was not granted in time. */
    private static final String H2_LOCK_TIMEOUT = "HYT00";
    /** MySQL and MariaDB error codes: deadlock, lock wait timeout, duplicate key (twice). */
    private static final Set<Integer> MYSQL_CODES = Set.of(1213, 1205, 1062, 1586);

    private Contention() {
    }

    /**
     * The refusal to tell when {@code failure}, or anything among its causes, comes from another
     * writer: the {@link ConcurrentChange} itself when a service threw one, a plain one otherwise.
     */
    public static Optional<ConcurrentChange> refusal(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
            if (t instanceof ConcurrentChange stale) {
                return Optional.of(stale);
            }
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException
                    || t instanceof SQLException sql && contended(sql)) {
                return Optional.of(new ConcurrentChange());
            }
        }
        return Optional.empty();
    }

    private static boolean contended(SQLException sql) {
        String state = sql.getSQLState();
        return SERIALIZATION_FAILURE.equals(state) || UNIQUE_VIOLATION.equals(state) || H2_LOCK_TIMEOUT.equals(state)
                || MYSQL_CODES.contains(sql.getErrorCode());
    }

    /** The cause; for a JDBC failure without one, the next exception the driver chained; for an EJB one, what it wraps. */
    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        if (t instanceof jakarta.ejb.EJBException ejb) {
            return ejb.getCausedByException();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }
}
