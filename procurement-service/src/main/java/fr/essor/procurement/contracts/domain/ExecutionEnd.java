package fr.essor.procurement.contracts.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.ui.FrenchFormat;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A last day of execution as buyers read it in an avenant, and the duration it makes: the contract counts its
 * duration in whole months from its start (as DECP does), so the date becomes the months that cover it.
 */
public record ExecutionEnd(LocalDate startOn, LocalDate endOn) {

    /** No more months are counted past this: a duration beyond it is refused as out of range anyway. */
    private static final int COUNT_LIMIT = 601;

    public ExecutionEnd {
        Objects.requireNonNull(startOn, "startOn");
        Objects.requireNonNull(endOn, "endOn");
    }

    /** The last day of an execution of {@code months} whole months from {@code startOn}. */
    public static LocalDate lastDay(LocalDate startOn, int months) {
        return startOn.plusMonths(months).minusDays(1);
    }

    /** The whole months from the start that cover up to the end included (0 when the end is before the start). */
    public int months() {
        int months = 0;
        while (months <= COUNT_LIMIT && lastDay(startOn, months).isBefore(endOn)) {
            months++;
        }
        return months;
    }

    /** Refused outside the window of every typed-in date, or when the execution would end before it starts. */
    public Optional<Violation> violation() {
        Optional<Violation> outsideWindow = InputBounds.date("endOn", endOn);
        if (outsideWindow.isPresent()) {
            return outsideWindow;
        }
        return months() < 1 ? Optional.of(new Violation("endOn", "endOn.beforeStart",
                "La fin d'exécution doit être postérieure au début (" + FrenchFormat.date(startOn) + ")."))
                : Optional.empty();
    }
}
