package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.service.EvidenceSource;
import org.masar.pipeline.service.EvidenceSources;
import org.masar.pipeline.service.PipelineService;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;
import org.masar.shared.web.NamesForm;

/**
 * The entry checklist form of admin/stage.xhtml: add, rename, retire a criterion, and say how each
 * is met: ticked by hand, or by the records of one of the evidence sources deployed.
 */
@Named
@ViewScoped
public class StageCriteriaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StageAdminBacking page;

    @Inject
    transient PipelineService pipelines;

    @Inject
    transient EvidenceSources evidence;

    @Inject
    transient CurrentUser currentUser;

    private final NamesForm criterion = new NamesForm();
    private String criterionSource;
    private Long renamingId;
    private NamesForm renamed = new NamesForm();
    private String renamedSource;

    public void addCriterion() {
        if (Faces.attempt("criteria", () -> pipelines.addCriterion(page.getId(), criterion.toNames(), criterionSource,
                currentUser.require()))) {
            Faces.info("pipeline.criterionAdded");
            criterion.clear();
            criterionSource = null;
        }
        page.reload();
    }

    public void startRename(Criterion c) {
        renamingId = c.getId();
        renamed = NamesForm.of(c.getNames());
        renamedSource = c.getEvidenceSource();
    }

    public void rename() {
        if (Faces.attempt("criteria", () -> pipelines.editCriterion(renamingId, renamed.toNames(), renamedSource,
                currentUser.require()))) {
            renamingId = null;
        }
        page.reload();
    }

    public void retireCriterion(Criterion c) {
        Faces.attempt("criteria", () -> pipelines.retireCriterion(c.getId(), currentUser.require()));
        page.reload();
    }

    /**
     * The sources a criterion may be bound to, by key: those deployed, and the one {@code current}
     * is bound to even when its module is not deployed (none for a new criterion).
     */
    public List<String> sourceKeys(Criterion current) {
        List<String> keys = new java.util.ArrayList<>(evidence.available().stream().map(EvidenceSource::key).toList());
        if (current != null && current.isEvidenceBound() && !keys.contains(current.getEvidenceSource())) {
            keys.add(current.getEvidenceSource());
        }
        return keys;
    }

    /** How a criterion is met, in the reader's words: by hand, or by the records of its source. */
    public String metBy(Criterion c) {
        return c.isEvidenceBound() ? sourceName(c.getEvidenceSource()) : Faces.text("evidence.byHand");
    }

    /** A source's name in the reader's words; one not deployed says so. */
    public String sourceName(String key) {
        return evidence.find(key).map(s -> Faces.text(s.nameKey()))
                .orElseGet(() -> Faces.text("evidence.sourceAbsent", key));
    }

    public NamesForm getCriterion() {
        return criterion;
    }

    public String getCriterionSource() {
        return criterionSource;
    }

    public void setCriterionSource(String criterionSource) {
        this.criterionSource = criterionSource;
    }

    public Long getRenamingId() {
        return renamingId;
    }

    public NamesForm getRenamed() {
        return renamed;
    }

    public String getRenamedSource() {
        return renamedSource;
    }

    public void setRenamedSource(String renamedSource) {
        this.renamedSource = renamedSource;
    }
}
