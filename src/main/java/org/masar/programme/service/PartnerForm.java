package org.masar.programme.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.PartnerType;

/** What the partner form edits: name, kind and country, with the version it started from. */
public class PartnerForm {

    private Long id;
    private int version;

    @NotBlank
    @Size(max = Partner.NAME_MAX)
    private String name;

    @NotNull
    private PartnerType type;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}")
    private String countryCode;

    public PartnerForm() {
    }

    public PartnerForm(String name, PartnerType type, String countryCode) {
        setName(name);
        this.type = type;
        setCountryCode(countryCode);
    }

    public static PartnerForm of(Partner p) {
        PartnerForm f = new PartnerForm(p.getName(), p.getType(), p.getCountryCode());
        f.id = p.getId();
        f.version = p.getVersion();
        return f;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public PartnerType getType() {
        return type;
    }

    public void setType(PartnerType type) {
        this.type = type;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode == null ? null : countryCode.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
