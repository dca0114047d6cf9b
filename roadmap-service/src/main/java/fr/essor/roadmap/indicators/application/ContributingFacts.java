package fr.essor.roadmap.indicators.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.indicators.domain.Contribution;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Applies the facts of one upstream topic to the computed indicators: each subclass follows the types of its topic
 * that feed an indicator ({@link #routes()}), each read into its own record. Idempotent by construction: each fact
 * becomes contributions keyed by (indicator, event id), so a duplicate or a replay finds them already there.
 */
public abstract class ContributingFacts {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Contributions contributions;

    protected ContributingFacts(Contributions contributions) {
        this.contributions = contributions;
    }

    /** The types of its topic this handler follows, each to its own method. */
    public abstract EventRoutes routes();

    /** Records the contributions a fact brings; none (e.g. a grant of another programme) leaves it ignored. */
    protected Consumption record(List<Contribution> brought) {
        if (brought.isEmpty()) {
            return Consumption.IGNORED;
        }
        boolean applied = false;
        for (Contribution contribution : brought) {
            applied |= contributions.record(contribution);
        }
        return Consumption.appliedIf(applied);
    }

    protected static int yearOf(IncomingEvent event) {
        return LocalDate.ofInstant(event.time(), PARIS).getYear();
    }
}
