package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.PipelineService;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;
import org.masar.shared.web.NamesForm;

/** admin/stage.xhtml: a stage's names, final or not, expected days, followers and entry checklist. */
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
    private final NamesForm criterion = new NamesForm();
    private Long renamingId;
    private NamesForm renamed = new NamesForm();

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

    public void addCriterion() {
        if (Faces.attempt("criteria", () -> pipelines.addCriterion(id, criterion.toNames(), currentUser.require()))) {
            Faces.info("pipeline.criterionAdded");
            criterion.clear();
        }
        reload();
    }

    public void startRename(Criterion c) {
        renamingId = c.getId();
        renamed = NamesForm.of(c.getNames());
    }

    public void rename() {
        if (Faces.attempt("criteria", () -> pipelines.renameCriterion(renamingId, renamed.toNames(), currentUser.require()))) {
            renamingId = null;
        }
        reload();
    }

    public void retireCriterion(Criterion c) {
        Faces.attempt("criteria", () -> pipelines.retireCriterion(c.getId(), currentUser.require()));
        reload();
    }

    private void reload() {
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

    public NamesForm getCriterion() {
        return criterion;
    }

    public Long getRenamingId() {
        return renamingId;
    }

    public NamesForm getRenamed() {
        return renamed;
    }

    public StageFieldsForm getFields() {
        return fields;
    }
}
