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
import java.time.format.DateTimeParseException;
import java.util.List;
import org.masar.audit.domain.AuditAction;
import org.masar.audit.service.AuditAccess;
import org.masar.audit.service.AuditFilter;
import org.masar.audit.service.AuditQueries;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.Codes;
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

    @Inject
    AuditQueries queries;

    @Inject
    CurrentUser currentUser;

    @GET
    public PageJson list(@QueryParam("person") String person, @QueryParam("user") String user,
                         @QueryParam("action") String action, @QueryParam("from") String from,
                         @QueryParam("to") String to,
                         @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("50") int size) {
        Caller caller = AuditAccess.requireRead(currentUser.require());
        if (page < 0 || size < 1 || size > 200) {
            throw InvalidInput.of(page < 0 ? "page" : "size", "api.error.paging");
        }
        LocalDate fromDay = date("from", from);
        LocalDate toDay = date("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw InvalidInput.of("to", "audit.error.range");
        }
        AuditFilter filter = new AuditFilter(person, user, Codes.constant(AuditAction.class, "action", action),
                fromDay, toDay);
        Page<AuditQueries.Row> found = queries.page(filter, new PageRequest(page * size, size, null, false, null), caller);
        return new PageJson(page, size, found.total(), found.rows().stream().map(EntryJson::of).toList());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            throw InvalidInput.of(field, "audit.error.date");
        }
    }
}
