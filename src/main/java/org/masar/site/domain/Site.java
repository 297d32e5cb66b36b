package org.masar.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.Names;

/**
 * A place Masar works in. Its code is short, unique and never changes once given: it appears in
 * beneficiary codes and in the materialised path that makes "this site and all under it" one
 * prefix search.
 */
@Entity
@Table(name = "site")
public class Site {

    public static final int CODE_MAX = 16;
    public static final int NAME_MAX = Names.MAX;
    public static final String CODE_PATTERN = "[A-Z0-9]+(-[A-Z0-9]+)*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(min = 2, max = CODE_MAX)
    @Pattern(regexp = CODE_PATTERN, message = "{validation.site.code}")
    @Column(nullable = false, updatable = false, length = CODE_MAX)
    private String code;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** The name in French, Arabic and Italian; null where none was given ({@link #name(Locale)} falls back to English). */
    @Size(max = NAME_MAX)
    @Column(name = "name_fr", length = NAME_MAX)
    private String nameFr;

    @Size(max = NAME_MAX)
    @Column(name = "name_ar", length = NAME_MAX)
    private String nameAr;

    @Size(max = NAME_MAX)
    @Column(name = "name_it", length = NAME_MAX)
    private String nameIt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SiteLevel level;

    @Column(name = "country_code", nullable = false, updatable = false, length = 2)
    private String countryCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private Site parent;

    @Column(nullable = false, updatable = false)
    private String path;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Site() {
    }

    private Site(String code, Names names, SiteLevel level, String countryCode, Site parent) {
        this.code = code;
        rename(names);
        this.level = level;
        this.countryCode = countryCode;
        this.parent = parent;
        this.path = (parent == null ? "/" : parent.path) + code + "/";
    }

    public static Site country(String isoCode, String name) {
        return country(isoCode, Names.of(name));
    }

    public static Site country(String isoCode, Names names) {
        return new Site(isoCode, names, SiteLevel.COUNTRY, isoCode, null);
    }

    public static Site under(Site parent, String code, String name) {
        return under(parent, code, Names.of(name));
    }

    /** A region or municipality under {@code parent}, one level below it. */
    public static Site under(Site parent, String code, Names names) {
        if (parent == null) {
            throw InvalidInput.of("parent", "site.error.parentRequired");
        }
        SiteLevel level = parent.level == SiteLevel.COUNTRY ? SiteLevel.REGION : SiteLevel.MUNICIPALITY;
        if (!level.canBeChildOf(parent.level)) {
            throw InvalidInput.of("parent", "site.error.parentLevel");
        }
        return new Site(code, names, level, parent.countryCode, parent);
    }

    public void rename(String newName) {
        rename(Names.of(newName));
    }

    /**
     * Gives the site its names; English is the one required, each at most {@link #NAME_MAX} long.
     * A refusal names each field of the site form it concerns (nameEn, nameFr, nameAr, nameIt).
     */
    public void rename(Names names) {
        Names given = names == null ? Names.of(null) : names;
        Map<String, Names.Problem> problems = given.problems();
        if (!problems.isEmpty()) {
            Map<String, String> keys = new LinkedHashMap<>();
            Map<String, Object[]> arguments = new LinkedHashMap<>();
            problems.forEach((language, problem) -> {
                String field = "name" + Character.toUpperCase(language.charAt(0)) + language.substring(1);
                if (problem == Names.Problem.REQUIRED) {
                    keys.put(field, "site.error.nameRequired");
                } else {
                    keys.put(field, "site.error.nameTooLong");
                    arguments.put(field, new Object[] {NAME_MAX});
                }
            });
            throw new InvalidInput(keys, arguments);
        }
        this.name = given.getEn();
        this.nameFr = given.getFr();
        this.nameAr = given.getAr();
        this.nameIt = given.getIt();
    }

    /** The site's names, one per language. */
    public Names names() {
        return new Names(name, nameFr, nameAr, nameIt);
    }

    /** The name a reader of {@code locale} is shown: theirs, English when their language has none. */
    public String name(Locale locale) {
        return names().in(locale);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** True when {@code other} is this site or lies anywhere under it. */
    public boolean contains(Site other) {
        return other.path.startsWith(path);
    }

    /**
     * True when one of the two sites lies under the other (or they are the same): a programme
     * working in the Sfax governorate concerns a person in the municipality of Sfax, and a
     * programme of one municipality concerns a case worker of the whole governorate.
     */
    public boolean overlaps(Site other) {
        return Scope.overlap(path, other.path);
    }

    /** The zone the site's dates are in: that of its country. */
    public java.time.ZoneId zone() {
        return Zones.of(countryCode);
    }

    /** Today's date at this site. */
    public java.time.LocalDate today(java.time.Clock clock) {
        return java.time.LocalDate.now(clock.withZone(zone()));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** The English name, the one every site has. */
    public String getName() {
        return name;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameAr() {
        return nameAr;
    }

    public String getNameIt() {
        return nameIt;
    }

    public SiteLevel getLevel() {
        return level;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Site getParent() {
        return parent;
    }

    /** The parent's code, read from the path so that no parent row needs loading. */
    public String getParentCode() {
        String[] parts = path.split("/");
        return parts.length > 2 ? parts[parts.length - 2] : null;
    }

    public String getPath() {
        return path;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }

    /** Depth in the tree, 0 for a country: used to indent site pickers. */
    public int getDepth() {
        return level.ordinal();
    }

    @Override
    public String toString() {
        return code;
    }
}
