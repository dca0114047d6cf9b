package fr.essor.funding.aaa.application;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationForm;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.funding.aaa.domain.Call;
import fr.essor.funding.aaa.domain.Channel;
import fr.essor.funding.aaa.domain.ProjectTitles;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Submitting an application to a call, typed in by an agent, imported from the subsidy portal or submitted online by
 * the organisation (ADR-0016): the organisation
 * must be registered in this service (by SIRET or RNA), and a probable duplicate is flagged, not refused.
 */
public class ApplicationIntake {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Calls calls;
    private final Applications applications;
    private final Organisations organisations;
    private final Communes communes;
    private final Clock clock;

    public ApplicationIntake(Calls calls, Applications applications, Organisations organisations, Communes communes,
                             Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.organisations = organisations;
        this.communes = communes;
        this.clock = clock;
    }

    public sealed interface Result {
    }

    public record Done(ApplicationOutcome outcome) implements Result {
    }

    public record UnknownCall(int year) implements Result {
    }

    public Result submit(int callYear, String organisationIdentifier, ApplicationForm form, Channel channel,
                         Actor actor) {
        return submit(callYear, organisationIdentifier, form, channel, null, actor);
    }

    /**
     * An agent's entry of a file received on {@code receivedOn} (a paper file typed in later; {@code null}: today).
     */
    public Result submit(int callYear, String organisationIdentifier, ApplicationForm form, Channel channel,
                         LocalDate receivedOn, Actor actor) {
        if (!Agents.mayEnterApplications(actor)) {
            return new Done(new ApplicationOutcome.Forbidden("Seules les directions instructrices et "
                    + "l'administration enregistrent des candidatures."));
        }
        String identifier = organisationIdentifier == null ? "" : organisationIdentifier.strip();
        return intake(callYear, identifier, organisations.findByIdentifier(identifier), form, channel, receivedOn,
                actor);
    }

    /**
     * Submits an application an organisation's own applicant filled in online (channel ONLINE): the portal has checked
     * that the account is confirmed for this organisation; the call's rules are the same as for an agent's entry.
     */
    public Result submitOnline(int callYear, String organisationId, ApplicationForm form, Actor applicant) {
        return intake(callYear, organisationId, organisations.find(organisationId), form, Channel.ONLINE, null,
                applicant);
    }

    /** Why the agents' entry of call {@code callYear} offers no form today: the call has not opened yet. */
    public Optional<String> notOpenYet(int callYear) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PARIS);
        return calls.find(callYear).filter(call -> today.isBefore(call.definition().opensOn()))
                .flatMap(call -> Application.closedTo(call, today)).map(ApplicationOutcome.NotAllowedNow::message);
    }

    /**
     * What the agents' entry of call {@code callYear} says once the call has closed: only paper files received
     * during its opening are still typed in, with their receipt date.
     */
    public Optional<String> closedSince(int callYear) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PARIS);
        return calls.find(callYear).filter(call -> today.isAfter(call.definition().closesOn()))
                .map(call -> "L'appel " + callYear + " est clos depuis le "
                        + call.definition().closesOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + " : ne saisissez plus que les dossiers papier reçus pendant son ouverture, avec leur date "
                        + "de réception.");
    }

    private Result intake(int callYear, String identifier, Optional<Organisation> organisation, ApplicationForm form,
                          Channel channel, LocalDate receivedOn, Actor actor) {
        Optional<Call> call = calls.find(callYear);
        if (call.isEmpty()) {
            return new UnknownCall(callYear);
        }
        if (organisation.isEmpty()) {
            return new Done(new ApplicationOutcome.Invalid(List.of(new Violation("organisation",
                    "organisation.unknown", "Aucune structure enregistrée sous le SIRET ou RNA « " + identifier
                    + " » : enregistrez-la d'abord (/api/organisations)."))));
        }
        return switch (form.check(call.get(), organisation.get().id(), organisation.get().details().name(),
                communes::find)) {
            case ApplicationForm.Invalid invalid -> new Done(new ApplicationOutcome.Invalid(invalid.violations()));
            case ApplicationForm.Valid valid -> {
                Instant now = clock.instant();
                LocalDate today = LocalDate.ofInstant(now, PARIS);
                LocalDate received = receivedOn == null ? today : receivedOn;
                Optional<ApplicationOutcome> refused = Application.refusedReceipt(call.get(), received, today);
                if (refused.isPresent()) {
                    yield new Done(refused.get()); // no file number drawn for a refused attempt
                }
                Optional<String> duplicateOf = applications.findSameProject(call.get().id(),
                        organisation.get().id(), ProjectTitles.normalise(valid.details().title()));
                ApplicationOutcome outcome = Application.submit(applications.nextId(callYear), call.get(),
                        valid.details(), channel, duplicateOf, received, today, actor.username(), now);
                if (outcome instanceof ApplicationOutcome.Changed changed) {
                    applications.add(changed.application(), changed.events());
                }
                yield new Done(outcome);
            }
        };
    }
}
