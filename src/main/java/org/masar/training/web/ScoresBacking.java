package org.masar.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.masar.security.service.CurrentUser;
import org.masar.shared.db.Contention;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.web.Faces;
import org.masar.training.service.ParticipantRow;
import org.masar.training.service.ParticipantService;

/**
 * The assessment form of training/course.xhtml: a score box per participant, saved together, each
 * from the participant's version the page read. A bad score is shown next to its box; scores saved
 * by someone else in between refuse the save whole, and the page shows theirs to enter again.
 */
@Named
@ViewScoped
public class ScoresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A participant's box: who, the version read, the score typed. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long participantId;
        private final String code;
        private final String name;
        private final int version;
        private Integer score;

        Line(ParticipantRow r) {
            this.participantId = r.id();
            this.code = r.code();
            this.name = r.firstName() + " " + r.lastName();
            this.version = r.version();
            this.score = r.score();
        }

        public long getParticipantId() {
            return participantId;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }
    }

    @Inject
    CourseBacking page;

    @Inject
    transient ParticipantService participants;

    @Inject
    transient CurrentUser currentUser;

    private List<Line> lines;

    public List<Line> getLines() {
        if (lines == null) {
            lines = page.getParticipants().stream().map(Line::new).toList();
        }
        return lines;
    }

    public void save() {
        List<ParticipantService.ScoreLine> asked = new ArrayList<>();
        getLines().forEach(l -> asked.add(new ParticipantService.ScoreLine(l.participantId, l.version, l.score)));
        try {
            participants.scores(page.getId(), asked, currentUser.require());
            Faces.info("training.scores.saved");
        } catch (InvalidInput invalid) {
            showOnBoxes(invalid);
            return;
        } catch (ConcurrentChange stale) {
            Faces.error(null, "training.scores.stale");
        } catch (BusinessException refused) {
            Faces.show(refused, "scores");
            return;
        } catch (RuntimeException failure) {
            if (Contention.refusal(failure).isEmpty()) {
                throw failure;
            }
            Faces.error(null, "training.scores.stale");
        }
        page.reload();
        lines = null;
    }

    /** A score refused on {@code score-ID} goes next to that participant's box. */
    private void showOnBoxes(InvalidInput invalid) {
        for (Map.Entry<String, String> field : invalid.fieldKeys().entrySet()) {
            String clientId = null;
            for (int i = 0; i < lines.size(); i++) {
                if (field.getKey().equals("score-" + lines.get(i).participantId)) {
                    clientId = "scores:lines:" + i + ":score";
                }
            }
            Faces.error(clientId, field.getValue(), invalid.arguments(field.getKey()));
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    }
}
