package org.masar.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.masar.shared.db.MasarDataSource;
import org.masar.testing.Browser;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.Cookie;

/**
 * Counts the SQL statements one page view sends to the database: Masar on Payara Micro with the
 * demo data in a fresh MariaDB database, the Sfax case worker signed in, MariaDB's general log
 * on for exactly one GET of each page. Prints the count per page (and, with -Dbench.show=true,
 * the statements themselves).
 *
 * <pre>
 * mvn -q -DskipTests package
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.masar.bench.PageStatements
 * </pre>
 */
public final class PageStatements {

    private static final String USER = "sfax";

    private PageStatements() {
    }

    public static void main(String[] args) throws Exception {
        MasarServer server = MasarServer.get();
        DataSource root = MasarDataSource.create("jdbc:mysql://127.0.0.1:3306/?allowPublicKeyRetrieval=true&useSSL=false",
                server.database().user(), server.database().password());
        String db = server.database().name();
        String person;
        long enrolment;
        long pipeline;
        try (Connection c = root.getConnection(); Statement s = c.createStatement()) {
            // The Sfax person with the most history: enrolments, notes and follow-ups.
            ResultSet rs = s.executeQuery("SELECT b.code FROM " + db + ".beneficiary b JOIN " + db + ".site t ON t.id = b.site_id"
                    + " WHERE t.path LIKE '/TN/SFX/%' ORDER BY (SELECT COUNT(*) FROM " + db + ".enrolment e WHERE e.beneficiary_id = b.id)"
                    + " + (SELECT COUNT(*) FROM " + db + ".case_note n WHERE n.beneficiary_id = b.id)"
                    + " + (SELECT COUNT(*) FROM " + db + ".follow_up f WHERE f.beneficiary_id = b.id) DESC, b.id LIMIT 1");
            rs.next();
            person = rs.getString(1);
            rs = s.executeQuery("SELECT e.id, e.pipeline_id FROM " + db + ".enrolment e JOIN " + db + ".beneficiary b"
                    + " ON b.id = e.beneficiary_id WHERE b.code = '" + person + "' ORDER BY e.id LIMIT 1");
            rs.next();
            enrolment = rs.getLong(1);
            pipeline = rs.getLong(2);
        }
        String session;
        try (Browser browser = new Browser(server)) {
            browser.signIn(USER, "masar-demo");
            Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
            session = cookie.getValue();
        }
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("profile", "/beneficiary/view.xhtml?code=" + person);
        pages.put("enrolment", "/enrolment/view.xhtml?id=" + enrolment);
        pages.put("enrolment list", "/enrolment/list.xhtml?pipeline=" + pipeline);
        pages.put("board", "/enrolment/board.xhtml?pipeline=" + pipeline);
        pages.put("funnel", "/report/funnel.xhtml?pipeline=" + pipeline);
        pages.put("caseload", "/enrolment/caseload.xhtml");
        System.out.printf("user %s, person %s, enrolment %d, pipeline %d%n", USER, person, enrolment, pipeline);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            // Once to warm up (first use of a page compiles it), then counted.
            Http.download(server.url(page.getValue()), session);
            Map<String, Integer> kinds = GeneralLog.count(root, () -> {
                HttpResponse<byte[]> answer = Http.download(server.url(page.getValue()), session);
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(page.getKey() + " answered " + answer.statusCode());
                }
            });
            int total = GeneralLog.total(kinds);
            System.out.printf("%-15s %4d statements %s%n", page.getKey(), total, kinds);
        }
        System.exit(0);
    }
}
