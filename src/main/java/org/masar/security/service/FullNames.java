package org.masar.security.service;

import java.io.Serializable;
import java.util.Map;

/**
 * The full names of some accounts, looked up together for one page ({@link StaffNames}): history
 * a person reads says who did something by their name, not by the account's user name. A user
 * name that is no account (a job of the system, say) is shown as it was written.
 */
public final class FullNames implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final FullNames NONE = new FullNames(Map.of());

    private final Map<String, String> byUsername;

    FullNames(Map<String, String> byUsername) {
        this.byUsername = Map.copyOf(byUsername);
    }

    /** The full name of the account {@code username}; the user name itself when there is no such account. */
    public String of(String username) {
        return username == null ? null : byUsername.getOrDefault(username, username);
    }
}
