package org.masar.pipeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.masar.shared.domain.Names;

/**
 * One item of a stage's entry checklist, such as "business plan approved": ticked by hand, or,
 * bound to an evidence source ("attendance rule met"), met by a record and never by a tick.
 */
@Entity
@Table(name = "stage_criterion")
public class Criterion {

    public static final int SOURCE_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id", updatable = false)
    private Stage stage;

    @Column(nullable = false)
    private int position;

    @Embedded
    private Names names;

    @Column(nullable = false)
    private boolean retired;

    /** The key of the evidence source that meets it; null when it is ticked by hand. */
    @Column(name = "evidence_source", length = SOURCE_MAX)
    private String evidenceSource;

    protected Criterion() {
    }

    Criterion(Stage stage, int position, Names names) {
        this.stage = stage;
        this.position = position;
        this.names = names;
    }

    public void rename(Names names) {
        this.names = names;
    }

    /** Met from now on by the records of the source {@code key}; by a tick when null. The service checks the key. */
    public void bindTo(String key) {
        this.evidenceSource = key == null || key.isBlank() ? null : key.trim();
    }

    public void retire() {
        retired = true;
    }

    public Long getId() {
        return id;
    }

    public Stage getStage() {
        return stage;
    }

    public int getPosition() {
        return position;
    }

    public Names getNames() {
        return names;
    }

    public boolean isRetired() {
        return retired;
    }

    public String getEvidenceSource() {
        return evidenceSource;
    }

    public boolean isEvidenceBound() {
        return evidenceSource != null;
    }
}
