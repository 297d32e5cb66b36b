package org.masar.programme.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.masar.programme.domain.Partner;
import org.masar.shared.db.PagedQuery;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.shared.domain.Versions;

@ApplicationScoped
@Transactional
public class PartnerService {

    private static final PagedQuery<Partner> LIST = PagedQuery
            .of(Partner.class, "name", "type", "countryCode")
            .defaultSort("name");

    @PersistenceContext
    EntityManager em;

    public Page<Partner> page(PageRequest request) {
        return LIST.run(em, request);
    }

    /** Every partner by name, for pickers; a programme has some dozen partners, an installation a few hundred. */
    public List<Partner> all() {
        return em.createQuery("select p from Partner p order by p.name", Partner.class).getResultList();
    }

    public Partner get(long id) {
        return Optional.ofNullable(em.find(Partner.class, id)).orElseThrow(NotFound::new);
    }

    public Optional<Partner> byName(String name) {
        return em.createQuery("select p from Partner p where lower(p.name) = lower(:name)", Partner.class)
                .setParameter("name", name == null ? "" : name.trim())
                .getResultStream().findFirst();
    }

    public PartnerForm formFor(long id) {
        return PartnerForm.of(get(id));
    }

    /** Saves a new or edited partner from its form; names are unique whatever their case. */
    public Partner save(PartnerForm form) {
        byName(form.getName())
                .filter(other -> !other.getId().equals(form.getId()))
                .ifPresent(other -> {
                    throw InvalidInput.of("name", "partner.error.nameTaken");
                });
        if (form.isNew()) {
            Partner created = new Partner(form.getName(), form.getType(), form.getCountryCode());
            em.persist(created);
            em.flush();
            return created;
        }
        Partner target = get(form.getId());
        Versions.require(form.getVersion(), target.getVersion());
        target.describe(form.getName(), form.getType(), form.getCountryCode());
        em.flush();
        return target;
    }
}
