package org.masar.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When an address's view parameters make a page answer 400 (the pages themselves are tested over HTTP, ViewParametersIT). */
class ViewParametersCheckTest {

    @Test
    void aPageOpenedWithAParameterThatDoesNotConvertIsABadRequest() {
        assertTrue(ViewParametersCheck.unreadable(false, List.of(false)));
        assertTrue(ViewParametersCheck.unreadable(false, List.of(true, false, true)), "any of them");
    }

    @Test
    void readableParametersLeaveThePageToAnswer() {
        assertFalse(ViewParametersCheck.unreadable(false, List.of()), "no parameters");
        assertFalse(ViewParametersCheck.unreadable(false, List.of(true, true)), "unknown ids are the page's 404");
    }

    @Test
    void aFormPostedBackShowsItsErrorsBesideItsFields() {
        assertFalse(ViewParametersCheck.unreadable(true, List.of(false)));
    }
}
