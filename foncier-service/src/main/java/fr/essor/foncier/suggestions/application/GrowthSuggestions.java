package fr.essor.foncier.suggestions.application;

import fr.essor.foncier.suggestions.domain.GrowthSuggestion;

import java.util.List;
import java.util.Optional;

/** The growth suggestions made to the intermediation cell. */
public interface GrowthSuggestions {

    Optional<GrowthSuggestion> find(String id);

    /** Suggestions not dismissed, newest first. */
    List<GrowthSuggestion> open(int limit);

    /** Suggestions dismissed, most recently dismissed first. */
    List<GrowthSuggestion> dismissed(int limit);

    /** @return false when a suggestion with that id already exists (nothing is written) */
    boolean addIfAbsent(GrowthSuggestion suggestion);

    /** Records the dismissal unless it was already dismissed; @return whether this call dismissed it */
    boolean saveDismissal(GrowthSuggestion dismissed);
}
