package org.masar.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Versions;

/**
 * Which failures come from another writer, with the chains EclipseLink, Connector/J and Payara
 * really produce (the first as logged by Payara when 20 clients PUT one person at once).
 */
class ContentionTest {

    /** At an explicit flush: JPA's exception around EclipseLink's batch-writing check (EclipseLink-5011). */
    private static RuntimeException staleAtFlush() {
        return new OptimisticLockException(org.eclipse.persistence.exceptions.OptimisticLockException
                .batchStatementExecutionFailure());
    }

    /** At commit, after the service method returned: Payara's @Transactional interceptor around the JTA rollback. */
    private static RuntimeException atCommit(Throwable cause) {
        RollbackException rolledBack = new RollbackException("Transaction marked for rollback.");
        rolledBack.initCause(cause);
        return new TransactionalException("Managed bean with Transactional annotation and TxType of REQUIRED"
                + " encountered exception during commit " + rolledBack, rolledBack);
    }

    /** A JDBC failure as EclipseLink reports it through JPA. */
    private static RuntimeException fromDatabase(SQLException sql) {
        return new PersistenceException(DatabaseException.sqlException(sql, null, false));
    }

    private static MySQLTransactionRollbackException deadlock() {
        return new MySQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction",
                "40001", 1213);
    }

    @Test
    void aStaleVersionFoundAtFlushOrCommitIsAConcurrentChange() {
        assertTrue(Contention.refusal(staleAtFlush()).isPresent());
        assertTrue(Contention.refusal(atCommit(staleAtFlush())).isPresent());
        assertTrue(Contention.refusal(atCommit(org.eclipse.persistence.exceptions.OptimisticLockException
                .batchStatementExecutionFailure())).isPresent());
        assertTrue(Contention.refusal(new EJBException(staleAtFlush())).isPresent(), "from an EJB");
        assertEquals("error.concurrentChange", Contention.refusal(staleAtFlush()).orElseThrow().messageKey());
    }

    @Test
    void aRefusalOfTheServiceIsKeptWithItsMessageAndVersion() {
        ConcurrentChange checked = org.junit.jupiter.api.Assertions.assertThrows(ConcurrentChange.class,
                () -> Versions.require(3, 5));
        assertSame(checked, Contention.refusal(checked).orElseThrow());
        assertSame(checked, Contention.refusal(new EJBException(checked)).orElseThrow(), "found where it is wrapped");
        assertEquals(java.util.Map.of("current", java.util.Map.of("version", 5)), checked.extras());
    }

    @Test
    void deadlocksAndLockWaitTimeoutsAreConcurrentChanges() {
        assertTrue(Contention.refusal(fromDatabase(deadlock())).isPresent());
        assertTrue(Contention.refusal(atCommit(fromDatabase(deadlock()))).isPresent());
        assertTrue(Contention.refusal(fromDatabase(new MySQLTransactionRollbackException(
                "Lock wait timeout exceeded; try restarting transaction", "40001", 1205))).isPresent());
        assertTrue(Contention.refusal(fromDatabase(new SQLException("Lock wait timeout exceeded", "HY000", 1205)))
                .isPresent(), "by MySQL's code whatever the state");
        assertTrue(Contention.refusal(fromDatabase(new SQLException("Deadlock detected", "40001", 40001))).isPresent(),
                "H2");
        assertTrue(Contention.refusal(fromDatabase(new SQLException("Timeout trying to lock table", "HYT00", 50200)))
                .isPresent(), "H2's lock timeout");
        assertTrue(Contention.refusal(new jakarta.persistence.PessimisticLockException()).isPresent());
        assertTrue(Contention.refusal(new jakarta.persistence.LockTimeoutException()).isPresent());
    }

    @Test
    void aUniqueKeyTakenByAConcurrentInsertIsAConcurrentChange() {
        assertTrue(Contention.refusal(fromDatabase(new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'CIN-01234567' for key 'uq_beneficiary_document'", "23000", 1062))).isPresent());
        assertTrue(Contention.refusal(fromDatabase(new SQLException("Unique index or primary key violation", "23505",
                23505))).isPresent(), "H2");
    }

    @Test
    void everythingElseIsNot() {
        assertTrue(Contention.refusal(fromDatabase(new SQLIntegrityConstraintViolationException(
                "Cannot add or update a child row: a foreign key constraint fails", "23000", 1452))).isEmpty());
        assertTrue(Contention.refusal(fromDatabase(new SQLSyntaxErrorException("You have an error in your SQL syntax",
                "42000", 1064))).isEmpty());
        assertTrue(Contention.refusal(atCommit(new IllegalStateException("boom"))).isEmpty());
        assertTrue(Contention.refusal(new NullPointerException()).isEmpty());
        assertTrue(Contention.refusal(new NotFound()).isEmpty(), "another refusal stays itself");
        assertTrue(Contention.refusal(new PersistenceException("connection refused")).isEmpty());
    }

    @Test
    void aChainThatLoopsOrChainsJdbcFailuresIsWalkedOnce() {
        SQLException first = new SQLException("batch failed", "HY000", 0);
        first.setNextException(deadlock());
        assertTrue(Contention.refusal(fromDatabase(first)).isPresent(), "the driver's next exception counts");
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertTrue(Contention.refusal(a).isEmpty());
    }
}
