package fr.essor.foncier.suggestions.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A hint for the intermediation cell: this organisation is growing (an investment grant, or a new Appel à Agir
 * laureate), it may soon need premises. One per awarded application, whatever how often the fact is read; the cell
 * opens a need from it or dismisses it, and the dismissal says who and when.
 *
 * @param id the awarded application's id: a replayed fact finds the suggestion it already made
 */
public record GrowthSuggestion(String id, GrantAward award, GrowthReason reason, Instant suggestedAt,
                               Instant dismissedAt, String dismissedBy) {

    /** The suggestion a grant makes, if any: investment (alone or mixed), or any Appel à Agir laureate. */
    public static Optional<GrowthSuggestion> from(GrantAward award, Instant at) {
        GrowthReason reason;
        if (award.funds("INVESTMENT") || award.funds("MIXED")) {
            reason = GrowthReason.INVESTMENT_GRANT;
        } else if ("AAA".equals(award.programme())) {
            reason = GrowthReason.NEW_LAUREATE;
        } else {
            return Optional.empty();
        }
        return Optional.of(new GrowthSuggestion(award.applicationId(), award, reason, at, null, null));
    }

    public boolean open() {
        return dismissedAt == null;
    }

    public sealed interface DismissalResult permits Dismissed, AlreadyDismissed {
    }

    public record Dismissed(GrowthSuggestion suggestion) implements DismissalResult {
    }

    public record AlreadyDismissed(GrowthSuggestion suggestion) implements DismissalResult {
    }

    public DismissalResult dismiss(String by, Instant at) {
        if (!open()) {
            return new AlreadyDismissed(this);
        }
        return new Dismissed(new GrowthSuggestion(id, award, reason, suggestedAt, at, by));
    }
}
