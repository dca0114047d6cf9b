package fr.essor.kit.ept;

import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The convention of the EPT feeds ({@code GET /api/ept/{territory}/…}), the same in every service:
 * <ul>
 * <li>only an EPT account reads them, and only for the territory its token carries: anyone else, or another
 * territory, is answered 403 problem+json;</li>
 * <li>a feed is read in a stable order, the time of an item's last change then its id, page by page with the opaque
 * {@code after} cursor of the previous page; nothing new is an empty page giving back the same cursor;</li>
 * <li>a page only holds changes older than the settle delay: a write stamps its time before it reaches the store, so
 * a change stamped earlier than one already read could still appear; once the delay (longer than any write may take,
 * the store's bounded wait included) has passed, no change can appear behind the cursor, so a reader paging while
 * facts arrive reads each one exactly once.</li>
 * </ul>
 */
public class EptFeeds {

    private final CurrentActor currentActor;
    private final Clock clock;
    private final Duration settleDelay;

    public EptFeeds(CurrentActor currentActor, Clock clock, Duration settleDelay) {
        if (settleDelay.isNegative()) {
            throw new IllegalArgumentException("settle delay " + settleDelay + " is negative");
        }
        this.currentActor = currentActor;
        this.clock = clock;
        this.settleDelay = settleDelay;
    }

    /**
     * The territory a feed request may read: the one the path names, when the caller is that territory's EPT.
     *
     * @throws AccessDeniedException (403) for a caller that is not an EPT account, or an EPT of another territory
     */
    public String territory(String requested) {
        Actor actor = currentActor.current();
        if (!actor.hasRole(Role.EPT) || actor.territory() == null) {
            throw new AccessDeniedException("Ces flux sont réservés aux comptes des établissements publics "
                    + "territoriaux (EPT).");
        }
        if (!actor.territory().equals(requested)) {
            throw new AccessDeniedException("Ce compte d'EPT ne lit que les flux de son territoire ("
                    + actor.territory() + ").");
        }
        return actor.territory();
    }

    /**
     * One page of a feed, the whole convention in one call: the caller must be the territory's EPT, {@code after} and
     * {@code limit} are read, {@code read} gets the territory's code and the settled window, the page is cut and its
     * cursor is the {@code key} of its last item.
     */
    public <S, T> FeedPage<T> page(String territory, String after, String limit,
                                   BiFunction<String, FeedWindow, List<S>> read, Function<S, FeedCursor> key,
                                   Function<S, T> view) {
        String code = territory(territory);
        FeedRequest request = FeedRequest.read(after, limit);
        return FeedPage.of(code, request, read.apply(code, window(request)), key, view);
    }

    /** What the store reads for this request: after its cursor, up to the settled instant, one more than the page. */
    public FeedWindow window(FeedRequest request) {
        return new FeedWindow(request.after(), settledUntil(), request.limit() + 1);
    }

    /** Changes stamped after this instant are not served yet (see the class comment). */
    public Instant settledUntil() {
        return clock.instant().minus(settleDelay);
    }

    public Duration settleDelay() {
        return settleDelay;
    }
}
