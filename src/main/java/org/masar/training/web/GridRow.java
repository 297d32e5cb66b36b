package org.masar.training.web;

import java.io.Serializable;
import org.masar.training.domain.Mark;
import org.masar.training.service.AttendanceService;

/** One line of the attendance grid as the page edits it: who, and the mark chosen (none yet when null). */
public class GridRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long participantId;
    private final String code;
    private final String name;
    private Mark mark;

    GridRow(AttendanceService.Line line) {
        this.participantId = line.participantId();
        this.code = line.code();
        this.name = line.firstName() + " " + line.lastName();
        this.mark = line.mark();
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

    public Mark getMark() {
        return mark;
    }

    public void setMark(Mark mark) {
        this.mark = mark;
    }
}
