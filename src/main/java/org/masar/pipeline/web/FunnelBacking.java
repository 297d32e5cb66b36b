package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.masar.beneficiary.domain.Sex;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.EnrolmentQueries;

/**
 * report/funnel.xhtml: how many reached each stage of a pipeline, by sex, and who dropped and
 * why. Counts only, never a name, so donors see it too; always within the viewer's own sites.
 */
@Named
@ViewScoped
public class FunnelBacking extends PipelineFilters {

    private static final long serialVersionUID = 1L;

    private transient EnrolmentQueries.Funnel funnel;

    public void open() {
        defaultPipeline();
        funnel = null;
    }

    public void refresh() {
        funnel = null;
    }

    private EnrolmentQueries.Funnel funnel() {
        if (funnel == null) {
            funnel = queries.funnel(filterWith(null, null, false), currentUser.scope());
        }
        return funnel;
    }

    public List<Stage> getStages() {
        Pipeline p = getPipeline();
        return p == null ? List.of() : p.getStages().stream().filter(s -> !s.isRetired() || reached(s) > 0).toList();
    }

    public long reached(Stage s) {
        return funnel().reached(s.getId());
    }

    public long reachedBy(Stage s, Sex which) {
        return funnel().reached(s.getId(), which);
    }

    public long droppedAt(Stage s) {
        return funnel().droppedAt(s.getId());
    }

    /** Share of those who entered the pipeline that reached this stage, in whole percent. */
    public long percent(Stage s) {
        List<Stage> stages = getStages();
        long first = stages.isEmpty() ? 0 : reached(stages.get(0));
        return first == 0 ? 0 : Math.round(100.0 * reached(s) / first);
    }

    public List<Map.Entry<DropReason, long[]>> getReasons() {
        return List.copyOf(funnel().reasons().entrySet());
    }
}
