package org.masar.beneficiary.service;

import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.NameMatcher;
import org.masar.beneficiary.domain.Sex;
import org.masar.shared.domain.InvalidInput;

/**
 * Filters of the beneficiary list, export and API. {@code quick} finds a code, phone or document
 * number exactly; {@code name} is the start of a first or last name.
 */
public record BeneficiaryFilter(String quick, String name, String siteCode, Sex sex, AgeBand ageBand,
                                BeneficiaryGroup group, ConsentPurpose consent) {

    /**
     * Refuses a name that holds no letter (only symbols or digits), on the field {@code name}: no
     * one types it to find a person, and it finds nobody. The list page, the REST API and the
     * export say so alike; the queries themselves match nobody for it.
     */
    public BeneficiaryFilter requireSearchableName() {
        if (!NameMatcher.searchable(name)) {
            throw InvalidInput.of("name", NAME_NEEDS_LETTER);
        }
        return this;
    }

    /** The message of a name search without a letter. */
    public static final String NAME_NEEDS_LETTER = "beneficiary.filter.nameNeedsLetter";

    public static BeneficiaryFilter none() {
        return new BeneficiaryFilter(null, null, null, null, null, null, null);
    }

    /** The filters set, as the audit trail keeps them ("name=Zou site=TN-SFX"); "all" when none is. */
    public String describe() {
        java.util.StringJoiner set = new java.util.StringJoiner(" ");
        java.util.function.BiConsumer<String, Object> add = (key, value) -> {
            if (value != null && !value.toString().isBlank()) {
                set.add(key + "=" + value.toString().strip());
            }
        };
        add.accept("q", quick);
        add.accept("name", name);
        add.accept("site", siteCode);
        add.accept("sex", sex);
        add.accept("ageBand", ageBand);
        add.accept("group", group);
        add.accept("consent", consent);
        return set.length() == 0 ? "all" : set.toString();
    }
}
