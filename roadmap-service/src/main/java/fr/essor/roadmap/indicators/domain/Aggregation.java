package fr.essor.roadmap.indicators.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a computed indicator's value for a year and a territory from its contributions, by the indicator's rule.
 * Pure: the same contributions always give the same value, whatever order they arrived in.
 */
public final class Aggregation {

    private Aggregation() {
    }

    /**
     * @param territory null for the whole département, an EPT code, or {@link Territories#UNASSIGNED}
     */
    public static ComputedValue valueOf(AggregationRule rule, int year, String territory,
                                        List<Contribution> contributions) {
        List<Contribution> inTerritory = contributions.stream().filter(c -> matches(territory, c)).toList();
        return switch (rule) {
            case SUM -> {
                List<Contribution> basis = ofYear(year, inTerritory);
                yield new ComputedValue(year, territory, basis.isEmpty() ? null : sum(basis), basis);
            }
            case DISTINCT_COUNT -> {
                List<Contribution> basis = ofYear(year, inTerritory);
                long distinct = basis.stream().map(c -> c.distinctKey() == null ? c.aggregateId() : c.distinctKey())
                        .distinct().count();
                yield new ComputedValue(year, territory, basis.isEmpty() ? null : BigDecimal.valueOf(distinct),
                        basis);
            }
            case LATEST_STATE_SUM -> {
                List<Contribution> basis = latestPerAggregate(year, contributions).stream()
                        .filter(c -> matches(territory, c)).toList();
                yield new ComputedValue(year, territory, basis.isEmpty() ? null : sum(basis), basis);
            }
            case LATEST_RECORDED -> throw new IllegalArgumentException("a manual indicator has no contributions");
        };
    }

    // the state is taken per aggregate before filtering by territory: a stake that moved to another EPT leaves the old one
    private static List<Contribution> latestPerAggregate(int year, List<Contribution> contributions) {
        Map<String, Contribution> latest = new LinkedHashMap<>();
        Comparator<Contribution> order = Comparator.comparingLong(Contribution::aggregateVersion)
                .thenComparing(Contribution::occurredAt).thenComparing(Contribution::eventId);
        contributions.stream().filter(c -> c.year() <= year).sorted(order)
                .forEach(c -> latest.put(c.aggregateId(), c));
        List<Contribution> basis = new ArrayList<>(latest.values());
        basis.sort(Comparator.comparing(Contribution::aggregateId));
        return basis;
    }

    private static List<Contribution> ofYear(int year, List<Contribution> contributions) {
        return contributions.stream().filter(c -> c.year() == year)
                .sorted(Comparator.comparing(Contribution::occurredAt).thenComparing(Contribution::eventId)).toList();
    }

    private static boolean matches(String territory, Contribution contribution) {
        if (territory == null) {
            return true;
        }
        if (Territories.UNASSIGNED.equals(territory)) {
            return contribution.territoryCode() == null;
        }
        return Objects.equals(territory, contribution.territoryCode());
    }

    private static BigDecimal sum(List<Contribution> basis) {
        return basis.stream().map(Contribution::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
