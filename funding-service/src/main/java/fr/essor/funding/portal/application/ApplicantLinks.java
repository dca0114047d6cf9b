package fr.essor.funding.portal.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.essor.funding.aaa.application.Agents;
import fr.essor.funding.portal.domain.LinkStatus;
import fr.essor.funding.portal.domain.OrganisationLink;
import fr.essor.funding.portal.domain.PortalOutcome;
import fr.essor.kit.organisations.application.CompanyRegistry;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;

/**
 * Which organisations an applicant acts for: the applicant asks for a link by SIRET or RNA (the organisation must be
 * in this service's registry), an agent of an instructing directorate confirms or refuses it. Only a confirmed link
 * opens the organisation's applications and files to the account. When the national company registry is reachable,
 * the agent sees what it says about the organisation's SIRET, and a link to an establishment it says is closed is not
 * confirmed; the registry never confirms a link by itself: only a person knows who acts for an organisation
 * (ADR-0016).
 */
public class ApplicantLinks {

    private final OrganisationLinks links;
    private final Organisations organisations;
    private final CompanyRegistry companyRegistry;
    private final Clock clock;

    public ApplicantLinks(OrganisationLinks links, Organisations organisations, CompanyRegistry companyRegistry,
                          Clock clock) {
        this.links = links;
        this.organisations = organisations;
        this.companyRegistry = companyRegistry;
        this.clock = clock;
    }

    /** The applicant's request for a link to the organisation of this SIRET or RNA. */
    public PortalOutcome<OrganisationLink> request(Actor applicant, String siretOrRna) {
        if (!applicant.hasRole(Role.APPLICANT)) {
            return new PortalOutcome.NotAllowedNow<>("link.notApplicant",
                    "Seul un compte de porteur de projet se rattache à une structure.");
        }
        String identifier = siretOrRna == null ? "" : siretOrRna.replace(" ", "").strip();
        if (identifier.isEmpty()) {
            return new PortalOutcome.Invalid<>("identifier", "identifier.required",
                    "Indiquez le SIRET (14 chiffres) ou le RNA (W suivi de 9 chiffres) de votre structure.");
        }
        Optional<Organisation> organisation = organisations.findByIdentifier(identifier);
        if (organisation.isEmpty()) {
            return new PortalOutcome.Invalid<>("identifier", "identifier.unknown", "Aucune structure n'est connue du "
                    + "Département sous le numéro « " + identifier + " ». Vérifiez le numéro ; si votre structure n'a "
                    + "jamais été financée, écrivez au service instructeur pour qu'il l'enregistre.");
        }
        String id = OrganisationLink.idOf(applicant.username(), organisation.get().id());
        Optional<OrganisationLink> existing = links.find(id);
        if (existing.isPresent()) {
            PortalOutcome<OrganisationLink> again = existing.get().requestAgain(clock.instant());
            if (again instanceof PortalOutcome.Changed<OrganisationLink> changed) {
                links.save(changed.state(), existing.get().version());
            }
            return again;
        }
        OrganisationLink link = OrganisationLink.request(applicant.username(), organisation.get().id(),
                organisation.get().details().name(), clock.instant());
        links.add(link);
        return new PortalOutcome.Changed<>(link);
    }

    /** An agent confirms a link ({@code confirm}) or refuses it with a reason. */
    public Optional<PortalOutcome<OrganisationLink>> decide(String linkId, boolean confirm, String reason, Actor agent) {
        if (!Agents.mayEnterApplications(agent)) {
            return Optional.of(new PortalOutcome.NotAllowedNow<>("link.notAgent",
                    "Seuls les agents des directions instructrices confirment un rattachement."));
        }
        Optional<OrganisationLink> link = links.find(linkId);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        PortalOutcome<OrganisationLink> outcome = confirm
                ? link.get().confirm(agent.username(), clock.instant(), closedInRegistry(link.get()))
                : link.get().refuse(reason, agent.username(), clock.instant());
        if (outcome instanceof PortalOutcome.Changed<OrganisationLink> changed) {
            links.save(changed.state(), link.get().version());
        }
        return Optional.of(outcome);
    }

    /** Whether the national registry, asked about a link still waiting, says its establishment is closed. */
    private boolean closedInRegistry(OrganisationLink link) {
        if (link.status() != LinkStatus.REQUESTED) {
            return false;
        }
        return registryFacts(link) instanceof CompanyRegistry.Found found && !found.facts().active();
    }

    /**
     * What the national company registry says about the SIRET of a link's organisation; {@link CompanyRegistry.Off}
     * when it is switched off, {@link CompanyRegistry.NotFound} with no SIRET when the organisation has only an RNA.
     */
    public CompanyRegistry.Lookup registryFacts(OrganisationLink link) {
        if (!companyRegistry.enabled()) {
            return new CompanyRegistry.Off();
        }
        return organisations.find(link.organisationId())
                .flatMap(organisation -> Optional.ofNullable(organisation.details().siret()))
                .<CompanyRegistry.Lookup>map(siret -> companyRegistry.lookup(siret.value()))
                .orElse(new CompanyRegistry.NotFound(null));
    }

    public boolean registryEnabled() {
        return companyRegistry.enabled();
    }

    public List<OrganisationLink> ofAccount(Actor applicant) {
        return links.ofAccount(applicant.username());
    }

    public List<OrganisationLink> waiting() {
        return links.withStatus(LinkStatus.REQUESTED);
    }

    /** The registry ids of the organisations this account acts for (confirmed links only). */
    public Set<String> confirmedOrganisations(Actor applicant) {
        return links.ofAccount(applicant.username()).stream().filter(OrganisationLink::confirmed)
                .map(OrganisationLink::organisationId).collect(Collectors.toUnmodifiableSet());
    }

    /** The accounts confirmed for an organisation: who is told about its files (ADR-0018). */
    public List<String> confirmedAccounts(String organisationId) {
        return links.ofOrganisation(organisationId).stream().filter(OrganisationLink::confirmed)
                .map(OrganisationLink::account).toList();
    }

    public boolean actsFor(Actor applicant, String organisationId) {
        return links.find(OrganisationLink.idOf(applicant.username(), organisationId))
                .filter(OrganisationLink::confirmed).isPresent();
    }
}
