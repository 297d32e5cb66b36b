package org.masar.pipeline.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.PipelineService;
import org.masar.shared.web.NamesForm;

/**
 * A stage's fields as the admin forms type them: the new-stage form of the pipeline page (with a
 * code) and the stage page (with its followers). The service validates them.
 */
public class StageFieldsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private NamesForm names = new NamesForm();
    private boolean finalStage;
    private Integer expectedDays;
    private List<Long> followerIds = new ArrayList<>();

    /** The stage as it stands, to edit. */
    public static StageFieldsForm of(Stage stage) {
        StageFieldsForm form = new StageFieldsForm();
        form.names = NamesForm.of(stage.getNames());
        form.finalStage = stage.isFinalStage();
        form.expectedDays = stage.getExpectedDays();
        form.followerIds = new ArrayList<>(stage.getNext().stream().map(Stage::getId).toList());
        return form;
    }

    public PipelineService.StageForm toForm() {
        return new PipelineService.StageForm(code, names.toNames(), finalStage, expectedDays, followerIds);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public NamesForm getNames() {
        return names;
    }

    public boolean isFinalStage() {
        return finalStage;
    }

    public void setFinalStage(boolean finalStage) {
        this.finalStage = finalStage;
    }

    public Integer getExpectedDays() {
        return expectedDays;
    }

    public void setExpectedDays(Integer expectedDays) {
        this.expectedDays = expectedDays;
    }

    public List<Long> getFollowerIds() {
        return followerIds;
    }

    public void setFollowerIds(List<Long> followerIds) {
        this.followerIds = followerIds;
    }
}
