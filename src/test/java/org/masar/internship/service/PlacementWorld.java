package org.masar.internship.service;

import java.util.List;
import java.util.Set;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.casework.service.CaseWorkService;
import org.masar.internship.event.PlacementChanged;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.service.EnrolmentReach;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.pipeline.service.EvidenceSource;
import org.masar.pipeline.service.PipelineService;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.PartnerType;
import org.masar.programme.domain.Programme;
import org.masar.programme.service.PartnerForm;
import org.masar.programme.service.ProgrammeForm;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.security.service.UserForm;
import org.masar.security.service.UserService;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;
import org.masar.testing.Instances;
import org.masar.testing.Jpa;
import org.masar.testing.SyncEvents;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/**
 * What the placement ITs share: a fresh migrated MariaDB database; the registry, enrolments, case
 * work, placements and hosts wired as deployed, the documents as the evidence of the INTERNSHIP
 * criteria; a MENTOR 2 internship pipeline reaching Tunis, Lombardy and Piedmont; and its callers:
 * the Tunis case worker, the coordinators of Tunis, Lombardy and Piedmont, a Kebili case worker and
 * an administrator.
 */
final class PlacementWorld implements AutoCloseable {

    final Jpa jpa;
    final BeneficiaryService registry;
    final EnrolmentService enrolments;
    final CaseWorkService casework;
    final PlacementService placements;
    final HostService hosts;
    final SyncEvents<PlacementChanged> changes = new SyncEvents<>();
    final Pipeline internship;
    final Caller tunisWorker;
    final Caller tunis;
    final Caller milan;
    final Caller piedmont;
    final Caller kebili;
    final Caller admin;

    PlacementWorld(String purpose) {
        jpa = new Jpa(TestDatabase.create(purpose));
        registry = Wiring.beneficiaries(jpa);
        List<EvidenceSource> sources = List.of(new PlacementEvidence.Host(), new PlacementEvidence.Agreement(),
                new PlacementEvidence.Visa(), new PlacementEvidence.Insurance(), new PlacementEvidence.Arrival(),
                new PlacementEvidence.Evaluation(), new PlacementEvidence.Certificate());
        sources.forEach(s -> Wiring.set(s, "em", jpa.em()));
        EvidenceSource[] deployed = sources.toArray(EvidenceSource[]::new);
        enrolments = Wiring.enrolments(jpa, new EnrolmentService());
        Wiring.set(enrolments, "evidence", Wiring.evidence(deployed));
        Wiring.set(registry, "reaches", Instances.of(Wiring.set(new EnrolmentReach(), "em", jpa.em())));
        PipelineService pipelines = Wiring.pipelines(jpa, deployed);
        casework = Wiring.casework(jpa, enrolments);
        placements = Wiring.set(new PlacementService(), "em", jpa.em(), "clock", Wiring.CLOCK, "enrolments", enrolments,
                "registry", registry, "returns", Wiring.set(new ReturnFollowUps(), "casework", casework), "changes", changes);
        hosts = Wiring.set(new HostService(), "em", jpa.em(), "clock", Wiring.CLOCK);
        SiteService sites = Wiring.sites(jpa);
        UserService users = Wiring.users(jpa);
        tunisWorker = caller(users, sites, "tunis-worker", Role.CASE_WORKER, "TUN");
        tunis = caller(users, sites, "tunis-interns", Role.INTERNSHIP_COORDINATOR, "TUN");
        milan = caller(users, sites, "milan-interns", Role.INTERNSHIP_COORDINATOR, "LOM");
        piedmont = caller(users, sites, "turin-interns", Role.INTERNSHIP_COORDINATOR, "PIE");
        kebili = caller(users, sites, "kebili-worker", Role.CASE_WORKER, "KEB");
        admin = new Caller(0, "admin", "Admin", Set.of(Role.ADMIN), tunis.scope(), "en");
        Programme programme = jpa.tx(() -> {
            Partner lead = Wiring.partners(jpa).save(new PartnerForm("Lombardy Region", PartnerType.MUNICIPALITY, "IT"));
            ProgrammeForm form = new ProgrammeForm();
            form.setCode("MEN2");
            form.setName("MENTOR 2");
            form.setCurrency("EUR");
            form.setLeadPartnerId(lead.getId());
            form.setSiteIds(sites.byCodes(List.of("TUN", "LOM", "PIE")).stream().map(Site::getId).toList());
            return Wiring.programmes(jpa).save(form);
        });
        long id = jpa.tx(() -> pipelines.create(programme.getId(), PipelineType.INTERNSHIP, admin)).getId();
        internship = jpa.tx(() -> pipelines.forEdit(id));
    }

    private Caller caller(UserService users, SiteService sites, String name, Role role, String site) {
        long userId = jpa.tx(() -> {
            UserForm form = new UserForm();
            form.setUsername(name);
            form.setFullName(name);
            form.setEmail(name + "@example.org");
            form.setRoles(List.of(role));
            form.setSiteIds(sites.byCodes(List.of(site)).stream().map(Site::getId).toList());
            form.setNewPassword("a-long-password");
            return users.save(form, "admin").getId();
        });
        return new Caller(userId, name, name, Set.of(role), Scope.of(jpa.tx(() -> sites.byCodes(List.of(site)))), "en");
    }

    @Override
    public void close() {
        jpa.close();
    }
}
