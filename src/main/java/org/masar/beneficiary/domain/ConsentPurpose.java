package org.masar.beneficiary.domain;

public enum ConsentPurpose {
    PARTICIPATION, PARTNER_SHARING, PHOTOS, FOLLOW_UP
}
