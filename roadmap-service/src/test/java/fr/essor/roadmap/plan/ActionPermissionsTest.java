package fr.essor.roadmap.plan;

import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;
import fr.essor.roadmap.plan.application.ActionTracking;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionEdit;
import fr.essor.roadmap.plan.domain.ActionOutcome;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.roadmap.plan.domain.Editor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static fr.essor.roadmap.plan.Fixtures.DJVA;
import static fr.essor.roadmap.plan.Fixtures.DTER;
import static fr.essor.roadmap.plan.Fixtures.SENS;
import static fr.essor.roadmap.plan.Fixtures.T0;
import static fr.essor.roadmap.plan.Fixtures.actionLedByDjva;
import static fr.essor.roadmap.plan.Fixtures.changed;
import static org.assertj.core.api.Assertions.assertThat;

class ActionPermissionsTest {

    @Test
    void aLeadDirectorateChangesItsAction() {
        Action action = changed(actionLedByDjva().edit(ActionEdit.statusAndProgress(ActionStatus.IN_PROGRESS, 5),
                DJVA, T0));

        assertThat(action.updatedBy()).isEqualTo("djva");
    }

    @Test
    void aDirectorateThatDoesNotLeadTheActionCannotChangeAnythingOfIt() {
        Action action = actionLedByDjva();

        assertThat(action.canBeChangedBy(DTER)).isFalse();
        assertThat(action.edit(ActionEdit.status(ActionStatus.IN_PROGRESS), DTER, T0))
                .isInstanceOf(ActionOutcome.Forbidden.class);
        assertThat(action.addNote("Note", DTER, T0)).isInstanceOf(ActionOutcome.Forbidden.class);
        assertThat(action.addMilestone("Jalon", LocalDate.of(2026, 1, 1), DTER, T0))
                .isInstanceOf(ActionOutcome.Forbidden.class);
    }

    @Test
    void theDieessAndAdministratorsSteerEveryActionEvenWithoutLead() {
        Action withoutLead = Action.fromReference(Fixtures.referenceAction("1.2.3", "Sans pilote"), T0);
        Editor admin = ActionTracking.editor(new Actor("admin", Set.of(Role.ADMIN), null));

        assertThat(withoutLead.canBeChangedBy(SENS)).isTrue();
        assertThat(withoutLead.canBeChangedBy(admin)).isTrue();
        assertThat(withoutLead.canBeChangedBy(DJVA)).isFalse();
    }

    @Test
    void onlyTheSteeringChangesWhoLeadsAnAction() {
        Action action = actionLedByDjva();
        ActionEdit handOver = new ActionEdit(null, null, Set.of(Directorate.DJVA, Directorate.DTER), null, null, null,
                null, null);

        assertThat(action.edit(handOver, DJVA, T0)).isInstanceOf(ActionOutcome.Forbidden.class);
        assertThat(changed(action.edit(handOver, SENS, T0)).leadDirectorates())
                .containsExactly(Directorate.DJVA, Directorate.DTER);
    }

    @Test
    void anActorsDirectorateRolesMakeTheirEditor() {
        Editor instructor = ActionTracking.editor(new Actor("instructeur", Set.of(Role.INSTRUCTOR, Role.DMTA), null));
        Editor ept = ActionTracking.editor(new Actor("ept", Set.of(Role.EPT), "T6"));

        assertThat(instructor.directorates()).containsExactly(Directorate.DMTA);
        assertThat(instructor.steering()).isFalse();
        assertThat(ept.directorates()).isEmpty();
        assertThat(actionLedByDjva().canBeChangedBy(ept)).isFalse();
    }
}
