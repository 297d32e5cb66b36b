package org.masar.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.masar.audit.domain.AuditAction;
import org.masar.audit.service.AuditAccess;
import org.masar.audit.service.AuditFilter;
import org.masar.audit.service.AuditQueries;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.FieldValues;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;

/**
 * The access history over HTTP, for managers (the people and accounts of their sites) and
 * administrators: newest first, with the filters of the page. Times are those of the reader's
 * first site ({@code at}) and UTC ({@code atUtc}).
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record EntryJson(long id, LocalDateTime at, LocalDateTime atUtc, String username, String address,
                            String channel, String action, String person, String subject, String detail,
                            String changes) {
        static EntryJson of(AuditQueries.Row r) {
            var e = r.getEntry();
            return new EntryJson(e.getId(), r.getLocalAt(), e.getAt(), e.getUsername(), e.getAddress(), e.getChannel(),
                    e.getAction().name(), r.getPersonCode(), e.getSubject(), e.getDetail(), r.getChanges());
        }
    }

    public record PageJson(int page, int size, long total, List<EntryJson> items) {
    }

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    @Inject
    AuditQueries queries;

    @Inject
    CurrentUser currentUser;

    @GET
    public PageJson list(@QueryParam("person") String person, @QueryParam("user") String user,
                         @QueryParam("action") String action, @QueryParam("from") String from,
                         @QueryParam("to") String to,
                         @QueryParam("page") String pageNumber, @QueryParam("size") String pageSize) {
        Caller caller = AuditAccess.requireRead(currentUser.require());
        FieldValues read = new FieldValues();
        Integer page = read.whole("page", pageNumber, 0, Integer.MAX_VALUE, "api.error.paging");
        Integer size = read.whole("size", pageSize, 1, MAX_SIZE, "api.error.paging");
        AuditAction kind = read.constant(AuditAction.class, "action", action);
        LocalDate fromDay = read.date("from", from);
        LocalDate toDay = read.date("to", to);
        read.check();
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw InvalidInput.of("to", "audit.error.range");
        }
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        Page<AuditQueries.Row> found = queries.page(new AuditFilter(person, user, kind, fromDay, toDay),
                PageRequest.numbered(p, s), caller);
        return new PageJson(p, s, found.total(), found.rows().stream().map(EntryJson::of).toList());
    }
}
