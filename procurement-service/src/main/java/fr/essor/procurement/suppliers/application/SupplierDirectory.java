package fr.essor.procurement.suppliers.application;

import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;
import fr.essor.procurement.suppliers.domain.Supplier;
import fr.essor.procurement.suppliers.domain.SupplierFilter;
import fr.essor.procurement.suppliers.domain.SupplierProfile;
import fr.essor.procurement.suppliers.domain.SupplierProfileForm;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The directory of ESS and inclusive suppliers: an organisation of the registry (by SIRET) becomes a supplier once
 * its profile (sectors, territories, capacity) is described; buyers search it.
 */
public class SupplierDirectory {

    private static final int SCAN_LIMIT = 5000;

    private final SupplierProfiles profiles;
    private final Organisations organisations;
    private final Set<String> territoryCodes;
    private final Clock clock;

    public SupplierDirectory(SupplierProfiles profiles, Organisations organisations, Communes communes, Clock clock) {
        this.profiles = profiles;
        this.organisations = organisations;
        this.territoryCodes = communes.territories().stream().map(Territory::code).collect(Collectors.toSet());
        this.clock = clock;
    }

    public sealed interface Outcome permits Done, Rejected, NotRegistered {
    }

    public record Done(Supplier supplier) implements Outcome {
    }

    public record Rejected(List<Violation> violations) implements Outcome {
    }

    /** The SIRET is not an organisation of the registry: register it first. */
    public record NotRegistered(String siret) implements Outcome {
    }

    /** Describes (or re-describes) what a registered organisation offers as a supplier. */
    public Outcome describe(String siret, SupplierProfileForm form, String agent) {
        Optional<Organisation> organisation = organisations.findByIdentifier(siret)
                .filter(o -> o.details().siret() != null && o.details().siret().value().equals(siret));
        if (organisation.isEmpty()) {
            return new NotRegistered(siret);
        }
        return switch (form.check(territoryCodes)) {
            case SupplierProfileForm.Invalid invalid -> new Rejected(invalid.violations());
            case SupplierProfileForm.Valid valid -> {
                Optional<SupplierProfile> existing = profiles.find(siret);
                SupplierProfile profile;
                if (existing.isEmpty()) {
                    profile = SupplierProfile.describe(siret, valid.details(), agent, clock.instant());
                    profiles.add(profile);
                } else {
                    profile = existing.get().change(valid.details(), agent, clock.instant());
                    if (profile != existing.get()) {
                        profiles.save(profile, existing.get().version());
                    }
                }
                yield new Done(new Supplier(organisation.get(), profile));
            }
        };
    }

    /** The organisation of the registry under this SIRET, described as a supplier or not. */
    public Optional<Organisation> registered(String siret) {
        return organisations.findByIdentifier(siret)
                .filter(o -> o.details().siret() != null && o.details().siret().value().equals(siret));
    }

    public Optional<Supplier> find(String siret) {
        return profiles.find(siret).flatMap(profile -> organisations.findByIdentifier(siret)
                .map(organisation -> new Supplier(organisation, profile)));
    }

    /**
     * The organisations of the registry among {@code awardees} (holders of awarded contracts) whose supplier profile
     * is not described yet, matching the filter as far as the registry tells (category, name; a sector or a
     * territory is a fact of the profile, so such a filter finds none of them), by name.
     */
    public List<Supplier> undescribed(Collection<String> awardees, SupplierFilter filter, int limit) {
        if (filter.sector() != null || filter.territory() != null) {
            return List.of();
        }
        return awardees.stream().distinct()
                .filter(siret -> profiles.find(siret).isEmpty())
                .flatMap(siret -> registered(siret).stream()
                        .map(organisation -> new Supplier(organisation,
                                SupplierProfile.undescribed(siret, organisation.registeredAt()))))
                .filter(filter::matches)
                .sorted(Comparator.comparing(Supplier::name, String.CASE_INSENSITIVE_ORDER))
                .limit(limit)
                .toList();
    }

    /** The suppliers matching the filter, by name. */
    public List<Supplier> search(SupplierFilter filter, int limit) {
        return profiles.all(SCAN_LIMIT).stream()
                .flatMap(profile -> organisations.findByIdentifier(profile.siret()).stream()
                        .map(organisation -> new Supplier(organisation, profile)))
                .filter(filter::matches)
                .sorted(Comparator.comparing(Supplier::name, String.CASE_INSENSITIVE_ORDER))
                .limit(limit)
                .toList();
    }
}
