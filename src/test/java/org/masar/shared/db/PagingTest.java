package org.masar.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;

class PagingTest {

    private static final PageRequest FIRST_THREE = new PageRequest(0, 3, null, true, null);

    @Test
    void aCountOverTheCapSaysMoreThanTheCapNeverAWrongExactNumber() {
        Page<Long> page = Paging.capped(FIRST_THREE, () -> Page.COUNT_CAP + 1, n -> List.of(1L, 2L, 3L), String::valueOf);
        assertEquals(Page.COUNT_CAP, page.total());
        assertTrue(page.totalCapped());
    }

    @Test
    void aCountAtTheCapIsExact() {
        Page<Long> page = Paging.capped(FIRST_THREE, () -> Page.COUNT_CAP, n -> List.of(1L, 2L, 3L), String::valueOf);
        assertEquals(Page.COUNT_CAP, page.total());
        assertFalse(page.totalCapped());
    }

    @Test
    void aFullPageGivesTheCursorOfItsLastRowAShortOneNone() {
        assertEquals("3", Paging.capped(FIRST_THREE, () -> 7, n -> List.of(1L, 2L, 3L, 4L), String::valueOf).next());
        assertNull(Paging.capped(FIRST_THREE, () -> 3, n -> List.of(1L, 2L, 3L), String::valueOf).next(),
                "a full page that ends the list says so");
    }

    @Test
    void nothingCountedMeansNoRowQuery() {
        Page<Long> page = Paging.capped(FIRST_THREE, () -> 0, n -> {
            throw new AssertionError("rows asked for");
        }, String::valueOf);
        assertEquals(0, page.total());
    }

    @Test
    void theRowsAloneAreAskedForWithoutACount() {
        PageRequest rows = new PageRequest(0, 3, null, true, null, PageRequest.Part.ROWS);
        Page<Long> page = Paging.capped(rows, () -> {
            throw new AssertionError("counted");
        }, n -> LongStream.rangeClosed(1, n).boxed().toList(), String::valueOf);
        assertEquals(-1, page.total());
        assertEquals(3, page.rows().size());
    }

    @Test
    void aCursorThisListDidNotGiveOutIsRefusedOnAfter() {
        for (String forged : List.of("not base64!", Seek.cursor("Trabelsi"), Seek.cursor("a", "b", 1L, 2L, "extra"))) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> Seek.after(null, java.util.Arrays.asList(null, null, null), forged));
            assertEquals("after", refused.fieldKeys().keySet().iterator().next());
        }
    }
}
