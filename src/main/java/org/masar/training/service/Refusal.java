package org.masar.training.service;

/**
 * Why a person was not added to a course: the enrolment named (null when the request named a
 * cohort), the person's code (null when the caller may not be told who it is) and the reason.
 */
public record Refusal(Long enrolmentId, String code, Reason reason) {

    /** Each has its message, {@code training.refusal.<name>}. */
    public enum Reason {
        /** No enrolment of this programme's TRAINING pipeline that the caller reaches. */
        NOT_IN_PIPELINE,
        /** The enrolment is completed or dropped. */
        INACTIVE,
        /** The person withdrew their consent to take part. */
        WITHDRAWN,
        /** The person is a participant already, through this or another enrolment. */
        ALREADY_IN,
        /** The course is full. */
        OVER_CAPACITY
    }

    public String messageKey() {
        return "training.refusal." + reason.name();
    }

    /** A single person refused: the whole request refused with the reason (422). */
    public static final class Refused extends org.masar.shared.domain.BusinessException {
        private final transient Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.messageKey());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }
}
