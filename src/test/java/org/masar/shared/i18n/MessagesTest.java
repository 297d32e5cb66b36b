package org.masar.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundle is the only source of user-facing text: every key used exists, in every language it must. */
class MessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/masar/i18n");
    /** The shell every language must translate: menu, sign-in, headings, error pages. */
    private static final Pattern SHELL = Pattern.compile(
            "(app|menu|login|language|dashboard|error\\.page|breadcrumb)\\..*|.*\\.list\\.title|role\\..*");

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve("Messages" + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void frenchIsCompleteAndHasNothingExtra() throws IOException {
        Set<String> english = new TreeSet<>(load("").stringPropertyNames());
        Set<String> french = new TreeSet<>(load("_fr").stringPropertyNames());
        english.removeIf(key -> key.startsWith("language.") || key.equals("jakarta.faces.validator.BeanValidator.MESSAGE"));
        english.removeAll(french);
        assertEquals(Set.of(), english, "keys missing in French");
        french.removeAll(load("").stringPropertyNames());
        assertEquals(Set.of(), french, "French keys unknown in English");
    }

    /** Every language has exactly the English keys: a key missing falls back to English on a page. */
    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_ar", "_it"})
    void everyLanguageHasExactlyTheEnglishKeys(String language) throws IOException {
        Set<String> english = load("").stringPropertyNames();
        Set<String> translated = load(language).stringPropertyNames();
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        assertEquals(Set.of(), missing, "keys missing in " + language);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertEquals(Set.of(), extra, language + " keys unknown in English");
    }

    /**
     * Values a language legitimately shares with English. Keep this short: a value that reads as
     * English in another language is an untranslated one, not an entry for this list.
     */
    private static final Set<String> SAME_EVERYWHERE = Set.of(
            "Masar", "API", // the product's name, and a technical abbreviation every language uses
            "English", "Français", "العربية", "Italiano"); // each language named in itself, in every bundle
    private static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
            // French words spelt as the English ones
            "_fr", Set.of("Administration", "Budget", "Code", "Description", "Diagnostic", "Diaspora", "Incubation",
                    "Migrant", "Note", "Notes", "Page", "Programme", "Programmes", "Site", "Sites", "Situation",
                    "Total", "Type", "Absent", "Design", "Commerce", "Services", "Visa"),
            "_ar", Set.of(),
            // loanwords Italian offices write as they are
            "_it", Set.of("Account", "Budget", "Diaspora", "E-mail", "Governance", "No", "Password", "Tutor"));

    /** A value with no letter ("{0}", "15–17", "< 5") has nothing to translate. */
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*", Pattern.DOTALL);

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_ar", "_it"})
    void noLanguageCarriesTheEnglishTextUnchanged(String language) throws IOException {
        Properties english = load("");
        Properties translated = load(language);
        Set<String> untranslated = new TreeSet<>();
        for (String key : translated.stringPropertyNames()) {
            String text = translated.getProperty(key);
            if (text.equals(english.getProperty(key)) && HAS_LETTER.matcher(text).matches()
                    && !SAME_EVERYWHERE.contains(text) && !SAME_AS_ENGLISH.get(language).contains(text)) {
                untranslated.add(key + "=" + text);
            }
        }
        assertEquals(Set.of(), untranslated, "English text left in " + language);
    }

    /** The allow-list names only values that are really there, so that it cannot grow stale. */
    @Test
    void theAllowListOfSharedValuesIsInUse() throws IOException {
        Properties english = load("");
        Set<String> shared = new TreeSet<>();
        for (String language : SAME_AS_ENGLISH.keySet()) {
            Properties translated = load(language);
            translated.stringPropertyNames().stream().filter(k -> translated.getProperty(k).equals(english.getProperty(k)))
                    .forEach(k -> shared.add(translated.getProperty(k)));
            Set<String> unused = new TreeSet<>(SAME_AS_ENGLISH.get(language));
            translated.stringPropertyNames().stream().filter(k -> translated.getProperty(k).equals(english.getProperty(k)))
                    .forEach(k -> unused.remove(translated.getProperty(k)));
            assertEquals(Set.of(), unused, "allow-listed for " + language + " but no longer the same as English");
        }
        Set<String> unused = new TreeSet<>(SAME_EVERYWHERE);
        unused.removeAll(shared);
        assertEquals(Set.of(), unused, "allow-listed for every language but not used");
    }

    /** Faces and PrimeFaces format their messages with MessageFormat even when the text has no argument. */
    @Test
    void frameworkMessagesQuoteNoApostrophe() throws IOException {
        Set<String> broken = new TreeSet<>();
        for (String language : new String[] {"", "_fr", "_ar", "_it"}) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                if ((key.startsWith("jakarta.faces.") || key.startsWith("primefaces."))
                        && bundle.getProperty(key).replace("''", "").contains("'")) {
                    broken.add(language + " " + key);
                }
            }
        }
        assertEquals(Set.of(), broken, "use ’ in Faces and PrimeFaces messages");
    }

    @Test
    void arabicAndItalianTranslateTheShell() throws IOException {
        Properties english = load("");
        for (String language : new String[] {"_ar", "_it"}) {
            Set<String> present = load(language).stringPropertyNames();
            Set<String> missing = new TreeSet<>();
            for (String key : english.stringPropertyNames()) {
                if (SHELL.matcher(key).matches() && !key.startsWith("language.") && !present.contains(key)) {
                    missing.add(key);
                }
            }
            assertEquals(Set.of(), missing, "shell keys missing in " + language);
        }
    }

    /**
     * Key families the code and pages build from a prefix and a value, with the values each may
     * take. A new family must be added here, so that its keys are checked too.
     */
    private static final Map<String, List<String>> FAMILIES = Map.ofEntries(
            family("sex.", org.masar.beneficiary.domain.Sex.class),
            family("ageBand.", org.masar.beneficiary.domain.AgeBand.class),
            family("consent.", org.masar.beneficiary.domain.ConsentPurpose.class),
            family("document.", org.masar.beneficiary.domain.DocumentType.class),
            family("education.", org.masar.beneficiary.domain.EducationLevel.class),
            family("employment.", org.masar.beneficiary.domain.EmploymentStatus.class),
            family("group.", org.masar.beneficiary.domain.BeneficiaryGroup.class),
            family("event.", org.masar.beneficiary.domain.EventKind.class),
            family("candidate.reason.", org.masar.beneficiary.service.Candidate.Reason.class),
            family("dropReason.", org.masar.pipeline.domain.DropReason.class),
            family("enrolment.status.", org.masar.pipeline.domain.EnrolmentStatus.class),
            family("move.", org.masar.pipeline.domain.MoveAction.class),
            family("pipeline.type.", org.masar.pipeline.domain.PipelineType.class),
            family("partner.type.", org.masar.programme.domain.PartnerType.class),
            family("role.", org.masar.security.domain.Role.class),
            family("site.level.", org.masar.site.domain.SiteLevel.class),
            family("audit.action.", org.masar.audit.domain.AuditAction.class),
            family("audit.channel.", org.masar.shared.web.RequestOrigin.Channel.class),
            family("audit.view.", org.masar.beneficiary.event.ReadView.class),
            family("training.refusal.", org.masar.training.service.Refusal.Reason.class),
            family("training.mark.", org.masar.training.domain.Mark.class),
            Map.entry("training.timeline.standing.", List.of("met", "atRisk", "going")),
            family("training.topic.", org.masar.training.domain.Topic.class),
            family("internship.sector.", org.masar.internship.domain.HostSector.class),
            family("internship.size.", org.masar.internship.domain.HostSize.class),
            family("internship.document.", org.masar.internship.domain.DocumentKind.class),
            family("internship.documentState.", org.masar.internship.domain.DocumentState.class),
            family("internship.outcome.", org.masar.internship.domain.Outcome.class),
            Map.entry("internship.alert.", List.of("visaExpires", "insuranceExpires", "ending")),
            family("internship.evidence.missing.", org.masar.internship.domain.DocumentKind.class),
            family("internship.evidence.received.", org.masar.internship.domain.DocumentKind.class),
            family("internship.evidence.verified.", org.masar.internship.domain.DocumentKind.class),
            Map.entry("internship.evidence.source.", java.util.stream.Stream.concat(java.util.stream.Stream.of("HOST"),
                    java.util.Arrays.stream(org.masar.internship.domain.DocumentKind.values()).map(Enum::name)).toList()),
            Map.entry("internship.evidence.covering.", List.of("VISA", "INSURANCE")),
            Map.entry("internship.evidence.notCovering.", List.of("VISA", "INSURANCE")),
            family("internship.placements.short.", org.masar.internship.domain.DocumentKind.class),
            family("internship.placements.status.", org.masar.internship.service.PlacementFilter.Status.class),
            Map.entry("training.register.column.", columns(org.masar.training.service.AttendanceRegisterExport.COLUMNS)),
            Map.entry("training.courses.column.", columns(org.masar.training.service.CourseListExport.COLUMNS)),
            Map.entry("audit.column.", columns(org.masar.audit.service.AuditExport.COLUMNS)),
            Map.entry("internship.hosts.column.", columns(org.masar.internship.service.HostListExport.COLUMNS)),
            Map.entry("audit.alert.", List.of(org.masar.audit.domain.AuditAlert.UNUSUAL_READING, "seenDone")),
            Map.entry("language.", Texts.LANGUAGES),
            Map.entry("stage.", stageKeys()),
            Map.entry("criterion.", criterionKeys()),
            Map.entry("beneficiary.export.", columns(org.masar.beneficiary.service.BeneficiaryExport.COLUMNS)),
            Map.entry("subject.record.", concat(columns(org.masar.beneficiary.service.SubjectWorkbook.RECORD),
                    List.of("registered", "mergedInto"), List.of())),
            Map.entry("subject.consents.", columns(org.masar.beneficiary.service.SubjectWorkbook.CONSENTS)),
            Map.entry("subject.history.", columns(org.masar.beneficiary.service.SubjectWorkbook.HISTORY)),
            Map.entry("subject.notes.", columns(org.masar.casework.service.CaseWorkSubjectData.NOTES)),
            Map.entry("subject.followUps.", columns(org.masar.casework.service.CaseWorkSubjectData.FOLLOW_UPS)),
            Map.entry("subject.placements.", columns(org.masar.internship.service.PlacementPersonData.PLACEMENTS)),
            Map.entry("subject.placementChanges.", columns(org.masar.internship.service.PlacementPersonData.CHANGES)),
            Map.entry("subject.placementDocuments.", columns(org.masar.internship.service.PlacementPersonData.DOCUMENTS)),
            Map.entry("enrolment.export.", concat(columns(org.masar.pipeline.service.EnrolmentExport.ENROLMENTS),
                    columns(org.masar.pipeline.service.EnrolmentExport.MOVES), List.of("sheet", "historySheet"))));

    private static Map.Entry<String, List<String>> family(String prefix, Class<? extends Enum<?>> values) {
        return Map.entry(prefix, java.util.Arrays.stream(values.getEnumConstants()).map(Enum::name).toList());
    }

    private static List<String> stageKeys() {
        List<String> keys = new java.util.ArrayList<>();
        for (var type : org.masar.pipeline.domain.PipelineType.values()) {
            org.masar.pipeline.domain.DefaultPipelines.seeds(type).forEach(seed -> keys.add(type + "." + seed.code()));
        }
        return keys;
    }

    private static List<String> criterionKeys() {
        List<String> keys = new java.util.ArrayList<>();
        for (var type : org.masar.pipeline.domain.PipelineType.values()) {
            org.masar.pipeline.domain.DefaultPipelines.seeds(type).forEach(seed -> keys.addAll(seed.criteria()));
        }
        return keys;
    }

    private static List<String> columns(org.masar.shared.excel.ColumnTable<?> table) {
        return table.columns().stream().map(org.masar.shared.excel.Column::key).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    @Test
    void everyKeyOfEveryFamilyExists() throws IOException {
        Set<String> known = load("").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        FAMILIES.forEach((prefix, values) -> values.stream().map(v -> prefix + v).filter(k -> !known.contains(k))
                .forEach(missing::add));
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> known = load("").stringPropertyNames();
        Pattern used = Pattern.compile("msg\\['([\\w.]+)'\\]");
        Pattern family = Pattern.compile("msg\\['([\\w.]+\\.)'\\.concat");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                Matcher m = used.matcher(text);
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
                Matcher f = family.matcher(text);
                while (f.find()) {
                    if (!FAMILIES.containsKey(f.group(1))) {
                        missing.add(page.getFileName() + ": a key family unknown to this test: " + f.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /**
     * Every string in the code that reads as one of the bundle's keys (a literal such as
     * "enrolment.error.toStage", a validation template "{validation.email}", a family prefix such
     * as "dropReason.") names a key that exists, or a family whose keys are all checked above.
     */
    @Test
    void everyMessageKeyTheCodeNamesExists() throws IOException {
        Properties english = load("");
        Set<String> known = english.stringPropertyNames();
        Set<String> roots = new TreeSet<>();
        known.forEach(k -> roots.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        roots.remove("jakarta"); // the framework's own keys; its identifiers ("jakarta.faces.Long") are not ours
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        Pattern key = Pattern.compile("\\{?([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+\\.?)}?");
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    Matcher k = key.matcher(m.group(1));
                    if (!k.matches() || !roots.contains(k.group(1).substring(0, k.group(1).indexOf('.')))) {
                        continue;
                    }
                    checked++;
                    String name = k.group(1);
                    boolean ok = name.endsWith(".") ? FAMILIES.containsKey(name) || FAMILIES.keySet().stream()
                            .anyMatch(f -> f.startsWith(name)) : known.contains(name);
                    if (!ok) {
                        missing.add(source.getFileName() + ": " + name);
                    }
                }
            }
        }
        assertTrue(checked > 150, "the scan finds the code's keys (" + checked + ")");
        assertEquals(Set.of(), missing);
    }

    /** A message with arguments goes through MessageFormat, where a lone apostrophe swallows what follows. */
    @Test
    void messagesWithArgumentsQuoteNoApostrophe() throws IOException {
        Set<String> broken = new TreeSet<>();
        for (String language : new String[] {"", "_fr", "_ar", "_it"}) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                    broken.add(language + " " + key);
                }
            }
        }
        assertEquals(Set.of(), broken, "use ’ or '' in messages that take arguments");
    }

    @Test
    void textsFallBackToEnglishAndFormatArguments() {
        assertEquals("Site SFX saved.", Texts.get(Locale.ENGLISH, "site.edit.saved", "SFX"));
        assertEquals("Site SFX enregistré.", Texts.get(Locale.FRENCH, "site.edit.saved", "SFX"));
        assertEquals(Locale.ENGLISH, Texts.supported(Locale.GERMAN));
        assertTrue(Texts.isRightToLeft(Locale.forLanguageTag("ar")));
    }
}
