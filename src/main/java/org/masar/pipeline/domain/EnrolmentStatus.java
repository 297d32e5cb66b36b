package org.masar.pipeline.domain;

public enum EnrolmentStatus {
    ACTIVE, COMPLETED, DROPPED
}
