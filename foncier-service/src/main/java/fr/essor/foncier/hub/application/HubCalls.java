package fr.essor.foncier.hub.application;

import fr.essor.foncier.hub.domain.ApplicationStatus;
import fr.essor.foncier.hub.domain.OccupancyApplication;
import fr.essor.foncier.hub.domain.OccupancyCall;
import fr.essor.foncier.hub.domain.Project;
import fr.essor.kit.domain.Violation;
import fr.essor.foncier.hub.domain.SpaceType;
import fr.essor.foncier.premises.application.ReferenceNumbers;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.Organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Calls for occupancy, the applications to them, and the hub managers' selection. */
public class HubCalls {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final OccupancyCalls calls;
    private final OccupancyApplications applications;
    private final Organisations organisations;
    private final ReferenceNumbers references;
    private final Clock clock;

    public HubCalls(OccupancyCalls calls, OccupancyApplications applications, Organisations organisations,
                    ReferenceNumbers references, Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.organisations = organisations;
        this.references = references;
        this.clock = clock;
    }

    public HubOutcome<OccupancyCall> open(String title, String description, Set<SpaceType> types,
                                          List<String> criteria, LocalDate deadline, String agent) {
        List<Violation> refusals = OccupancyCall.check(title, description, types, criteria, deadline, today());
        if (!refusals.isEmpty()) {
            return new HubOutcome.Rejected<>(refusals);
        }
        Instant now = clock.instant();
        String series = "APPEL-" + now.atZone(PARIS).getYear();
        OccupancyCall call = new OccupancyCall(series + "-" + String.format("%02d", references.next(series)),
                title.strip(), description == null ? "" : description.strip(), types, criteria, deadline, now, agent);
        calls.add(call);
        return new HubOutcome.Done<>(call);
    }

    /** An application of a registered organisation (SIRET or RNA) to an open call. */
    public HubOutcome<OccupancyApplication> submit(String callId, String organisationIdentifier, Project project,
                                                   String agent) {
        Optional<OccupancyCall> call = calls.find(callId);
        if (call.isEmpty()) {
            return new HubOutcome.Unknown<>(callId);
        }
        Optional<Organisation> organisation = organisationIdentifier == null || organisationIdentifier.isBlank()
                ? Optional.empty() : organisations.findByIdentifier(organisationIdentifier.trim());
        if (organisation.isEmpty()) {
            return HubOutcome.rejected("organisationId", "organisationId.unknown",
                    "Indiquez le SIRET ou le RNA d'une structure enregistrée dans le registre des structures.");
        }
        List<Violation> refusals = OccupancyApplication.check(call.get(), project, today());
        if (!refusals.isEmpty()) {
            return new HubOutcome.Rejected<>(refusals);
        }
        Instant now = clock.instant();
        String series = "CAND-" + now.atZone(PARIS).getYear();
        String id = series + "-" + String.format("%04d", references.next(series));
        return switch (OccupancyApplication.submit(id, call.get(), organisation.get().id(),
                organisation.get().details().name(), project, agent, now, today())) {
            case OccupancyApplication.Refused refused -> new HubOutcome.Rejected<>(refused.refusals());
            case OccupancyApplication.Decided decided -> {
                applications.add(decided.application());
                yield new HubOutcome.Done<>(decided.application());
            }
        };
    }

    public HubOutcome<OccupancyApplication> decide(String applicationId, ApplicationStatus decision, String note,
                                                   String agent) {
        Optional<OccupancyApplication> found = applications.find(applicationId);
        if (found.isEmpty()) {
            return new HubOutcome.Unknown<>(applicationId);
        }
        OccupancyApplication current = found.get();
        return switch (current.decide(decision, note, agent, clock.instant())) {
            case OccupancyApplication.Refused refused -> new HubOutcome.Rejected<>(refused.refusals());
            case OccupancyApplication.Decided decided -> {
                if (decided.application() != current) {
                    applications.save(decided.application(), current.version());
                }
                yield new HubOutcome.Done<>(decided.application());
            }
        };
    }

    public List<OccupancyCall> calls() {
        return calls.all();
    }

    public Optional<OccupancyCall> call(String id) {
        return calls.find(id);
    }

    public Optional<OccupancyApplication> application(String id) {
        return applications.find(id);
    }

    public List<OccupancyApplication> applicationsTo(String callId) {
        return applications.ofCall(callId);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }
}
