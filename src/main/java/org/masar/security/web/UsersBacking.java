package org.masar.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.masar.security.domain.AppUser;
import org.masar.security.service.UserService;
import org.masar.shared.web.PagedTable;

/** admin/users.xhtml */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    private PagedTable<AppUser> table;

    @PostConstruct
    void init() {
        table = new PagedTable<>(request -> users.page(request), AppUser::getId);
    }

    public PagedTable<AppUser> getTable() {
        return table;
    }
}
