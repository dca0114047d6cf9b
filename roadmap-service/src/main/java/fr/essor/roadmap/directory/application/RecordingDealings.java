package fr.essor.roadmap.directory.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.roadmap.directory.domain.Dealing;

/**
 * Records in the directory what the facts of one upstream topic say of an organisation: each topic's subclass
 * follows the types the directory shows ({@link #routes()}), each read into its own record.
 */
public abstract class RecordingDealings {

    private final Dealings dealings;

    protected RecordingDealings(Dealings dealings) {
        this.dealings = dealings;
    }

    /** The types of its topic this handler follows, each to its own method. */
    public abstract EventRoutes routes();

    /** Records a dealing, once per version of its upstream aggregate. */
    protected Consumption record(Dealing dealing) {
        return Consumption.appliedIf(dealings.record(dealing));
    }
}
