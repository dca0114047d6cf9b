package fr.essor.funding.dashboard.application;

import fr.essor.funding.aaa.application.ApplicationFilter;
import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.aaa.domain.Call;
import fr.essor.funding.aaa.domain.Decision;
import fr.essor.funding.aaa.domain.RequestedAmounts;
import fr.essor.funding.dashboard.domain.CallFrame;
import fr.essor.funding.dashboard.domain.FundedApplication;
import fr.essor.funding.dashboard.domain.FundingDashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Computes the funding dashboards of an edition from the calls and applications funding stores. */
public class Dashboards {

    private final Calls calls;
    private final Applications applications;

    public Dashboards(Calls calls, Applications applications) {
        this.calls = calls;
        this.applications = applications;
    }

    /** The editions known, the latest first. */
    public List<Integer> years() {
        return calls.all().stream().map(Call::year).toList();
    }

    /** The dashboard of an edition; empty when no call of that year exists. */
    public Optional<FundingDashboard> of(int year) {
        if (calls.find(year).isEmpty()) {
            return Optional.empty();
        }
        List<Call> all = calls.all();
        List<CallFrame> frames = all.stream().map(c -> new CallFrame(c.year(), c.definition().operatingEnvelope(),
                c.definition().investmentEnvelope(), c.definition().territoryTargets())).toList();
        List<FundedApplication> seen = all.stream()
                .flatMap(c -> applications.list(c.year(), ApplicationFilter.any()).stream())
                .map(Dashboards::seen).toList();
        return Optional.of(FundingDashboard.of(year, frames, seen,
                Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList()));
    }

    static FundedApplication seen(Application a) {
        Optional<Decision> decision = a.decision();
        BigDecimal granted = decision.filter(Decision::granted).map(Decision::amount).orElse(null);
        return new FundedApplication(a.callYear(), a.details().theme(), a.details().mainTerritoryCode(),
                a.status().name(), a.details().organisationId(), a.receivedOn(),
                decision.map(Decision::decidedOn).orElse(null), granted,
                granted == null ? null : operatingShare(granted, a.details().amounts()));
    }

    /** The part of a grant that is fonctionnement: all, none, or in the proportion asked for a mixed project. */
    static BigDecimal operatingShare(BigDecimal granted, RequestedAmounts asked) {
        return switch (asked.nature()) {
            case OPERATING -> granted;
            case INVESTMENT -> BigDecimal.ZERO;
            case MIXED -> granted.multiply(asked.operating()).divide(asked.total(), 2, RoundingMode.HALF_UP);
        };
    }
}
