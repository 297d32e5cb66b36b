package org.masar.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.masar.beneficiary.service.BeneficiaryForm;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.security.service.Caller;
import org.masar.site.domain.Scope;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.PartnerType;
import org.masar.programme.service.PartnerForm;
import org.masar.programme.service.PartnerService;
import org.masar.programme.service.ProgrammeForm;
import org.masar.programme.service.ProgrammeService;
import org.masar.security.domain.Role;
import org.masar.security.service.UserForm;
import org.masar.security.service.UserService;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;

/**
 * The four programmes of shared/seeds, their partners and the demo accounts, loaded at start-up
 * in demo mode only (masar.demo=true, which the run command sets). Loads once: a database that
 * already has the demo programmes is left as it is.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class DemoData {

    public static final String PASSWORD = "masar-demo";
    static final int PEOPLE = 600;
    /** People of Florence registered while Savoir Faire ran (2018–2019), after the others. */
    static final int SAVOIR_FAIRE_PEOPLE = 30;
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "masar.demo", defaultValue = "false")
    boolean demo;

    @Inject
    SiteService sites;

    @Inject
    PartnerService partners;

    @Inject
    ProgrammeService programmes;

    @Inject
    UserService users;

    @Inject
    BeneficiaryService registry;

    @Inject
    DemoJourneys journeys;

    @Inject
    DemoCourses courses;

    @Inject
    DemoHosts hosts;

    @Inject
    DemoInterns interns;

    @Inject
    java.time.Clock clock;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void load() {
        if (!demo || programmes.byCode("TDU").isPresent()) {
            return;
        }
        long started = System.nanoTime();
        loadProgrammes();
        loadUsers();
        long accounts = System.nanoTime();
        int people = loadPeople();
        long registered = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        int enrolments = journeys.load(today);
        long journeysDone = System.nanoTime();
        courses.load(today);
        hosts.load();
        long hostsDone = System.nanoTime();
        int placements = interns.load(today);
        long end = System.nanoTime();
        LOG.info(String.format(java.util.Locale.ROOT, "Demo data loaded in %.1f s (programmes and accounts %.1f s,"
                + " people %.1f s, journeys %.1f s, courses and hosts %.1f s, placements %.1f s): 4 programmes, %d beneficiaries,"
                + " %d enrolments, %d placements and the demo accounts (password %s)", (end - started) / 1e9,
                (accounts - started) / 1e9, (registered - accounts) / 1e9, (journeysDone - registered) / 1e9,
                (hostsDone - journeysDone) / 1e9, (end - hostsDone) / 1e9, people, enrolments, placements, PASSWORD));
    }

    private void loadProgrammes() {
        programme("TDU", "TRAIT D'union – Travail et inclusion pour les territoires et le Développement",
                "Italian Ministry of the Interior", LocalDate.of(2020, 12, 14), LocalDate.of(2023, 12, 13),
                new BigDecimal("1311894.00"),
                "Youth and women in Tunis, Mahdia and Sfax: training workshops on social enterprise, micro-credit"
                        + " and governance; master classes in fashion, design and web marketing; circular economy;"
                        + " incubation and acceleration of social enterprises; guarantee funds for micro-credit;"
                        + " the Tunisian diaspora in Italy as mentors; awareness of the risks of irregular migration.",
                List.of("TUN", "MAH", "SFX"),
                p("Tuscany Region", PartnerType.MUNICIPALITY, "IT"),
                p("ANCI Toscana", PartnerType.AGENCY, "IT"),
                p("FNVT – Fédération Nationale des Villes Tunisiennes", PartnerType.AGENCY, "TN"),
                p("Municipality of Milan", PartnerType.MUNICIPALITY, "IT"),
                p("Municipality of Tunis", PartnerType.MUNICIPALITY, "TN"),
                p("Municipality of Sfax", PartnerType.MUNICIPALITY, "TN"),
                p("ARCI Toscana", PartnerType.NGO, "IT"),
                p("TCSE – Tunisian Center for Social Entrepreneurship", PartnerType.NGO, "TN"),
                p("Nosotras Association", PartnerType.NGO, "IT"),
                p("Fondazione Finanza Etica", PartnerType.FINANCIAL_INSTITUTION, "IT"),
                p("ASEV – Agenzia per lo Sviluppo Empolese Valdelsa", PartnerType.AGENCY, "IT"));
        programme("CROLET", "CROLET – Creation of Opportunities in the Labour market through Economics of Territories",
                "Italian Government", LocalDate.of(2020, 7, 1), null, null,
                "Sidi Bouzid and Kebili: four value chains (agro-industry, commerce, tourism, green economy first);"
                        + " business check-ups, technical and financial assistance to SMEs; vocational training;"
                        + " incubation; two local development agencies; a guarantee fund and an endowment fund lent"
                        + " on a revolving basis; protection of unaccompanied minors; information on the risks of"
                        + " irregular migration.",
                List.of("SBZ", "KEB"),
                p("WeWorld-GVC Foundation", PartnerType.NGO, "IT"),
                p("ILS LEDA", PartnerType.AGENCY, "IT"),
                p("ICU – Istituto per la Cooperazione Universitaria", PartnerType.NGO, "IT"),
                p("Municipality of Palermo", PartnerType.MUNICIPALITY, "IT"),
                p("Cit'ESS – Association appui à l'économie sociale et solidaire", PartnerType.NGO, "TN"),
                p("Association Salima", PartnerType.NGO, "TN"));
        programme("MENTOR2", "MENTOR 2", "ICMPD – International Centre for Migration Policy Development",
                null, null, null,
                "Circular migration between Italy (Milan, Turin), Morocco (Beni Mellal-Khenifra, Tangier) and"
                        + " Tunisia (Tunis, Sfax): internships for 40 young people, 300 companies, capacity building"
                        + " of local institutions.",
                List.of("MIL", "TRN", "BMK", "TNG", "TUN", "SFX"),
                p("Municipality of Milan", PartnerType.MUNICIPALITY, "IT"),
                p("City of Turin", PartnerType.MUNICIPALITY, "IT"),
                p("Agenzia Piemonte Lavoro", PartnerType.AGENCY, "IT"),
                p("AFOL Metropolitana", PartnerType.AGENCY, "IT"),
                p("ANOLF Piemonte", PartnerType.NGO, "IT"),
                p("CEIPIEMONTE", PartnerType.AGENCY, "IT"),
                p("Promos Italia", PartnerType.AGENCY, "IT"),
                p("CeSPI – Centro Studi di Politica Internazionale", PartnerType.NGO, "IT"));
        programme("SAVOIR-FAIRE", "Savoir Faire", null, LocalDate.of(2018, 10, 1), LocalDate.of(2019, 9, 30), null,
                "Tuscany: third-country nationals legally resident, including holders of international, subsidiary"
                        + " and humanitarian protection, aged 16–64: skills recognition and certification, fair"
                        + " recruitment with the job centres, micro-enterprise and social enterprise start-up,"
                        + " financial literacy.",
                List.of("TOS"),
                p("ANCI Toscana", PartnerType.AGENCY, "IT"),
                p("Tuscany Region", PartnerType.MUNICIPALITY, "IT"),
                p("University of Florence – L'Altro Diritto", PartnerType.UNIVERSITY, "IT"),
                p("COSPE", PartnerType.NGO, "IT"),
                p("Fondazione Finanza Etica", PartnerType.FINANCIAL_INSTITUTION, "IT"),
                p("ARCI Toscana", PartnerType.NGO, "IT"));
    }

    private record PartnerSeed(String name, PartnerType type, String country) {
    }

    private static PartnerSeed p(String name, PartnerType type, String country) {
        return new PartnerSeed(name, type, country);
    }

    /** The first partner listed leads. */
    private void programme(String code, String name, String donor, LocalDate start, LocalDate end, BigDecimal budget,
                           String description, List<String> siteCodes, PartnerSeed... seeds) {
        List<Long> partnerIds = Arrays.stream(seeds).map(this::partner).map(Partner::getId).toList();
        ProgrammeForm form = new ProgrammeForm();
        form.setCode(code);
        form.setName(name);
        form.setDonor(donor);
        form.setStartDate(start);
        form.setEndDate(end);
        form.setBudget(budget);
        form.setCurrency("EUR");
        form.setDescription(description);
        form.setLeadPartnerId(partnerIds.get(0));
        form.setPartnerIds(partnerIds);
        form.setSiteIds(sites.byCodes(siteCodes).stream().map(Site::getId).toList());
        programmes.save(form);
    }

    private Partner partner(PartnerSeed seed) {
        return partners.byName(seed.name()).orElseGet(() -> partners.save(new PartnerForm(seed.name(), seed.type(), seed.country())));
    }

    /** Registers the demo people through the registry itself, so they pass every rule a person would. */
    private int loadPeople() {
        Caller loader = new Caller(0, "demo", "Demo data", Set.of(Role.ADMIN),
                Scope.of(sites.byCodes(List.of("TN", "IT", "MA"))), "en");
        int registered = 0;
        List<BeneficiaryForm> people = new java.util.ArrayList<>(DemoPeople.generate(PEOPLE));
        people.addAll(DemoPeople.savoirFaire(SAVOIR_FAIRE_PEOPLE));
        for (BeneficiaryForm person : people) {
            // The reason is given up front: the gate is only recorded for people it would have stopped,
            // and a refusal inside the start-up transaction would roll the whole load back.
            registry.register(person, loader, "Demo data: a different person with a similar record");
            registered++;
            // The whole load is one transaction: each registration leaves the persistence context
            // as empty as a request's, else every flush and query of the next one compares every
            // person registered before it (the load took minutes, not seconds).
            em.flush();
            em.clear();
        }
        return registered;
    }

    private void loadUsers() {
        List<String> everywhere = List.of("TN", "IT", "MA");
        user("admin", "Amira Ben Salah", Role.ADMIN, everywhere);
        user("manager", "Marco Bianchi", Role.MANAGER, everywhere);
        user("sfax", "Sami Trabelsi", Role.CASE_WORKER, List.of("SFX"));
        user("kebili", "Khadija Mansouri", Role.CASE_WORKER, List.of("KEB"));
        // Teaches the courses of the three programmes that train: TRAIT D'union, CROLET and Savoir Faire.
        user("trainer", "Leila Gharbi", Role.TRAINER, List.of("TUN", "SFX", "MAH", "KEB", "SBZ", "TOS"));
        user("coach", "Youssef Jlassi", Role.COACH, List.of("SBZ", "KEB"));
        user("loans", "Nadia Hammami", Role.LOAN_OFFICER, List.of("TN"));
        user("interns", "Giulia Rossi", Role.INTERNSHIP_COORDINATOR, List.of("LOM", "PIE", "TUN", "SFX", "BMK", "TTA"));
        user("donor", "Donor Relations Office", Role.DONOR_VIEWER, everywhere);
    }

    private void user(String username, String fullName, Role role, List<String> siteCodes) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName(fullName);
        form.setEmail(username + "@demo.masar.example");
        form.setRoles(List.of(role));
        form.setSiteIds(sites.byCodes(siteCodes).stream().map(Site::getId).toList());
        form.setNewPassword(PASSWORD);
        // The published demo password is one the password policy refuses: demo accounts alone skip it.
        users.saveDemoAccount(form);
    }
}
