package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.PipelineService;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;

/** admin/stage.xhtml: a stage's names, final or not, expected days and followers; its checklist is {@link StageCriteriaBacking}'s. */
@Named
@ViewScoped
public class StageAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PipelineService pipelines;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private transient Stage stage;
    private int version;
    private StageFieldsForm fields = new StageFieldsForm();

    public void load() {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            stage = pipelines.stage(id);
            version = stage.getVersion();
            fields = StageFieldsForm.of(stage);
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    public void save() {
        if (Faces.attempt("form", () -> pipelines.saveStage(id, version, fields.toForm(), currentUser.require()))) {
            Faces.info("pipeline.stageSaved");
            Faces.redirect("/admin/pipeline.xhtml?id=" + getStage().getPipeline().getId());
        }
    }

    /** The stage read again after a change of its checklist ({@link StageCriteriaBacking}). */
    void reload() {
        stage = pipelines.stage(id);
        version = stage.getVersion();
    }

    public Stage getStage() {
        if (stage == null && id != null) {
            stage = pipelines.stage(id);
        }
        return stage;
    }

    /** Every other stage of the pipeline may be listed as a follower. */
    public List<Stage> getOtherStages() {
        return getStage().getPipeline().getStages().stream().filter(s -> !s.getId().equals(id)).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StageFieldsForm getFields() {
        return fields;
    }
}
