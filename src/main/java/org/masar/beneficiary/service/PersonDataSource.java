package org.masar.beneficiary.service;

import org.masar.beneficiary.domain.Beneficiary;
import org.masar.shared.excel.Column;
import org.masar.shared.excel.StreamedWorkbook;

/**
 * What a module holds about one person, for the workbook of everything Masar holds about them
 * (GDPR arts. 15 and 20): each module that keeps records about people contributes its sheets —
 * the pipelines their enrolments and moves, case work notes and follow-ups, and next attendance,
 * placements and loans. The registry asks them all and knows none by name.
 */
public interface PersonDataSource {

    /** Where the module's sheets stand among the others': lower first. */
    int order();

    /**
     * Adds the module's sheets about the person (merged records included) to the workbook, in
     * the context's language; everything it holds, not what a role may see: the workbook is the
     * person's own. Returns the rows written.
     */
    int write(Beneficiary person, StreamedWorkbook workbook, Column.Context context);
}
