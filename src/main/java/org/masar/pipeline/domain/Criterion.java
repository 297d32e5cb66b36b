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

/** One item of a stage's entry checklist, such as "business plan approved". */
@Entity
@Table(name = "stage_criterion")
public class Criterion {

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
}
