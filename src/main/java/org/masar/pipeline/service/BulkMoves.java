package org.masar.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.masar.pipeline.domain.CriterionMet;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.StageTransition;
import org.masar.security.service.Caller;
import org.masar.shared.db.Contention;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.InvalidInput;

/**
 * Advances many enrolments to one stage. Each move is its own transaction (a call into
 * {@link EnrolmentService}), so each enrolment moves wholly or not at all: those that can move
 * do, and the others come back with the reason, unchanged; those that move say what records met
 * their criteria bound to evidence.
 */
@ApplicationScoped
public class BulkMoves {

    @Inject
    EnrolmentService enrolments;

    public List<BulkResult> advance(List<Long> ids, long toStageId, Set<Long> tickedCriteria, String overrideReason,
                                    String note, Caller caller) {
        CaseWorkAccess.require(caller);
        List<BulkResult> results = new ArrayList<>();
        for (Long id : ids) {
            String code = null;
            String name = null;
            try {
                Enrolment e = enrolments.find(id, caller);
                code = e.getBeneficiary().getCode();
                name = e.getBeneficiary().getFirstName() + " " + e.getBeneficiary().getLastName();
                StageTransition line = enrolments.move(id, new MoveCommand(MoveCommand.Action.ADVANCE, toStageId, null,
                        note, null, tickedCriteria, overrideReason), caller);
                boolean byEvidence = line.getCriteria().stream().anyMatch(c -> c.getHow() == CriterionMet.How.EVIDENCE);
                results.add(BulkResult.moved(id, code, name, byEvidence ? line::evidenceNames : null));
            } catch (InvalidInput invalid) {
                // A refusal said on a field (evidence short of a criterion, a reason too short): its message.
                var field = invalid.fieldKeys().entrySet().iterator().next();
                results.add(BulkResult.refused(id, code, name, field.getValue(), invalid.arguments(field.getKey())));
            } catch (BusinessException refused) {
                results.add(BulkResult.refused(id, code, name, refused.messageKey(), refused.arguments()));
            } catch (RuntimeException failure) {
                // Another writer met at flush or commit is a refusal like the others; any other failure is an error.
                BusinessException changed = Contention.refusal(failure).orElseThrow(() -> failure);
                results.add(BulkResult.refused(id, code, name, changed.messageKey(), changed.arguments()));
            }
        }
        return results;
    }
}
