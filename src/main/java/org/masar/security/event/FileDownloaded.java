package org.masar.security.event;

import java.time.LocalDateTime;
import java.util.Map;
import org.masar.shared.domain.DomainEvent;

/**
 * A file was handed out through the download endpoint: which one, with which parameters (the
 * list's filters), and how many rows it held. Told after the file was written.
 */
public record FileDownloaded(String name, Map<String, String> parameters, int rows, String by, LocalDateTime at)
        implements DomainEvent {

    public FileDownloaded {
        parameters = Map.copyOf(parameters);
    }

    @Override
    public String subject() {
        return "download " + name + " (" + rows + " rows)";
    }
}
