package fr.essor.roadmap.plan;

import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionEdit;
import fr.essor.roadmap.plan.domain.ActionOutcome;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.ActionStatusChanged;
import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static fr.essor.roadmap.plan.Fixtures.SENS;
import static fr.essor.roadmap.plan.Fixtures.T0;
import static fr.essor.roadmap.plan.Fixtures.actionLedByDjva;
import static fr.essor.roadmap.plan.Fixtures.changed;
import static fr.essor.roadmap.plan.Fixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

class ActionStatusRulesTest {

    @Test
    void aNewActionIsToComeAtZeroPercent() {
        Action action = actionLedByDjva();

        assertThat(action.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(action.status().label()).isEqualTo("À venir");
        assertThat(action.progress()).isZero();
        assertThat(action.version()).isEqualTo(1);
    }

    @Test
    void aStatusChangeIsAFactWithThePreviousStatusAndTheNewVersion() {
        ActionOutcome outcome = actionLedByDjva().edit(ActionEdit.statusAndProgress(ActionStatus.IN_PROGRESS, 30),
                SENS, T0);

        ActionOutcome.Changed changed = (ActionOutcome.Changed) outcome;
        ActionStatusChanged event = changed.event().orElseThrow();
        assertThat(event.previousStatus()).isEqualTo(ActionStatus.PLANNED);
        assertThat(event.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(event.progress()).isEqualTo(30);
        assertThat(event.version()).isEqualTo(2).isEqualTo(changed.action().version());
        assertThat(event.recordedBy()).isEqualTo("sens");
        assertThat(event.actionCode()).isEqualTo("1.2.2");
    }

    @Test
    void aProgressChangeAloneIsNotAStatusFact() {
        Action started = withStatus(actionLedByDjva(), ActionStatus.IN_PROGRESS, 10);

        ActionOutcome outcome = started.edit(new ActionEdit(null, 40, null, null, null, null, null, null), SENS, T0);

        assertThat(((ActionOutcome.Changed) outcome).event()).isEmpty();
        assertThat(((ActionOutcome.Changed) outcome).action().progress()).isEqualTo(40);
    }

    @Test
    void finishingAnActionWithoutSayingItsProgressMakesItHundredPercent() {
        Action started = withStatus(actionLedByDjva(), ActionStatus.IN_PROGRESS, 60);

        Action done = changed(started.edit(ActionEdit.status(ActionStatus.DONE), SENS, T0));

        assertThat(done.progress()).isEqualTo(100);
    }

    @Test
    void aDoneActionBelowHundredPercentIsRefused() {
        ActionOutcome outcome = actionLedByDjva().edit(ActionEdit.statusAndProgress(ActionStatus.DONE, 80), SENS, T0);

        assertThat(violations(outcome)).extracting(Violation::code).containsExactly("progress.done");
    }

    @Test
    void anActionToComeCannotHaveProgressed() {
        ActionOutcome outcome = actionLedByDjva().edit(new ActionEdit(null, 20, null, null, null, null, null, null),
                SENS, T0);

        assertThat(violations(outcome)).extracting(Violation::code).containsExactly("progress.planned");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, 250})
    void progressIsAPercentage(int progress) {
        ActionOutcome outcome = actionLedByDjva().edit(ActionEdit.statusAndProgress(ActionStatus.IN_PROGRESS,
                progress), SENS, T0);

        assertThat(violations(outcome)).extracting(Violation::code).containsExactly("progress.range");
    }

    @Test
    void theEndCannotComeBeforeTheStart() {
        ActionOutcome outcome = actionLedByDjva().edit(new ActionEdit(null, null, null, null, null,
                Optional.of(LocalDate.of(2026, 6, 1)), Optional.of(LocalDate.of(2026, 5, 1)), null), SENS, T0);

        assertThat(violations(outcome)).extracting(Violation::field).containsExactly("endDate");
    }

    @Test
    void aDirectorateCannotBothLeadAndCoLead() {
        ActionOutcome outcome = actionLedByDjva().edit(new ActionEdit(null, null, null,
                java.util.Set.of(fr.essor.roadmap.plan.domain.Directorate.DJVA), null, null, null, null), SENS, T0);

        assertThat(violations(outcome)).extracting(Violation::code).containsExactly("coLeadDirectorates.overlap");
    }

    @Test
    void aRequestThatChangesNothingLeavesTheActionAndItsHistoryAlone() {
        Action action = actionLedByDjva();

        ActionOutcome outcome = action.edit(ActionEdit.statusAndProgress(ActionStatus.PLANNED, 0), SENS, T0);

        assertThat(outcome).isInstanceOf(ActionOutcome.Unchanged.class);
    }

    @Test
    void everyChangeIsKeptWithWhoWhenAndBeforeAfter() {
        Action action = withStatus(actionLedByDjva(), ActionStatus.IN_PROGRESS, 25);
        action = changed(action.addNote("Réunion de lancement tenue avec la DJVA.", SENS, T0.plusSeconds(120)));
        action = changed(action.setBudget(2026, new BigDecimal("15000"), new BigDecimal("2500.5"), SENS,
                T0.plusSeconds(180)));

        assertThat(action.history()).extracting(h -> h.field() + ":" + h.before() + "→" + h.after())
                .containsExactly("status:PLANNED→IN_PROGRESS", "progress:0→25",
                        "notes:→Réunion de lancement tenue avec la DJVA.", "budget.2026:→15000.00 / 2500.50");
        assertThat(action.history()).allSatisfy(h -> assertThat(h.by()).isEqualTo("sens"));
        assertThat(action.notes()).singleElement().satisfies(n -> {
            assertThat(n.author()).isEqualTo("sens");
            assertThat(n.writtenAt()).isEqualTo(T0.plusSeconds(120));
        });
    }

    @Test
    void budgetYearsAreThoseOfTheRoadmapAndAmountsArePositive() {
        ActionOutcome outcome = actionLedByDjva().setBudget(2031, new BigDecimal("-5"), null, SENS, T0);

        assertThat(violations(outcome)).extracting(Violation::field).containsExactly("year", "planned", "spent");
    }

    @Test
    void budgetAmountsKeepTheAmountRulesOfEveryService() {
        ActionOutcome outcome = actionLedByDjva().setBudget(2026, new BigDecimal("1000000000.01"),
                new BigDecimal("10.001"), SENS, T0);

        assertThat(violations(outcome)).extracting(Violation::code).containsExactly("planned.range", "spent.decimals");
        assertThat(actionLedByDjva().setBudget(2026, new BigDecimal("1000000000"), new BigDecimal("10.500"), SENS,
                T0)).isInstanceOf(ActionOutcome.Changed.class);
    }

    @Test
    void aMilestoneTitleOrANoteTooLongIsRefusedForItsLength() {
        assertThat(violations(actionLedByDjva().addMilestone("x".repeat(201), LocalDate.of(2026, 3, 31), SENS, T0)))
                .extracting(Violation::code).containsExactly("title.too-long");
        assertThat(violations(actionLedByDjva().addNote("x".repeat(4001), SENS, T0)))
                .extracting(Violation::code).containsExactly("text.too-long");
        assertThat(violations(actionLedByDjva().addNote("  ", SENS, T0)))
                .extracting(Violation::code).containsExactly("text.required");
    }

    @Test
    void milestonesCanBeAddedMarkedDoneAndAnUnknownOneIsMissing() {
        Action action = changed(actionLedByDjva().addMilestone("Comité de lancement", LocalDate.of(2026, 3, 31),
                SENS, T0));
        String id = action.milestones().getFirst().id();

        Action done = changed(action.markMilestone(id, true, SENS, T0));

        assertThat(done.milestones().getFirst().done()).isTrue();
        assertThat(done.markMilestone("nope", true, SENS, T0)).isInstanceOf(ActionOutcome.Missing.class);
        assertThat(done.isLate(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void anActionPastItsEndAndNotFinishedIsLate() {
        Action action = changed(withStatus(actionLedByDjva(), ActionStatus.IN_PROGRESS, 10).edit(new ActionEdit(null,
                null, null, null, null, null, Optional.of(LocalDate.of(2026, 6, 30)), null), SENS, T0));

        assertThat(action.isLate(LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(action.isLate(LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(withStatus(action, ActionStatus.DONE, 100).isLate(LocalDate.of(2026, 7, 1))).isFalse();
    }

    private static List<Violation> violations(ActionOutcome outcome) {
        assertThat(outcome).isInstanceOf(ActionOutcome.Refused.class);
        return ((ActionOutcome.Refused) outcome).violations();
    }
}
