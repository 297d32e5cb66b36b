package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.service.PipelineService;
import org.masar.programme.domain.Programme;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;

/** admin/pipelines.xhtml: every programme's pipelines; a new one starts from the default stages of its type. */
@Named
@ViewScoped
public class PipelinesAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PipelineService pipelines;

    @Inject
    transient CurrentUser currentUser;

    private Long programmeId;
    private PipelineType type;
    private transient List<Pipeline> all;

    public void create() {
        Pipeline[] created = new Pipeline[1];
        if (programmeId == null) {
            Faces.error("create:programmeId", "pipeline.error.programme");
            return;
        }
        if (type == null) {
            Faces.error("create:type", "pipeline.error.type");
            return;
        }
        if (Faces.attempt("create", () -> created[0] = pipelines.create(programmeId, type, currentUser.require()))) {
            Faces.info("pipeline.created");
            Faces.redirect("/admin/pipeline.xhtml?id=" + created[0].getId());
        }
    }

    public List<Pipeline> getPipelines() {
        if (all == null) {
            all = pipelines.all();
        }
        return all;
    }

    public List<Programme> getProgrammes() {
        return pipelines.programmes();
    }

    public PipelineType[] getTypes() {
        return PipelineType.values();
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public PipelineType getType() {
        return type;
    }

    public void setType(PipelineType type) {
        this.type = type;
    }
}
