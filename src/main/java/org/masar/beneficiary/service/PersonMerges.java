package org.masar.beneficiary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.event.PeopleMerged;
import org.masar.beneficiary.event.ReadView;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.DomainEvent;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;

/**
 * Merging two records of one person: the preview of what moves and what conflicts, then the
 * merge itself, for managers. The registry moves its own part; every {@link MergeStep} another
 * module contributes moves its records in the same transaction.
 */
@ApplicationScoped
@Transactional
public class PersonMerges {

    @PersistenceContext
    EntityManager em;

    @Inject
    BeneficiaryService registry;

    @Inject
    Clock clock;

    @Inject
    Event<DomainEvent> events;

    @Inject
    @Any
    Instance<MergeStep> steps;

    /**
     * What merging the duplicate into the record kept will do: the registry's own part (consents,
     * groups, details) and that of every {@link MergeStep}. Told to the audit trail as a read of
     * both records (the merge comparison).
     */
    public MergePreview previewMerge(String keepCode, String duplicateCode, Caller caller) {
        Pair pair = pair(keepCode, duplicateCode, caller);
        MergePreview preview = preview(pair, caller);
        registry.told(pair.keep(), caller, ReadView.MERGE);
        registry.told(pair.duplicate(), caller, ReadView.MERGE);
        return preview;
    }

    /** {@link #merge(String, String, Map, Caller)} without choices: refused when anything conflicts. */
    public Beneficiary merge(String keepCode, String duplicateCode, Caller caller) {
        return merge(keepCode, duplicateCode, Map.of(), caller);
    }

    /**
     * A manager folds a duplicate record into the one to keep, both in their scope. Each conflict
     * of the preview must have one of its options in {@code choices} (conflict id → option value),
     * or nothing is merged. Every {@link MergeStep} moves its records first, in this transaction;
     * then the registry moves consents, groups and details and marks the duplicate merged.
     */
    public Beneficiary merge(String keepCode, String duplicateCode, Map<String, String> choices, Caller caller) {
        Pair pair = pair(keepCode, duplicateCode, caller);
        Beneficiary keep = pair.keep();
        Beneficiary duplicate = pair.duplicate();
        // Two managers merging the same records: the second waits, then finds the duplicate merged.
        for (Beneficiary b : keep.getId() < duplicate.getId() ? List.of(keep, duplicate) : List.of(duplicate, keep)) {
            em.refresh(b, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        pair = pair(keepCode, duplicateCode, caller);
        Map<String, String> chosen = choices == null ? Map.of() : choices;
        for (MergeConflict conflict : preview(pair, caller).conflicts()) {
            if (!conflict.accepts(chosen.get(conflict.id()))) {
                throw new BusinessException("beneficiary.merge.error.choose", conflict.question());
            }
        }
        steps.forEach(step -> step.apply(keep, duplicate, chosen, caller));
        LocalDateTime now = LocalDateTime.now(clock);
        keep.absorb(duplicate, now);
        em.flush();
        events.fire(new PeopleMerged(keep.getId(), keep.getCode(), duplicate.getId(), duplicate.getCode(),
                caller.username(), now));
        return BeneficiaryService.loaded(keep);
    }

    private record Pair(Beneficiary keep, Beneficiary duplicate) {
    }

    /**
     * The two records of a merge, as the manager may merge them; a duplicate code that names no
     * one in their scope, the record itself or a record merged already is refused on its field.
     */
    private Pair pair(String keepCode, String duplicateCode, Caller caller) {
        if (!caller.has(Role.MANAGER)) {
            throw new Forbidden();
        }
        Beneficiary keep = registry.find(keepCode, caller);
        if (keep.getMergedInto() != null) {
            throw new BusinessException("beneficiary.error.merged");
        }
        if (duplicateCode == null || duplicateCode.isBlank()) {
            throw InvalidInput.of("duplicateCode", "beneficiary.merge.error.code");
        }
        Beneficiary duplicate;
        try {
            duplicate = registry.find(duplicateCode, caller);
        } catch (NotFound | ParticipationWithdrawn unknown) {
            throw InvalidInput.of("duplicateCode", "beneficiary.merge.error.unknown", duplicateCode.trim());
        }
        if (duplicate.getId().equals(keep.getId())) {
            throw InvalidInput.of("duplicateCode", "beneficiary.merge.error.same");
        }
        if (duplicate.getMergedInto() != null) {
            throw InvalidInput.of("duplicateCode", "beneficiary.merge.error.alreadyMerged", duplicate.getCode(),
                    duplicate.getMergedInto().getCode());
        }
        return new Pair(BeneficiaryService.loaded(keep), BeneficiaryService.loaded(duplicate));
    }

    private MergePreview preview(Pair pair, Caller caller) {
        Beneficiary.MergePlan plan = pair.keep().mergePlan(pair.duplicate());
        List<MergeLine> moves = new ArrayList<>();
        plan.consents().forEach(c -> moves.add(MergeLine.of(c.isActive() ? "beneficiary.merge.consentMoves"
                : "beneficiary.merge.withdrawnConsentMoves", new Key("consent." + c.getPurpose()), c.getGivenOn().toString())));
        plan.alreadyHeld().forEach(c -> moves.add(MergeLine.of("beneficiary.merge.consentHeld",
                new Key("consent." + c.getPurpose()))));
        plan.groups().forEach(g -> moves.add(MergeLine.of("beneficiary.merge.groupAdded", new Key("group." + g))));
        plan.filled().forEach(f -> moves.add(MergeLine.of("beneficiary.merge.filled", new Key(switch (f) {
            case ARABIC_NAME -> "beneficiary.arabicName";
            case PHONE -> "beneficiary.phone";
            case EMAIL -> "beneficiary.email";
            case DOCUMENT -> "beneficiary.documentType";
        }))));
        List<MergeConflict> conflicts = new ArrayList<>();
        for (MergeStep step : steps) {
            MergeStep.Part part = step.preview(pair.keep(), pair.duplicate(), caller);
            moves.addAll(part.moves());
            conflicts.addAll(part.conflicts());
        }
        return new MergePreview(pair.keep(), pair.duplicate(), moves, conflicts);
    }

    /** A message argument that is itself a key of the bundle, read in the reader's language. */
    private record Key(String key) implements org.masar.shared.i18n.Localized {
        @Override
        public String in(java.util.Locale locale) {
            return org.masar.shared.i18n.Texts.get(locale, key);
        }
    }
}
