package org.masar.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.masar.pipeline.domain.Stage;
import org.masar.programme.domain.Programme;
import org.masar.security.domain.AppUser;
import org.masar.training.domain.CompletionRule;
import org.masar.training.domain.Course;
import org.masar.training.domain.Topic;

/**
 * The courses of the programmes that train, all taught by the {@code trainer} account, with weekly
 * sessions and their attendance taken, a few participants often absent (at risk, or under the
 * rule), some assessed. TRAIT D'union (Tunis, Mahdia, Sfax; 2020–2023): workshops on social
 * enterprise and micro-credit, master classes in fashion, design and web marketing, and a training
 * of trainers. CROLET (Kebili, Sidi Bouzid; still running): vocational training, dated back from
 * today, the last one still under way. Savoir Faire (Tuscany, 2018–2019): financial literacy, in
 * Italian. Each programme's training completion criteria are bound to the records, and the
 * participants of the ended courses who met the rule are completed and certified by them.
 */
@ApplicationScoped
@Transactional
public class DemoCourses {

    private static final Logger LOG = Logger.getLogger(DemoCourses.class.getName());
    private static final CompletionRule EIGHTY = new CompletionRule(80, false, null);

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoCompletion completion;

    /** What one programme's courses came to. */
    private record Made(List<Course> courses, int certificates) {
    }

    /** Loads the courses; returns how many were made. */
    public int load(LocalDate today) {
        AppUser trainer = em.createQuery("select u from AppUser u where u.username = 'trainer'", AppUser.class)
                .getResultStream().findFirst().orElse(null);
        if (trainer == null) {
            return 0;
        }
        DemoCourseMaker maker = new DemoCourseMaker(em, trainer, today);
        List<String> summary = new ArrayList<>();
        int made = 0;
        for (String code : List.of("TDU", "CROLET", "SAVOIR-FAIRE")) {
            Programme programme = em.createQuery("select p from Programme p where p.code = :c", Programme.class)
                    .setParameter("c", code).getResultStream().findFirst().orElse(null);
            if (programme == null) {
                continue;
            }
            Made m = switch (code) {
                case "TDU" -> traitDUnion(programme, maker, today);
                case "CROLET" -> programme(programme, maker, crolet(today), new Random(20250901L), today);
                default -> programme(programme, maker, savoirFaire(), new Random(20190115L), today);
            };
            made += m.courses().size();
            summary.add(code + " " + m.courses().size() + " (" + m.certificates() + " certificates)");
        }
        LOG.info("Demo courses of the trainer account: " + String.join(", ", summary));
        return made;
    }

    /**
     * The first two workshops, in Sfax and in Tunis (or Mahdia when Tunis has too few people in the
     * training), made as the demo always made them, the first one completed first; then the
     * master classes and the training of trainers.
     */
    private Made traitDUnion(Programme tdu, DemoCourseMaker maker, LocalDate today) {
        Random random = new Random(20220314L);
        List<String> anyRegion = List.of("/TN/TUN/", "/TN/MAH/", "/TN/SFX/");
        Course first = maker.make(tdu, DemoCourse.of(List.of("/TN/SFX/"), "Gestion d'une entreprise sociale",
                Topic.SOCIAL_ENTERPRISE, "fr", LocalDate.of(2022, 3, 7), 8, EIGHTY, "Salle de formation"), true, random);
        Course second = maker.make(tdu, DemoCourse.of(anyRegion, "Micro-crédit : monter son dossier", Topic.MICRO_CREDIT,
                "fr", LocalDate.of(2022, 10, 3), 8, EIGHTY, "Salle de formation").running(2), true, random);
        List<Course> courses = new ArrayList<>();
        for (Course c : new Course[] {first, second}) {
            if (c != null) {
                courses.add(c);
            }
        }
        Stage certified = completion.bind(tdu);
        int certificates = certified == null || first == null ? 0 : completion.complete(first, certified, today);
        Made more = programme(tdu, maker, List.of(
                DemoCourse.of(anyRegion, "Formation de formateurs : transmettre les métiers de la mode et du design",
                        Topic.FASHION, "fr", LocalDate.of(2021, 11, 9), 5, new CompletionRule(90, false, null),
                        "Maison des associations").at(LocalTime.of(9, 0), 4).forTrainers(),
                DemoCourse.of(anyRegion, "Master class : mode et création textile", Topic.FASHION, "fr",
                        LocalDate.of(2022, 5, 10), 6, EIGHTY, "Atelier de couture").at(LocalTime.of(14, 0), 3),
                DemoCourse.of(List.of("/TN/MAH/", "/TN/TUN/", "/TN/SFX/"), "Master class : design et artisanat",
                        Topic.DESIGN, "fr", LocalDate.of(2022, 6, 8), 6, EIGHTY, "Atelier de design").at(LocalTime.of(14, 0), 3),
                DemoCourse.of(List.of("/TN/SFX/", "/TN/TUN/", "/TN/MAH/"), "Master class : web marketing pour les"
                        + " entreprises sociales", Topic.WEB_MARKETING, "fr", LocalDate.of(2023, 2, 14), 8,
                        new CompletionRule(75, true, 60), "Espace numérique")), new Random(20211109L), today);
        courses.addAll(more.courses());
        return new Made(courses, certificates + more.certificates());
    }

    /** CROLET's vocational training in Kebili and Sidi Bouzid, dated back from the Monday of this week. */
    private static List<DemoCourse> crolet(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<String> kebili = List.of("/TN/KEB/KEB-M/", "/TN/KEB/");
        return List.of(
                DemoCourse.of(kebili, "Formation professionnelle : transformation et conditionnement des dattes",
                        Topic.VOCATIONAL, "fr", monday.minusWeeks(20), 8, new CompletionRule(80, true, 60),
                        "Centre de formation professionnelle"),
                DemoCourse.of(List.of("/TN/SBZ/"), "Formation professionnelle : irrigation goutte-à-goutte et maraîchage",
                        Topic.VOCATIONAL, "fr", monday.minusWeeks(15).plusDays(2), 10, EIGHTY, "Centre technique agricole"),
                DemoCourse.of(List.of("/TN/KEB/DOUZ/", "/TN/KEB/"), "Formation professionnelle : accueil et guidage"
                        + " touristique au Sahara", Topic.VOCATIONAL, "fr", monday.minusWeeks(7), 8, EIGHTY,
                        "Maison de la culture").running(2));
    }

    /** Savoir Faire's financial literacy in Tuscany, in the evening, in Italian. */
    private static List<DemoCourse> savoirFaire() {
        List<String> tuscany = List.of("/IT/TOS/");
        return List.of(
                DemoCourse.of(tuscany, "Educazione finanziaria: bilancio familiare, risparmio e servizi bancari",
                        Topic.FINANCIAL_LITERACY, "it", LocalDate.of(2019, 1, 15), 8, new CompletionRule(75, false, null),
                        "Aula ARCI").at(LocalTime.of(17, 30), 2),
                DemoCourse.of(tuscany, "Educazione finanziaria per la microimpresa: credito e microcredito",
                        Topic.FINANCIAL_LITERACY, "it", LocalDate.of(2019, 4, 2), 8, new CompletionRule(75, true, 60),
                        "Sala Fondazione Finanza Etica").at(LocalTime.of(17, 30), 2));
    }

    /** The programme's courses, its criteria bound to the records, and the ended ones' participants who met the rule certified. */
    private Made programme(Programme programme, DemoCourseMaker maker, List<DemoCourse> plans, Random random, LocalDate today) {
        List<Course> courses = new ArrayList<>();
        List<Course> toCertify = new ArrayList<>();
        for (DemoCourse plan : plans) {
            Course c = maker.make(programme, plan, false, random);
            if (c != null) {
                courses.add(c);
                if (plan.certify()) {
                    toCertify.add(c);
                }
            }
        }
        Stage certified = completion.bind(programme);
        int certificates = 0;
        for (Course c : certified == null ? List.<Course>of() : toCertify) {
            certificates += completion.complete(c, certified, today);
        }
        return new Made(courses, certificates);
    }
}
