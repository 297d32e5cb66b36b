package org.masar.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.PersonDataSource;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.StageTransition;
import org.masar.shared.excel.Column;
import org.masar.shared.excel.StreamedWorkbook;
import org.masar.shared.i18n.Texts;

/** The pipelines' part of a person's workbook: every enrolment and every move, with the enrolments export's columns. */
@ApplicationScoped
@Transactional
public class EnrolmentSubjectData implements PersonDataSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 100;
    }

    @Override
    public int write(Beneficiary person, StreamedWorkbook workbook, Column.Context context) {
        List<Enrolment> enrolments = em.createQuery("select e from Enrolment e join fetch e.beneficiary b join fetch b.site"
                        + " join fetch e.pipeline p join fetch p.programme join fetch e.currentStage left join fetch e.caseWorker"
                        + " where b.id = :id or b.mergedInto.id = :id order by e.id", Enrolment.class)
                .setParameter("id", person.getId()).getResultList();
        var sheet = workbook.sheet(Texts.get(context.locale(), "enrolment.export.sheet"), EnrolmentExport.ENROLMENTS, context);
        enrolments.forEach(e -> sheet.add(EnrolmentLine.of(e)));
        sheet.finish();
        var moves = workbook.sheet(Texts.get(context.locale(), "enrolment.export.historySheet"), EnrolmentExport.MOVES, context);
        if (!enrolments.isEmpty()) {
            for (StageTransition t : em.createQuery("select t from StageTransition t left join fetch t.fromStage"
                            + " join fetch t.toStage join fetch t.enrolment where t.enrolment in :enrolments"
                            + " order by t.enrolment.id, t.at, t.id", StageTransition.class)
                    .setParameter("enrolments", enrolments).getResultList()) {
                moves.add(MoveLine.of(t));
            }
        }
        moves.finish();
        return sheet.rows() + moves.rows();
    }
}
