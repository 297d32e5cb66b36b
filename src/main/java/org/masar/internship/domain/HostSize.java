package org.masar.internship.domain;

/** A host's size as the traineeship rules count it: under 250 employees, or 250 and more. */
public enum HostSize {
    UNDER_250, FROM_250
}
