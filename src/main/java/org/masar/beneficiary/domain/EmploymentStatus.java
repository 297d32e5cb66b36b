package org.masar.beneficiary.domain;

public enum EmploymentStatus {
    UNEMPLOYED, EMPLOYED, SELF_EMPLOYED, STUDENT, INACTIVE
}
