package org.masar.beneficiary.domain;

/** Groups recorded by hand. Youth and women are not here: they follow from age and sex. */
public enum BeneficiaryGroup {
    MIGRANT, RETURNEE, DIASPORA, THIRD_COUNTRY_NATIONAL,
    INTERNATIONAL_PROTECTION, SUBSIDIARY_PROTECTION, HUMANITARIAN_PROTECTION, UNACCOMPANIED_MINOR
}
