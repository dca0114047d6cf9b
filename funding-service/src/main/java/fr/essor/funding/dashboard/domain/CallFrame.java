package fr.essor.funding.dashboard.domain;

import java.math.BigDecimal;
import java.util.Map;

/** What a call sets that the dashboards measure against: its envelopes and its per-EPT targets (share, in %). */
public record CallFrame(int year, BigDecimal operatingEnvelope, BigDecimal investmentEnvelope,
                        Map<String, Integer> territoryTargets) {

    public BigDecimal envelope() {
        return operatingEnvelope.add(investmentEnvelope);
    }
}
