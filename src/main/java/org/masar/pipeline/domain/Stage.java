package org.masar.pipeline.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.masar.shared.domain.Names;

/**
 * A step of a pipeline. Which stages may follow it is listed explicitly or, when nothing is
 * listed, is the next active stage in order. Entering a final stage completes the enrolment;
 * a final stage may still list outcome stages that follow it (certified, then employed).
 */
@Entity
@Table(name = "stage")
public class Stage {

    public static final int CODE_MAX = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pipeline_id", updatable = false)
    private Pipeline pipeline;

    @Column(nullable = false, updatable = false, length = CODE_MAX)
    private String code;

    @Column(nullable = false)
    private int position;

    @Embedded
    private Names names;

    @Column(name = "final_stage", nullable = false)
    private boolean finalStage;

    @Column(name = "expected_days")
    private Integer expectedDays;

    @Column(nullable = false)
    private boolean retired;

    @ManyToMany
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "stage_next", joinColumns = @JoinColumn(name = "stage_id"),
            inverseJoinColumns = @JoinColumn(name = "next_stage_id"))
    private Set<Stage> next = new LinkedHashSet<>();

    @OneToMany(mappedBy = "stage", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<Criterion> criteria = new ArrayList<>();

    @Version
    private int version;

    protected Stage() {
    }

    Stage(Pipeline pipeline, String code, int position, Names names, boolean finalStage, Integer expectedDays) {
        this.pipeline = pipeline;
        this.code = code;
        this.position = position;
        this.names = names;
        this.finalStage = finalStage;
        this.expectedDays = expectedDays;
    }

    /** The active stages a move forward may go to from here. */
    public List<Stage> followers() {
        if (!next.isEmpty()) {
            return next.stream().filter(s -> !s.retired).sorted(Comparator.comparingInt(Stage::getPosition)).toList();
        }
        if (finalStage) {
            return List.of();
        }
        return pipeline.activeStages().stream().filter(s -> s.position > position).limit(1).toList();
    }

    public boolean allows(Stage to) {
        return followers().contains(to);
    }

    /** Active stages before this one: where a move back may go. */
    public List<Stage> earlier() {
        return pipeline.activeStages().stream().filter(s -> s.position < position).toList();
    }

    public List<Criterion> activeCriteria() {
        return criteria.stream().filter(c -> !c.isRetired()).toList();
    }

    public Criterion addCriterion(Names names) {
        int at = criteria.stream().mapToInt(Criterion::getPosition).max().orElse(0) + 1;
        Criterion criterion = new Criterion(this, at, names);
        criteria.add(criterion);
        return criterion;
    }

    /** Edits the definition; enrolments and their history keep pointing at this same stage. */
    public void define(Names names, boolean finalStage, Integer expectedDays, Collection<Stage> followers) {
        if (expectedDays != null && expectedDays <= 0) {
            throw new org.masar.shared.domain.InvalidInput(java.util.Map.of("expectedDays", "pipeline.error.expectedDays"));
        }
        if (followers.contains(this)) {
            throw new org.masar.shared.domain.InvalidInput(java.util.Map.of("followers", "pipeline.error.selfFollower"));
        }
        this.names = names;
        this.finalStage = finalStage;
        this.expectedDays = expectedDays;
        this.next.clear();
        this.next.addAll(followers);
    }

    /** Lists the stages that may follow, in place of "the next one". */
    public void allowNext(Stage... followers) {
        next.addAll(List.of(followers));
    }

    public void retire() {
        retired = true;
    }

    public void restore() {
        retired = false;
    }

    void placeAt(int position) {
        this.position = position;
    }

    public String name(Locale locale) {
        return names.in(locale);
    }

    public Long getId() {
        return id;
    }

    public Pipeline getPipeline() {
        return pipeline;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public Names getNames() {
        return names;
    }

    public boolean isFinalStage() {
        return finalStage;
    }

    public Integer getExpectedDays() {
        return expectedDays;
    }

    public boolean isRetired() {
        return retired;
    }

    /** The followers listed explicitly (empty = the next one in order). */
    public Set<Stage> getNext() {
        return next;
    }

    /** Every criterion, retired ones included. */
    public List<Criterion> getCriteria() {
        return criteria;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return code;
    }
}
