package org.masar.security.web;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.masar.security.event.FileDownloaded;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.security.service.Download;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.web.Downloads;

/**
 * The one endpoint every download goes through: /download/NAME.EXTENSION (.xlsx for the exports). The caller must be signed in,
 * the download must exist and its role rule permit the caller (403 otherwise), its parameters must
 * read (400 otherwise, before any byte is written); then the file streams, within the caller's scope.
 */
@WebServlet("/download/*")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient SessionLocale sessionLocale;

    @Inject
    transient Clock clock;

    @Inject
    @Any
    transient Instance<Download> downloads;

    @Inject
    transient Event<FileDownloaded> downloaded;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = currentUser.caller().orElse(null);
        if (caller == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        int dot = path.lastIndexOf('.');
        String name = path.startsWith("/") && dot > 1 ? path.substring(1, dot) : "";
        String extension = dot > 1 ? path.substring(dot + 1) : "";
        Optional<Download> download = downloads.stream()
                .filter(d -> d.name().equals(name) && d.extension().equals(extension)).findFirst();
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!download.get().permits(caller)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        request.getParameterMap().forEach((key, values) -> {
            if (values.length > 0 && values[0] != null) {
                parameters.put(key, values[0]);
            }
        });
        Download.Prepared prepared;
        try {
            prepared = download.get().prepare(parameters, caller, sessionLocale.getLocale());
        } catch (InvalidInput | IllegalArgumentException badParameter) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (org.masar.shared.domain.NotFound | org.masar.shared.domain.Forbidden notThere) {
            // A file about someone the caller may not see is not there, exactly as one about nobody.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (prepared.fileName() == null) {
            Downloads.xlsx(response, name, caller.scope().today(clock));
        } else {
            Downloads.file(response, prepared.contentType(), prepared.fileName());
        }
        int rows = prepared.writeTo(response.getOutputStream());
        downloaded.fire(new FileDownloaded(name, parameters, rows, caller.username(), LocalDateTime.now(clock)));
    }
}
