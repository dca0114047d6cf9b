package fr.essor.roadmap.indicators.web;

import fr.essor.kit.ui.FrenchFormat;
import jakarta.servlet.http.HttpServletResponse;
import fr.essor.kit.security.CurrentActor;
import fr.essor.roadmap.indicators.application.IndicatorBoard;
import fr.essor.roadmap.indicators.application.IndicatorOutcome;
import fr.essor.roadmap.indicators.application.IndicatorReport;
import fr.essor.roadmap.indicators.application.ManagingIndicators;
import fr.essor.roadmap.indicators.domain.ComputedValue;
import fr.essor.roadmap.indicators.domain.Territories;
import fr.essor.roadmap.indicators.domain.ValueToRecord;
import fr.essor.kit.domain.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The indicator pages: the list, one indicator with its chart and EPT breakdown, the facts behind a value. */
@Controller
class IndicatorPageController {

    private final IndicatorBoard board;
    private final ManagingIndicators managing;
    private final CurrentActor actor;

    IndicatorPageController(IndicatorBoard board, ManagingIndicators managing, CurrentActor actor) {
        this.board = board;
        this.managing = managing;
        this.actor = actor;
    }

    /** What the value form sent back, as typed, to show it again with its errors. */
    record ValueForm(String valueDate, String territoryCode, String value, String target, String source,
                     String comment) {
        static ValueForm empty() {
            return new ValueForm(FrenchFormat.date(LocalDate.now(FrenchFormat.PARIS)), "", "", "", "", "");
        }
    }

    @GetMapping("/indicateurs")
    String list(Model model) {
        model.addAttribute("indicators", board.all().stream().map(IndicatorPageController::row).toList());
        return "indicators/list";
    }

    @GetMapping("/indicateurs/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String enregistre, Model model) {
        prepare(id, model, ValueForm.empty(), Map.of());
        model.addAttribute("saved", enregistre != null);
        return "indicators/show";
    }

    @PostMapping("/indicateurs/{id}/valeurs")
    String record(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response) {
        ValueForm typed = new ValueForm(form.get("valueDate"), form.get("territoryCode"), form.get("value"),
                form.get("target"), form.get("source"), form.get("comment"));
        Map<String, String> errors = new HashMap<>();
        LocalDate date = parse(typed.valueDate(), FrenchFormat::parseDate, "valueDate", FrenchFormat.UNREADABLE_DATE, errors);
        BigDecimal value = parse(typed.value(), FrenchFormat::parseAmount, "value",
                "Nombre invalide.", errors);
        BigDecimal target = parse(typed.target(), FrenchFormat::parseAmount,
                "target", "Nombre invalide.", errors);
        if (errors.isEmpty()) {
            IndicatorOutcome outcome = managing.record(id, new ValueToRecord(null, date,
                    blankToNull(typed.territoryCode()), value, target, typed.source(), typed.comment()),
                    actor.current());
            switch (outcome) {
                case IndicatorOutcome.Done done -> {
                    return "redirect:/indicateurs/" + id + "?enregistre";
                }
                case IndicatorOutcome.Forbidden forbidden -> throw new AccessDeniedException("DIEESS ou ADMIN");
                case IndicatorOutcome.Rejected rejected -> rejected.violations()
                        .forEach((Violation v) -> errors.putIfAbsent(v.field(), v.message()));
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Indicateur inconnu");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        prepare(id, model, typed, errors);
        model.addAttribute("saved", false);
        return "indicators/show";
    }

    @GetMapping("/indicateurs/{id}/sources/{year}")
    String sources(@PathVariable String id, @PathVariable int year,
                   @RequestParam(required = false) String territoire, Model model) {
        String territory = territoire == null || territoire.isBlank() ? null : territoire;
        IndicatorReport report = board.report(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Indicateur inconnu"));
        ComputedValue value = board.sources(id, year, territory).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Indicateur non calculé"));
        String unit = report.definition().unit();
        model.addAttribute("indicator", report.definition());
        model.addAttribute("year", year);
        model.addAttribute("territory", Territories.name(territory));
        model.addAttribute("value", Figures.of(value.value(), unit));
        model.addAttribute("facts", value.basis().stream().map(c -> Map.of(
                "label", c.label() == null ? c.aggregateId() : c.label(),
                "type", c.eventType(), "aggregate", c.aggregateId() + " (v" + c.aggregateVersion() + ")",
                "territory", Territories.name(c.territoryCode()), "amount", Figures.of(c.value(), unit),
                "time", Figures.dateTime(c.occurredAt()), "eventId", c.eventId())).toList());
        return "indicators/sources";
    }

    private void prepare(String id, Model model, ValueForm form, Map<String, String> errors) {
        IndicatorReport report = board.report(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Indicateur inconnu"));
        model.addAttribute("indicator", IndicatorPage.of(report));
        model.addAttribute("mayWrite", !report.definition().isComputed()
                && actor.find().map(ManagingIndicators::mayWrite).orElse(false));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("territories", report.definition().byTerritory() ? Territories.CODES : List.of());
    }

    private static Map<String, String> row(IndicatorReport report) {
        IndicatorReport.YearLine latest = report.latestMeasured();
        String unit = report.definition().unit();
        return Map.of("id", report.definition().id(), "name", report.definition().name(),
                "kind", report.definition().kind().label(), "unit", Figures.unitLabel(unit),
                "breakdown", report.definition().byTerritory() ? "Oui" : "Non",
                "latest", latest == null ? "—" : latest.year() + " : " + Figures.of(latest.value(), unit),
                "target", latest == null ? "—" : Figures.of(latest.target(), unit));
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(String text, Parser<T> parser, String field, String message,
                               Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.parse(text.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
