package fr.essor.procurement.plan.domain;

import fr.essor.procurement.contracts.domain.Reservation;

import java.util.Objects;

/**
 * What the purchase plan recommends for a planned purchase, and the rule that led to it.
 *
 * @param reservation the article to reserve under, {@link Reservation#NONE} for a clause or nothing
 * @param rule        the rule's code, e.g. {@code R1}
 * @param reason      the rule applied to this purchase, in French, with the counts behind it
 */
public record Recommendation(RecommendationKind kind, Reservation reservation, String rule, String reason) {

    public Recommendation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reservation, "reservation");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }
}
