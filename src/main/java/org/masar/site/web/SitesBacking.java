package org.masar.site.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.masar.shared.web.PagedTable;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;

/** admin/sites.xhtml */
@Named
@ViewScoped
public class SitesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SiteService sites;

    private PagedTable<Site> table;

    @PostConstruct
    void init() {
        table = new PagedTable<>(request -> sites.page(request), Site::getId);
    }

    public PagedTable<Site> getTable() {
        return table;
    }
}
