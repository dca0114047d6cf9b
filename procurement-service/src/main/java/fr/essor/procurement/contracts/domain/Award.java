package fr.essor.procurement.contracts.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The award of a contract: to whom, for how much, when it was notified and when its data were first published.
 *
 * @param publishedOn the date its essential data were first published (DECP {@code datePublicationDonnees})
 */
public record Award(List<Holder> holders, LocalDate notifiedOn, int offersReceived, Grouping grouping,
                    boolean subcontractingDeclared, LocalDate publishedOn, Instant awardedAt, String awardedBy) {

    public Award {
        holders = List.copyOf(holders);
    }

    /** The amount awarded: the sum of the holders' shares. */
    public BigDecimal amount() {
        return holders.stream().map(Holder::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
