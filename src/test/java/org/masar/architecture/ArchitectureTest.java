package org.masar.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure Masar keeps as it grows: features meet only in the allowed directions (see
 * {@link Layers}), and time comes from the one injected clock. Each rule is also run on a fixture
 * that breaks it, so that a rule which could never fail would be noticed.
 */
class ArchitectureTest {

    private static JavaClasses masar;
    private static JavaClasses broken;

    @BeforeAll
    static void importClasses() {
        masar = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.masar");
        broken = new ClassFileImporter().importPackages("org.masar.architecture.fixture");
    }

    @Test
    void sharedUsesNoFeature() {
        Layers.sharedIsTheGround("org.masar").check(masar);
        assertFails(Layers.sharedIsTheGround("org.masar.architecture.fixture"), "SharedThing");
    }

    @Test
    void featuresMeetOnlyDownwardsThroughWhatTheyPublish() {
        Layers.featuresMeetOnlyDownwardsThroughWhatTheyPublish("org.masar").check(masar);
        EvaluationResult result = Layers.featuresMeetOnlyDownwardsThroughWhatTheyPublish("org.masar.architecture.fixture")
                .evaluate(broken);
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains("never uses another feature's web"), report);
        assertTrue(report.contains("beneficiary stands below casework"), report);
        assertTrue(report.contains("a domain does not use its own feature's service"), report);
    }

    @Test
    void theRuleTableReadsAsIntended() {
        String root = "org.masar";
        assertNull(Layers.problem(root, "org.masar.pipeline.domain", "org.masar.beneficiary.domain"));
        assertNull(Layers.problem(root, "org.masar.casework.service", "org.masar.pipeline.event"));
        assertNull(Layers.problem(root, "org.masar.site.api", "org.masar.security.service"), "who is calling");
        assertFalse(Layers.problem(root, "org.masar.beneficiary.web", "org.masar.casework.web") == null);
        assertFalse(Layers.problem(root, "org.masar.pipeline.domain", "org.masar.beneficiary.service") == null);
        assertFalse(Layers.problem(root, "org.masar.site.service", "org.masar.security.service") == null);
        assertNull(Layers.problem(root, "org.masar.shared.web", "org.masar.pipeline.web"), "shared has its own rule");
    }

    /** Only shared makes clocks or reads the time without one; everything else is given the injected Clock. */
    static ArchRule timeComesFromTheInjectedClock(String outside) {
        return noClasses().that().resideOutsideOfPackage(outside)
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "fixed", Instant.class, java.time.ZoneId.class)
                .orShould().callMethod(Clock.class, "offset", Clock.class, java.time.Duration.class)
                .because("dates are those of the site's zone from the one injected Clock, which tests set");
    }

    @Test
    void timeComesFromTheInjectedClock() {
        timeComesFromTheInjectedClock("org.masar.shared..").check(masar);
        assertFails(timeComesFromTheInjectedClock("org.masar.shared.."), broken, "TellsTheTime");
    }

    /** The demo accounts' published password skips the password policy; nothing else may. */
    @Test
    void onlyTheDemoDataSetsAPasswordWithoutThePolicy() {
        noClasses().that().doNotHaveFullyQualifiedName("org.masar.demo.DemoData")
                .should().callMethod(org.masar.security.service.UserService.class, "saveDemoAccount",
                        org.masar.security.service.UserForm.class)
                .because("only the demo accounts may have a password the policy refuses")
                .check(masar);
    }

    private static void assertFails(ArchRule rule, String culprit) {
        assertFails(rule, broken, culprit);
    }

    private static void assertFails(ArchRule rule, JavaClasses classes, String culprit) {
        EvaluationResult result = rule.evaluate(classes);
        assertTrue(result.hasViolation(), "the rule catches the fixture");
        assertTrue(String.join("\n", result.getFailureReport().getDetails()).contains(culprit),
                result.getFailureReport().toString());
        assertEquals(true, result.hasViolation());
    }
}
