package fr.essor.funding.aaa.web;

import fr.essor.funding.aaa.domain.Call;
import fr.essor.funding.aaa.domain.CallDefinition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A call as the API shows it. */
record CallView(String id, int year, String title, List<String> themes, BigDecimal operatingEnvelope,
                BigDecimal investmentEnvelope, LocalDate opensOn, LocalDate closesOn, boolean twoYearApplications,
                List<CallRequest.CriterionRequest> grid, Map<String, Integer> territoryTargets, long version,
                Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static CallView of(Call call) {
        CallDefinition d = call.definition();
        return new CallView(call.id(), d.year(), d.title(), d.themes(), d.operatingEnvelope(), d.investmentEnvelope(),
                d.opensOn(), d.closesOn(), d.twoYearApplications(), d.grid().criteria().stream()
                .map(c -> new CallRequest.CriterionRequest(c.code(), c.label(), c.weight())).toList(),
                d.territoryTargets(), call.version(), call.createdAt(), call.createdBy(), call.updatedAt(),
                call.updatedBy());
    }
}
