package org.masar.beneficiary.service;

import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.Sex;

/**
 * Filters of the beneficiary list, export and API. {@code quick} finds a code, phone or document
 * number exactly; {@code name} is the start of a first or last name.
 */
public record BeneficiaryFilter(String quick, String name, String siteCode, Sex sex, AgeBand ageBand,
                                BeneficiaryGroup group, ConsentPurpose consent) {

    public static BeneficiaryFilter none() {
        return new BeneficiaryFilter(null, null, null, null, null, null, null);
    }
}
