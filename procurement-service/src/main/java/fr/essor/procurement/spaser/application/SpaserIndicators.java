package fr.essor.procurement.spaser.application;

import fr.essor.procurement.clauses.application.InsertionLedgers;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.spaser.domain.IndicatorStanding;
import fr.essor.procurement.spaser.domain.SpaserIndicator;
import fr.essor.procurement.spaser.domain.SpaserYear;
import fr.essor.procurement.spaser.domain.YearTargets;

import java.util.Arrays;
import java.util.List;

/** The SPASER indicators of a year, computed from the contracts and the insertion hours, against the year's targets. */
public class SpaserIndicators {

    private final Contracts contracts;
    private final InsertionLedgers ledgers;
    private final Targets targets;

    public SpaserIndicators(Contracts contracts, InsertionLedgers ledgers, Targets targets) {
        this.contracts = contracts;
        this.ledgers = ledgers;
        this.targets = targets;
    }

    /** A year's figures, the targets set for it and where each indicator stands. */
    public record YearStatement(SpaserYear figures, YearTargets targets, List<IndicatorStanding> standings) {
    }

    public YearStatement of(int year) {
        SpaserYear figures = SpaserYear.of(year, contracts.awarded(), ledgers.all());
        YearTargets yearTargets = targets.find(year).orElseGet(() -> YearTargets.none(year));
        List<IndicatorStanding> standings = Arrays.stream(SpaserIndicator.values())
                .map(i -> IndicatorStanding.of(i, figures.value(i), yearTargets.target(i).orElse(null)))
                .toList();
        return new YearStatement(figures, yearTargets, standings);
    }
}
