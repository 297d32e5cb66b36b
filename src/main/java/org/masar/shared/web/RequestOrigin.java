package org.masar.shared.web;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from and through which door: a page, the REST API, a download.
 * Set by {@link OriginFilter} for HTTP requests; work started by the system itself (start-up,
 * demo data) has no address and the channel SYSTEM.
 */
@RequestScoped
public class RequestOrigin {

    /** The doors into Masar. */
    public enum Channel {
        PAGE, REST, DOWNLOAD, IMPORT, SYSTEM
    }

    private String address;
    private Channel channel = Channel.SYSTEM;

    void set(String address, Channel channel) {
        this.address = address;
        this.channel = channel;
    }

    public String address() {
        return address;
    }

    public Channel channel() {
        return channel;
    }
}
