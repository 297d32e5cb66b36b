package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.PipelineService;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;

/**
 * admin/pipeline.xhtml: who may enter a pipeline and its stages in order: move a stage up or
 * down, retire or restore it, add one at the end. A stage is never deleted: history refers to it.
 */
@Named
@ViewScoped
public class PipelineAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PipelineService pipelines;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private transient Pipeline pipeline;
    private int version;
    private Integer minAge;
    private Integer maxAge;
    private BeneficiaryGroup[] groups = {};
    private final StageFieldsForm newStage = new StageFieldsForm();

    public void load() {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            pipeline = pipelines.forEdit(id);
            version = pipeline.getVersion();
            minAge = pipeline.getMinAge();
            maxAge = pipeline.getMaxAge();
            groups = pipeline.getRequiredGroups().toArray(BeneficiaryGroup[]::new);
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    public void saveEligibility() {
        if (Faces.attempt("eligibility", () -> pipelines.saveEligibility(id, version, minAge, maxAge, List.of(groups),
                currentUser.require()))) {
            Faces.info("pipeline.saved");
        }
        load();
    }

    public void move(Stage stage, int direction) {
        Faces.attempt("stages", () -> pipelines.reorder(stage.getId(), direction, currentUser.require()));
        load();
    }

    public void retire(Stage stage, boolean retired) {
        if (Faces.attempt("stages", () -> pipelines.retire(stage.getId(), retired, currentUser.require()))) {
            Faces.info(retired ? "pipeline.stageRetired" : "pipeline.stageRestored");
        }
        load();
    }

    public void addStage() {
        if (Faces.attempt("addStage", () -> pipelines.addStage(id, newStage.toForm(), currentUser.require()))) {
            Faces.info("pipeline.stageAdded");
            Faces.redirect("/admin/pipeline.xhtml?id=" + id);
            return;
        }
        load();
    }

    public Pipeline getPipeline() {
        if (pipeline == null && id != null) {
            pipeline = pipelines.forEdit(id);
        }
        return pipeline;
    }

    public BeneficiaryGroup[] getGroupChoices() {
        return BeneficiaryGroup.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public BeneficiaryGroup[] getGroups() {
        return groups.clone();
    }

    public void setGroups(BeneficiaryGroup[] groups) {
        this.groups = groups == null ? new BeneficiaryGroup[0] : groups.clone();
    }

    public StageFieldsForm getNewStage() {
        return newStage;
    }
}
