package fr.essor.funding.dashboard.domain;

import fr.essor.kit.reference.Territories;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The DMTA's and DIEESS's dashboards of one Appel à Agir edition, from funding's own data: amounts granted by theme
 * and by EPT, each edition's amounts against its envelopes, the median delay from a file's receipt to its decision,
 * the share of laureates per EPT against the call's targets, and the count of applications per workflow status.
 */
public record FundingDashboard(int year, List<ThemeLine> byTheme, List<TerritoryLine> byTerritory,
                               List<YearLine> byYear, Optional<BigDecimal> medianDelayDays, int decidedCount,
                               Map<String, Long> byStatus) {

    public static final List<String> TERRITORIES = Territories.codes();

    public record ThemeLine(String theme, long granted, BigDecimal amount) {
    }

    /** {@code share} and {@code target} in % (target null when the call sets none). */
    public record TerritoryLine(String territoryCode, long laureates, BigDecimal amount, BigDecimal share,
                                Integer target) {
    }

    public record YearLine(int year, BigDecimal operatingGranted, BigDecimal operatingEnvelope,
                           BigDecimal investmentGranted, BigDecimal investmentEnvelope, BigDecimal granted,
                           BigDecimal envelope, BigDecimal consumed) {
    }

    /**
     * @param year     the edition looked at
     * @param frames   every edition's envelopes and targets
     * @param all      the applications of every edition
     * @param statuses the status codes to count, in workflow order
     */
    public static FundingDashboard of(int year, List<CallFrame> frames, List<FundedApplication> all,
                                      List<String> statuses) {
        List<FundedApplication> ofYear = all.stream().filter(a -> a.callYear() == year).toList();
        List<FundedApplication> granted = ofYear.stream().filter(FundedApplication::granted).toList();

        Map<String, ThemeLine> themes = new TreeMap<>();
        for (FundedApplication a : granted) {
            themes.merge(a.theme(), new ThemeLine(a.theme(), 1, a.amountGranted()),
                    (x, y) -> new ThemeLine(x.theme(), x.granted() + y.granted(), x.amount().add(y.amount())));
        }

        Map<String, Integer> targets = frames.stream().filter(f -> f.year() == year).findFirst()
                .map(CallFrame::territoryTargets).orElse(Map.of());
        List<TerritoryLine> territories = new ArrayList<>();
        for (String t : TERRITORIES) {
            List<FundedApplication> here = granted.stream().filter(a -> t.equals(a.territoryCode())).toList();
            BigDecimal share = granted.isEmpty() ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(here.size() * 100L).divide(BigDecimal.valueOf(granted.size()), 1,
                    RoundingMode.HALF_UP);
            territories.add(new TerritoryLine(t, here.size(), sum(here), share, targets.get(t)));
        }

        List<YearLine> years = new ArrayList<>();
        for (CallFrame f : frames.stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).toList()) {
            List<FundedApplication> edition = all.stream().filter(a -> a.callYear() == f.year())
                    .filter(FundedApplication::granted).toList();
            BigDecimal operating = edition.stream().map(FundedApplication::operatingShare)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal total = sum(edition);
            BigDecimal consumed = f.envelope().signum() == 0 ? BigDecimal.ZERO.setScale(1)
                    : total.multiply(BigDecimal.valueOf(100)).divide(f.envelope(), 1, RoundingMode.HALF_UP);
            years.add(new YearLine(f.year(), operating, f.operatingEnvelope(), total.subtract(operating),
                    f.investmentEnvelope(), total, f.envelope(), consumed));
        }

        List<Long> delays = ofYear.stream().filter(a -> a.decidedOn() != null && a.receivedOn() != null)
                .map(a -> ChronoUnit.DAYS.between(a.receivedOn(), a.decidedOn())).toList();

        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (String s : statuses) {
            byStatus.put(s, ofYear.stream().filter(a -> s.equals(a.status())).count());
        }
        return new FundingDashboard(year, List.copyOf(themes.values()), territories, years, Median.of(delays),
                delays.size(), byStatus);
    }

    private static BigDecimal sum(List<FundedApplication> applications) {
        return applications.stream().map(FundedApplication::amountGranted).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
