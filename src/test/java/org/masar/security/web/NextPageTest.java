package org.masar.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Deep links survive signing in, query and all; other sites never do. */
class NextPageTest {

    @Test
    void theNextPageKeepsItsQuery() {
        assertEquals("/beneficiary/view.xhtml?code=TN-SFX-000002",
                NextPage.of("/beneficiary/view.xhtml", "", "code=TN-SFX-000002"));
        assertEquals("/enrolment/list.xhtml", NextPage.of("/masar/enrolment/list.xhtml", "/masar", null));
        assertNull(NextPage.of("/", "", null));
        assertNull(NextPage.of("/masar", "/masar", "x=1"));
    }

    @Test
    void theSignInAddressCarriesItEncoded() {
        assertEquals("/login.xhtml?next=%2Fbeneficiary%2Fview.xhtml%3Fcode%3DTN-SFX-000002%26tab%3Dconsent",
                NextPage.with(MasarAuthentication.LOGIN_PAGE, "/beneficiary/view.xhtml?code=TN-SFX-000002&tab=consent"));
        assertEquals("/login.xhtml", NextPage.with(MasarAuthentication.LOGIN_PAGE, null));
        assertEquals("/login.xhtml", NextPage.with(MasarAuthentication.LOGIN_PAGE, "/"));
    }

    @Test
    void aPathInsideMasarWithItsQueryIsKept() {
        assertEquals("/beneficiary/view.xhtml?code=TN-SFX-000002", NextPage.safe("/beneficiary/view.xhtml?code=TN-SFX-000002"));
        assertEquals("/admin/sites.xhtml", NextPage.safe("/admin/sites.xhtml"));
        assertEquals("/report/funnel.xhtml?next=http://example.org", NextPage.safe("/report/funnel.xhtml?next=http://example.org"),
                "another address inside the query is only text for the page");
    }

    @Test
    void anotherSiteIsNeverWhereSigningInLeads() {
        for (String elsewhere : new String[] {"//evil.example/x", "/\\evil.example", "http://evil.example/",
                "https:evil.example", "evil.example", "", null, "/login.xhtml?next=/x", "/login-code.xhtml",
                "/x\r\nSet-Cookie: a=b", "/x\tx"}) {
            assertEquals("/", NextPage.safe(elsewhere), String.valueOf(elsewhere));
        }
    }
}
