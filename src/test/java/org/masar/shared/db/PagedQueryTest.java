package org.masar.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.masar.shared.domain.PageRequest;

class PagedQueryTest {

    @Test
    void likeWildcardsTypedByUsersAreTakenLiterally() {
        assertEquals("50\\%\\_off\\\\", PagedQuery.escape("50%_off\\"));
        assertEquals("/TN/SFX/%", PagedQuery.likePrefix("/TN/SFX/"));
    }

    @Test
    void pageRequestsAreBounded() {
        PageRequest request = new PageRequest(-5, 100_000, null, true, null);
        assertEquals(0, request.first());
        assertEquals(PageRequest.MAX_SIZE, request.size());
        assertEquals(0, request.filters().size());
    }
}
