package fr.essor.procurement.contracts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A contract was awarded, as seen by ONE of its holders: a joint award yields one fact per holder, each with its
 * amount and its share of the clause's insertion hours, so that sums over the facts are the contract's totals.
 *
 * @param holderShare           the holder's amount over the contract's amount
 * @param insertionHoursPlanned the clause's hours times the share, rounded to 2 decimals; the last holder takes the
 *                              remainder so that the holders' hours add up to the clause exactly
 */
public record ContractAwarded(String eventId, String contractId, long version, ContractTerms terms, Holder holder,
                              BigDecimal contractAmount, BigDecimal holderShare, int holderCount,
                              BigDecimal insertionHoursPlanned, Award award, Instant occurredAt, String recordedBy) {

    /** One fact per holder of the award, in the holders' order. */
    static List<ContractAwarded> of(String contractId, long version, ContractTerms terms, Award award) {
        BigDecimal total = award.amount();
        BigDecimal planned = BigDecimal.valueOf(terms.insertionHoursPlanned());
        List<Holder> holders = award.holders();
        List<ContractAwarded> facts = new ArrayList<>();
        BigDecimal hoursGiven = BigDecimal.ZERO;
        for (int i = 0; i < holders.size(); i++) {
            Holder holder = holders.get(i);
            boolean last = i == holders.size() - 1;
            BigDecimal share = last && holders.size() == 1 ? BigDecimal.ONE
                    : holder.amount().divide(total, 10, RoundingMode.HALF_EVEN);
            BigDecimal hours = last ? planned.subtract(hoursGiven).setScale(2, RoundingMode.UNNECESSARY)
                    : planned.multiply(holder.amount()).divide(total, 2, RoundingMode.HALF_EVEN);
            hoursGiven = hoursGiven.add(hours);
            facts.add(new ContractAwarded(UUID.randomUUID().toString(), contractId, version, terms, holder, total,
                    share, holders.size(), hours, award, award.awardedAt(), award.awardedBy()));
        }
        return List.copyOf(facts);
    }
}
