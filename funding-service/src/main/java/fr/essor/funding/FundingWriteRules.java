package fr.essor.funding;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.essor.kit.security.Role;
import fr.essor.kit.security.WriteRules;

/**
 * Who may write what in funding (ADR-0012): every write of the API and of the pages' forms, with the roles that may make
 * it; ADMIN may make them all, a write without a rule is refused to everyone. The kit enforces them before any
 * controller; the Appel à Agir's own checks (designated directorates, conflicts of interest, an EPT's territory, the
 * lead directorate of a CPO…) come after. The approved table is {@code src/test/resources/approved-write-rules.txt}.
 */
@Configuration(proxyBeanMethods = false)
class FundingWriteRules {

    /** The DMTA pilots the Appel à Agir: it keeps the voting sessions, the grant agreements and payments. */
    private static final Role[] PILOT = { Role.DMTA };

    /** Who sets up the editions of the call. */
    private static final Role[] CALL_SETUP = { Role.DMTA, Role.DIEESS };

    /**
     * The agents of the directorates that instruct applications: the DMTA pilots, the DIEESS, the DJVA and the DTER
     * co-instruct (the application still checks which directorates it was given to).
     */
    private static final Role[] INSTRUCTING = { Role.DMTA, Role.DIEESS, Role.DJVA, Role.DTER };

    /**
     * Who enters applications and registers the organisations behind them: the instructing directorates and the
     * instructors (an instructor instructs through the directorate it belongs to).
     */
    private static final Role[] ENTERING = { Role.DMTA, Role.DIEESS, Role.DJVA, Role.DTER, Role.INSTRUCTOR };

    /** A CPO is kept by its lead directorate (one of the instructing directorates) and the DMTA. */
    private static final Role[] CPO_KEEPERS = { Role.DMTA, Role.DIEESS, Role.DJVA, Role.DTER };

    /** The DIEESS holds the SCIC portfolio and the loan guarantees. */
    private static final Role[] PORTFOLIO = { Role.DIEESS };

    /** People of ESS organisations applying online (ADR-0016): their own links, drafts and files only. */
    private static final Role[] APPLICANTS = { Role.APPLICANT };

    @Bean
    WriteRules writeRules() {
        return WriteRules.builder()
                .registersOrganisations(ENTERING)
                // the EPTs' webhook subscriptions (their own territory), OPS replays a delivery
                .deliversWebhooks()
                // Appel à Agir: editions
                .allow(POST, "/api/calls", CALL_SETUP)
                .allow(PUT, "/api/calls/{year}", CALL_SETUP)
                .allow(POST, "/appel-a-agir/nouveau", CALL_SETUP)
                .allow(POST, "/appel-a-agir/{year}/parametrage", CALL_SETUP)
                // Appel à Agir: applications and their instruction
                .allow(POST, "/api/calls/{year}/applications", ENTERING)
                .allow(POST, "/appel-a-agir/{year}/candidatures/nouvelle", ENTERING)
                .allow(POST, "/api/applications/{id}/transitions", INSTRUCTING)
                .allow(POST, "/candidatures/{id}/etapes", INSTRUCTING)
                .allow(POST, "/appel-a-agir/{year}/actions-groupees", INSTRUCTING)
                .allow(PUT, "/api/applications/{id}/directorates", PILOT)
                .allow(POST, "/candidatures/{id}/directions", PILOT)
                .allow(POST, "/api/applications/{id}/reviews", INSTRUCTING)
                .allow(POST, "/candidatures/{id}/notation", INSTRUCTING)
                .allow(POST, "/api/applications/{id}/conflicts", INSTRUCTING)
                .allow(POST, "/candidatures/{id}/conflit", INSTRUCTING)
                // the EPT's opinion: by the EPT for its own territory, or recorded by an instructing agent
                .allowEpt(PUT, "/api/applications/{id}/opinions/{territory}", INSTRUCTING)
                .allowEpt(PUT, "/api/ept/{territory}/applications/{id}/opinion")
                .allowEpt(POST, "/candidatures/{id}/avis", INSTRUCTING)
                // the applicants' side: links to organisations (asked by the applicant, decided by an agent), drafts
                .allow(POST, "/espace-candidat/rattachements", APPLICANTS)
                .allow(POST, "/espace-candidat/brouillons", APPLICANTS)
                .allow(POST, "/espace-candidat/brouillons/{id}", APPLICANTS)
                .allow(POST, "/espace-candidat/structures/{organisationId}/pieces", APPLICANTS)
                .allow(POST, "/espace-candidat/dossiers/{id}/reponse", APPLICANTS)
                // after the vote: the agreement read, the report (annual or final) with its document
                .allow(POST, "/espace-candidat/dossiers/{id}/convention/lecture", APPLICANTS)
                .allow(POST, "/espace-candidat/dossiers/{id}/compte-rendu", APPLICANTS)
                .allow(POST, "/rattachements/{id}/confirmation", ENTERING)
                .allow(POST, "/rattachements/{id}/refus", ENTERING)
                // voting sessions
                .allow(POST, "/api/voting-sessions", PILOT)
                .allow(POST, "/api/voting-sessions/{id}/agenda", PILOT)
                .allow(DELETE, "/api/voting-sessions/{id}/agenda/{applicationId}", PILOT)
                .allow(PUT, "/api/voting-sessions/{id}/votes/{applicationId}", PILOT)
                .allow(POST, "/api/voting-sessions/{id}/closing", PILOT)
                .allow(POST, "/seances", PILOT)
                .allow(POST, "/seances/{id}/ordre-du-jour", PILOT)
                .allow(POST, "/seances/{id}/retrait", PILOT)
                .allow(POST, "/seances/{id}/votes", PILOT)
                .allow(POST, "/seances/{id}/cloture", PILOT)
                // grant agreements and payments
                .allow(POST, "/api/grants/{id}/signature", PILOT)
                .allow(POST, "/api/grants/{id}/reports", PILOT)
                .allow(POST, "/api/grants/{id}/reports/{number}/acceptance", PILOT)
                .allow(POST, "/api/grants/{id}/reports/{number}/refusal", PILOT)
                .allow(POST, "/api/grants/{id}/payments", PILOT)
                .allow(POST, "/subventions/{id}/signature", PILOT)
                .allow(POST, "/subventions/{id}/comptes-rendus", PILOT)
                .allow(POST, "/subventions/{id}/comptes-rendus/{number}/acceptation", PILOT)
                .allow(POST, "/subventions/{id}/comptes-rendus/{number}/refus", PILOT)
                .allow(POST, "/subventions/{id}/versements", PILOT)
                // multi-year objective agreements
                .allow(POST, "/api/cpos", CPO_KEEPERS)
                .allow(POST, "/api/cpos/{id}/signature", CPO_KEEPERS)
                .allow(POST, "/api/cpos/{id}/reviews", CPO_KEEPERS)
                .allow(POST, "/api/cpos/{id}/payments", CPO_KEEPERS)
                .allow(POST, "/cpo", CPO_KEEPERS)
                .allow(POST, "/cpo/{id}/signature", CPO_KEEPERS)
                .allow(POST, "/cpo/{id}/bilan", CPO_KEEPERS)
                .allow(POST, "/cpo/{id}/versement", CPO_KEEPERS)
                // SCIC stakes
                .allow(POST, "/api/scic-stakes", PORTFOLIO)
                .allow(PUT, "/api/scic-stakes/{id}/acquisition", PORTFOLIO)
                .allow(POST, "/api/scic-stakes/{id}/changes", PORTFOLIO)
                .allow(POST, "/api/scic-stakes/{id}/sale", PORTFOLIO)
                .allow(PUT, "/api/scic-stakes/{id}/governance", PORTFOLIO)
                .allow(POST, "/api/scic-stakes/{id}/general-meetings", PORTFOLIO)
                .allow(POST, "/scic/{id}/acquisition", PORTFOLIO)
                .allow(POST, "/scic/{id}/changement", PORTFOLIO)
                .allow(POST, "/scic/{id}/cession", PORTFOLIO)
                .allow(POST, "/scic/{id}/gouvernance", PORTFOLIO)
                .allow(POST, "/scic/{id}/assemblees", PORTFOLIO)
                // loan guarantees
                .allow(POST, "/api/loan-guarantees", PORTFOLIO)
                .allow(POST, "/api/loan-guarantees/{id}/outstanding", PORTFOLIO)
                .allow(POST, "/garanties", PORTFOLIO)
                .allow(POST, "/garanties/encours", PORTFOLIO)
                .build();
    }
}
