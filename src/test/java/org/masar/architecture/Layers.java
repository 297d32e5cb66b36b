package org.masar.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The directions in which Masar's features may use each other, as ArchUnit rules over a root
 * package (Masar's own, or a test fixture's that breaks them on purpose).
 *
 * <ul>
 *   <li>{@code shared} is the ground floor: it uses no feature.</li>
 *   <li>Features stand in an order, each on those before it: site, security, programme,
 *       beneficiary, pipeline, casework, training, audit, dashboard, demo. A feature's domain uses the domains of
 *       features below it; its services and events use their domain, service and event layers.</li>
 *   <li>No feature uses another feature's web or api layer. Pages and resources (web, api) use
 *       the services of features below them, and every one of them may ask security who is calling.</li>
 *   <li>Inside a feature, the domain uses nothing of its service, web or api layers; services use
 *       nothing of web or api.</li>
 * </ul>
 */
final class Layers {

    static final List<String> FEATURES = List.of("site", "security", "programme", "beneficiary", "pipeline",
            "casework", "training", "internship", "audit", "dashboard", "demo");
    private static final Set<String> PUBLISHED = Set.of("domain", "service", "event");

    private Layers() {
    }

    /** shared uses no feature. */
    static ArchRule sharedIsTheGround(String root) {
        return noClasses().that().resideInAPackage(root + ".shared..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().map(f -> root + "." + f + "..")
                        .toArray(String[]::new))
                .because("shared is the ground floor every feature stands on");
    }

    /** Every dependency between two features runs down the order, to a part the lower feature publishes. */
    static ArchRule featuresMeetOnlyDownwardsThroughWhatTheyPublish(String root) {
        return classes().that().resideInAnyPackage(FEATURES.stream().map(f -> root + "." + f + "..").toArray(String[]::new))
                .should(new ArchCondition<>("use other features only downwards, through their domain, service or event") {
                    @Override
                    public void check(JavaClass from, ConditionEvents events) {
                        for (Dependency d : from.getDirectDependenciesFromSelf()) {
                            String problem = problem(root, from.getPackageName(), d.getTargetClass().getPackageName());
                            if (problem != null) {
                                events.add(SimpleConditionEvent.violated(d, problem + ": " + d.getDescription()));
                            }
                        }
                    }
                });
    }

    /** Why a class of {@code fromPackage} may not use one of {@code toPackage}; null when it may. */
    static String problem(String root, String fromPackage, String toPackage) {
        Place from = Place.of(root, fromPackage);
        Place to = Place.of(root, toPackage);
        if (from == null || to == null) {
            return null;
        }
        if (from.feature.equals(to.feature)) {
            if (from.layer.equals("domain") && List.of("service", "web", "api").contains(to.layer)) {
                return "a domain does not use its own feature's " + to.layer;
            }
            if (from.layer.equals("service") && List.of("web", "api").contains(to.layer)) {
                return "a service does not use its own feature's " + to.layer;
            }
            return null;
        }
        if (to.layer.equals("web") || to.layer.equals("api")) {
            return "a feature never uses another feature's " + to.layer;
        }
        boolean fromPage = from.layer.equals("web") || from.layer.equals("api");
        if (fromPage && to.feature.equals("security") && to.layer.equals("service")) {
            return null; // every page may ask who is calling
        }
        if (FEATURES.indexOf(to.feature) > FEATURES.indexOf(from.feature)) {
            return from.feature + " stands below " + to.feature + " and may not use it";
        }
        if (!PUBLISHED.contains(to.layer)) {
            return "only the domain, service and event layers of a feature are for others";
        }
        if (from.layer.equals("domain") && !to.layer.equals("domain")) {
            return "a domain uses other features' domains only";
        }
        return null;
    }

    /** A feature and the layer inside it (the feature's own name for a class at its top). */
    private record Place(String feature, String layer) {
        static Place of(String root, String packageName) {
            if (!packageName.startsWith(root + ".")) {
                return null;
            }
            String[] parts = packageName.substring(root.length() + 1).split("\\.");
            if (!FEATURES.contains(parts[0])) {
                return null;
            }
            return new Place(parts[0], parts.length > 1 ? parts[1] : "service");
        }
    }
}
