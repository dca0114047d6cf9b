package fr.essor.roadmap.plan;

import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionCode;
import fr.essor.roadmap.plan.domain.ActionEdit;
import fr.essor.roadmap.plan.domain.ActionOutcome;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.roadmap.plan.domain.Editor;
import fr.essor.roadmap.plan.domain.RoadmapReference;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Actions, editors and instants for the plan's unit tests. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-01-15T09:00:00Z");
    static final Editor SENS = new Editor("sens", Set.of(Directorate.DIEESS), true);
    static final Editor DJVA = new Editor("djva", Set.of(Directorate.DJVA), false);
    static final Editor DTER = new Editor("dter", Set.of(Directorate.DTER), false);

    private Fixtures() {
    }

    static RoadmapReference.ReferenceAction referenceAction(String code, String title, Directorate... leads) {
        return new RoadmapReference.ReferenceAction(ActionCode.parse(code), title, Set.of(leads), List.of("DLA"));
    }

    /** A new action led by DJVA, as loaded from the reference file. */
    static Action actionLedByDjva() {
        return Action.fromReference(referenceAction("1.2.2", "Animer un chantier sur la subvention",
                Directorate.DJVA, Directorate.DIEESS), T0);
    }

    static Action withStatus(Action action, ActionStatus status, int progress) {
        return changed(action.edit(ActionEdit.statusAndProgress(status, progress), SENS, T0.plusSeconds(60)));
    }

    static Action changed(ActionOutcome outcome) {
        assertThat(outcome).isInstanceOf(ActionOutcome.Changed.class);
        return ((ActionOutcome.Changed) outcome).action();
    }
}
