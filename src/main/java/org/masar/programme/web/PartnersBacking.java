package org.masar.programme.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.PartnerType;
import org.masar.programme.service.PartnerService;
import org.masar.shared.web.PagedTable;

/** admin/partners.xhtml */
@Named
@ViewScoped
public class PartnersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerService partners;

    private PagedTable<Partner> table;

    @PostConstruct
    void init() {
        table = new PagedTable<>(request -> partners.page(request), Partner::getId);
    }

    public PagedTable<Partner> getTable() {
        return table;
    }

    public PartnerType[] getTypes() {
        return PartnerType.values();
    }
}
