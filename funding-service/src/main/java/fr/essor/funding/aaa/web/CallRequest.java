package fr.essor.funding.aaa.web;

import fr.essor.funding.aaa.domain.CallDefinition;
import fr.essor.funding.aaa.domain.Criterion;
import fr.essor.funding.aaa.domain.ScoringGrid;

import fr.essor.kit.apidocs.Bounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The body of {@code POST /api/calls} and {@code PUT /api/calls/{year}}; amounts in euros, dates ISO 8601. */
record CallRequest(@Bounds.Whole(min = 2018, max = 2100) Integer year, @Bounds.Text(200) String title,
                   List<String> themes, @Bounds.Amount BigDecimal operatingEnvelope,
                   @Bounds.Amount BigDecimal investmentEnvelope, LocalDate opensOn, LocalDate closesOn,
                   Boolean twoYearApplications, List<CriterionRequest> grid, Map<String, Integer> territoryTargets) {

    record CriterionRequest(String code, String label, Integer weight) {
    }

    CallDefinition toDefinition() {
        return new CallDefinition(year == null ? 0 : year, title, themes, operatingEnvelope, investmentEnvelope,
                opensOn, closesOn, Boolean.TRUE.equals(twoYearApplications),
                new ScoringGrid(grid == null ? List.of() : grid.stream()
                        .map(c -> new Criterion(c.code(), c.label(), c.weight() == null ? 0 : c.weight())).toList()),
                territoryTargets);
    }
}
