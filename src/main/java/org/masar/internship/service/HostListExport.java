package org.masar.internship.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.HostSize;
import org.masar.security.service.Caller;
import org.masar.security.service.Download;
import org.masar.shared.domain.FieldValues;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.shared.excel.Column;
import org.masar.shared.excel.ColumnTable;
import org.masar.shared.excel.StreamedWorkbook;
import org.masar.shared.i18n.Texts;

/**
 * The host organisations as an .xlsx (/download/hosts.xlsx), narrowed as the list is (name,
 * country, city, sector, size, active), by name, read a page at a time. Work contacts only, no
 * person Masar follows.
 */
@ApplicationScoped
@Transactional
public class HostListExport implements Download {

    static final int CHUNK = 500;

    public static final ColumnTable<Host> COLUMNS = ColumnTable.<Host>of("internship.hosts.column.")
            .text("name", 32, (h, c) -> h.getName())
            .text("country", 8, (h, c) -> h.getCountry())
            .text("city", 16, (h, c) -> h.getCity())
            .text("sector", 20, (h, c) -> Texts.get(c.locale(), "internship.sector." + h.getSector().name()))
            .text("size", 18, (h, c) -> Texts.get(c.locale(), "internship.size." + h.getSize().name()))
            .text("address", 28, (h, c) -> h.getAddress())
            .text("contactPerson", 20, (h, c) -> h.getContactPerson())
            .text("phone", 16, (h, c) -> h.getPhone())
            .text("email", 24, (h, c) -> h.getEmail())
            .text("registrationNumber", 16, (h, c) -> h.getRegistrationNumber())
            .bool("active", (h, c) -> h.isActive())
            .text("tutors", 36, (h, c) -> h.getTutors().stream().map(t -> t.getName()
                    + (t.getLanguages().isEmpty() ? "" : " (" + String.join(", ", t.getLanguages()) + ")"))
                    .collect(Collectors.joining("; ")))
            .build();

    @PersistenceContext
    EntityManager em;

    @Inject
    HostService hosts;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "hosts";
    }

    @Override
    public boolean permits(Caller caller) {
        return InternshipAccess.seesHosts(caller);
    }

    @Override
    public Prepared prepare(Map<String, String> parameters, Caller caller, Locale locale) {
        FieldValues read = new FieldValues();
        HostSector sector = read.constant(HostSector.class, "sector", parameters.get("sector"));
        HostSize size = read.constant(HostSize.class, "size", parameters.get("size"));
        read.check();
        HostFilter filter = new HostFilter(parameters.get("name"), parameters.get("country"), parameters.get("city"), sector,
                size, "true".equalsIgnoreCase(parameters.get("active")));
        return out -> write(filter, caller, locale, out);
    }

    /** Writes the hosts the filter keeps; returns how many. */
    public int write(HostFilter filter, Caller caller, Locale locale, OutputStream out) {
        try (StreamedWorkbook workbook = new StreamedWorkbook()) {
            var sheet = workbook.sheet(Texts.get(locale, "internship.hosts.sheet"), COLUMNS, new Column.Context(locale, clock));
            for (int first = 0; ; first += CHUNK) {
                Page<Host> page = hosts.page(filter, new PageRequest(first, CHUNK, "nameKey", true, Map.of()), caller);
                page.rows().forEach(sheet::add);
                em.clear();
                if (page.rows().size() < CHUNK) {
                    break;
                }
            }
            sheet.finish();
            workbook.write(out);
            return sheet.rows();
        }
    }
}
