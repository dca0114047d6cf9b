package fr.essor.foncier.premises.application;

import fr.essor.foncier.premises.domain.NeedForm;
import fr.essor.foncier.premises.domain.NeedStatus;
import fr.essor.foncier.premises.domain.OrganisationRef;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.reference.Communes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The use cases of premises needs: registering one for a registered organisation, and changing it. */
public class NeedRegistry {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PremisesNeeds needs;
    private final Organisations organisations;
    private final ReferenceNumbers references;
    private final Communes communes;
    private final Clock clock;

    public NeedRegistry(PremisesNeeds needs, Organisations organisations, ReferenceNumbers references,
                        Communes communes, Clock clock) {
        this.needs = needs;
        this.organisations = organisations;
        this.references = references;
        this.communes = communes;
        this.clock = clock;
    }

    public sealed interface Outcome permits Done, Rejected, Unknown {
    }

    public record Done(PremisesNeed need) implements Outcome {
    }

    public record Rejected(List<Violation> violations) implements Outcome {
    }

    public record Unknown(String needId) implements Outcome {
    }

    public Outcome register(NeedForm form, String agent) {
        return register(form, null, agent);
    }

    /** A new need; a status sent with it (the API's body is the one of a change) must be the first, OPEN. */
    public Outcome register(NeedForm form, String status, String agent) {
        List<Violation> violations = new ArrayList<>();
        NeedStatus.atRegistration(status).ifPresent(violations::add);
        Optional<Organisation> organisation = findOrganisation(form.organisationId(), violations);
        NeedForm.Checked checked = form.check(communes);
        if (checked instanceof NeedForm.Invalid invalid) {
            violations.addAll(invalid.violations());
        }
        if (!violations.isEmpty()) {
            return new Rejected(violations);
        }
        Instant now = clock.instant();
        String series = "BESOIN-" + now.atZone(PARIS).getYear();
        String id = series + "-" + String.format("%04d", references.next(series));
        Organisation known = organisation.orElseThrow();
        PremisesNeed.Registration registration = PremisesNeed.register(id,
                new OrganisationRef(known.id(), known.details().name()), ((NeedForm.Valid) checked).details(),
                agent, now);
        needs.add(registration.need(), registration.event());
        return new Done(registration.need());
    }

    /** Replaces what the need asks for and its status; the organisation of a need never changes. */
    public Outcome change(String needId, NeedForm form, String status, String agent) {
        Optional<PremisesNeed> found = needs.find(needId);
        if (found.isEmpty()) {
            return new Unknown(needId);
        }
        PremisesNeed need = found.get();
        List<Violation> violations = new ArrayList<>();
        if (form.organisationId() != null && !form.organisationId().isBlank()
                && !form.organisationId().trim().equals(need.organisation().id())) {
            violations.add(new Violation("organisationId", "organisationId.immutable",
                    "Un besoin reste celui de sa structure ; enregistrez un nouveau besoin pour une autre structure."));
        }
        Optional<NeedStatus> newStatus = status == null || status.isBlank() ? Optional.of(need.status())
                : NeedStatus.parse(status);
        if (newStatus.isEmpty()) {
            violations.add(new Violation("status", "status.unknown",
                    "Statut inconnu : Ouvert, En relation, Satisfait ou Abandonné."));
        }
        NeedForm.Checked checked = form.check(communes);
        if (checked instanceof NeedForm.Invalid invalid) {
            violations.addAll(invalid.violations());
        }
        if (!violations.isEmpty()) {
            return new Rejected(violations);
        }
        return switch (need.change(((NeedForm.Valid) checked).details(), newStatus.get(), agent, clock.instant())) {
            case PremisesNeed.Refused refused -> new Rejected(refused.violations());
            case PremisesNeed.Changed changed -> {
                if (changed.changed()) {
                    needs.save(changed.need(), need.version());
                }
                yield new Done(changed.need());
            }
        };
    }

    private Optional<Organisation> findOrganisation(String identifier, List<Violation> violations) {
        if (identifier == null || identifier.isBlank()) {
            violations.add(new Violation("organisationId", "organisationId.required",
                    "Indiquez le SIRET ou le RNA de la structure qui cherche des locaux."));
            return Optional.empty();
        }
        Optional<Organisation> organisation = organisations.findByIdentifier(identifier.trim());
        if (organisation.isEmpty()) {
            violations.add(new Violation("organisationId", "organisationId.unknown",
                    "Aucune structure enregistrée sous « " + identifier.trim()
                            + " » : enregistrez-la d'abord dans le registre des structures."));
        }
        return organisation;
    }
}
