package org.masar.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.masar.beneficiary.domain.NameMatcher;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.Stage;
import org.masar.programme.domain.PartnerType;
import org.masar.programme.service.PartnerForm;
import org.masar.programme.service.ProgrammeForm;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;
import org.masar.testing.Jpa;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/**
 * The registry a partner network reaches after years: generated in SQL (MariaDB's sequence
 * engine, deterministic, no randomness), shared by the list and export benchmarks. People spread
 * over thirteen sites, a third consent to photos, a tenth are migrants; enrolments are spread over
 * a training and an incubation pipeline with a history of two to four lines each.
 */
public final class MillionPeople {

    static final String[] FIRST = {"Mohamed", "Ahmed", "Youssef", "Sami", "Hamza", "Walid", "Karim", "Mehdi",
        "Oussama", "Anis", "Fatma", "Amira", "Khadija", "Leila", "Nadia", "Sonia", "Imen", "Rania", "Salma", "Meriem"};
    static final String[] LAST = {"Trabelsi", "Ben Salah", "Gharbi", "Jlassi", "Hammami", "Mansouri", "Ben Ali",
        "Dridi", "Riahi", "Khelifi", "Ouertani", "Kchaou", "Chedly", "Zouari", "Bouazizi", "Mejri", "Ayari", "Karray",
        "Ben Amor", "Hamdi", "El Idrissi", "Alaoui", "Bennani", "Tazi", "Berrada", "Fassi", "Chraibi", "Ouazzani",
        "Amrani", "Benali", "Saidi", "Toumi", "Masmoudi", "Jebali", "Sassi", "Baccouche", "Feki", "Ellouze",
        "Abid", "Rekik"};
    static final String[] SITES = {"TUN-M", "SFX-M", "SFX", "MAH-M", "SBZ-M", "KEB-M", "DOUZ", "MIL", "TRN",
        "FLR", "PMO", "BML", "TNG"};
    /** The case workers enrolments are assigned to, by site code. */
    static final String[] WORKERS = {"sfax", "kebili", "tunis"};
    private static final String[] WORKER_SITES = {"SFX", "KEB", "TUN"};

    private MillionPeople() {
    }

    /** {@code rows} people with their consents, groups and name-search words. */
    public static void people(TestDatabase db, int rows) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            String siteIds = ids(s, SITES);
            s.execute("INSERT INTO beneficiary (code, first_name, last_name, arabic_name, sex, birth_date,"
                    + " nationality, residence_country, site_id, phone, email, document_type, document_number,"
                    + " education_level, employment_status, disability, created_at, created_by, updated_at, version)"
                    + " SELECT CONCAT('BM-', LPAD(seq, 7, '0')),"
                    + " ELT(1 + seq MOD 20, " + quoted(FIRST) + "),"
                    + " ELT(1 + (seq DIV 20) MOD 40, " + quoted(LAST) + "),"
                    + " NULL, IF(seq MOD 20 < 10, 'M', 'F'),"
                    + " DATE_SUB('2026-01-01', INTERVAL (5480 + (seq * 7919) MOD 18000) DAY),"
                    + " 'TN', 'TN', ELT(1 + (seq DIV 800) MOD 13, " + siteIds + "),"
                    + " CONCAT('+2162', LPAD(seq, 7, '0')), NULL, 'CIN', LPAD(seq, 8, '0'),"
                    + " 'SECONDARY', 'UNEMPLOYED', FALSE, NOW(), 'bench', NOW(), 0"
                    + " FROM seq_1_to_" + rows);
            s.execute("INSERT INTO consent (beneficiary_id, purpose, given_on, recorded_by)"
                    + " SELECT id, 'PARTICIPATION', '2025-01-01', 'bench' FROM beneficiary");
            s.execute("INSERT INTO consent (beneficiary_id, purpose, given_on, recorded_by)"
                    + " SELECT id, 'PHOTOS', '2025-01-01', 'bench' FROM beneficiary WHERE id MOD 3 = 0");
            s.execute("INSERT INTO beneficiary_group (beneficiary_id, grp)"
                    + " SELECT id, 'MIGRANT' FROM beneficiary WHERE id MOD 10 = 0");
            // Name-search words, as Beneficiary.apply writes them, for the few names used here.
            s.execute("INSERT IGNORE INTO beneficiary_name_token (beneficiary_id, token, site_id, taking_part, last_name, first_name) SELECT id, LOWER(first_name), site_id, taking_part, last_name, first_name FROM beneficiary");
            s.execute("INSERT IGNORE INTO beneficiary_name_token (beneficiary_id, token, site_id, taking_part, last_name, first_name)"
                    + " SELECT id, LOWER(SUBSTRING_INDEX(last_name, ' ', 1)), site_id, taking_part, last_name, first_name FROM beneficiary");
            s.execute("INSERT IGNORE INTO beneficiary_name_token (beneficiary_id, token, site_id, taking_part, last_name, first_name)"
                    + " SELECT id, LOWER(SUBSTRING_INDEX(last_name, ' ', -1)), site_id, taking_part, last_name, first_name FROM beneficiary");
            for (String first : FIRST) {
                skeletons(s, "first_name", first, NameMatcher.searchTokens(first, "", null));
            }
            for (String last : LAST) {
                skeletons(s, "last_name", last, NameMatcher.searchTokens("", last, null));
            }
            s.execute("ANALYZE TABLE beneficiary, consent, beneficiary_group, beneficiary_name_token");
        }
    }

    private static void skeletons(Statement s, String column, String name, java.util.Collection<String> tokens) throws SQLException {
        for (String token : tokens) {
            if (token.startsWith("~")) {
                s.execute("INSERT IGNORE INTO beneficiary_name_token (beneficiary_id, token, site_id, taking_part, last_name, first_name) SELECT id, '" + token
                        + "', site_id, taking_part, last_name, first_name FROM beneficiary WHERE " + column + " = '" + name + "'");
            }
        }
    }

    /**
     * {@code count} enrolments of distinct people (every third person of the first 3 × count),
     * half in a training pipeline and half in an incubation one of one programme that runs at
     * every generated site; most active at a stage along the way, some completed or dropped; each
     * with its history (enrol, then one advance per stage passed). Case workers {@link #WORKERS}
     * hold one in a hundred of those of their sites (a caseload of some hundreds; the others
     * belong to colleagues not generated here).
     */
    public static void enrolments(TestDatabase db, Jpa jpa, int count) throws SQLException {
        List<Pipeline> pipelines = pipelines(jpa);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (int w = 0; w < WORKERS.length; w++) {
                s.execute("INSERT INTO app_user (username, full_name, password_hash, created_at)"
                        + " VALUES ('" + WORKERS[w] + "', '" + WORKERS[w] + "', 'none', NOW())");
                s.execute("INSERT INTO user_role (user_id, role) SELECT id, 'CASE_WORKER' FROM app_user WHERE username = '"
                        + WORKERS[w] + "'");
                s.execute("INSERT INTO user_site (user_id, site_id) SELECT u.id, s.id FROM app_user u, site s"
                        + " WHERE u.username = '" + WORKERS[w] + "' AND s.code = '" + WORKER_SITES[w] + "'");
            }
            for (int p = 0; p < pipelines.size(); p++) {
                List<Stage> stages = pipelines.get(p).getStages().stream().filter(st -> !st.isFinalStage()).toList();
                List<String> ids = stages.stream().map(st -> String.valueOf(st.getId())).toList();
                long pipeline = pipelines.get(p).getId();
                // seq walks people 3 apart; the pipeline takes every other one of them.
                String stageOf = "ELT(1 + (seq DIV 2) MOD " + ids.size() + ", " + String.join(", ", ids) + ")";
                s.execute("INSERT INTO enrolment (beneficiary_id, pipeline_id, cohort, case_worker_id, start_date, status,"
                        + " current_stage_id, stage_since, drop_reason, active_pipeline_id, created_at, version, site_id, taking_part)"
                        + " SELECT b.id, " + pipeline + ", CONCAT('2025-', 1 + seq MOD 4),"
                        + " (SELECT u.id FROM app_user u WHERE seq MOD 100 = 0 AND u.username = CASE"
                        + " WHEN st.path LIKE '/TN/SFX/%' THEN 'sfax' WHEN st.path LIKE '/TN/KEB/%' THEN 'kebili'"
                        + " WHEN st.path LIKE '/TN/TUN/%' THEN 'tunis' END),"
                        + " DATE_SUB('2026-06-01', INTERVAL seq MOD 500 DAY),"
                        + " IF(seq MOD 17 = 0, 'DROPPED', 'ACTIVE'), " + stageOf + ","
                        + " DATE_SUB('2026-11-01 09:00:00', INTERVAL seq MOD 300 DAY),"
                        + " IF(seq MOD 17 = 0, 'OTHER', NULL), IF(seq MOD 17 = 0, NULL, " + pipeline + "),"
                        + " NOW(), 0, b.site_id, b.taking_part"
                        + " FROM seq_0_to_" + (count - 1) + " JOIN beneficiary b ON b.id = 1 + seq * 3 JOIN site st ON st.id = b.site_id"
                        + " WHERE seq MOD 2 = " + p);
                s.execute("INSERT INTO stage_transition (enrolment_id, action, from_stage_id, to_stage_id, status_after,"
                        + " at, by_user, note) SELECT e.id, 'ENROL', NULL, " + ids.get(0) + ", 'ACTIVE',"
                        + " TIMESTAMP(e.start_date, '09:00:00'), 'sfax', NULL FROM enrolment e WHERE e.pipeline_id = " + pipeline);
                for (int i = 1; i < ids.size(); i++) {
                    s.execute("INSERT INTO stage_transition (enrolment_id, action, from_stage_id, to_stage_id, status_after,"
                            + " at, by_user, note) SELECT e.id, 'ADVANCE', " + ids.get(i - 1) + ", " + ids.get(i) + ", 'ACTIVE',"
                            + " TIMESTAMP(e.start_date + INTERVAL " + (i * 20) + " DAY, '10:00:00'), 'sfax', 'Ready'"
                            + " FROM enrolment e JOIN stage cur ON cur.id = e.current_stage_id"
                            + " WHERE e.pipeline_id = " + pipeline + " AND cur.position >= " + stages.get(i).getPosition());
                }
                s.execute("INSERT INTO stage_transition (enrolment_id, action, from_stage_id, to_stage_id, status_after,"
                        + " at, by_user, reason_code) SELECT e.id, 'DROP', e.current_stage_id, e.current_stage_id, 'DROPPED',"
                        + " e.stage_since, 'sfax', 'OTHER' FROM enrolment e WHERE e.pipeline_id = " + pipeline
                        + " AND e.status = 'DROPPED'");
            }
            s.execute("ANALYZE TABLE enrolment, stage_transition, app_user, user_site");
        }
    }

    /** A programme at every generated site, with its training and incubation pipelines. */
    private static List<Pipeline> pipelines(Jpa jpa) {
        var sites = Wiring.sites(jpa);
        Caller admin = new Caller(0, "admin", "Admin", Set.of(Role.ADMIN), Scope.of(jpa.tx(() -> sites.byCodes(List.of("TN",
                "IT", "MA")))), "en");
        long partner = jpa.tx(() -> Wiring.partners(jpa).save(new PartnerForm("Bench Region", PartnerType.MUNICIPALITY,
                "TN")).getId());
        List<Long> siteIds = jpa.tx(() -> sites.byCodes(Arrays.asList(SITES))).stream().map(Site::getId).toList();
        long programme = jpa.tx(() -> {
            ProgrammeForm form = new ProgrammeForm();
            form.setCode("BENCH");
            form.setName("Bench programme");
            form.setCurrency("EUR");
            form.setStartDate(LocalDate.of(2020, 1, 1));
            form.setEndDate(LocalDate.of(2099, 12, 31));
            form.setLeadPartnerId(partner);
            form.setSiteIds(siteIds);
            return Wiring.programmes(jpa).save(form).getId();
        });
        List<Pipeline> made = new ArrayList<>();
        for (PipelineType type : List.of(PipelineType.TRAINING, PipelineType.INCUBATION)) {
            long id = jpa.tx(() -> Wiring.pipelines(jpa).create(programme, type, admin).getId());
            made.add(jpa.tx(() -> {
                Pipeline p = jpa.em().find(Pipeline.class, id);
                p.getStages().forEach(Stage::getId);
                return p;
            }));
        }
        return made;
    }

    static String ids(Statement s, String[] codes) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (String code : codes) {
            try (var rs = s.executeQuery("SELECT id FROM site WHERE code = '" + code + "'")) {
                rs.next();
                ids.add(rs.getString(1));
            }
        }
        return String.join(", ", ids);
    }

    private static String quoted(String[] values) {
        return String.join(", ", Arrays.stream(values).map(v -> "'" + v + "'").toList());
    }
}
