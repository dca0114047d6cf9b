package fr.essor.roadmap.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A public contract the organisation won (procurement's {@code contract-awarded.v1}, one per holder): its share of
 * the amount, and the reservation ({@code NONE} or the article of the code de la commande publique).
 */
public record WonContract(String contractId, long version, String organisationId, String contractReference,
                          String object, BigDecimal amount, String reservation, int year, LocalDate awardedOn)
        implements Dealing {

    public boolean reserved() {
        return reservation != null && !"NONE".equals(reservation);
    }

    @Override
    public String key() {
        return "contract:" + contractId + ":" + organisationId;
    }
}
