package org.masar.training.api;

import java.util.List;
import org.masar.training.service.AttendanceService;

/** A session's attendance grid; a save quotes its {@code version}. {@code mark} is null where none was given yet. */
public record GridJson(long sessionId, long courseId, String date, boolean held, int version, List<LineJson> lines) {

    public record LineJson(long participantId, String code, String firstName, String lastName, String mark) {
    }

    static GridJson of(AttendanceService.Grid grid) {
        var s = grid.session();
        return new GridJson(s.getId(), s.getCourse().getId(), s.getDate().toString(), s.isHeld(), s.getVersion(),
                grid.lines().stream().map(l -> new LineJson(l.participantId(), l.code(), l.firstName(), l.lastName(),
                        l.mark() == null ? null : l.mark().name())).toList());
    }
}
