package fr.essor.foncier.suggestions.infrastructure;

import java.time.Instant;
import java.util.List;

/**
 * How a growth suggestion is stored (collection {@code growth_suggestions}), keyed by the awarded application: the
 * key is what makes a replayed grant write nothing. The amount and dates are kept as text.
 */
record SuggestionDocument(String id, String programme, String callId, String organisationId, String organisationName,
                          String projectTitle, String amount, String nature, String territoryCode,
                          List<String> communesInsee, String decidedOn, Instant awardedAt, String reason,
                          Instant suggestedAt, Instant dismissedAt, String dismissedBy) {
}
