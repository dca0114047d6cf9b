package fr.essor.procurement.clauses.application;

import fr.essor.procurement.clauses.domain.ClauseProgress;
import fr.essor.procurement.clauses.domain.ClauseTerms;
import fr.essor.procurement.clauses.domain.InsertionLedger;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractStatus;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the insertion clauses achieved: per contract, and per buyer directorate and year. */
public class InsertionFollowUp {

    private final Contracts contracts;
    private final InsertionLedgers ledgers;
    private final Clock clock;

    public InsertionFollowUp(Contracts contracts, InsertionLedgers ledgers, Clock clock) {
        this.contracts = contracts;
        this.ledgers = ledgers;
        this.clock = clock;
    }

    /**
     * Hours planned by the clauses of the contracts awarded in a year (the year of notification) and hours done in
     * periods that end in that year, for one buyer directorate: the same years as the roadmap's indicators.
     */
    public record DirectorateYear(String buyerDirectorate, int year, BigDecimal plannedHours, BigDecimal doneHours,
                                  int contracts) {
    }

    /** The clause of an awarded contract, empty when the contract is unknown, open or has no clause. */
    public Optional<ClauseOfContract> ofContract(String contractId) {
        return contracts.find(contractId).filter(InsertionFollowUp::hasClause).map(contract -> clause(contract,
                ledgers.find(contractId).orElseGet(() -> InsertionLedger.empty(contractId))));
    }

    /** Every awarded contract with a clause, the lagging ones first, then by id. */
    public List<ClauseOfContract> clauses() {
        Map<String, InsertionLedger> byContract = ledgers.all().stream()
                .collect(Collectors.toMap(InsertionLedger::contractId, Function.identity()));
        return contracts.awarded().stream().filter(InsertionFollowUp::hasClause)
                .map(c -> clause(c, byContract.getOrDefault(c.id(), InsertionLedger.empty(c.id()))))
                .sorted(Comparator.comparing((ClauseOfContract c) -> !c.progress().lagging())
                        .thenComparing(c -> c.terms().contractId()))
                .toList();
    }

    /** Planned vs done per buyer directorate and year, by directorate then year. */
    public List<DirectorateYear> byDirectorateAndYear() {
        Map<String, Map<Integer, BigDecimal[]>> sums = new TreeMap<>();
        Map<String, Map<Integer, java.util.Set<String>>> contractsOf = new TreeMap<>();
        for (ClauseOfContract clause : clauses()) {
            ClauseTerms t = clause.terms();
            int awardYear = t.awardedOn().getYear();
            add(sums, contractsOf, t, awardYear, BigDecimal.valueOf(t.plannedHours()), BigDecimal.ZERO);
            clause.ledger().reports().forEach(r -> add(sums, contractsOf, t, r.period().end().getYear(),
                    BigDecimal.ZERO, r.hours()));
        }
        List<DirectorateYear> rows = new ArrayList<>();
        sums.forEach((directorate, years) -> years.forEach((year, s) -> rows.add(new DirectorateYear(directorate,
                year, s[0], s[1], contractsOf.get(directorate).get(year).size()))));
        return rows;
    }

    private static void add(Map<String, Map<Integer, BigDecimal[]>> sums,
                            Map<String, Map<Integer, java.util.Set<String>>> contractsOf, ClauseTerms terms,
                            int year, BigDecimal planned, BigDecimal done) {
        BigDecimal[] s = sums.computeIfAbsent(terms.buyerDirectorate(), d -> new TreeMap<>())
                .computeIfAbsent(year, y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        s[0] = s[0].add(planned);
        s[1] = s[1].add(done);
        contractsOf.computeIfAbsent(terms.buyerDirectorate(), d -> new TreeMap<>())
                .computeIfAbsent(year, y -> new java.util.TreeSet<>()).add(terms.contractId());
    }

    private ClauseOfContract clause(Contract contract, InsertionLedger ledger) {
        ClauseTerms terms = ReportingInsertionHours.termsOf(contract);
        return new ClauseOfContract(terms, ledger, ClauseProgress.of(terms, ledger.hoursDone(),
                LocalDate.now(clock.withZone(ReportingInsertionHours.PARIS))));
    }

    private static boolean hasClause(Contract contract) {
        return contract.status() == ContractStatus.AWARDED && contract.terms().hasInsertionClause()
                && contract.terms().insertionHoursPlanned() > 0;
    }
}
