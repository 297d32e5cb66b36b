package org.masar.beneficiary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.masar.security.service.Caller;
import org.masar.security.service.Download;
import org.masar.shared.domain.InvalidInput;

/**
 * /download/person.xlsx?code=…: the workbook of everything Masar holds about one person
 * ({@link SubjectWorkbook}), for a data-subject request. Managers and administrators only; a
 * person outside their scope, or no such person, answers 404.
 */
@ApplicationScoped
public class SubjectExport implements Download {

    @Inject
    SubjectWorkbook workbook;

    @Override
    public String name() {
        return "person";
    }

    @Override
    public boolean permits(Caller caller) {
        return SubjectWorkbook.permits(caller);
    }

    @Override
    public Prepared prepare(Map<String, String> parameters, Caller caller, Locale locale) {
        String given = parameters.get("code");
        if (given == null || given.isBlank()) {
            throw InvalidInput.of("code", "subject.error.code");
        }
        String code = workbook.check(given, caller);
        return out -> workbook.write(code, caller, locale, out);
    }
}
