package fr.essor.foncier.suggestions.application;

import fr.essor.foncier.suggestions.domain.GrantAward;
import fr.essor.foncier.suggestions.domain.GrowthSuggestion;

import java.time.Clock;
import java.util.Optional;

/** The use cases of growth suggestions: made from funding's awarded grants, dismissed by the cell. */
public class SuggestionDesk {

    private final GrowthSuggestions suggestions;
    private final Clock clock;

    public SuggestionDesk(GrowthSuggestions suggestions, Clock clock) {
        this.suggestions = suggestions;
        this.clock = clock;
    }

    /** @return whether a new suggestion was made (false for a grant that suggests nothing, or one already read) */
    public boolean grantAwarded(GrantAward award) {
        return GrowthSuggestion.from(award, clock.instant()).map(suggestions::addIfAbsent).orElse(false);
    }

    public sealed interface Outcome permits Done, AlreadyDismissed, Unknown {
    }

    public record Done(GrowthSuggestion suggestion) implements Outcome {
    }

    public record AlreadyDismissed(GrowthSuggestion suggestion) implements Outcome {
    }

    public record Unknown() implements Outcome {
    }

    public Outcome dismiss(String id, String by) {
        Optional<GrowthSuggestion> found = suggestions.find(id);
        if (found.isEmpty()) {
            return new Unknown();
        }
        return switch (found.get().dismiss(by, clock.instant())) {
            case GrowthSuggestion.Dismissed d -> suggestions.saveDismissal(d.suggestion()) ? new Done(d.suggestion())
                    : new AlreadyDismissed(suggestions.find(id).orElse(d.suggestion()));
            case GrowthSuggestion.AlreadyDismissed a -> new AlreadyDismissed(a.suggestion());
        };
    }
}
