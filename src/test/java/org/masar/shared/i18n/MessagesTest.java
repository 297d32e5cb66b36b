package org.masar.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> known = load("").stringPropertyNames();
        Pattern used = Pattern.compile("msg\\['([\\w.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = used.matcher(Files.readString(page));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !known.contains(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyMessageKeyTheCodeNamesExists() throws IOException {
        Set<String> known = load("").stringPropertyNames();
        Pattern used = Pattern.compile("\"\\{?((?:error|user|site|programme|partner|login|validation)\\.[\\w.]+)}?\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = used.matcher(Files.readString(source));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(source.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void textsFallBackToEnglishAndFormatArguments() {
        assertEquals("Site SFX saved.", Texts.get(Locale.ENGLISH, "site.edit.saved", "SFX"));
        assertEquals("Site SFX enregistré.", Texts.get(Locale.FRENCH, "site.edit.saved", "SFX"));
        assertEquals(Locale.ENGLISH, Texts.supported(Locale.GERMAN));
        assertTrue(Texts.isRightToLeft(Locale.forLanguageTag("ar")));
    }
}
