package org.masar.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Masar's persistence unit outside the server: the same entities and EclipseLink, against a
 * test database, with transactions the test opens itself around each service call.
 */
public final class Jpa implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final EntityManager em;

    public Jpa(TestDatabase database) {
        this(database.dataSource());
    }

    /** Over a data source of the caller's, such as a {@link PooledDataSource} for benchmarks. */
    public Jpa(javax.sql.DataSource dataSource) {
        this(dataSource, Map.of());
    }

    /** With persistence properties of the caller's on top, such as a benchmark's SQL log. */
    public Jpa(javax.sql.DataSource dataSource, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.target-server", "None");
        properties.put("eclipselink.logging.level", "WARNING");
        properties.putAll(extra);
        factory = Persistence.createEntityManagerFactory("masar", properties);
        em = factory.createEntityManager();
    }

    public EntityManager em() {
        return em;
    }

    /** A second, independent entity manager: another user's session. */
    public EntityManager newEntityManager() {
        return factory.createEntityManager();
    }

    public <T> T tx(Supplier<T> work) {
        return tx(em, work);
    }

    public void run(Runnable work) {
        tx(em, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T tx(EntityManager em, Supplier<T> work) {
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.get();
            tx.commit();
            return result;
        } catch (RuntimeException failure) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw failure;
        } finally {
            em.clear();
        }
    }

    @Override
    public void close() {
        em.close();
        factory.close();
    }
}
