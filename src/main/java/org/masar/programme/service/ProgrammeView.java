package org.masar.programme.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.Programme;
import org.masar.site.domain.Site;

/** A programme as the dashboard and the API show it, detached from the persistence context. */
public record ProgrammeView(
        long id,
        String code,
        String name,
        String donor,
        String leadPartner,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal budget,
        String currency,
        String description,
        List<SiteRef> sites,
        List<String> partners) {

    public record SiteRef(String code, String name) {
    }

    static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.getId(), p.getCode(), p.getName(), p.getDonor(), p.getLeadPartner().getName(),
                p.getStartDate(), p.getEndDate(), p.getBudget(), p.getCurrency(), p.getDescription(),
                p.getSites().stream().map(ProgrammeView::site).toList(),
                p.getPartners().stream().map(Partner::getName).sorted().toList());
    }

    private static SiteRef site(Site s) {
        return new SiteRef(s.getCode(), s.getName());
    }
}
