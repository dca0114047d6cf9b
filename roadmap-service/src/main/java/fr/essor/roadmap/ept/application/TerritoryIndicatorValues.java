package fr.essor.roadmap.ept.application;

import fr.essor.kit.ept.FeedCursor;
import fr.essor.kit.ept.FeedSelection;
import fr.essor.kit.ept.FeedWindow;
import fr.essor.roadmap.indicators.application.Contributions;
import fr.essor.roadmap.indicators.application.Indicators;
import fr.essor.roadmap.indicators.domain.Indicator;
import fr.essor.roadmap.indicators.domain.TerritoryBreakdown;
import fr.essor.roadmap.indicators.domain.TerritoryValue;

import java.util.List;
import java.util.stream.Stream;

/**
 * The roadmap's indicators broken down for an EPT's territory (see {@link TerritoryBreakdown}) as a feed: each value
 * keyed by the last time something it depends on was recorded, so a new fact that changes a territory's value brings
 * it back. "Nothing new" costs one indexed existence check on the contributions when no manual value changed.
 */
public class TerritoryIndicatorValues {

    private final Indicators indicators;
    private final Contributions contributions;

    public TerritoryIndicatorValues(Indicators indicators, Contributions contributions) {
        this.indicators = indicators;
        this.contributions = contributions;
    }

    public List<TerritoryValue> values(String territoryCode, FeedWindow window) {
        boolean factsRecorded = window.after() == null || contributions.recordedSince(window.after().changedAt());
        Stream<TerritoryValue> candidates = indicators.all().stream().flatMap(indicator -> valuesOf(indicator,
                territoryCode, factsRecorded));
        return FeedSelection.select(window, candidates, TerritoryIndicatorValues::key);
    }

    public static FeedCursor key(TerritoryValue value) {
        return new FeedCursor(value.changedAt(), value.id());
    }

    private Stream<TerritoryValue> valuesOf(Indicator indicator, String territoryCode, boolean factsRecorded) {
        if (!indicator.definition().isComputed()) {
            return TerritoryBreakdown.manual(indicator, territoryCode).stream();
        }
        if (!factsRecorded || !indicator.definition().byTerritory()) {
            return Stream.empty();
        }
        return TerritoryBreakdown.computed(indicator.definition(), territoryCode,
                contributions.recordedOf(indicator.id())).stream();
    }
}
