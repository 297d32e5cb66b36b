package org.masar.programme.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.Programme;
import org.masar.shared.domain.Names;
import org.masar.site.domain.Site;

/**
 * A programme as the dashboard and the API show it, detached from the persistence context.
 * A class with getters rather than a record: Faces EL 5 reads bean properties only.
 */
public final class ProgrammeView {

    /** A site as a programme lists it: {@code name} in English over HTTP, {@link #name(Locale)} on pages. */
    public static final class SiteRef {
        private final String code;
        private final String name;
        private final transient Names names;

        public SiteRef(String code, String name) {
            this(code, Names.of(name));
        }

        SiteRef(String code, Names names) {
            this.code = code;
            this.name = names.getEn();
            this.names = names;
        }

        /** The name in the reader's language, English when it has none. */
        public String name(java.util.Locale locale) {
            return names.in(locale);
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    private final long id;
    private final String code;
    private final String name;
    private final String donor;
    private final String leadPartner;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final BigDecimal budget;
    private final String currency;
    private final String description;
    private final List<SiteRef> sites;
    private final List<String> partners;

    private ProgrammeView(Programme p) {
        id = p.getId();
        code = p.getCode();
        name = p.getName();
        donor = p.getDonor();
        leadPartner = p.getLeadPartner().getName();
        startDate = p.getStartDate();
        endDate = p.getEndDate();
        budget = p.getBudget();
        currency = p.getCurrency();
        description = p.getDescription();
        sites = p.getSites().stream().map(ProgrammeView::site).sorted(java.util.Comparator.comparing(SiteRef::getName)).toList();
        partners = p.getPartners().stream().map(Partner::getName).sorted().toList();
    }

    static ProgrammeView of(Programme p) {
        return new ProgrammeView(p);
    }

    private static SiteRef site(Site s) {
        return new SiteRef(s.getCode(), s.names());
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDonor() {
        return donor;
    }

    public String getLeadPartner() {
        return leadPartner;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getCurrency() {
        return currency;
    }

    public String getDescription() {
        return description;
    }

    public List<SiteRef> getSites() {
        return sites;
    }

    public List<String> getPartners() {
        return partners;
    }
}
