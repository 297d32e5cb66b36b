package org.masar.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.service.BeneficiaryExport;
import org.masar.beneficiary.service.BeneficiaryFilter;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.EnrolmentExport;
import org.masar.pipeline.service.EnrolmentFilter;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.i18n.Texts;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Zones;
import org.masar.testing.Jpa;
import org.masar.testing.PooledDataSource;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Masar's two big Excel exports against plain JDBC → POI SXSSF programs writing the same sheets,
 * timed alternately in one run. Generates the people (and their enrolments with histories) with
 * {@link MillionPeople} in a fresh database, then, per round, writes with Masar's own export
 * services (as the download endpoint runs them, for a manager over every site) and with the
 * reference programs; reads every file back with POI's streaming reader and checks that Masar's
 * and the reference's hold the same cells (every row, every value as Excel shows it); prints the
 * medians, their ratio, the rows, the SQL statements each export sent (counted at the JDBC
 * driver) and the peak heap while it ran.
 *
 * <pre>MAVEN_OPTS=-Xmx256m mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.masar.bench.ExportBenchmark</pre>
 * exec:java runs in Maven's own JVM, so MAVEN_OPTS sets the exports' heap. Optional:
 * -Dbench.rows=100000 -Dbench.enrolments=30000 -Dbench.rounds=5; -Dbench.show=true prints every statement sent.
 */
public final class ExportBenchmark {

    private static final Locale LOCALE = Locale.ENGLISH;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        int enrolmentCount = Math.min(Integer.getInteger("bench.enrolments", 30_000), rows / 3);
        int rounds = Integer.getInteger("bench.rounds", 5);
        Path dir = Files.createDirectories(Path.of("target", "export-bench"));
        TestDatabase db = TestDatabase.create("export");
        Counting counting = new Counting(new PooledDataSource(db.dataSource()));
        HeapWatch heap = new HeapWatch();
        try (Jpa jpa = new Jpa(counting)) {
            long start = System.nanoTime();
            MillionPeople.people(db, rows);
            MillionPeople.enrolments(db, jpa, enrolmentCount);
            System.out.printf("Generated %,d people (with consents and groups) and %,d enrolments with histories in %.1f s"
                    + "; heap limit %,d MB%n", rows, enrolmentCount, (System.nanoTime() - start) / 1e9,
                    Runtime.getRuntime().maxMemory() >> 20);
            var sites = Wiring.sites(jpa);
            Caller manager = new Caller(0, "manager", "manager", Set.of(Role.MANAGER),
                    Scope.of(jpa.tx(() -> sites.byCodes(List.of("TN", "IT", "MA")))), "en");
            BeneficiaryExport people = Wiring.beneficiaryExport(jpa);
            EnrolmentExport enrolments = Wiring.enrolmentExport(jpa);
            EnrolmentFilter everyEnrolment = new EnrolmentFilter(null, null, null, null, null, null, null, null, false, null);
            List<Export> exports = List.of(
                    new Export("people: Masar", dir.resolve("people-masar.xlsx"),
                            out -> jpa.tx(() -> people.write(BeneficiaryFilter.none(), manager, LOCALE, out))),
                    new Export("people: JDBC → SXSSF", dir.resolve("people-reference.xlsx"),
                            out -> referencePeople(counting, out)),
                    new Export("enrolments: Masar", dir.resolve("enrolments-masar.xlsx"),
                            out -> jpa.tx(() -> enrolments.write(everyEnrolment, manager, LOCALE, out))),
                    new Export("enrolments: JDBC → SXSSF", dir.resolve("enrolments-reference.xlsx"),
                            out -> referenceEnrolments(counting, CaseWorkAccess.types(manager), out)));
            for (Export e : exports) {
                e.run(counting, heap, false); // warm-up, not counted
            }
            for (int round = 0; round < rounds; round++) {
                for (Export e : exports) {
                    e.run(counting, heap, true);
                }
            }
            System.out.printf("%n%-26s %10s %10s %8s %12s %12s %14s%n", "export (" + rounds + " rounds)", "median ms",
                    "max ms", "ratio", "rows", "statements", "peak heap MB");
            for (int i = 0; i < exports.size(); i += 2) {
                Export masar = exports.get(i);
                Export reference = exports.get(i + 1);
                for (Export e : List.of(masar, reference)) {
                    System.out.printf("%-26s %10.0f %10.0f %8s %,12d %,12d %14d%n", e.name, e.median(), e.max(),
                            e == masar ? String.format("%.2f×", masar.median() / reference.median()) : "",
                            e.rows, e.statements, e.peakHeap >> 20);
                }
                Sheets a = Sheets.read(masar.file);
                Sheets b = Sheets.read(reference.file);
                boolean same = a.equals(b);
                System.out.printf("  files read back: %s; Masar %s, reference %s%n", same ? "SAME cells" : "DIFFERENT",
                        a.counts, b.counts);
                if (!same) {
                    System.out.println("  first difference: " + Sheets.firstDifference(masar.file, reference.file));
                }
                if (masar.rows != reference.rows) {
                    System.out.println("  row counts differ");
                }
            }
        } finally {
            heap.stop();
            counting.close();
        }
    }

    /** One export timed repeatedly: its file, times, rows written, statements and peak heap of the last run. */
    private static final class Export {
        final String name;
        final Path file;
        final Writer writer;
        final List<Double> times = new ArrayList<>();
        int rows;
        long statements;
        long peakHeap;

        Export(String name, Path file, Writer writer) {
            this.name = name;
            this.file = file;
            this.writer = writer;
        }

        void run(Counting counting, HeapWatch heap, boolean counted) throws IOException {
            System.gc();
            long before = counting.statements.get();
            heap.reset();
            long t = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                rows = writer.write(out);
            }
            double ms = (System.nanoTime() - t) / 1e6;
            peakHeap = Math.max(peakHeap, heap.peak());
            statements = counting.statements.get() - before;
            if (counted) {
                times.add(ms);
            }
        }

        double median() {
            List<Double> sorted = times.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        double max() {
            return times.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    @FunctionalInterface
    private interface Writer {
        int write(OutputStream out) throws IOException;
    }

    // ---------------------------------------------------------------- the reference programs

    /** One site as the reference reads it: its name in the reader's language and its today. */
    private record SiteInfo(String name, LocalDate today) {
    }

    private static Map<Long, SiteInfo> sites(Connection c) throws SQLException {
        Map<Long, SiteInfo> sites = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT id, name, name_fr, name_ar, name_it, country_code FROM site")) {
            while (r.next()) {
                String name = switch (LOCALE.getLanguage()) {
                    case "fr" -> r.getString(3);
                    case "ar" -> r.getString(4);
                    case "it" -> r.getString(5);
                    default -> r.getString(2);
                };
                sites.put(r.getLong(1), new SiteInfo(name == null ? r.getString(2) : name,
                        LocalDate.now(Wiring.CLOCK.withZone(Zones.of(r.getString(6))))));
            }
        }
        return sites;
    }

    /** The reference's workbook: the same styles, window, frozen bold header and widths as Masar's sheets. */
    private static final class Book implements AutoCloseable {
        final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        final CellStyle header = workbook.createCellStyle();
        final CellStyle date = workbook.createCellStyle();
        final CellStyle dateTime = workbook.createCellStyle();

        Book() {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        }

        SXSSFSheet sheet(String titleKey, String prefix, String[] keys, int[] widths) {
            SXSSFSheet sheet = workbook.createSheet(Texts.get(LOCALE, titleKey));
            Row top = sheet.createRow(0);
            for (int i = 0; i < keys.length; i++) {
                top.createCell(i).setCellValue(Texts.get(LOCALE, prefix + keys[i]));
                top.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            return sheet;
        }

        static void text(Row row, int i, String value) {
            row.createCell(i).setCellValue(value == null ? "" : value);
        }

        void date(Row row, int i, LocalDate value) {
            var cell = row.createCell(i);
            if (value != null) {
                cell.setCellValue(value);
                cell.setCellStyle(date);
            }
        }

        void dateTime(Row row, int i, LocalDateTime value) {
            var cell = row.createCell(i);
            if (value != null) {
                cell.setCellValue(value);
                cell.setCellStyle(dateTime);
            }
        }

        static void finish(SXSSFSheet sheet, int rows, int columns) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, columns - 1));
        }

        @Override
        public void close() throws IOException {
            workbook.dispose();
            workbook.close();
        }
    }

    /** Opens a statement that streams its rows (MySQL's row-at-a-time mode), read-only and forward-only. */
    private static PreparedStatement streamed(Connection c, String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        s.setFetchSize(Integer.MIN_VALUE);
        return s;
    }

    private static final String[] PEOPLE = {"code", "lastName", "firstName", "arabicName", "sex", "birthDate", "ageBand",
        "site", "nationality", "residenceCountry", "phone", "email", "documentType", "documentNumber", "educationLevel",
        "employmentStatus", "disability", "groups", "consentPurposes"};
    private static final int[] PEOPLE_WIDTHS = {16, 16, 16, 30, 6, 12, 10, 16, 8, 8, 16, 24, 12, 16, 16, 16, 10, 30, 30};

    /** The registry sheet for a manager: one streamed query of people with their groups and active consents. */
    private static int referencePeople(DataSource data, OutputStream out) throws IOException {
        try (Connection c = data.getConnection(); Book book = new Book()) {
            Map<Long, SiteInfo> sites = sites(c);
            SXSSFSheet sheet = book.sheet("beneficiary.list.title", "beneficiary.export.", PEOPLE, PEOPLE_WIDTHS);
            int n = 0;
            try (PreparedStatement s = streamed(c, "SELECT b.id, b.code, b.last_name, b.first_name, b.arabic_name, b.sex,"
                    + " b.birth_date, b.site_id, b.nationality, b.residence_country, b.phone, b.email, b.document_type,"
                    + " b.document_number, b.education_level, b.employment_status, b.disability, g.grp, c.purpose"
                    + " FROM beneficiary b LEFT JOIN beneficiary_group g ON g.beneficiary_id = b.id"
                    + " LEFT JOIN consent c ON c.beneficiary_id = b.id AND c.withdrawn_on IS NULL"
                    + " WHERE b.merged_into_id IS NULL ORDER BY b.id");
                 ResultSet r = s.executeQuery()) {
                Object[] person = null;
                long current = -1;
                Set<BeneficiaryGroup> groups = EnumSet.noneOf(BeneficiaryGroup.class);
                Set<ConsentPurpose> consents = EnumSet.noneOf(ConsentPurpose.class);
                while (true) {
                    boolean more = r.next();
                    long id = more ? r.getLong(1) : -2;
                    if (id != current && person != null) {
                        writePerson(book, sheet.createRow(++n), person, sites, groups, consents);
                        groups.clear();
                        consents.clear();
                    }
                    if (!more) {
                        break;
                    }
                    if (id != current) {
                        current = id;
                        person = new Object[17];
                        for (int i = 2; i <= 17; i++) {
                            person[i - 1] = i == 7 ? r.getObject(i, LocalDate.class) : i == 8 ? r.getLong(i)
                                    : i == 17 ? r.getBoolean(i) : r.getString(i);
                        }
                    }
                    String group = r.getString(18);
                    if (group != null) {
                        groups.add(BeneficiaryGroup.valueOf(group));
                    }
                    String purpose = r.getString(19);
                    if (purpose != null) {
                        consents.add(ConsentPurpose.valueOf(purpose));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Book.finish(sheet, n, PEOPLE.length);
            book.workbook.write(out);
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writePerson(Book book, Row row, Object[] p, Map<Long, SiteInfo> sites,
                                    Set<BeneficiaryGroup> groups, Set<ConsentPurpose> consents) {
        SiteInfo site = sites.get((Long) p[7]);
        LocalDate birth = (LocalDate) p[6];
        AgeBand band = AgeBand.of(birth, site.today());
        Book.text(row, 0, (String) p[1]);
        Book.text(row, 1, (String) p[2]);
        Book.text(row, 2, (String) p[3]);
        Book.text(row, 3, (String) p[4]);
        Book.text(row, 4, (String) p[5]);
        book.date(row, 5, birth);
        Book.text(row, 6, band == null ? "" : Texts.get(LOCALE, "ageBand." + band.name()));
        Book.text(row, 7, site.name());
        Book.text(row, 8, (String) p[8]);
        Book.text(row, 9, (String) p[9]);
        Book.text(row, 10, (String) p[10]);
        Book.text(row, 11, (String) p[11]);
        Book.text(row, 12, (String) p[12]);
        Book.text(row, 13, (String) p[13]);
        Book.text(row, 14, Texts.get(LOCALE, "education." + p[14]));
        Book.text(row, 15, Texts.get(LOCALE, "employment." + p[15]));
        row.createCell(16).setCellValue((Boolean) p[16]);
        Book.text(row, 17, groups.stream().map(Enum::name).collect(Collectors.joining(", ")));
        Book.text(row, 18, consents.stream().map(Enum::name).collect(Collectors.joining(", ")));
    }

    private static final String[] ENROLMENTS = {"id", "code", "lastName", "firstName", "sex", "ageBand", "site",
        "programme", "pipeline", "cohort", "stage", "status", "dropReason", "startDate", "stageSince", "daysInStage",
        "stuck", "caseWorker"};
    private static final int[] ENROLMENT_WIDTHS = {12, 16, 16, 16, 6, 10, 16, 14, 14, 20, 18, 12, 14, 12, 17, 12, 10, 18};
    private static final String[] MOVES = {"id", "code", "at", "action", "from", "to", "statusAfter", "by", "reasonCode",
        "note", "criteria", "override"};
    private static final int[] MOVE_WIDTHS = {12, 16, 17, 12, 18, 18, 12, 12, 14, 30, 30, 30};

    private record StageInfo(String name, Integer expectedDays) {
    }

    private record CriterionInfo(String name, String english, int position) {
    }

    private static String localName(ResultSet r, int en) throws SQLException {
        String name = switch (LOCALE.getLanguage()) {
            case "fr" -> r.getString(en + 1);
            case "ar" -> r.getString(en + 2);
            case "it" -> r.getString(en + 3);
            default -> r.getString(en);
        };
        return name == null ? r.getString(en) : name;
    }

    /**
     * The enrolment list for a manager with every move: definitions read once into maps, then
     * one streamed query of enrolments and one of their history lines (with the criteria each met).
     */
    private static int referenceEnrolments(DataSource data, Set<PipelineType> types, OutputStream out) throws IOException {
        try (Connection c = data.getConnection(); Book book = new Book(); Statement s = c.createStatement()) {
            Map<Long, SiteInfo> sites = sites(c);
            Map<Long, StageInfo> stages = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT id, name_en, name_fr, name_ar, name_it, expected_days FROM stage")) {
                while (r.next()) {
                    stages.put(r.getLong(1), new StageInfo(localName(r, 2), (Integer) r.getObject(6, Integer.class)));
                }
            }
            Map<Long, String[]> pipelines = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT p.id, m.code, p.type FROM pipeline p JOIN programme m ON m.id = p.programme_id")) {
                while (r.next()) {
                    pipelines.put(r.getLong(1), new String[] {r.getString(2), Texts.get(LOCALE, "pipeline.type." + r.getString(3))});
                }
            }
            Map<Long, String> users = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT id, full_name FROM app_user")) {
                while (r.next()) {
                    users.put(r.getLong(1), r.getString(2));
                }
            }
            Map<Long, CriterionInfo> criteria = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT id, name_en, name_fr, name_ar, name_it, position FROM stage_criterion")) {
                while (r.next()) {
                    criteria.put(r.getLong(1), new CriterionInfo(localName(r, 2), r.getString(2), r.getInt(6)));
                }
            }
            String where = " FROM enrolment e JOIN beneficiary b ON b.id = e.beneficiary_id JOIN pipeline p ON p.id = e.pipeline_id"
                    + " WHERE (e.drop_reason IS NULL OR e.drop_reason <> 'MERGED') AND p.type IN ("
                    + types.stream().map(t -> "'" + t.name() + "'").collect(Collectors.joining(", ")) + ")";
            SXSSFSheet sheet = book.sheet("enrolment.export.sheet", "enrolment.export.", ENROLMENTS, ENROLMENT_WIDTHS);
            SXSSFSheet moves = book.sheet("enrolment.export.historySheet", "enrolment.export.", MOVES, MOVE_WIDTHS);
            int n = 0;
            try (PreparedStatement q = streamed(c, "SELECT e.id, b.code, b.last_name, b.first_name, b.sex, b.birth_date,"
                    + " b.site_id, e.pipeline_id, e.cohort, e.current_stage_id, e.status, e.drop_reason, e.start_date,"
                    + " e.stage_since, e.case_worker_id" + where + " ORDER BY e.id");
                 ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Row row = sheet.createRow(++n);
                    SiteInfo site = sites.get(r.getLong(7));
                    AgeBand band = AgeBand.of(r.getObject(6, LocalDate.class), site.today());
                    String[] pipeline = pipelines.get(r.getLong(8));
                    StageInfo stage = stages.get(r.getLong(10));
                    String status = r.getString(11);
                    String drop = r.getString(12);
                    LocalDateTime since = r.getObject(14, LocalDateTime.class);
                    long days = Math.max(0, ChronoUnit.DAYS.between(since.toLocalDate(), site.today()));
                    Long worker = r.getObject(15, Long.class);
                    row.createCell(0).setCellValue(r.getLong(1));
                    Book.text(row, 1, r.getString(2));
                    Book.text(row, 2, r.getString(3));
                    Book.text(row, 3, r.getString(4));
                    Book.text(row, 4, r.getString(5));
                    Book.text(row, 5, band == null ? "" : Texts.get(LOCALE, "ageBand." + band.name()));
                    Book.text(row, 6, site.name());
                    Book.text(row, 7, pipeline[0]);
                    Book.text(row, 8, pipeline[1]);
                    Book.text(row, 9, r.getString(9));
                    Book.text(row, 10, stage.name());
                    Book.text(row, 11, Texts.get(LOCALE, "enrolment.status." + status));
                    Book.text(row, 12, drop == null ? null : Texts.get(LOCALE, "dropReason." + drop));
                    book.date(row, 13, r.getObject(13, LocalDate.class));
                    book.dateTime(row, 14, since);
                    row.createCell(15).setCellValue(days);
                    row.createCell(16).setCellValue("ACTIVE".equals(status) && stage.expectedDays() != null
                            && days > stage.expectedDays());
                    Book.text(row, 17, worker == null ? null : users.get(worker));
                }
            }
            int m = 0;
            try (PreparedStatement q = streamed(c, "SELECT t.enrolment_id, b.code, t.id, t.at, t.action, t.from_stage_id,"
                    + " t.to_stage_id, t.status_after, t.by_user, t.reason_code, t.note, t.criteria, t.override_reason,"
                    + " k.criterion_id, k.outcome" + where.replace(" FROM enrolment e", " FROM stage_transition t"
                    + " JOIN enrolment e ON e.id = t.enrolment_id LEFT JOIN stage_transition_criterion k ON k.transition_id = t.id")
                    + " ORDER BY t.enrolment_id, t.at, t.id");
                 ResultSet r = q.executeQuery()) {
                Object[] line = null;
                List<Object[]> met = new ArrayList<>();
                long current = -1;
                while (true) {
                    boolean more = r.next();
                    long id = more ? r.getLong(3) : -2;
                    if (id != current && line != null) {
                        writeMove(book, moves.createRow(++m), line, met, stages, criteria);
                        met.clear();
                    }
                    if (!more) {
                        break;
                    }
                    if (id != current) {
                        current = id;
                        line = new Object[] {r.getLong(1), r.getString(2), r.getObject(4, LocalDateTime.class), r.getString(5),
                            r.getObject(6, Long.class), r.getLong(7), r.getString(8), r.getString(9), r.getString(10),
                            r.getString(11), r.getString(12), r.getString(13)};
                    }
                    long criterion = r.getLong(14);
                    if (!r.wasNull()) {
                        met.add(new Object[] {criterion, "OVERRIDDEN".equals(r.getString(15))});
                    }
                }
            }
            Book.finish(sheet, n, ENROLMENTS.length);
            Book.finish(moves, m, MOVES.length);
            book.workbook.write(out);
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeMove(Book book, Row row, Object[] t, List<Object[]> met, Map<Long, StageInfo> stages,
                                  Map<Long, CriterionInfo> criteria) {
        met.sort(Comparator.comparing((Object[] m) -> (Boolean) m[1]).thenComparing(m -> criteria.get((Long) m[0]).position()));
        String ticked = met.stream().filter(m -> !(Boolean) m[1]).map(m -> criteria.get((Long) m[0]).name())
                .collect(Collectors.joining("; "));
        String overridden = met.stream().filter(m -> (Boolean) m[1]).map(m -> criteria.get((Long) m[0]).name())
                .collect(Collectors.joining("; "));
        String legacy = (String) t[10];
        if (legacy != null) {
            Set<String> matched = met.stream().map(m -> criteria.get((Long) m[0]).english()).collect(Collectors.toSet());
            String unmatched = java.util.Arrays.stream(legacy.split("; ")).filter(x -> !matched.contains(x))
                    .collect(Collectors.joining("; "));
            ticked = ticked.isEmpty() ? unmatched : unmatched.isEmpty() ? ticked : ticked + "; " + unmatched;
        }
        String reason = (String) t[11];
        row.createCell(0).setCellValue((Long) t[0]);
        Book.text(row, 1, (String) t[1]);
        book.dateTime(row, 2, (LocalDateTime) t[2]);
        Book.text(row, 3, Texts.get(LOCALE, "move." + t[3]));
        Book.text(row, 4, t[4] == null ? null : stages.get((Long) t[4]).name());
        Book.text(row, 5, stages.get((Long) t[5]).name());
        Book.text(row, 6, Texts.get(LOCALE, "enrolment.status." + t[6]));
        Book.text(row, 7, (String) t[7]);
        Book.text(row, 8, t[8] == null ? null : Texts.get(LOCALE, "dropReason." + t[8]));
        Book.text(row, 9, (String) t[9]);
        Book.text(row, 10, ticked);
        Book.text(row, 11, reason == null ? null : overridden.isEmpty() ? reason : reason + " [" + overridden + "]");
    }

    // ---------------------------------------------------------------- checking and measuring

    /** What a file holds, sheet by sheet, as Excel shows it: a digest of every cell and the row counts. */
    private record Sheets(String digest, Map<String, Integer> counts) {

        static Sheets read(Path file) throws Exception {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Map<String, Integer> counts = new LinkedHashMap<>();
            cells(file, (sheet, line) -> {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
                counts.merge(sheet, line.startsWith("R") ? 1 : 0, Integer::sum);
            });
            return new Sheets(HexFormat.of().formatHex(digest.digest()), counts);
        }

        /** The first line where two files' cells differ (both listed in full, then compared). */
        static String firstDifference(Path a, Path b) throws Exception {
            List<String> left = new ArrayList<>();
            List<String> right = new ArrayList<>();
            cells(a, (sheet, line) -> left.add(sheet + " " + line));
            cells(b, (sheet, line) -> right.add(sheet + " " + line));
            for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
                if (!left.get(i).equals(right.get(i))) {
                    return "Masar «" + left.get(i) + "» vs reference «" + right.get(i) + "»";
                }
            }
            return "one ends first: " + left.size() + " vs " + right.size() + " lines";
        }

        /** Every row start ("R n") and cell ("C ref = value") of every sheet, in order, streamed. */
        static void cells(Path file, java.util.function.BiConsumer<String, String> sink) throws Exception {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                var strings = new ReadOnlySharedStringsTable(pkg);
                var styles = reader.getStylesTable();
                var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                DataFormatter formatter = new DataFormatter(Locale.ROOT);
                while (sheets.hasNext()) {
                    try (InputStream in = sheets.next()) {
                        String name = sheets.getSheetName();
                        XMLReader xml = SAXParserFactory.newDefaultNSInstance().newSAXParser().getXMLReader();
                        xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new XSSFSheetXMLHandler.SheetContentsHandler() {
                            @Override
                            public void startRow(int rowNum) {
                                sink.accept(name, "R " + rowNum);
                            }

                            @Override
                            public void endRow(int rowNum) {
                            }

                            @Override
                            public void cell(String ref, String value, XSSFComment comment) {
                                sink.accept(name, "C " + ref + " = " + value);
                            }
                        }, formatter, false));
                        xml.parse(new InputSource(in));
                    }
                }
            }
        }
    }

    /** Samples the heap every few milliseconds and keeps the highest figure since the last reset. */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapWatch() {
            var memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    long used = memory.getHeapMemoryUsage().getUsed();
                    peak.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void reset() {
            peak.set(0);
        }

        long peak() {
            return peak.get();
        }

        void stop() {
            running = false;
        }
    }

    /** The pool, with every statement sent to the database counted: each execute, query, update and batch. */
    private static final class Counting implements DataSource, AutoCloseable {
        final PooledDataSource pool;
        final AtomicLong statements = new AtomicLong();
        static final boolean SHOW = Boolean.getBoolean("bench.show");

        Counting(PooledDataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection real = pool.getConnection();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        Object result = invoke(real, method, args);
                        if (result instanceof Statement statement) {
                            Class<?> type = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                                    : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                            Object prepared = method.getName().startsWith("prepare") ? args[0] : null;
                            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
                                if (m.getName().startsWith("execute")) {
                                    statements.incrementAndGet();
                                    if (SHOW) {
                                        System.out.println("  SQL: " + (prepared != null ? prepared : a == null ? "" : a[0]));
                                    }
                                }
                                return invoke(statement, m, a);
                            });
                        }
                        return result;
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public void close() throws SQLException {
            pool.close();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
