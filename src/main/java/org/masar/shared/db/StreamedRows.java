package org.masar.shared.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaCriteriaBuilder;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.jpa.JpaQuery;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.DatabaseRecord;

/**
 * Runs a query of columns (a criteria or JPQL multiselect, built with the same predicates as the
 * lists) as one statement whose rows stream from the database, for exports of any size: nothing
 * but the current row is held, in the driver or in the persistence context.
 *
 * <p>EclipseLink writes the SQL and its bound values; the statement is run here because
 * EclipseLink passes on only positive fetch sizes, and MySQL's Connector/J streams a result only
 * with {@code Integer.MIN_VALUE} (any other size without {@code useCursorFetch} reads the whole
 * result into memory first). While it streams, the connection can send nothing else: read what
 * the rows refer to (sites, stages…) before.
 */
public final class StreamedRows {

    /** Reads one row of the result; called once per row, in the query's order. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private StreamedRows() {
    }

    /**
     * A column of {@code from}'s table, such as a foreign key, selected as it is: {@code b.get("site").get("id")}
     * would join the site table, and with it let the database start from the sites and sort every row.
     */
    public static <T> Expression<T> column(CriteriaBuilder cb, Path<?> from, String column, Class<T> type) {
        JpaCriteriaBuilder eclipseLink = (JpaCriteriaBuilder) cb;
        return eclipseLink.fromExpression(eclipseLink.toExpression(from).getField(column), type);
    }

    /** Runs {@code query} in the caller's transaction and hands every row to {@code reader}; returns how many. */
    public static int forEach(EntityManager em, Query query, RowReader reader) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("a streamed query needs a transaction");
        }
        AbstractSession session = (AbstractSession) em.unwrap(JpaEntityManager.class).getActiveSession();
        DatabaseQuery prepared = query.unwrap(JpaQuery.class).getDatabaseQuery();
        DatabaseRecord noArguments = new DatabaseRecord();
        prepared.prepareCall(session, noArguments);
        DatabaseCall call = (DatabaseCall) prepared.getCall().clone();
        call.translate(noArguments, null, session);
        try (PreparedStatement statement = connection.prepareStatement(call.getSQLString(),
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            List<Object> values = call.getParameters();
            for (int i = 0; i < values.size(); i++) {
                session.getPlatform().setParameterValueInDatabaseCall(values.get(i), statement, i + 1, session);
            }
            statement.setFetchSize(streamingFetchSize(connection));
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    reader.read(result);
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** MySQL's row-at-a-time mode; H2 (embedded, which reads its result in its own pages) takes a plain size. */
    private static int streamingFetchSize(Connection connection) throws SQLException {
        return "MySQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName()) ? Integer.MIN_VALUE : 1000;
    }
}
