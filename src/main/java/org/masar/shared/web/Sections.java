package org.masar.shared.web;

import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import java.util.List;

/** How a page picks the sections contributed to it: those visible to the caller, in order. */
public final class Sections {

    private Sections() {
    }

    public static <T> List<Section<T>> visible(Instance<Section<T>> contributed) {
        return contributed.stream().filter(Section::isVisible).sorted(Comparator.comparingInt(Section::getOrder)).toList();
    }

    /** Hands the page's subject to each section. */
    public static <T> void load(List<Section<T>> sections, T subject) {
        sections.forEach(section -> section.load(subject));
    }
}
