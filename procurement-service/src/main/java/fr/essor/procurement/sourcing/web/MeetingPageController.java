package fr.essor.procurement.sourcing.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.organisations.web.OrganisationChoice;
import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.sourcing.application.Sourcing;
import fr.essor.procurement.sourcing.application.SourcingMeetings;
import fr.essor.procurement.sourcing.domain.Meeting;
import fr.essor.procurement.sourcing.domain.MeetingForm;
import fr.essor.procurement.sourcing.domain.MeetingKind;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The meetings pages: the list with the form to record one, and a meeting with its participants and needs. */
@Controller
class MeetingPageController {

    private final SourcingMeetings meetings;
    private final Sourcing sourcing;
    private final CurrentActor actor;

    private final OrganisationChoice organisationChoice;

    MeetingPageController(SourcingMeetings meetings, Sourcing sourcing, CurrentActor actor,
                          OrganisationChoice organisationChoice) {
        this.organisationChoice = organisationChoice;
        this.meetings = meetings;
        this.sourcing = sourcing;
        this.actor = actor;
    }

    record MeetingFields(String kind, String title, String heldOn, String place) {
        static MeetingFields empty() {
            return new MeetingFields("", "", "", "");
        }
    }

    record MeetingRow(String id, String kind, String title, String heldOn, String place, int participants,
                      int needs) {
        static MeetingRow of(Meeting m) {
            return new MeetingRow(m.id(), m.kind().label(), m.title(), FrenchFormat.date(m.heldOn()),
                    m.place() == null ? "—" : m.place(), m.participants().size(), m.needs().size());
        }
    }

    record Line(String id, String label, String recorded) {
    }

    record NeedChoice(String id, String label) {
    }

    @GetMapping("/rencontres")
    String list(Model model) {
        return list(MeetingFields.empty(), Map.of(), model);
    }

    @PostMapping("/rencontres")
    String organise(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String title,
                    @RequestParam(defaultValue = "") String heldOn, @RequestParam(defaultValue = "") String place,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        SourcingAgents.requireSupplierAgent(actor);
        Map<String, String> errors = new HashMap<>();
        LocalDate date = null;
        if (!heldOn.isBlank()) {
            try {
                date = FrenchFormat.parseDate(heldOn);
            } catch (DateTimeParseException e) {
                errors.put("heldOn", "La date s'écrit jj/mm/aaaa, par exemple 12/03/2027.");
            }
        }
        if (errors.isEmpty()) {
            switch (meetings.organise(new MeetingForm(kind, title, date, place), actor.current().username())) {
                case SourcingMeetings.Done done -> {
                    redirect.addFlashAttribute("success", "Rencontre enregistrée.");
                    return "redirect:/rencontres/" + done.meeting().id();
                }
                case SourcingMeetings.Rejected rejected -> merge(rejected.violations(), errors);
                case SourcingMeetings.Unknown unknown -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return list(new MeetingFields(kind, title, heldOn, place), errors, model);
    }

    @GetMapping("/rencontres/{id}")
    String show(@PathVariable String id, Model model) {
        Meeting meeting = meetings.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Rencontre inconnue"));
        model.addAttribute("meeting", MeetingRow.of(meeting));
        model.addAttribute("participants", meeting.participants().stream().map(p -> new Line(p.organisationId(),
                p.name(), FrenchFormat.dateTime(p.addedAt()) + " par " + p.addedBy())).toList());
        model.addAttribute("needs", meeting.needs().stream().map(n -> new Line(n.needId(), n.object(),
                FrenchFormat.dateTime(n.addedAt()) + " par " + n.addedBy())).toList());
        model.addAttribute("needChoices", sourcing.list(null).stream()
                .filter(n -> meeting.needs().stream().noneMatch(d -> d.needId().equals(n.id())))
                .map(n -> new NeedChoice(n.id(), n.id() + " — " + n.terms().object())).toList());
        model.addAttribute("canEdit", SourcingAgents.mayMeetSuppliers(actor));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("organisationId", "");
        }
        return "sourcing/meeting";
    }

    @PostMapping("/rencontres/{id}/participants")
    String participant(@PathVariable String id, @RequestParam(defaultValue = "") String organisationId,
                       RedirectAttributes redirect) {
        SourcingAgents.requireSupplierAgent(actor);
        // the structure as typed: a SIRET with spaces, an RNA, a part of its name
        OrganisationChoice.Chosen chosen = organisationChoice.choose(organisationId);
        if (chosen.ambiguity().isPresent()) {
            redirect.addFlashAttribute("errors", Map.of("organisationId", chosen.ambiguity().get()));
            redirect.addFlashAttribute("organisationId", organisationId);
            return "redirect:/rencontres/" + id + "#participants";
        }
        return answer(id, meetings.addParticipant(id, chosen.identifier(), actor.current().username()),
                "Structure ajoutée aux participants.", "#participants", organisationId, redirect);
    }

    @PostMapping("/rencontres/{id}/besoins")
    String need(@PathVariable String id, @RequestParam(defaultValue = "") String needId,
                RedirectAttributes redirect) {
        SourcingAgents.requireSupplierAgent(actor);
        return answer(id, meetings.discuss(id, needId, actor.current().username()),
                "Besoin ajouté aux besoins discutés.", "#besoins", "", redirect);
    }

    private String answer(String id, SourcingMeetings.Outcome outcome, String success, String anchor,
                          String organisationId, RedirectAttributes redirect) {
        Map<String, String> errors = new HashMap<>();
        switch (outcome) {
            case SourcingMeetings.Done done -> {
                redirect.addFlashAttribute("success", success);
                return "redirect:/rencontres/" + id + anchor;
            }
            case SourcingMeetings.Rejected rejected -> merge(rejected.violations(), errors);
            case SourcingMeetings.Unknown unknown -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("organisationId", organisationId);
        return "redirect:/rencontres/" + id + anchor;
    }

    private String list(MeetingFields fields, Map<String, String> errors, Model model) {
        model.addAttribute("rows", meetings.all().stream().map(MeetingRow::of).toList());
        model.addAttribute("canEdit", SourcingAgents.mayMeetSuppliers(actor));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        return "sourcing/meetings";
    }

    private static void merge(List<Violation> violations, Map<String, String> errors) {
        violations.forEach(v -> errors.merge(v.field(), v.message(), (a, b) -> a + " " + b));
    }
}
