package org.masar.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.HostNames;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.HostSize;

/**
 * MENTOR 2's host companies: 300 in Milan and Turin (and their belts), made up but plausible —
 * a family or place name, a trade and an Italian legal form — each with a sector, a size, a
 * contact, a VAT number and one or two tutors. Deterministic; names never repeat.
 */
@ApplicationScoped
@Transactional
public class DemoHosts {

    static final int COUNT = 300;

    private static final List<String> FAMILIES = List.of("Rossi", "Bianchi", "Colombo", "Ferrari", "Galli", "Brambilla",
            "Fontana", "Conti", "Marino", "Greco", "Bruno", "Gallo", "Costa", "Giordano", "Mancini", "Rizzo", "Lombardi",
            "Moretti", "Barbieri", "Ferraris", "Gatti", "Bassi", "Sala", "Villa", "Cattaneo", "Pellegrini", "Riva", "Longo",
            "Piemonte", "Ambrosiana", "Naviglio", "Brianza", "Lingotto", "Mole", "Superga", "Dora");
    private static final List<Trade> TRADES = List.of(
            new Trade("Officine", HostSector.MECHANICS), new Trade("Meccanica", HostSector.MECHANICS),
            new Trade("Tessitura", HostSector.FASHION_DESIGN), new Trade("Atelier", HostSector.FASHION_DESIGN),
            new Trade("Pastificio", HostSector.AGRO_FOOD), new Trade("Caseificio", HostSector.AGRO_FOOD),
            new Trade("Costruzioni", HostSector.CONSTRUCTION), new Trade("Edil", HostSector.CONSTRUCTION),
            new Trade("Trasporti", HostSector.LOGISTICS), new Trade("Logistica", HostSector.LOGISTICS),
            new Trade("Hotel", HostSector.HOSPITALITY), new Trade("Ristorante", HostSector.HOSPITALITY),
            new Trade("Informatica", HostSector.ICT), new Trade("Digital Lab", HostSector.ICT),
            new Trade("Cooperativa Sociale", HostSector.HEALTH_CARE), new Trade("Assistenza", HostSector.HEALTH_CARE),
            new Trade("Energia", HostSector.ENERGY_ENVIRONMENT), new Trade("Ecoservizi", HostSector.ENERGY_ENVIRONMENT),
            new Trade("Commerciale", HostSector.COMMERCE), new Trade("Servizi", HostSector.SERVICES),
            new Trade("Plastiche", HostSector.MANUFACTURING), new Trade("Arredamenti", HostSector.MANUFACTURING));
    private static final List<String> FORMS = List.of("S.r.l.", "S.p.A.", "S.n.c.", "S.a.s.", "S.r.l.s.", "Soc. Coop.");
    private static final List<Place> PLACES = List.of(new Place("Milano", "02"), new Place("Sesto San Giovanni", "02"),
            new Place("Monza", "039"), new Place("Rho", "02"), new Place("Torino", "011"), new Place("Moncalieri", "011"),
            new Place("Collegno", "011"), new Place("Rivoli", "011"));
    private static final List<String> STREETS = List.of("Via Roma", "Corso Vittorio Emanuele", "Via Garibaldi", "Via Mazzini",
            "Viale Monza", "Corso Francia", "Via Nizza", "Via Padova", "Corso Regina Margherita", "Via Tortona");
    private static final List<String> FIRST = List.of("Paola", "Marco", "Giulia", "Luca", "Francesca", "Andrea", "Chiara",
            "Davide", "Sara", "Matteo", "Elena", "Stefano");
    private static final List<String> ROLES = List.of("Responsabile del personale", "Capo reparto", "Tutor aziendale",
            "Direttrice tecnica", "Responsabile di produzione");

    private record Trade(String word, HostSector sector) {
    }

    private record Place(String city, String prefix) {
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    java.time.Clock clock;

    /** The hosts, unless some are there already; returns how many were made. */
    public int load() {
        if (!em.createQuery("select h.id from Host h", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        Random random = new Random(20200901L);
        Set<String> keys = new HashSet<>();
        LocalDateTime at = LocalDateTime.of(2020, 9, 1, 9, 0);
        int made = 0;
        for (int i = 0; made < COUNT && i < COUNT * 20; i++) {
            Trade trade = TRADES.get(random.nextInt(TRADES.size()));
            String family = FAMILIES.get(random.nextInt(FAMILIES.size()));
            String name = trade.word() + " " + family + " " + FORMS.get(random.nextInt(FORMS.size()));
            if (!keys.add(HostNames.key(name))) {
                continue;
            }
            Place place = PLACES.get(random.nextInt(PLACES.size()));
            String contact = FIRST.get(random.nextInt(FIRST.size())) + " " + FAMILIES.get(random.nextInt(24));
            String domain = (trade.word() + family).toLowerCase(java.util.Locale.ROOT).replace(" ", "") + ".example.it";
            List<Host.TutorLine> tutors = new java.util.ArrayList<>();
            tutors.add(new Host.TutorLine(FIRST.get(random.nextInt(FIRST.size())) + " " + FAMILIES.get(random.nextInt(24)),
                    ROLES.get(random.nextInt(ROLES.size())), "tutor@" + domain,
                    random.nextInt(3) == 0 ? List.of("it", "fr") : random.nextInt(4) == 0 ? List.of("it", "ar") : List.of("it", "en")));
            if (random.nextInt(4) == 0) {
                tutors.add(new Host.TutorLine(FIRST.get(random.nextInt(FIRST.size())) + " " + FAMILIES.get(random.nextInt(24)),
                        ROLES.get(random.nextInt(ROLES.size())), null, List.of("it")));
            }
            String phone = place.prefix() + " " + (1_000_000 + random.nextInt(8_999_999));
            Host.Details details = new Host.Details(name, "IT", place.city(), trade.sector(),
                    random.nextInt(6) == 0 ? HostSize.FROM_250 : HostSize.UNDER_250,
                    STREETS.get(random.nextInt(STREETS.size())) + " " + (1 + random.nextInt(180)), contact, phone,
                    "hr@" + domain, "IT" + String.format("%011d", Math.abs(random.nextLong()) % 100_000_000_000L), null,
                    random.nextInt(25) != 0, tutors);
            em.persist(Host.record(details, "interns", at.plusHours(made)));
            made++;
            if (made % 100 == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        return made;
    }
}
