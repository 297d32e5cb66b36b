package org.masar.beneficiary.domain;

public enum Sex {
    F, M
}
