package fr.essor.funding.scic.application;

import fr.essor.funding.scic.domain.Acquisition;
import fr.essor.funding.scic.domain.ScicStake;
import fr.essor.funding.scic.domain.StakeChange;
import fr.essor.funding.scic.domain.StakeOutcome;
import fr.essor.funding.scic.domain.StakeSeed;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The use cases of the SCIC portfolio, kept by the DIEESS (and the administration): preload the stakes the roadmap
 * names, take a new stake, record a preloaded stake's figures, increase / reduce / correct, sell, name the
 * representative, follow the general meetings. Each loads the stake, calls one domain method and saves once.
 */
public class ScicPortfolio {

    private final ScicStakes stakes;
    private final Organisations organisations;
    private final Clock clock;

    public ScicPortfolio(ScicStakes stakes, Organisations organisations, Clock clock) {
        this.stakes = stakes;
        this.organisations = organisations;
        this.clock = clock;
    }

    public sealed interface Result permits Done, Unknown, Forbidden {
    }

    public record Done(StakeOutcome outcome) implements Result {
    }

    public record Unknown(String stakeId) implements Result {
    }

    public record Forbidden(String reason) implements Result {
    }

    /** The figures of an acquisition as typed in, the SCIC named by its SIRET or RNA. */
    public record AcquisitionRequest(String organisation, Long shares, BigDecimal capitalHeld, BigDecimal scicCapital,
                                     LocalDate acquiredOn, String deliberationReference) {
    }

    /** Adds the stakes the roadmap names that are not stored yet; safe to run at every start. Returns how many. */
    public int preloadReferenceStakes() {
        Instant now = clock.instant();
        int added = 0;
        for (StakeSeed seed : StakeSeed.currentStakes()) {
            if (stakes.find(seed.stakeId()).isEmpty()
                    && stakes.addIfAbsent(ScicStake.fromReference(seed, now), List.of())) {
                added++;
            }
        }
        return added;
    }

    public Result acquire(String scicName, AcquisitionRequest request, Actor actor) {
        if (!mayManage(actor)) {
            return forbidden();
        }
        String id = "SCIC-" + slug(scicName);
        if (stakes.find(id).isPresent()) {
            return new Done(new StakeOutcome.NotAllowedNow("stake.exists", "Une participation dans « " + scicName
                    + " » existe déjà (" + id + ")."));
        }
        Resolved resolved = resolve(request);
        if (resolved.violation().isPresent()) {
            return new Done(new StakeOutcome.Invalid(List.of(resolved.violation().get())));
        }
        StakeOutcome outcome = ScicStake.acquire(id, scicName, resolved.acquisition(), actor.username(),
                clock.instant());
        if (outcome instanceof StakeOutcome.Changed changed
                && !stakes.addIfAbsent(changed.stake(), changed.events())) {
            return new Done(new StakeOutcome.NotAllowedNow("stake.exists", "Une participation « " + id
                    + " » vient d'être créée."));
        }
        return new Done(outcome);
    }

    public Result complete(String stakeId, AcquisitionRequest request, Actor actor) {
        Resolved resolved = resolve(request);
        return apply(stakeId, actor, stake -> resolved.violation()
                .<StakeOutcome>map(v -> new StakeOutcome.Invalid(List.of(v)))
                .orElseGet(() -> stake.complete(resolved.acquisition(), actor.username(), clock.instant())));
    }

    public Result change(String stakeId, StakeChange change, Long shares, BigDecimal capitalHeld,
                         BigDecimal scicCapital, LocalDate changedOn, String deliberation, Actor actor) {
        return apply(stakeId, actor, stake -> stake.change(change, shares, capitalHeld, scicCapital, changedOn,
                deliberation, actor.username(), clock.instant()));
    }

    public Result sell(String stakeId, LocalDate soldOn, BigDecimal saleAmount, String deliberation, Actor actor) {
        return apply(stakeId, actor, stake -> stake.sell(soldOn, saleAmount, deliberation, actor.username(),
                clock.instant()));
    }

    public Result appoint(String stakeId, String representative, String college, Actor actor) {
        return apply(stakeId, actor, stake -> stake.appoint(representative, college, actor.username(),
                clock.instant()));
    }

    public Result recordGeneralMeeting(String stakeId, LocalDate heldOn, String resolutions, BigDecimal revenue,
                                       BigDecimal result, BigDecimal equity, Actor actor) {
        return apply(stakeId, actor, stake -> stake.recordGeneralMeeting(heldOn, resolutions, revenue, result,
                equity, actor.username(), clock.instant()));
    }

    /** Who keeps the portfolio: the DIEESS and the administration. */
    public static boolean mayManage(Actor actor) {
        return actor.hasAnyRole(Role.DIEESS, Role.ADMIN);
    }

    private Result apply(String stakeId, Actor actor, Function<ScicStake, StakeOutcome> command) {
        if (!mayManage(actor)) {
            return forbidden();
        }
        Optional<ScicStake> found = stakes.find(stakeId);
        if (found.isEmpty()) {
            return new Unknown(stakeId);
        }
        ScicStake stake = found.get();
        StakeOutcome outcome = command.apply(stake);
        if (outcome instanceof StakeOutcome.Changed changed) {
            stakes.save(changed.stake(), stake.version(), changed.events());
        }
        return new Done(outcome);
    }

    private record Resolved(Acquisition acquisition, Optional<Violation> violation) {
    }

    /** The SCIC must be in the organisation registry: the facts name it by its id, and its office gives the EPT. */
    private Resolved resolve(AcquisitionRequest r) {
        String identifier = r.organisation() == null ? "" : r.organisation().replace(" ", "").strip();
        Optional<Organisation> organisation = identifier.isEmpty() ? Optional.empty()
                : organisations.findByIdentifier(identifier);
        Optional<Violation> violation = Optional.empty();
        if (!identifier.isEmpty() && organisation.isEmpty()) {
            violation = Optional.of(new Violation("organisation", "organisation.unknown",
                    "Aucune structure n'est enregistrée sous " + identifier + " : enregistrez d'abord la SCIC dans "
                            + "le registre des structures."));
        }
        Acquisition acquisition = new Acquisition(organisation.map(Organisation::id).orElse(identifier),
                organisation.map(o -> o.details().commune().territory().code()).orElse(null), r.shares(),
                r.capitalHeld(), r.scicCapital(), r.acquiredOn(), r.deliberationReference());
        return new Resolved(acquisition, violation);
    }

    private static Forbidden forbidden() {
        return new Forbidden("Seules la DIEESS, qui tient le portefeuille des SCIC, et l'administration modifient "
                + "les participations.");
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 50 ? slug.substring(0, 50) : slug;
    }
}
