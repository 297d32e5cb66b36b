package org.masar.beneficiary.domain;

public enum EducationLevel {
    NONE, PRIMARY, SECONDARY, VOCATIONAL, HIGHER
}
