package org.masar.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Who the accounts named in a history are: their full names, in one query for a whole page. */
@ApplicationScoped
@Transactional
public class StaffNames {

    @PersistenceContext
    EntityManager em;

    /** The full names of the accounts among {@code usernames} (nulls and repeats are fine); no query for none. */
    public FullNames of(Collection<String> usernames) {
        Set<String> wanted = usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return FullNames.NONE;
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("select u.username, u.fullName from AppUser u where u.username in :names", Object[].class)
                .setParameter("names", wanted)
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return new FullNames(names);
    }
}
