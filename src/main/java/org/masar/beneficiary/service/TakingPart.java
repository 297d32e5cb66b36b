package org.masar.beneficiary.service;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.Optional;
import org.masar.security.service.Caller;

/**
 * The one condition by which people who withdrew consent to take part leave every list, export
 * and search of everyone but managers and administrators, whichever feature lists them. Counts do
 * not use it: those people stay in every count.
 */
public final class TakingPart {

    private TakingPart() {
    }

    /**
     * "Still takes part", for a caller who may not see the others; nothing for one who may. {@code person} is
     * the person, or a row that carries their {@code takingPart} (a name-search word).
     */
    public static Optional<Predicate> shownTo(Caller caller, CriteriaBuilder cb, Path<?> person) {
        if (BeneficiaryAccess.seesWithdrawn(caller)) {
            return Optional.empty();
        }
        // Kept on the person's row (V13): no consent row is read per person listed.
        return Optional.of(cb.isTrue(person.get("takingPart")));
    }
}
