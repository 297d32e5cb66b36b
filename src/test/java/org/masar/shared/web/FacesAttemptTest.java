package org.masar.shared.web;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

/**
 * What Faces.attempt does not turn into a message: a failure that is no refusal and no other
 * writer's change (ContentionTest) goes on, unchanged, to the error page. (What it does show
 * needs a running page: Faces' messages need a view.)
 */
class FacesAttemptTest {

    @Test
    void aFailureThatIsNoConflictGoesOnToTheErrorPage() {
        IllegalStateException broken = new IllegalStateException("a bug");
        assertSame(broken, assertThrows(IllegalStateException.class, () -> Faces.attempt("form", () -> {
            throw broken;
        })));
        TransactionalException atCommit = new TransactionalException("exception during commit",
                new jakarta.transaction.RollbackException("rolled back"));
        assertSame(atCommit, assertThrows(TransactionalException.class, () -> Faces.attempt("form", () -> {
            throw atCommit;
        })));
        assertTrue(Faces.attempt("form", () -> { }));
    }
}
