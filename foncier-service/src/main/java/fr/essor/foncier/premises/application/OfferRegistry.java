package fr.essor.foncier.premises.application;

import fr.essor.foncier.premises.domain.OfferForm;
import fr.essor.foncier.premises.domain.OfferStatus;
import fr.essor.foncier.premises.domain.PremisesOffer;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Communes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The use cases of premises offers: publishing one, and changing it. */
public class OfferRegistry {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PremisesOffers offers;
    private final ReferenceNumbers references;
    private final Communes communes;
    private final Clock clock;

    public OfferRegistry(PremisesOffers offers, ReferenceNumbers references, Communes communes, Clock clock) {
        this.offers = offers;
        this.references = references;
        this.communes = communes;
        this.clock = clock;
    }

    public sealed interface Outcome permits Done, Rejected, Unknown {
    }

    public record Done(PremisesOffer offer) implements Outcome {
    }

    public record Rejected(List<Violation> violations) implements Outcome {
    }

    public record Unknown(String offerId) implements Outcome {
    }

    public Outcome publish(OfferForm form, String agent) {
        return publish(form, null, agent);
    }

    /** A new offer; a status sent with it (the API's body is the one of a change) must be the first, AVAILABLE. */
    public Outcome publish(OfferForm form, String status, String agent) {
        Optional<Violation> wrongStatus = OfferStatus.atPublication(status);
        return switch (form.check(communes)) {
            case OfferForm.Invalid invalid when wrongStatus.isPresent() -> new Rejected(
                    java.util.stream.Stream.concat(wrongStatus.stream(), invalid.violations().stream()).toList());
            case OfferForm.Invalid invalid -> new Rejected(invalid.violations());
            case OfferForm.Valid valid when wrongStatus.isPresent() -> new Rejected(List.of(wrongStatus.get()));
            case OfferForm.Valid valid -> {
                Instant now = clock.instant();
                String series = "OFFRE-" + now.atZone(PARIS).getYear();
                String id = series + "-" + String.format("%04d", references.next(series));
                PremisesOffer.Publication publication = PremisesOffer.publish(id, valid.details(), agent, now);
                offers.add(publication.offer(), publication.event());
                yield new Done(publication.offer());
            }
        };
    }

    public Outcome change(String offerId, OfferForm form, String status, String agent) {
        Optional<PremisesOffer> found = offers.find(offerId);
        if (found.isEmpty()) {
            return new Unknown(offerId);
        }
        PremisesOffer offer = found.get();
        List<Violation> violations = new ArrayList<>();
        Optional<OfferStatus> newStatus = status == null || status.isBlank() ? Optional.of(offer.status())
                : OfferStatus.parse(status);
        if (newStatus.isEmpty()) {
            violations.add(new Violation("status", "status.unknown",
                    "Statut inconnu : Disponible, En cours d'attribution, Louée ou Retirée."));
        }
        OfferForm.Checked checked = form.check(communes);
        if (checked instanceof OfferForm.Invalid invalid) {
            violations.addAll(invalid.violations());
        }
        if (!violations.isEmpty()) {
            return new Rejected(violations);
        }
        return switch (offer.change(((OfferForm.Valid) checked).details(), newStatus.get(), agent, clock.instant())) {
            case PremisesOffer.Refused refused -> new Rejected(refused.violations());
            case PremisesOffer.Changed changed -> {
                if (changed.changed()) {
                    offers.save(changed.offer(), offer.version());
                }
                yield new Done(changed.offer());
            }
        };
    }
}
