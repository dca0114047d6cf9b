package fr.essor.procurement.spaser.application;

import fr.essor.kit.domain.Violation;
import fr.essor.procurement.spaser.domain.YearTargets;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The use case of setting a year's SPASER targets: load the year's targets, change them, save once. */
public class SettingTargets {

    private final Targets targets;
    private final Clock clock;

    public SettingTargets(Targets targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    public sealed interface Outcome permits Set, Rejected {
    }

    public record Set(YearTargets targets) implements Outcome {
    }

    public record Rejected(List<Violation> violations) implements Outcome {
    }

    /** @param given by indicator code; a {@code null} value clears that target */
    public Outcome set(int year, Map<String, BigDecimal> given, String agent) {
        YearTargets current = targets.find(year).orElseGet(() -> YearTargets.none(year));
        return switch (current.change(given, agent, clock.instant())) {
            case YearTargets.ChangeRefused refused -> new Rejected(refused.violations());
            case YearTargets.Changed changed -> {
                targets.save(changed.targets(), current.version());
                yield new Set(changed.targets());
            }
        };
    }
}
