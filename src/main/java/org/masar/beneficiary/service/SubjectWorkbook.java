package org.masar.beneficiary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryEvent;
import org.masar.beneficiary.domain.Consent;
import org.masar.beneficiary.event.ReadView;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.excel.Column;
import org.masar.shared.excel.ColumnTable;
import org.masar.shared.excel.StreamedWorkbook;
import org.masar.shared.i18n.Texts;

/**
 * Everything Masar holds about one person as one workbook, in the person's language (the
 * reader's when none was recorded): the record, its consents and registry history, then each
 * module's sheets ({@link PersonDataSource}). For managers and administrators; told to the audit
 * trail as a read of the person of its own kind, besides the download's own entry.
 */
@ApplicationScoped
@Transactional
public class SubjectWorkbook {

    /** One line of the record sheet: a field and its value. */
    public record Fact(String field, Object value) {
    }

    public static final ColumnTable<Fact> RECORD = ColumnTable.<Fact>of("subject.record.")
            .text("field", 28, (f, c) -> Texts.get(c.locale(), f.field()))
            .text("value", 60, (f, c) -> f.value())
            .build();

    public static final ColumnTable<Consent> CONSENTS = ColumnTable.<Consent>of("subject.consents.")
            .text("purpose", 30, (k, c) -> Texts.get(c.locale(), "consent." + k.getPurpose()))
            .date("givenOn", (k, c) -> k.getGivenOn())
            .date("withdrawnOn", (k, c) -> k.getWithdrawnOn())
            .text("recordedBy", 16, (k, c) -> k.getRecordedBy())
            .build();

    public static final ColumnTable<BeneficiaryEvent> HISTORY = ColumnTable.<BeneficiaryEvent>of("subject.history.")
            .dateTime("at", (e, c) -> e.getAt())
            .text("what", 24, (e, c) -> Texts.get(c.locale(), "event." + e.getKind()))
            .text("by", 16, (e, c) -> e.getByUser())
            .text("detail", 60, (e, c) -> e.getDetail())
            .build();

    @Inject
    BeneficiaryService registry;

    @Inject
    RegistryTimeline history;

    @Inject
    @Any
    Instance<PersonDataSource> sources;

    @Inject
    Clock clock;

    public static boolean permits(Caller caller) {
        return caller.has(Role.MANAGER) || caller.has(Role.ADMIN);
    }

    /** The person's code as stored, if the caller may have their workbook; NotFound outside scope. */
    public String check(String code, Caller caller) {
        if (!permits(caller)) {
            throw new Forbidden();
        }
        return registry.find(code, caller).getCode();
    }

    /** Writes the workbook; returns the rows it holds, all sheets together. */
    public int write(String code, Caller caller, Locale reader, OutputStream out) {
        check(code, caller);
        Beneficiary person = registry.profile(code, caller);
        Locale locale = person.getLanguage() == null ? reader : Locale.forLanguageTag(person.getLanguage());
        Column.Context context = new Column.Context(locale, clock);
        int rows = 0;
        try (StreamedWorkbook workbook = new StreamedWorkbook()) {
            var record = workbook.sheet(Texts.get(locale, "subject.sheet.record"), RECORD, context);
            facts(person, locale).forEach(record::add);
            record.finish();
            var consents = workbook.sheet(Texts.get(locale, "subject.sheet.consents"), CONSENTS, context);
            person.getConsents().stream().sorted(Comparator.comparing(Consent::getGivenOn)).forEach(consents::add);
            consents.finish();
            var lines = workbook.sheet(Texts.get(locale, "subject.sheet.history"), HISTORY, context);
            history.events(person.getId()).forEach(lines::add);
            lines.finish();
            rows += record.rows() + consents.rows() + lines.rows();
            List<PersonDataSource> ordered = new ArrayList<>();
            sources.forEach(ordered::add);
            ordered.sort(Comparator.comparingInt(PersonDataSource::order));
            for (PersonDataSource source : ordered) {
                rows += source.write(person, workbook, context);
            }
            workbook.write(out);
        }
        registry.told(person, caller, ReadView.SUBJECT_EXPORT);
        return rows;
    }

    private static List<Fact> facts(Beneficiary b, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("beneficiary.code", b.getCode()));
        facts.add(new Fact("beneficiary.firstName", b.getFirstName()));
        facts.add(new Fact("beneficiary.lastName", b.getLastName()));
        facts.add(new Fact("beneficiary.arabicName", b.getArabicName()));
        facts.add(new Fact("beneficiary.sex", Texts.get(locale, "sex." + b.getSex())));
        facts.add(new Fact("beneficiary.birthDate", b.getBirthDate().toString()));
        facts.add(new Fact("beneficiary.nationality", b.getNationality()));
        facts.add(new Fact("beneficiary.residenceCountry", b.getResidenceCountry()));
        facts.add(new Fact("beneficiary.site", b.getSite().name(locale)));
        facts.add(new Fact("beneficiary.phone", b.getPhone()));
        facts.add(new Fact("beneficiary.email", b.getEmail()));
        facts.add(new Fact("beneficiary.language", b.getLanguage() == null ? null : Texts.get(locale, "language." + b.getLanguage())));
        facts.add(new Fact("beneficiary.documentType", Texts.get(locale, "document." + b.getDocumentType())));
        facts.add(new Fact("beneficiary.documentNumber", b.getDocumentNumber()));
        facts.add(new Fact("beneficiary.educationLevel", Texts.get(locale, "education." + b.getEducationLevel())));
        facts.add(new Fact("beneficiary.employmentStatus", Texts.get(locale, "employment." + b.getEmploymentStatus())));
        facts.add(new Fact("beneficiary.disability", Texts.get(locale, b.isDisability() ? "common.yes" : "common.no")));
        facts.add(new Fact("beneficiary.groups", b.getGroups().stream().sorted()
                .map(g -> Texts.get(locale, "group." + g)).collect(Collectors.joining(", "))));
        facts.add(new Fact("subject.record.registered", b.getCreatedAt().toLocalDate() + " · " + b.getCreatedBy()));
        if (b.getMergedInto() != null) {
            facts.add(new Fact("subject.record.mergedInto", b.getMergedInto().getCode()));
        }
        return facts;
    }
}
