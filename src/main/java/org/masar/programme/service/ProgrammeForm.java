package org.masar.programme.service;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.Programme;

/**
 * What the programme administration form (and the demo loader) sends: the programme's details,
 * its lead partner, partners and sites by id, and the version the editor started from. Checked
 * here field by field, then by the service's rules; the service turns it into the programme's verbs.
 */
public class ProgrammeForm {

    private Long id;
    private int version;

    @NotBlank
    @Size(max = Programme.CODE_MAX)
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "{validation.programme.code}")
    private String code;

    @NotBlank
    @Size(max = Programme.NAME_MAX)
    private String name;

    @Size(max = Programme.NAME_MAX)
    private String donor;

    private LocalDate startDate;
    private LocalDate endDate;

    @DecimalMin("0.00")
    @Digits(integer = 13, fraction = 2)
    private BigDecimal budget;

    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "{validation.currency}")
    private String currency = "EUR";

    @Size(max = Programme.DESCRIPTION_MAX)
    private String description;

    @NotNull
    private Long leadPartnerId;

    private List<Long> partnerIds = new ArrayList<>();
    private List<Long> siteIds = new ArrayList<>();

    public static ProgrammeForm of(Programme p) {
        ProgrammeForm f = new ProgrammeForm();
        f.id = p.getId();
        f.version = p.getVersion();
        Programme.Details d = p.details();
        f.code = d.code();
        f.name = d.name();
        f.donor = d.donor();
        f.startDate = d.startDate();
        f.endDate = d.endDate();
        f.budget = d.budget();
        f.currency = d.currency();
        f.description = d.description();
        f.leadPartnerId = p.getLeadPartner().getId();
        f.partnerIds = new ArrayList<>(p.getPartners().stream().map(Partner::getId).toList());
        f.siteIds = new ArrayList<>(p.getSites().stream().map(s -> s.getId()).toList());
        return f;
    }

    public Programme.Details details() {
        return new Programme.Details(code, name, donor, startDate, endDate, budget, currency, description);
    }

    @AssertTrue(message = "{validation.programme.dates}")
    public boolean isEndNotBeforeStart() {
        return details().endNotBeforeStart();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
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
        this.donor = donor;
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

    public Long getLeadPartnerId() {
        return leadPartnerId;
    }

    public void setLeadPartnerId(Long leadPartnerId) {
        this.leadPartnerId = leadPartnerId;
    }

    public List<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(List<Long> ids) {
        this.partnerIds = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
    }

    public List<Long> getSiteIds() {
        return siteIds;
    }

    public void setSiteIds(List<Long> ids) {
        this.siteIds = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
    }

    /** Arrays for the form's multi-selects, whose element types the views can convert to. */
    public Long[] getPartnerSelection() {
        return partnerIds.toArray(Long[]::new);
    }

    public void setPartnerSelection(Long[] selection) {
        setPartnerIds(selection == null ? null : List.of(selection));
    }

    public Long[] getSiteSelection() {
        return siteIds.toArray(Long[]::new);
    }

    public void setSiteSelection(Long[] selection) {
        setSiteIds(selection == null ? null : List.of(selection));
    }
}
