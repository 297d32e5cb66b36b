package org.masar.internship.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.HostSize;
import org.masar.internship.service.HostFilter;
import org.masar.internship.service.HostService;
import org.masar.internship.service.InternshipAccess;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;
import org.masar.shared.web.PagedTable;

/**
 * internship/hosts.xhtml: the host organisations, searched by name and narrowed by country, city,
 * sector, size and activity, paged and sorted in the database.
 */
@Named
@ViewScoped
public class HostsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HostService hosts;

    @Inject
    transient CurrentUser currentUser;

    private String name;
    private String country;
    private String city;
    private HostSector sector;
    private HostSize size;
    private boolean activeOnly = true;
    private PagedTable<Host> table;
    private transient List<String> countries;
    private transient List<String> cities;

    @PostConstruct
    void init() {
        table = new PagedTable<>(request -> hosts.page(filter(), request, currentUser.require()), Host::getId);
    }

    /** The page opened: only roles that work with hosts. */
    public void open() {
        if (!currentUser.caller().map(InternshipAccess::seesHosts).orElse(false)) {
            Faces.forbidden();
        }
    }

    private HostFilter filter() {
        return new HostFilter(name, country, city, sector, size, activeOnly);
    }

    /** The download's parameters: the list's filters. */
    public String getExportQuery() {
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("name", name);
        params.put("country", country);
        params.put("city", city);
        params.put("sector", sector == null ? null : sector.name());
        params.put("size", size == null ? null : size.name());
        params.put("active", activeOnly ? "true" : null);
        return org.masar.shared.web.Downloads.query(params);
    }

    /** A new country shown: its cities only. */
    public void countryChanged() {
        city = null;
        cities = null;
    }

    public List<String> getCountries() {
        if (countries == null) {
            countries = hosts.countries(currentUser.require());
        }
        return countries;
    }

    public List<String> getCities() {
        if (cities == null) {
            cities = hosts.cities(country, currentUser.require());
        }
        return cities;
    }

    public PagedTable<Host> getTable() {
        return table;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public HostSector getSector() {
        return sector;
    }

    public void setSector(HostSector sector) {
        this.sector = sector;
    }

    public HostSize getSize() {
        return size;
    }

    public void setSize(HostSize size) {
        this.size = size;
    }

    public boolean isActiveOnly() {
        return activeOnly;
    }

    public void setActiveOnly(boolean activeOnly) {
        this.activeOnly = activeOnly;
    }
}
