package org.masar.internship.domain;

/** The sectors MENTOR 2's host companies in Lombardy and Piedmont work in. */
public enum HostSector {
    AGRO_FOOD, MANUFACTURING, MECHANICS, CONSTRUCTION, COMMERCE, HOSPITALITY, LOGISTICS, ICT, FASHION_DESIGN,
    HEALTH_CARE, ENERGY_ENVIRONMENT, SERVICES
}
