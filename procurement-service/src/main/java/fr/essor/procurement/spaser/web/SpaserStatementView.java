package fr.essor.procurement.spaser.web;

import fr.essor.procurement.spaser.application.SpaserIndicators.YearStatement;
import fr.essor.procurement.spaser.domain.SpaserYear;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The SPASER indicators of a year on the API: values and targets as numbers, {@code null} when there is none. */
record SpaserStatementView(int year, int awardedContracts, boolean inScheme, Instant targetsUpdatedAt,
                           String targetsUpdatedBy, List<IndicatorView> indicators,
                           List<ReservedContractView> reservedContracts, List<ClauseView> insertionClauses) {

    record IndicatorView(String code, String objective, String label, String unit, BigDecimal value,
                         BigDecimal target, BigDecimal achievementPercent, boolean reached) {
    }

    record ReservedContractView(String contractId, String object, String buyerDirectorate, String reservation,
                                String holders, BigDecimal amount, LocalDate notifiedOn) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "SpaserClauseView")
    record ClauseView(String contractId, String object, String buyerDirectorate, int plannedHours,
                      BigDecimal plannedHoursInYear, BigDecimal doneHoursInYear, BigDecimal doneHoursToDate) {
    }

    static SpaserStatementView of(YearStatement statement) {
        SpaserYear f = statement.figures();
        return new SpaserStatementView(f.year(), f.awardedCount(),
                fr.essor.procurement.spaser.domain.YearTargets.inScheme(f.year()), statement.targets().updatedAt(),
                statement.targets().updatedBy(), statement.standings().stream()
                .map(s -> new IndicatorView(s.indicator().name(), s.indicator().objective().name(),
                        s.indicator().label(), s.indicator().unit().name(), s.value(), s.target(), s.achievement(),
                        s.reached())).toList(),
                f.reservedContracts().stream().map(r -> new ReservedContractView(r.contractId(), r.object(),
                        r.buyerDirectorate(), r.reservation().code(), r.holders(), r.amount(), r.notifiedOn()))
                        .toList(),
                f.clauses().stream().map(c -> new ClauseView(c.contractId(), c.object(), c.buyerDirectorate(),
                        c.plannedHours(), c.plannedInYear(), c.doneInYear(), c.doneToDate())).toList());
    }
}
