package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.EnrolmentQueries;
import org.masar.pipeline.service.Funnel;
import org.masar.pipeline.service.FunnelTable;

/**
 * report/funnel.xhtml: how many reached each stage of a pipeline, by sex, and who dropped and
 * why. Counts only, never a name, so donors see it too — through the small-cell rule
 * ({@link FunnelTable}): a donor never sees a count from 1 to 4, staff see every count. Always
 * within the viewer's own sites.
 */
@Named
@ViewScoped
public class FunnelBacking extends PipelineFilters {

    private static final long serialVersionUID = 1L;

    private transient Funnel funnel;
    private transient FunnelTable table;

    public void open() {
        if (openPipeline()) {
            refresh();
        }
    }

    public void refresh() {
        funnel = null;
        table = null;
    }

    private Funnel funnel() {
        if (funnel == null) {
            funnel = queries.funnel(filterWith(null, null, false), currentUser.scope());
        }
        return funnel;
    }

    /** The stages of the pipeline, but for retired ones nobody reached. */
    public List<Stage> getStages() {
        Pipeline p = getPipeline();
        return p == null ? List.of()
                : p.getStages().stream().filter(s -> !s.isRetired() || funnel().reached(s.getId()) > 0).toList();
    }

    /** The counts as this viewer may see them. */
    public FunnelTable getTable() {
        if (table == null) {
            table = new FunnelTable(funnel(), getStages().stream().map(Stage::getId).toList(),
                    currentUser.isSeesPeople());
        }
        return table;
    }
}
