package org.masar.container;

/** The container tier's database, one per build (pom.xml), which its tests drop when they end. */
final class ContainerDatabase {

    private static boolean registered;

    private ContainerDatabase() {
    }

    /**
     * On the test runner's side only (the server has no such property): drops this tier's database
     * when the runner's JVM ends, once however many container tests ask.
     */
    static synchronized void dropAtExit() {
        String database = System.getProperty("masar.container.database");
        if (database == null || registered) {
            return;
        }
        registered = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var c = org.masar.shared.db.MasarDataSource.create(
                    "jdbc:mysql://127.0.0.1:3306/?allowPublicKeyRetrieval=true&useSSL=false", "root", "").getConnection()) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + database);
            } catch (java.sql.SQLException e) {
                System.err.println("Could not drop " + database + ": " + e.getMessage());
            }
        }));
    }
}
