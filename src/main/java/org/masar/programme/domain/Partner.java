package org.masar.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation taking part in programmes: municipality, NGO, agency, bank, company… */
@Entity
@Table(name = "partner")
public class Partner {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerType type;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}")
    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Version
    private int version;

    protected Partner() {
    }

    public Partner(String name, PartnerType type, String countryCode) {
        describe(name, type, countryCode);
    }

    /** Changes what the partner is called, what kind of organisation it is and where. */
    public void describe(String name, PartnerType type, String countryCode) {
        this.name = name == null ? null : name.trim();
        this.type = type;
        this.countryCode = countryCode == null ? null : countryCode.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PartnerType getType() {
        return type;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return name;
    }
}
