package org.masar.training.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.masar.security.service.CurrentUser;
import org.masar.shared.i18n.ReaderLocale;
import org.masar.shared.i18n.Texts;
import org.masar.training.service.CourseCompletion;

/**
 * {@code POST /api/v1/courses/{id}/completion}: the trainer's "complete those who meet the rule".
 * 200 with each move tried — moved, with what the records met, or refused with the reason — and
 * the certificates issued (their codes); 404 out of reach, 403 for one who only reads the course.
 */
@Path("courses/{id}/completion")
@Produces(MediaType.APPLICATION_JSON)
public class CompletionResource {

    /** One move the completion tried. */
    public record MoveJson(long enrolmentId, String beneficiaryCode, boolean moved, String reason) {
    }

    /** One certificate issued. */
    public record CertificateJson(long participantId, String code, double hours) {
    }

    public record CompletionJson(List<MoveJson> moves, List<CertificateJson> certificates) {
    }

    @Inject
    CourseCompletion completion;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReaderLocale reader;

    @POST
    public CompletionJson complete(@PathParam("id") long id) {
        CourseCompletion.Done done = completion.completeMet(id, currentUser.require());
        Locale locale = reader.getLocale();
        return new CompletionJson(done.moves().stream().map(m -> new MoveJson(m.getEnrolmentId(), m.getBeneficiaryCode(),
                        m.isMoved(), m.isMoved() ? null : Texts.get(locale, m.getMessageKey(), m.getArguments()))).toList(),
                done.certificates().stream().map(c -> new CertificateJson(c.getParticipant().getId(), c.getCode(),
                        c.getHoursAttended())).toList());
    }
}
