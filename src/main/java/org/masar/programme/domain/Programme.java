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

    @AssertTrue(message = "{validation.programme.dates}")
    public boolean isEndNotBeforeStart() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDonor() {
        return donor;
    }

    public void setDonor(String donor) {
        this.donor = donor == null || donor.isBlank() ? null : donor.trim();
    }

    public Partner getLeadPartner() {
        return leadPartner;
    }

    public void setLeadPartner(Partner leadPartner) {
        this.leadPartner = leadPartner;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency == null ? null : currency.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<Partner> getPartners() {
        return partners;
    }

    public Set<Site> getSites() {
        return sites;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
