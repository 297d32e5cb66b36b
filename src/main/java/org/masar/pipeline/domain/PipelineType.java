package org.masar.pipeline.domain;

/** The five journeys Masar follows; a programme has at most one pipeline of each. */
public enum PipelineType {
    TRAINING, INCUBATION, ACCELERATION, MICROCREDIT, INTERNSHIP
}
