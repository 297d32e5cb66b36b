package org.masar.beneficiary.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.beneficiary.service.BeneficiaryExport;
import org.masar.beneficiary.service.BeneficiaryFilter;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Downloads;
import org.masar.shared.web.SessionLocale;

/**
 * "Export to Excel" of the beneficiary list: the same filters as the list, the caller's scope
 * and role checked here again, the workbook streamed straight to the response.
 */
@WebServlet("/beneficiary/export.xlsx")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BeneficiaryExport export;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient SessionLocale sessionLocale;

    @Inject
    transient java.time.Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = currentUser.caller().orElse(null);
        if (caller == null || !BeneficiaryAccess.canRead(caller)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        BeneficiaryFilter filter;
        try {
            filter = new BeneficiaryFilter(request.getParameter("q"), request.getParameter("name"),
                    request.getParameter("site"), Downloads.constant(Sex.class, request.getParameter("sex")),
                    Downloads.constant(AgeBand.class, request.getParameter("ageBand")),
                    Downloads.constant(BeneficiaryGroup.class, request.getParameter("group")),
                    Downloads.constant(ConsentPurpose.class, request.getParameter("consent")));
        } catch (IllegalArgumentException badFilter) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Downloads.xlsx(response, "beneficiaries", caller.scope().today(clock));
        export.write(filter, caller, sessionLocale.getLocale(), response.getOutputStream());
    }

}
