package fr.essor.roadmap.indicators.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventHandler;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.indicators.domain.Contribution;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Applies the facts of one upstream topic to the computed indicators. Idempotent by construction: each fact becomes
 * contributions keyed by (indicator, event id), so a duplicate or a replay finds them already there.
 */
public abstract class ContributingFacts<T> implements EventHandler<T> {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Contributions contributions;

    protected ContributingFacts(Contributions contributions) {
        this.contributions = contributions;
    }

    /** The contributions of a fact (possibly none), or null when the type is not one this topic feeds. */
    protected abstract List<Contribution> contributionsOf(IncomingEvent event, T fact);

    @Override
    public Consumption handle(IncomingEvent event, T fact) {
        List<Contribution> brought = contributionsOf(event, fact);
        if (brought == null || brought.isEmpty()) {
            return Consumption.IGNORED;
        }
        boolean applied = false;
        for (Contribution contribution : brought) {
            applied |= contributions.record(contribution);
        }
        return applied ? Consumption.APPLIED : Consumption.DUPLICATE;
    }

    protected static int yearOf(IncomingEvent event) {
        return LocalDate.ofInstant(event.time(), PARIS).getYear();
    }
}
