package org.masar.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.masar.site.domain.Site;

/** A funded programme: who pays, who leads, where, when and with how much. */
@Entity
@Table(name = "programme")
public class Programme {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "{validation.programme.code}")
    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = NAME_MAX)
    @Column(length = NAME_MAX)
    private String donor;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_partner_id", nullable = false)
    private Partner leadPartner;

    /** Null while not stated, as for several of the programmes our users inherit. */
    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @DecimalMin("0.00")
    @Digits(integer = 13, fraction = 2)
    @Column(precision = 15, scale = 2)
    private BigDecimal budget;

    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "{validation.currency}")
    @Column(nullable = false, length = 3)
    private String currency;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "programme_partner",
            joinColumns = @JoinColumn(name = "programme_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    @OrderBy("name")
    private Set<Partner> partners = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "programme_site",
            joinColumns = @JoinColumn(name = "programme_id"),
            inverseJoinColumns = @JoinColumn(name = "site_id"))
    @OrderBy("path")
    private Set<Site> sites = new LinkedHashSet<>();

    @Version
    private int version;

    protected Programme() {
    }

    /** What a programme is, apart from whom it works with and where. */
    public record Details(String code, String name, String donor, LocalDate startDate, LocalDate endDate,
                          BigDecimal budget, String currency, String description) {

        /** The one rule of a programme's dates: unknown ones are allowed, known ones in order. */
        public boolean endNotBeforeStart() {
            return startDate == null || endDate == null || !endDate.isBefore(startDate);
        }
    }

    /** A new programme led by {@code lead}, the lead always among its partners. */
    public static Programme create(Details details, Partner lead, Collection<Partner> partners, Collection<Site> sites) {
        Programme p = new Programme();
        p.revise(details, lead, partners, sites);
        return p;
    }

    /** Replaces the programme's details, lead, partners and sites as an administrator edited them. */
    public void revise(Details details, Partner lead, Collection<Partner> partners, Collection<Site> sites) {
        this.code = details.code() == null ? null : details.code().trim().toUpperCase(java.util.Locale.ROOT);
        this.name = details.name() == null ? null : details.name().trim();
        this.donor = details.donor() == null || details.donor().isBlank() ? null : details.donor().trim();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.budget = details.budget();
        this.currency = details.currency() == null ? null : details.currency().trim().toUpperCase(java.util.Locale.ROOT);
        this.description = details.description() == null || details.description().isBlank() ? null
                : details.description().trim();
        this.leadPartner = lead;
        this.partners.clear();
        this.partners.addAll(partners);
        this.partners.add(lead);
        this.sites.clear();
        this.sites.addAll(sites);
    }

    public Details details() {
        return new Details(code, name, donor, startDate, endDate, budget, currency, description);
    }

    @AssertTrue(message = "{validation.programme.dates}")
    public boolean isEndNotBeforeStart() {
        return details().endNotBeforeStart();
    }

    /**
     * True when the programme works where the site is: one of its sites contains the site or lies
     * under it (see {@link Site#overlaps}).
     */
    public boolean reaches(Site site) {
        return sites.stream().anyMatch(s -> s.overlaps(site));
    }

    /** True when the programme works somewhere in the scope, by the same rule. */
    public boolean reaches(org.masar.site.domain.Scope scope) {
        return sites.stream().anyMatch(s -> scope.overlaps(s.getPath()));
    }

    public Long getId() {
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

    public Partner getLeadPartner() {
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

    /** The partners, read-only: {@link #revise} changes them. */
    public Set<Partner> getPartners() {
        return java.util.Collections.unmodifiableSet(partners);
    }

    /** The sites, read-only: {@link #revise} changes them. */
    public Set<Site> getSites() {
        return java.util.Collections.unmodifiableSet(sites);
    }

    public int getVersion() {
        return version;
    }
}
