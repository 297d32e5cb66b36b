package org.masar.internship.service;

import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.HostSize;

/**
 * What a host list is narrowed by, each optional: words of the name (matched as the duplicate
 * check compares names: without accents, case, spaces or legal form), country, city, sector, size,
 * and active hosts only.
 */
public record HostFilter(String name, String country, String city, HostSector sector, HostSize size, boolean activeOnly) {

    public static final HostFilter NONE = new HostFilter(null, null, null, null, null, false);
}
