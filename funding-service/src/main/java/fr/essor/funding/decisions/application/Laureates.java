package fr.essor.funding.decisions.application;

import fr.essor.funding.decisions.domain.AgendaItem;
import fr.essor.funding.decisions.domain.VotingSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The laureates of a call's closed sessions, per EPT: what an EPT's account may read of its own territory, and the
 * département's agents of every territory.
 */
public class Laureates {

    private final VotingSessions sessions;
    private final List<String> territories;

    public Laureates(VotingSessions sessions, List<String> territories) {
        this.sessions = sessions;
        this.territories = List.copyOf(territories);
    }

    /** One laureate of one session on one EPT's territory. */
    public record Laureate(String territoryCode, String sessionId, String deliberationReference, LocalDate decidedOn,
                           AgendaItem item) {
    }

    /** The laureates of the call of this year on this EPT's territory, or on every EPT when {@code territory} is null. */
    public List<Laureate> of(int callYear, String territory) {
        List<Laureate> laureates = new ArrayList<>();
        for (String t : territories) {
            if (territory != null && !territory.equals(t)) {
                continue;
            }
            for (VotingSession session : sessions.closedOf(callYear)) {
                session.laureatesOf(t).forEach(item -> laureates.add(new Laureate(t, session.id(),
                        session.deliberationReference(), session.sittingOn(), item)));
            }
        }
        return laureates;
    }

    public List<String> territories() {
        return territories;
    }
}
