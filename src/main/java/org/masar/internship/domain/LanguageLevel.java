package org.masar.internship.domain;

/** The Common European Framework levels a learning agreement states for the working language. */
public enum LanguageLevel {
    A1, A2, B1, B2, C1, C2
}
