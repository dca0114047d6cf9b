package fr.essor.roadmap.directory.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventHandler;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.directory.domain.Dealing;

/**
 * Records in the directory what the facts of one upstream topic say of an organisation; each topic's subclass reads
 * its own facts and ignores the other types of its topic.
 */
public abstract class RecordingDealings<T> implements EventHandler<T> {

    private final Dealings dealings;

    protected RecordingDealings(Dealings dealings) {
        this.dealings = dealings;
    }

    /** The dealing a fact reports, or null when its type is not one the directory shows. */
    protected abstract Dealing dealingOf(String type, T fact);

    @Override
    public Consumption handle(IncomingEvent event, T fact) {
        Dealing dealing = dealingOf(event.type(), fact);
        if (dealing == null) {
            return Consumption.IGNORED;
        }
        return dealings.record(dealing) ? Consumption.APPLIED : Consumption.DUPLICATE;
    }
}
