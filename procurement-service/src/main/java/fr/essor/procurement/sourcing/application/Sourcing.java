package fr.essor.procurement.sourcing.application;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.sourcing.domain.NeedForm;
import fr.essor.procurement.sourcing.domain.NeedStatus;
import fr.essor.procurement.sourcing.domain.NeedTerms;
import fr.essor.procurement.sourcing.domain.OutcomeForm;
import fr.essor.procurement.sourcing.domain.SourcingNeed;
import fr.essor.procurement.suppliers.application.SupplierDirectory;
import fr.essor.procurement.suppliers.domain.Supplier;
import fr.essor.procurement.suppliers.domain.SupplierFilter;
import fr.essor.procurement.suppliers.domain.SupplierMatch;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The use cases of matchmaking: publishing a sourcing need (its matched suppliers notified through
 * {@code sourcing-need-published.v1}, saved in the same write), recording a supplier's interest, recording the
 * outcome. Each loads the need, calls one domain method and saves once.
 */
public class Sourcing {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int DIRECTORY_LIMIT = 5000;

    private final SourcingNeeds needs;
    private final SupplierDirectory directory;
    private final Contracts contracts;
    private final Set<String> territoryCodes;
    private final Clock clock;

    public Sourcing(SourcingNeeds needs, SupplierDirectory directory, Contracts contracts, Communes communes,
                    Clock clock) {
        this.needs = needs;
        this.directory = directory;
        this.contracts = contracts;
        this.territoryCodes = communes.territories().stream().map(Territory::code).collect(Collectors.toSet());
        this.clock = clock;
    }

    public sealed interface Outcome permits Done, Rejected, Unknown, NotASupplier, Conflict {
    }

    public record Done(SourcingNeed need) implements Outcome {
    }

    public record Rejected(List<Violation> violations) implements Outcome {
    }

    public record Unknown(String needId) implements Outcome {
    }

    /** The SIRET is not a supplier of the directory: describe it there first. */
    public record NotASupplier(String siret) implements Outcome {
    }

    /** The need is closed: nothing more is recorded on it. */
    public record Conflict(String message) implements Outcome {
    }

    /** A need with the directory suppliers matching it today (each says whether it was notified at publication). */
    public record MatchedNeed(SourcingNeed need, List<SupplierMatch> matches) {

        public boolean notified(SupplierMatch match) {
            return need.matchedSupplierIds().contains(match.siret());
        }
    }

    public Outcome publish(NeedForm form, String agent) {
        String id = "BS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return switch (SourcingNeed.publish(id, form, territoryCodes, today(), this::matching, agent,
                clock.instant())) {
            case SourcingNeed.Refused refused -> new Rejected(refused.violations());
            case SourcingNeed.Published published -> {
                needs.add(published.need(), published.fact());
                yield new Done(published.need());
            }
        };
    }

    public Outcome recordInterest(String needId, String siret, String note, String agent) {
        Optional<SourcingNeed> found = needs.find(needId);
        if (found.isEmpty()) {
            return new Unknown(needId);
        }
        String key = siret == null ? "" : siret.replace(" ", "").trim();
        Optional<Supplier> supplier = directory.find(key);
        if (supplier.isEmpty()) {
            return new NotASupplier(key);
        }
        SourcingNeed need = found.get();
        return changed(need, need.recordInterest(key, supplier.get().name(), note, today(), agent, clock.instant()));
    }

    public Outcome close(String needId, OutcomeForm form, String agent) {
        Optional<SourcingNeed> found = needs.find(needId);
        if (found.isEmpty()) {
            return new Unknown(needId);
        }
        boolean contractExists = form.contractId() != null && !form.contractId().isBlank()
                && contracts.find(form.contractId().trim()).isPresent();
        SourcingNeed need = found.get();
        return changed(need, need.close(form, contractExists, agent, clock.instant()));
    }

    public Optional<MatchedNeed> find(String needId) {
        return needs.find(needId).map(need -> new MatchedNeed(need, matching(need.terms())));
    }

    public List<SourcingNeed> list(NeedStatus status) {
        return needs.list(status);
    }

    private List<SupplierMatch> matching(NeedTerms terms) {
        List<Supplier> candidates = directory.search(new SupplierFilter(terms.cpvDivision(), terms.territoryCode(),
                null, null, null, null), DIRECTORY_LIMIT);
        return SupplierMatch.among(candidates, terms.cpvDivision(), terms.territoryCode(), terms.maxAmount());
    }

    private Outcome changed(SourcingNeed current, SourcingNeed.Change change) {
        return switch (change) {
            case SourcingNeed.Refused refused -> new Rejected(refused.violations());
            case SourcingNeed.Closed closed -> new Conflict("Le besoin " + current.id() + " est clos ("
                    + closed.status().label().toLowerCase(Locale.FRENCH) + ") : plus rien ne peut y être enregistré.");
            case SourcingNeed.Changed changed -> {
                needs.save(changed.need(), current.version());
                yield new Done(changed.need());
            }
        };
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PARIS);
    }
}
