package org.masar.programme.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.masar.programme.domain.Programme;
import org.masar.programme.service.ProgrammeService;
import org.masar.shared.web.PagedTable;

/** admin/programmes.xhtml */
@Named
@ViewScoped
public class ProgrammesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProgrammeService programmes;

    private PagedTable<Programme> table;

    @PostConstruct
    void init() {
        table = new PagedTable<>(request -> programmes.page(request), Programme::getId);
    }

    public PagedTable<Programme> getTable() {
        return table;
    }
}
