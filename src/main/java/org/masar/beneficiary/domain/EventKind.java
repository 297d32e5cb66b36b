package org.masar.beneficiary.domain;

public enum EventKind {
    REGISTERED, EDITED, CONSENT_GIVEN, CONSENT_WITHDRAWN, DUPLICATE_OVERRIDE, MERGED_FROM, MERGED_INTO
}
