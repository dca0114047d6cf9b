package fr.essor.roadmap.indicators.application;

import fr.essor.roadmap.indicators.domain.Indicator;
import fr.essor.kit.domain.Violation;

import java.util.List;

/** What became of a command on an indicator. */
public sealed interface IndicatorOutcome {

    record Done(Indicator indicator) implements IndicatorOutcome {
    }

    record Rejected(List<Violation> violations) implements IndicatorOutcome {
    }

    /** The actor may read indicators but not write them. */
    record Forbidden() implements IndicatorOutcome {
    }

    record Unknown(String id) implements IndicatorOutcome {
    }

    record AlreadyExists(String id) implements IndicatorOutcome {
    }
}
