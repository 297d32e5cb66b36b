package org.masar.training.domain;

/** What a course teaches. Training of trainers is not a topic but a flag of the course ({@code Course#isTrainingOfTrainers}). */
public enum Topic {
    SOCIAL_ENTERPRISE, MICRO_CREDIT, GOVERNANCE, CIRCULAR_ECONOMY, FASHION, DESIGN, WEB_MARKETING, VOCATIONAL,
    FINANCIAL_LITERACY
}
