package org.masar.pipeline.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.programme.domain.Programme;
import org.masar.shared.domain.Names;

/**
 * One of a programme's journeys: its stages in order and who may enter it. The definition is
 * data an administrator edits; enrolments refer to its stages, so stages are retired, never
 * removed.
 */
@Entity
@Table(name = "pipeline")
public class Pipeline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private PipelineType type;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "pipeline_group", joinColumns = @JoinColumn(name = "pipeline_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "grp", length = 32)
    private Set<BeneficiaryGroup> requiredGroups = EnumSet.noneOf(BeneficiaryGroup.class);

    @OneToMany(mappedBy = "pipeline", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<Stage> stages = new ArrayList<>();

    @Version
    private int version;

    protected Pipeline() {
    }

    public Pipeline(Programme programme, PipelineType type) {
        this.programme = programme;
        this.type = type;
    }

    /** Appends a stage at the end of the order. */
    public Stage addStage(String code, Names names, boolean finalStage, Integer expectedDays) {
        if (stage(code).isPresent()) {
            throw new MoveRefused("pipeline.error.codeTaken");
        }
        int position = stages.stream().mapToInt(Stage::getPosition).max().orElse(0) + 1;
        Stage stage = new Stage(this, code, position, names, finalStage, expectedDays);
        stages.add(stage);
        return stage;
    }

    /** Swaps a stage with its active neighbour before ({@code -1}) or after ({@code +1}). */
    public void reorder(Stage stage, int direction) {
        List<Stage> ordered = new ArrayList<>(stages);
        ordered.sort(Comparator.comparingInt(Stage::getPosition));
        int index = ordered.indexOf(stage);
        int other = index + Integer.signum(direction);
        if (index < 0 || other < 0 || other >= ordered.size()) {
            return;
        }
        Stage neighbour = ordered.get(other);
        int position = stage.getPosition();
        stage.placeAt(neighbour.getPosition());
        neighbour.placeAt(position);
        stages.sort(Comparator.comparingInt(Stage::getPosition));
    }

    public void setEligibility(Integer minAge, Integer maxAge, Collection<BeneficiaryGroup> groups) {
        if (minAge != null && maxAge != null && maxAge < minAge) {
            throw new org.masar.shared.domain.InvalidInput(java.util.Map.of("maxAge", "pipeline.error.ages"));
        }
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.requiredGroups.clear();
        this.requiredGroups.addAll(groups);
    }

    /** Why this person may not enter on {@code on}, as a refusal; empty when they may. */
    public Optional<MoveRefused> refusal(Beneficiary person, LocalDate on) {
        int age = AgeBand.age(person.getBirthDate(), on);
        if ((minAge != null && age < minAge) || (maxAge != null && age > maxAge)) {
            return Optional.of(new MoveRefused("enrolment.error.age", age, minAge == null ? 0 : minAge,
                    maxAge == null ? 150 : maxAge));
        }
        if (!requiredGroups.isEmpty() && requiredGroups.stream().noneMatch(person.getGroups()::contains)) {
            return Optional.of(new MoveRefused("enrolment.error.groups"));
        }
        if (firstStage().isEmpty()) {
            return Optional.of(new MoveRefused("enrolment.error.noStages"));
        }
        return Optional.empty();
    }

    public Optional<Stage> firstStage() {
        return activeStages().stream().findFirst();
    }

    public List<Stage> activeStages() {
        return stages.stream().filter(s -> !s.isRetired()).sorted(Comparator.comparingInt(Stage::getPosition)).toList();
    }

    public Optional<Stage> stage(String code) {
        return stages.stream().filter(s -> s.getCode().equals(code)).findFirst();
    }

    public Optional<Stage> stage(long stageId) {
        return stages.stream().filter(s -> s.getId() != null && s.getId() == stageId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public PipelineType getType() {
        return type;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public Set<BeneficiaryGroup> getRequiredGroups() {
        return requiredGroups;
    }

    /** Every stage, retired ones included, in order. */
    public List<Stage> getStages() {
        return stages;
    }

    public int getVersion() {
        return version;
    }
}
