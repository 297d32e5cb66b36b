package org.masar.beneficiary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.Sex;
import org.masar.security.service.Caller;
import org.masar.security.service.Download;
import org.masar.shared.excel.Column;
import org.masar.shared.excel.ColumnTable;
import org.masar.shared.excel.StreamedWorkbook;
import org.masar.shared.i18n.Texts;
import org.masar.shared.domain.Codes;

/**
 * The beneficiary list as an .xlsx (/download/beneficiaries.xlsx, with the list's filters):
 * streamed, the people read in one streamed query, a window of rows in memory.
 */
@ApplicationScoped
public class BeneficiaryExport implements Download {

    /** The columns of a person's line: the export's now, the import template's next. */
    public static final ColumnTable<PersonLine> COLUMNS = ColumnTable.<PersonLine>of("beneficiary.export.")
            .text("code", 16, (r, c) -> r.code())
            .text("lastName", 16, (r, c) -> r.lastName())
            .text("firstName", 16, (r, c) -> r.firstName())
            .text("arabicName", 30, (r, c) -> r.arabicName())
            .text("sex", 6, (r, c) -> r.sex().name())
            .date("birthDate", (r, c) -> r.birthDate())
            .text("ageBand", 10, (r, c) -> ageBand(r.birthDate(), r.site(), c))
            .text("site", 16, (r, c) -> r.site().name(c.locale()))
            .text("nationality", 8, (r, c) -> r.nationality())
            .text("residenceCountry", 8, (r, c) -> r.residenceCountry())
            .text("phone", 16, (r, c) -> r.phone())
            .text("email", 24, (r, c) -> r.email())
            .text("documentType", 12, (r, c) -> r.documentType().name())
            .text("documentNumber", 16, (r, c) -> r.documentNumber())
            .text("educationLevel", 16, (r, c) -> Texts.get(c.locale(), "education." + r.educationLevel().name()))
            .text("employmentStatus", 16, (r, c) -> Texts.get(c.locale(), "employment." + r.employmentStatus().name()))
            .bool("disability", (r, c) -> r.disability())
            .text("groups", 30, (r, c) -> names(r.groups()))
            .text("consentPurposes", 30, (r, c) -> names(r.consents()))
            .build();

    @Inject
    BeneficiaryQueries queries;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "beneficiaries";
    }

    @Override
    public boolean permits(Caller caller) {
        return BeneficiaryAccess.usesRegistry(caller);
    }

    @Override
    public Prepared prepare(Map<String, String> p, Caller caller, Locale locale) {
        BeneficiaryFilter filter = new BeneficiaryFilter(p.get("q"), p.get("name"), p.get("site"),
                Codes.constant(Sex.class, "sex", p.get("sex")), Codes.constant(AgeBand.class, "ageBand", p.get("ageBand")),
                Codes.constant(BeneficiaryGroup.class, "group", p.get("group")),
                Codes.constant(ConsentPurpose.class, "consent", p.get("consent"))).requireSearchableName();
        return out -> write(filter, caller, locale, out);
    }

    /** Writes the people of the filter the caller can see; returns how many. */
    public int write(BeneficiaryFilter filter, Caller caller, Locale locale, OutputStream out) {
        BeneficiaryAccess.requireRegistry(caller);
        try (StreamedWorkbook workbook = new StreamedWorkbook()) {
            var sheet = workbook.sheet(Texts.get(locale, "beneficiary.list.title"), COLUMNS,
                    new Column.Context(locale, clock));
            queries.forEach(filter, caller, sheet::add);
            sheet.finish();
            workbook.write(out);
            return sheet.rows();
        }
    }

    /** The age band today at {@code site} of someone born on {@code birthDate}, in the reader's language (empty below 15). */
    public static String ageBand(java.time.LocalDate birthDate, org.masar.site.domain.Site site, Column.Context c) {
        AgeBand band = AgeBand.of(birthDate, site.today(c.clock()));
        return band == null ? "" : Texts.get(c.locale(), "ageBand." + band.name());
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
