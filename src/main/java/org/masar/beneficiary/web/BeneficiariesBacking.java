package org.masar.beneficiary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.NameMatcher;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.beneficiary.service.BeneficiaryFilter;
import org.masar.beneficiary.service.BeneficiaryQueries;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;
import org.masar.shared.web.PagedTable;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;

/** beneficiary/list.xhtml: the people of the user's sites, filtered and paged in the database. */
@Named
@ViewScoped
public class BeneficiariesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BeneficiaryQueries queries;

    @Inject
    transient BeneficiaryService registry;

    @Inject
    transient SiteService sites;

    @Inject
    transient CurrentUser currentUser;

    private final RegistryFilterForm filters = new RegistryFilterForm();
    private PagedTable<Beneficiary> table;
    private transient List<Site> siteChoices;

    @PostConstruct
    void init() {
        table = new PagedTable<>(request -> {
            org.masar.shared.domain.Page<Beneficiary> shown = queries.page(filter(), request, currentUser.require());
            registry.listed(filter().describe(), shown.rows().size(), currentUser.require());
            return shown;
        }, Beneficiary::getId);
    }

    public BeneficiaryFilter filter() {
        return filters.filter();
    }

    /** The name filter, refused beside its field when it holds no letter (the table keeps its last search). */
    public void checkName(FacesContext context, UIComponent field, Object typed) {
        if (!NameMatcher.searchable((String) typed)) {
            String text = Faces.text(BeneficiaryFilter.NAME_NEEDS_LETTER);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    /** The export link carries the same filters; the export checks scope again on its own. */
    public String getExportQuery() {
        return filters.query();
    }

    public boolean isCanRegister() {
        return currentUser.caller().map(BeneficiaryAccess::canWrite).orElse(false);
    }

    public List<Site> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.within(currentUser.scope());
        }
        return siteChoices;
    }

    public PagedTable<Beneficiary> getTable() {
        return table;
    }

    public RegistryFilterForm getFilters() {
        return filters;
    }
}
