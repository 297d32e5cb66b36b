package org.masar.programme.domain;

public enum PartnerType {
    MUNICIPALITY, NGO, AGENCY, FINANCIAL_INSTITUTION, COMPANY, MINISTRY, UNIVERSITY
}
