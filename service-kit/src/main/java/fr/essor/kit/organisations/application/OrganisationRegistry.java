package fr.essor.kit.organisations.application;

import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationForm;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Communes;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The use cases of the organisation registry: registering an organisation and changing it. */
public class OrganisationRegistry {

    private final Organisations organisations;
    private final Communes communes;
    private final Clock clock;

    public OrganisationRegistry(Organisations organisations, Communes communes, Clock clock) {
        this.organisations = organisations;
        this.communes = communes;
        this.clock = clock;
    }

    public sealed interface Outcome permits Done, Rejected, AlreadyKnown, Unknown {
    }

    public record Done(Organisation organisation, boolean changed) implements Outcome {
    }

    public record Rejected(List<Violation> violations) implements Outcome {
    }

    public record AlreadyKnown(Organisation existing) implements Outcome {
    }

    public record Unknown(String organisationId) implements Outcome {
    }

    public Outcome register(OrganisationForm form, String agent) {
        return switch (form.check(communes)) {
            case OrganisationForm.Invalid invalid -> new Rejected(invalid.violations());
            case OrganisationForm.Valid valid -> {
                Optional<Organisation> existing = organisations.find(valid.details().organisationId());
                if (existing.isPresent()) {
                    yield new AlreadyKnown(existing.get());
                }
                Organisation.Registration registration = Organisation.register(valid.details(), agent, clock.instant());
                try {
                    organisations.add(registration.organisation(), registration.event());
                } catch (Organisations.AlreadyRegisteredException raced) {
                    yield new AlreadyKnown(organisations.find(valid.details().organisationId()).orElseThrow());
                }
                yield new Done(registration.organisation(), true);
            }
        };
    }

    public Outcome change(String organisationId, OrganisationForm form, String agent) {
        Optional<Organisation> found = organisations.find(organisationId);
        if (found.isEmpty()) {
            return new Unknown(organisationId);
        }
        Organisation organisation = found.get();
        return switch (form.check(communes)) {
            case OrganisationForm.Invalid invalid -> new Rejected(invalid.violations());
            case OrganisationForm.Valid valid -> switch (organisation.change(valid.details(), agent, clock.instant())) {
                case Organisation.Refused refused -> new Rejected(refused.violations());
                case Organisation.Changed changed -> {
                    var change = changed.change();
                    change.event().ifPresent(event ->
                            organisations.save(change.organisation(), organisation.version(), event));
                    yield new Done(change.organisation(), change.event().isPresent());
                }
            };
        };
    }
}
