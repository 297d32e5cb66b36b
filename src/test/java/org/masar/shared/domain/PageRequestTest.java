package org.masar.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Numbered pages, as the REST API asks for them: offsets worked out without overflow. */
class PageRequestTest {

    @Test
    void aNumberedPageStartsAtPageTimesSize() {
        PageRequest third = PageRequest.numbered(2, 25);
        assertEquals(50, third.first());
        assertEquals(25, third.size());
        assertTrue(third.wantsRows() && third.wantsTotal());
    }

    @Test
    void theLastPageADatabaseCanSkipToIsStillAPageOfRows() {
        int page = Integer.MAX_VALUE / 200;
        PageRequest last = PageRequest.numbered(page, 200);
        assertEquals(page * 200, last.first());
        assertTrue(last.wantsRows());
    }

    @Test
    void aPageWhoseOffsetWouldOverflowIsBeyondTheLastRowNotTheFirstPage() {
        // 10737419 × 200 = 2147483800: as an int it would wrap below zero, and read as the first page.
        PageRequest beyond = PageRequest.numbered(10_737_419, 200);
        assertFalse(beyond.wantsRows(), "no rows lie that far");
        assertTrue(beyond.wantsTotal(), "the total is still told");
        assertEquals(200, beyond.size());
        assertFalse(PageRequest.numbered(Integer.MAX_VALUE, Integer.MAX_VALUE).wantsRows());
    }
}
