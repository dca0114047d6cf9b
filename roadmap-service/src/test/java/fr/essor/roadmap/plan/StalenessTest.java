package fr.essor.roadmap.plan;

import fr.essor.roadmap.plan.application.RoadmapOverview;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionEdit;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.roadmap.plan.domain.RoadmapReference;
import fr.essor.roadmap.plan.domain.Staleness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static fr.essor.roadmap.plan.Fixtures.DJVA;
import static fr.essor.roadmap.plan.Fixtures.SENS;
import static fr.essor.roadmap.plan.Fixtures.T0;
import static fr.essor.roadmap.plan.Fixtures.actionLedByDjva;
import static fr.essor.roadmap.plan.Fixtures.changed;
import static org.assertj.core.api.Assertions.assertThat;

/** An action "En cours" with no update and no related event for 90 days is stale. */
class StalenessTest {

    private static final Instant STARTED = T0.plusSeconds(60);

    private final Action inProgress = changed(actionLedByDjva().edit(
            ActionEdit.statusAndProgress(ActionStatus.IN_PROGRESS, 20), DJVA, STARTED));

    @Test
    void anActionInProgressUntouchedForNinetyDaysIsStaleAndNotADayBefore() {
        assertThat(Staleness.isStale(inProgress, Optional.empty(), STARTED.plus(Duration.ofDays(89))))
                .isFalse();
        assertThat(Staleness.isStale(inProgress, Optional.empty(), STARTED.plus(Duration.ofDays(90)))).isTrue();
    }

    @Test
    void aNoteResetsTheClock() {
        Action noted = changed(inProgress.addNote("Réunion avec le DLA", DJVA, STARTED.plus(Duration.ofDays(60))));

        assertThat(Staleness.isStale(noted, Optional.empty(), STARTED.plus(Duration.ofDays(120)))).isFalse();
        assertThat(Staleness.isStale(noted, Optional.empty(), STARTED.plus(Duration.ofDays(150)))).isTrue();
    }

    @Test
    void aRelatedEventResetsTheClock() {
        Optional<Instant> factOnItsIndicator = Optional.of(STARTED.plus(Duration.ofDays(80)));

        assertThat(Staleness.isStale(inProgress, factOnItsIndicator, STARTED.plus(Duration.ofDays(100)))).isFalse();
        assertThat(Staleness.lastActivity(inProgress, factOnItsIndicator)).isEqualTo(factOnItsIndicator.get());
    }

    @Test
    void onlyActionsInProgressAreStale() {
        Instant later = STARTED.plus(Duration.ofDays(365));
        for (ActionStatus status : ActionStatus.values()) {
            int progress = status == ActionStatus.DONE ? 100 : status == ActionStatus.PLANNED ? 0 : 50;
            Action action = status == ActionStatus.PLANNED ? actionLedByDjva()
                    : changed(actionLedByDjva().edit(ActionEdit.statusAndProgress(status, progress), SENS, STARTED));
            assertThat(Staleness.isStale(action, Optional.empty(), later)).as(status.name())
                    .isEqualTo(status == ActionStatus.IN_PROGRESS);
        }
    }

    @Test
    void aTitleChangedByTheReferenceFileIsNotAnUpdate() {
        Action retitled = inProgress.withReference(Fixtures.referenceAction("1.2.2", "Nouveau titre",
                Directorate.DJVA, Directorate.DIEESS), STARTED.plus(Duration.ofDays(85))).orElseThrow();

        assertThat(Staleness.isStale(retitled, Optional.empty(), STARTED.plus(Duration.ofDays(91)))).isTrue();
    }

    @Test
    void theDashboardListsTheStaleActionsWithTheEventsRelatedToThem() {
        InMemoryActions store = new InMemoryActions();
        store.store(new RoadmapReference(List.of()));
        store.add(inProgress);
        Action other = changed(Action.fromReference(Fixtures.referenceAction("1.2.3", "Autre action",
                Directorate.DTER), T0).edit(ActionEdit.statusAndProgress(ActionStatus.IN_PROGRESS, 10), SENS,
                STARTED));
        store.add(other);
        Instant now = STARTED.plus(Duration.ofDays(100));

        RoadmapOverview overview = new RoadmapOverview(store, store, action -> action.code().toString()
                .equals("1.2.3") ? Optional.of(now.minus(Duration.ofDays(5))) : Optional.empty());

        assertThat(overview.dashboard(LocalDate.of(2026, 4, 25), now).stale()).extracting(a -> a.code().toString())
                .containsExactly("1.2.2");
    }
}
