package fr.essor.funding.decisions.web;

import fr.essor.kit.reference.Communes;

import fr.essor.funding.aaa.application.ApplicationFilter;
import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.kit.domain.Violation;
import fr.essor.funding.decisions.application.Laureates;
import fr.essor.funding.decisions.application.Voting;
import fr.essor.funding.decisions.application.VotingSessions;
import fr.essor.funding.decisions.domain.SessionOutcome;
import fr.essor.funding.decisions.domain.VotingSession;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import fr.essor.kit.ui.FrenchFormat;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The pages of the voting sessions (agenda, votes, closing) and of the laureates per EPT. */
@Controller
class VotingSessionPageController {

    private final Voting voting;
    private final VotingSessions sessions;
    private final Applications applications;
    private final Calls calls;
    private final Laureates laureates;
    private final CurrentActor currentActor;

    private final Communes communes;

    VotingSessionPageController(Voting voting, VotingSessions sessions, Applications applications, Calls calls,
                                Laureates laureates, CurrentActor currentActor, Communes communes) {
        this.communes = communes;
        this.voting = voting;
        this.sessions = sessions;
        this.applications = applications;
        this.calls = calls;
        this.laureates = laureates;
        this.currentActor = currentActor;
    }

    @GetMapping("/seances")
    String list(Model model) {
        insider();
        return listPage(Map.of(), Map.of(), model);
    }

    @PostMapping("/seances")
    String open(@RequestParam(defaultValue = "") String callYear, @RequestParam(defaultValue = "") String sittingOn,
                @RequestParam(defaultValue = "") String deliberationReference, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer year = null;
        try {
            year = Integer.valueOf(callYear.strip());
        } catch (NumberFormatException e) {
            errors.put("callYear", "Choisissez l'édition de l'appel.");
        }
        LocalDate date = date(sittingOn, "sittingOn", errors);
        Map<String, String> values = Map.of("callYear", callYear, "sittingOn", sittingOn, "deliberationReference",
                deliberationReference);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return listPage(errors, values, model);
        }
        Voting.Result result = voting.open(year, date, deliberationReference, currentActor.current());
        SessionOutcome outcome = ((Voting.Done) result).outcome();
        if (outcome instanceof SessionOutcome.Changed changed) {
            redirect.addFlashAttribute("message", "La séance est ouverte.");
            return "redirect:/seances/" + changed.session().id();
        }
        refused(outcome, errors, response);
        return listPage(errors, values, model);
    }

    @GetMapping("/seances/{id}")
    String show(@PathVariable String id, Model model) {
        insider();
        return page(find(id), Map.of(), model);
    }

    @PostMapping("/seances/{id}/ordre-du-jour")
    String propose(@PathVariable String id, @RequestParam(defaultValue = "") String applicationId, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return apply(id, () -> voting.propose(id, applicationId.strip(), currentActor.current()), model, response,
                redirect, "La candidature est inscrite à l'ordre du jour.");
    }

    @PostMapping("/seances/{id}/retrait")
    String withdraw(@PathVariable String id, @RequestParam String applicationId, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return apply(id, () -> voting.withdraw(id, applicationId, currentActor.current()), model, response,
                redirect, "La candidature est retirée de l'ordre du jour.");
    }

    @PostMapping("/seances/{id}/votes")
    String vote(@PathVariable String id, @RequestParam String applicationId,
                @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String amount,
                @RequestParam(defaultValue = "") String justification, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!outcome.equals("GRANTED") && !outcome.equals("REFUSED")) {
            errors.put("outcome", "Choisissez : accordée ou refusée.");
        }
        BigDecimal value = amount(amount, errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(find(id), prefixed(applicationId, errors), model);
        }
        return apply(id, () -> voting.recordVote(id, applicationId, outcome.equals("GRANTED"), value, justification,
                currentActor.current()), model, response, redirect, "Le vote sur " + applicationId
                + " est enregistré.", applicationId);
    }

    @PostMapping("/seances/{id}/cloture")
    String close(@PathVariable String id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return apply(id, () -> voting.close(id, currentActor.current()), model, response, redirect,
                "La séance est close : les votes sont appliqués et les listes de lauréats publiées aux EPT.");
    }

    @GetMapping("/laureats")
    String laureates(@RequestParam(required = false) Integer annee, @RequestParam(required = false) String ept,
                     Model model) {
        Actor actor = currentActor.current();
        List<Integer> years = calls.all().stream().map(c -> c.year()).toList();
        int year = annee != null ? annee : years.isEmpty() ? LocalDate.now(FrenchFormat.PARIS).getYear() : years.getFirst();
        String territory = ept == null || ept.isBlank() ? null : ept.strip();
        if (actor.hasRole(Role.EPT)) {
            if (territory != null && !territory.equals(actor.territory())) {
                throw new AccessDeniedException("Un EPT ne lit que les lauréats de son territoire.");
            }
            territory = actor.territory();
        }
        if (territory != null && !laureates.territories().contains(territory)) {
            territory = null;
        }
        Map<String, List<LaureateView>> byTerritory = new LinkedHashMap<>();
        for (String t : laureates.territories()) {
            if (territory == null || territory.equals(t)) {
                byTerritory.put(t, laureates.of(year, t).stream().map(LaureateView::of).toList());
            }
        }
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        model.addAttribute("territory", territory);
        model.addAttribute("territories", (actor.hasRole(Role.EPT) ? List.of(actor.territory())
                : laureates.territories()).stream().map(t -> new TerritoryOption(t, communes.territoryLabel(t))).toList());
        model.addAttribute("lists", byTerritory.entrySet().stream().map(e -> new TerritoryList(e.getKey(),
                communes.territoryLabel(e.getKey()),
                e.getValue().stream().map(l -> new LaureateLine(l.applicationId(), l.organisationName(),
                        l.projectTitle(), FrenchFormat.euros(l.amount()), l.mainTerritoryCode(), l.qpv() ? "Oui" : "Non",
                        l.decisionReference() + " du " + FrenchFormat.date(l.decidedOn()))).toList(),
                FrenchFormat.euros(e.getValue().stream().map(LaureateView::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)))).toList());
        return "decisions/laureates";
    }

    /** One EPT's laureates; {@code heading} reads « Plaine Commune (T6) — 2 lauréats, 18 000,00 € ». */
    record TerritoryList(String code, String label, List<LaureateLine> laureates, String total, String heading) {

        TerritoryList(String code, String label, List<LaureateLine> laureates, String total) {
            this(code, label, laureates, total,
                    label + " — " + FrenchFormat.count(laureates.size(), "lauréat", "lauréats") + ", " + total);
        }
    }

    record TerritoryOption(String code, String label) {
    }

    record LaureateLine(String applicationId, String organisationName, String projectTitle, String amount,
                        String mainTerritory, String qpv, String deliberation) {
    }

    private String apply(String id, Supplier<Voting.Result> useCase, Model model, HttpServletResponse response,
                         RedirectAttributes redirect, String success) {
        return apply(id, useCase, model, response, redirect, success, null);
    }

    private String apply(String id, Supplier<Voting.Result> useCase, Model model, HttpServletResponse response,
                         RedirectAttributes redirect, String success, String itemPrefix) {
        Voting.Result result = useCase.get();
        if (result instanceof Voting.Unknown unknown) {
            Map<String, String> errors = Map.of("action", "Introuvable : " + unknown.what() + ".");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(find(id), errors, model);
        }
        SessionOutcome outcome = ((Voting.Done) result).outcome();
        if (outcome instanceof SessionOutcome.Changed || outcome instanceof SessionOutcome.Unchanged) {
            redirect.addFlashAttribute("message", outcome instanceof SessionOutcome.Changed ? success
                    : "Aucune modification à enregistrer.");
            return "redirect:/seances/" + id;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        refused(outcome, errors, response);
        return page(find(id), itemPrefix == null ? errors : prefixed(itemPrefix, errors), model);
    }

    private static void refused(SessionOutcome outcome, Map<String, String> errors, HttpServletResponse response) {
        switch (outcome) {
            case SessionOutcome.Invalid invalid -> {
                for (Violation v : invalid.violations()) {
                    errors.putIfAbsent(v.field(), v.message());
                }
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            case SessionOutcome.NotAllowedNow notNow -> {
                errors.put("action", notNow.message());
                response.setStatus(HttpStatus.CONFLICT.value());
            }
            case SessionOutcome.Forbidden forbidden -> throw new AccessDeniedException(forbidden.reason());
            default -> throw new IllegalStateException("Not a refusal: " + outcome);
        }
    }

    /** Errors of one agenda line's vote form are keyed by its application, e.g. {@code AAA-2026-0001.amount}. */
    private static Map<String, String> prefixed(String applicationId, Map<String, String> errors) {
        Map<String, String> keyed = new LinkedHashMap<>();
        errors.forEach((field, message) -> keyed.put(field.equals("action") ? field : applicationId + "." + field,
                message));
        return keyed;
    }

    private String listPage(Map<String, String> errors, Map<String, String> values, Model model) {
        model.addAttribute("sessions", sessions.all().stream().map(s -> SessionPage.of(s, List.of())).toList());
        model.addAttribute("years", calls.all().stream().map(c -> c.year()).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("mayRun", mayRun());
        return "decisions/sessions";
    }

    private String page(VotingSession session, Map<String, String> errors, Model model) {
        List<fr.essor.funding.aaa.domain.Application> candidates = session.closed() ? List.of()
                : applications.list(session.callYear(), new ApplicationFilter(ApplicationStatus.PROPOSED_FOR_VOTE,
                null, null, null)).stream().filter(a -> session.item(a.id()).isEmpty()).toList();
        model.addAttribute("seance", SessionPage.of(session, candidates));
        model.addAttribute("errors", errors);
        model.addAttribute("mayRun", mayRun() && !session.closed());
        return "decisions/session";
    }

    private boolean mayRun() {
        return currentActor.current().hasAnyRole(Role.DMTA, Role.ADMIN);
    }

    private void insider() {
        if (currentActor.current().hasRole(Role.EPT)) {
            throw new AccessDeniedException("Les séances de vote sont réservées aux agents du Département.");
        }
    }

    private VotingSession find(String id) {
        return sessions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Introuvable"));
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        try {
            return value.isBlank() ? null : FrenchFormat.parseDate(value);
        } catch (DateTimeParseException e) {
            errors.put(field, FrenchFormat.UNREADABLE_DATE);
            return null;
        }
    }

    private static BigDecimal amount(String value, Map<String, String> errors) {
        String normalized = value.replace('\u202f', ' ').replace(" ", "").replace("€", "").replace(',', '.').strip();
        if (normalized.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(normalized);
        } catch (NumberFormatException e) {
            errors.put("amount", "Montant invalide : écrivez un nombre d'euros, par exemple 12 500,50.");
            return null;
        }
    }
}
