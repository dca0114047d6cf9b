package fr.essor.procurement.spaser.domain;

import fr.essor.procurement.clauses.domain.InsertionLedger;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractStatus;
import fr.essor.procurement.contracts.domain.Holder;
import fr.essor.procurement.contracts.domain.Reservation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SPASER figures of one year, with the contracts behind them so that every number can be traced back.
 * <ul>
 * <li>A contract (or lot) counts in the year its award was notified; its amount is the amount awarded (the sum of
 * its holders' shares), before any modification, as the DECP publishes it.</li>
 * <li>A contract has a social consideration when it has a clause sociale, a critère social, or is reserved (whatever
 * the consideration ticked); an environmental one when it has a clause or a critère environnemental.</li>
 * <li>Hours planned count in the award year; hours done count in the year the reported period ends.</li>
 * <li>The amount bought from ESS suppliers sums the shares of the holders that were in the registry of ESS
 * organisations and inclusive employers when the contract was awarded.</li>
 * </ul>
 *
 * @param values       per indicator; a share is absent when no contract was awarded that year
 * @param awardedCount the contracts and lots awarded that year
 */
public record SpaserYear(int year, Map<SpaserIndicator, BigDecimal> values, int awardedCount,
                         List<ReservedContract> reservedContracts, List<ClauseLine> clauses) {

    public SpaserYear {
        values = Map.copyOf(values);
        reservedContracts = List.copyOf(reservedContracts);
        clauses = List.copyOf(clauses);
    }

    /** A reserved contract awarded in the year. */
    public record ReservedContract(String contractId, String object, String buyerDirectorate,
                                   Reservation reservation, String holders, BigDecimal amount, LocalDate notifiedOn) {
    }

    /**
     * A contract with an insertion clause that counts in the year: awarded that year, or with hours done that year.
     *
     * @param plannedInYear the hours it plans, when awarded that year, else 0
     * @param doneToDate    every hour reported on it so far
     */
    public record ClauseLine(String contractId, String object, String buyerDirectorate, int plannedHours,
                             BigDecimal plannedInYear, BigDecimal doneInYear, BigDecimal doneToDate) {
    }

    public static SpaserYear of(int year, List<Contract> contracts, List<InsertionLedger> ledgers) {
        Map<String, InsertionLedger> ledgerOf = ledgers.stream()
                .collect(Collectors.toMap(InsertionLedger::contractId, Function.identity(), (a, b) -> a));
        List<Contract> awarded = contracts.stream().filter(c -> c.status() == ContractStatus.AWARDED)
                .sorted(Comparator.comparing(Contract::id)).toList();
        List<Contract> ofYear = awarded.stream().filter(c -> c.award().notifiedOn().getYear() == year).toList();

        Map<SpaserIndicator, BigDecimal> values = new EnumMap<>(SpaserIndicator.class);
        long social = ofYear.stream().filter(SpaserYear::hasSocialConsideration).count();
        long environmental = ofYear.stream()
                .filter(c -> !c.terms().environmentalConsiderations().isEmpty()).count();
        if (!ofYear.isEmpty()) {
            values.put(SpaserIndicator.SOCIAL_CONSIDERATION_SHARE, share(social, ofYear.size()));
            values.put(SpaserIndicator.ENVIRONMENTAL_CONSIDERATION_SHARE, share(environmental, ofYear.size()));
        }
        reserved(values, ofYear, Reservation.L2113_12, SpaserIndicator.RESERVED_L2113_12_COUNT,
                SpaserIndicator.RESERVED_L2113_12_AMOUNT);
        reserved(values, ofYear, Reservation.L2113_13, SpaserIndicator.RESERVED_L2113_13_COUNT,
                SpaserIndicator.RESERVED_L2113_13_AMOUNT);
        reserved(values, ofYear, Reservation.L2113_15, SpaserIndicator.RESERVED_L2113_15_COUNT,
                SpaserIndicator.RESERVED_L2113_15_AMOUNT);
        values.put(SpaserIndicator.ESS_SUPPLIERS_AMOUNT, ofYear.stream()
                .flatMap(c -> c.award().holders().stream()).filter(Holder::ess).map(Holder::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_EVEN));

        List<ClauseLine> clauses = new ArrayList<>();
        for (Contract contract : awarded) {
            if (!contract.terms().hasInsertionClause()) {
                continue;
            }
            InsertionLedger ledger = ledgerOf.getOrDefault(contract.id(), InsertionLedger.empty(contract.id()));
            boolean awardedThatYear = contract.award().notifiedOn().getYear() == year;
            BigDecimal doneInYear = ledger.hoursDoneIn(year);
            if (awardedThatYear || doneInYear.signum() > 0) {
                clauses.add(new ClauseLine(contract.id(), contract.terms().object(),
                        contract.terms().buyerDirectorate(), contract.terms().insertionHoursPlanned(),
                        awardedThatYear ? BigDecimal.valueOf(contract.terms().insertionHoursPlanned())
                                : BigDecimal.ZERO, doneInYear, ledger.hoursDone()));
            }
        }
        values.put(SpaserIndicator.INSERTION_HOURS_PLANNED, clauses.stream().map(ClauseLine::plannedInYear)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_EVEN));
        values.put(SpaserIndicator.INSERTION_HOURS_DONE, clauses.stream().map(ClauseLine::doneInYear)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_EVEN));

        List<ReservedContract> reservedContracts = ofYear.stream().filter(c -> c.terms().reservation().reserved())
                .map(c -> new ReservedContract(c.id(), c.terms().object(), c.terms().buyerDirectorate(),
                        c.terms().reservation(), c.award().holders().stream().map(Holder::name)
                        .collect(Collectors.joining(", ")), c.award().amount(), c.award().notifiedOn()))
                .toList();
        return new SpaserYear(year, values, ofYear.size(), reservedContracts, clauses);
    }

    /** The value of an indicator, {@code null} for a share of a year without any contract awarded. */
    public BigDecimal value(SpaserIndicator indicator) {
        return values.get(indicator);
    }

    static boolean hasSocialConsideration(Contract contract) {
        return !contract.terms().socialConsiderations().isEmpty() || contract.terms().reservation().reserved();
    }

    private static void reserved(Map<SpaserIndicator, BigDecimal> values, List<Contract> ofYear,
                                 Reservation reservation, SpaserIndicator count, SpaserIndicator amount) {
        List<Contract> reserved = ofYear.stream().filter(c -> c.terms().reservation() == reservation).toList();
        values.put(count, BigDecimal.valueOf(reserved.size()));
        values.put(amount, reserved.stream().map(c -> c.award().amount()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal share(long part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
