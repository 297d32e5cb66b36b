package org.masar.beneficiary.domain;

public enum DocumentType {
    CIN, PASSPORT, RESIDENCE_PERMIT, NONE
}
