package org.masar.pipeline.service;

import org.masar.pipeline.domain.Evidence;

/**
 * Where an entry criterion bound to evidence finds the record that meets it: a CDI bean a module
 * above the pipelines contributes (training: the attendance rule met for a course of the
 * programme; next: an internship's visa, an enterprise's business plan, a loan's disbursement).
 * The pipelines find the sources deployed through {@link EvidenceSources} and know none by name;
 * a criterion bound to a source not deployed reads as unmet, saying so.
 */
public interface EvidenceSource {

    /**
     * The stable key a criterion stores to name this source, the module's name first
     * ("training-attendance"), never read as a message key; at most {@value org.masar.pipeline.domain.Criterion#SOURCE_MAX} characters.
     */
    String key();

    /** The message key of the source's name, as the stage editor lists it: a key of the module's own, in every bundle. */
    String nameKey();

    /**
     * What the source's records say of this enrolment now: met or not, the summary in message
     * words (a key of the bundle and its arguments, never a text in one language), and the record
     * that meets it. Read inside the move's transaction; it changes nothing.
     */
    Evidence evidence(EvidenceSubject subject);
}
