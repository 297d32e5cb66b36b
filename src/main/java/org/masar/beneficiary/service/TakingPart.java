package org.masar.beneficiary.service;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Optional;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.Consent;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.security.service.Caller;

/**
 * The one condition by which people who withdrew consent to take part leave every list, export
 * and search of everyone but managers and administrators, whichever feature lists them. Counts do
 * not use it: those people stay in every count.
 */
public final class TakingPart {

    private TakingPart() {
    }

    /** "Still takes part", for a caller who may not see the others; nothing for one who may. */
    public static Optional<Predicate> shownTo(Caller caller, CriteriaBuilder cb, AbstractQuery<?> query,
                                              Path<Beneficiary> person) {
        if (BeneficiaryAccess.seesWithdrawn(caller)) {
            return Optional.empty();
        }
        // An uncorrelated id list, as the registry's consent filter, which MariaDB reads from its index.
        Subquery<Long> consenting = query.subquery(Long.class);
        Root<Consent> c = consenting.from(Consent.class);
        consenting.select(c.get("beneficiary").get("id"))
                .where(cb.equal(c.get("purpose"), ConsentPurpose.PARTICIPATION), cb.isNull(c.get("withdrawnOn")));
        return Optional.of(person.get("id").in(consenting));
    }
}
