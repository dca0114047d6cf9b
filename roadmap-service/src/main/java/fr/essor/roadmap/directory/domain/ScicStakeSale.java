package fr.essor.roadmap.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The sale of a SCIC stake ({@code scic-stake-sold.v1}): it closes the stake, whose last capital stays shown. */
public record ScicStakeSale(String stakeId, long version, String organisationId, String scicName, LocalDate soldOn,
                            BigDecimal saleAmount) implements Dealing {

    @Override
    public String key() {
        return ScicStake.KEY_PREFIX + stakeId;
    }
}
