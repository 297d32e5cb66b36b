package org.masar.shared.web;

/**
 * A part of a shared page that a module contributes: a Facelets fragment with its own small
 * bean. The page that hosts sections (a person's profile, an enrolment) resolves its subject once
 * per request, asks which of the sections contributed for that subject are visible to the caller,
 * hands each the subject and includes their fragments in order. A module adds a section by adding
 * a bean that implements {@code Section<Subject>}: the host page and its bean never name it.
 */
public interface Section<T> {

    /** Where the section stands among the page's sections: lower first. */
    int getOrder();

    /** The fragment to include, under /WEB-INF/sections/. */
    String getFragment();

    /** Whether the caller of this request may see the section: its module's own access rule. */
    boolean isVisible();

    /** The page's subject, already resolved and within the caller's scope, for the section to load its part. */
    void load(T subject);
}
