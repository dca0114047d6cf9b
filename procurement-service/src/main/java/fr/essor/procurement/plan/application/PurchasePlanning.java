package fr.essor.procurement.plan.application;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;
import fr.essor.procurement.plan.domain.PlannedPurchase;
import fr.essor.procurement.plan.domain.PurchaseForm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The use cases of the purchase plan: planning a purchase, revising it. Each calls one domain method, saves once. */
public class PurchasePlanning {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PlannedPurchases purchases;
    private final Set<String> territoryCodes;
    private final Clock clock;

    public PurchasePlanning(PlannedPurchases purchases, Communes communes, Clock clock) {
        this.purchases = purchases;
        this.territoryCodes = communes.territories().stream().map(Territory::code).collect(Collectors.toSet());
        this.clock = clock;
    }

    public sealed interface Outcome permits Done, Rejected, Unknown {
    }

    public record Done(PlannedPurchase purchase) implements Outcome {
    }

    public record Rejected(List<Violation> violations) implements Outcome {
    }

    public record Unknown(String id) implements Outcome {
    }

    public Outcome plan(PurchaseForm form, String agent) {
        String id = "PA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return switch (PlannedPurchase.plan(id, form, territoryCodes, today(), agent, clock.instant())) {
            case PlannedPurchase.Refused refused -> new Rejected(refused.violations());
            case PlannedPurchase.Planned planned -> {
                purchases.add(planned.purchase());
                yield new Done(planned.purchase());
            }
        };
    }

    public Outcome revise(String id, PurchaseForm form, String agent) {
        Optional<PlannedPurchase> found = purchases.find(id);
        if (found.isEmpty()) {
            return new Unknown(id);
        }
        PlannedPurchase current = found.get();
        return switch (current.revise(form, territoryCodes, today(), agent, clock.instant())) {
            case PlannedPurchase.Refused refused -> new Rejected(refused.violations());
            case PlannedPurchase.Planned planned -> {
                purchases.save(planned.purchase(), current.version());
                yield new Done(planned.purchase());
            }
        };
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PARIS);
    }
}
