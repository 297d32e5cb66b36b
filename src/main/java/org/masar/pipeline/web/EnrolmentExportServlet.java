package org.masar.pipeline.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Sex;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.EnrolmentExport;
import org.masar.pipeline.service.EnrolmentFilter;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Downloads;
import org.masar.shared.web.SessionLocale;

/** "Export to Excel" of the enrolment list: same filters, role and scope checked again here, streamed. */
@WebServlet("/enrolment/export.xlsx")
public class EnrolmentExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EnrolmentExport export;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient SessionLocale sessionLocale;

    @Inject
    transient java.time.Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = currentUser.caller().orElse(null);
        if (caller == null || !CaseWorkAccess.canWork(caller)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        EnrolmentFilter filter;
        try {
            filter = new EnrolmentFilter(number(request.getParameter("pipeline")), number(request.getParameter("stage")),
                    Downloads.constant(EnrolmentStatus.class, request.getParameter("status")), request.getParameter("site"),
                    request.getParameter("cohort"), number(request.getParameter("caseWorker")),
                    Downloads.constant(Sex.class, request.getParameter("sex")), Downloads.constant(AgeBand.class, request.getParameter("ageBand")),
                    "true".equals(request.getParameter("stuck")), null);
        } catch (IllegalArgumentException badFilter) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Downloads.xlsx(response, "enrolments", caller.scope().today(clock));
        export.write(filter, caller, sessionLocale.getLocale(), response.getOutputStream());
    }

    private static Long number(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
    }

}
