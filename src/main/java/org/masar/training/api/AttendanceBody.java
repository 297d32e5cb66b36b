package org.masar.training.api;

import java.util.ArrayList;
import java.util.List;
import org.masar.shared.domain.InvalidInput;
import org.masar.training.domain.Mark;
import org.masar.training.service.AttendanceService;

/** A grid's marks in one body, from the session version the caller saw; marks PRESENT, LATE, EXCUSED, ABSENT in any case. */
public record AttendanceBody(Integer version, List<MarkJson> marks) {

    public record MarkJson(Long participantId, String mark) {
    }

    List<AttendanceService.MarkLine> lines() {
        BodyValues read = new BodyValues();
        List<AttendanceService.MarkLine> lines = new ArrayList<>();
        if (marks == null) {
            throw InvalidInput.of("marks", "training.error.marks");
        }
        for (MarkJson m : marks) {
            if (m == null) {
                throw InvalidInput.of("marks", "training.error.marks");
            }
            lines.add(new AttendanceService.MarkLine(m.participantId(), read.constant(Mark.class, "marks", m.mark())));
        }
        read.check();
        return lines;
    }
}
