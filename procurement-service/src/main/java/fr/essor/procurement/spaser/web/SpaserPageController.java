package fr.essor.procurement.spaser.web;

import fr.essor.kit.documents.DocumentRenderer;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.spaser.application.SettingTargets;
import fr.essor.procurement.spaser.application.SpaserIndicators;
import fr.essor.procurement.spaser.domain.SpaserIndicator;
import fr.essor.procurement.spaser.domain.YearTargets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The SPASER dashboard of a year against its targets, the targets form, and the annual report (PDF, XLSX). */
@Controller
class SpaserPageController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SpaserIndicators indicators;
    private final SettingTargets settingTargets;
    private final CurrentActor actor;
    private final Clock clock;
    private final DocumentRenderer documents;

    SpaserPageController(SpaserIndicators indicators, SettingTargets settingTargets, CurrentActor actor,
                         Clock clock, DocumentRenderer documents) {
        this.documents = documents;
        this.indicators = indicators;
        this.settingTargets = settingTargets;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping("/spaser")
    String dashboard(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? Year.now(clock).getValue() : SpaserApiController.checkedYear(year);
        model.addAttribute("sheet", SpaserSheet.of(indicators.of(shown)));
        model.addAttribute("years", IntStream.rangeClosed(YearTargets.FIRST_YEAR, YearTargets.LAST_YEAR).boxed()
                .toList());
        model.addAttribute("canSetTargets", SpaserEditors.maySetTargets(actor) && YearTargets.inScheme(shown));
        if (!model.containsAttribute("targetErrors")) {
            model.addAttribute("targetErrors", Map.of());
        }
        return "spaser/dashboard";
    }

    @PostMapping("/spaser/targets")
    String setTargets(@RequestParam int year, @RequestParam Map<String, String> params,
                      RedirectAttributes redirect) {
        SpaserEditors.require(actor);
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        Map<String, String> errors = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        for (SpaserIndicator indicator : SpaserIndicator.values()) {
            String raw = params.getOrDefault("target_" + indicator.name(), "").trim();
            typed.put(indicator.name(), raw);
            if (raw.isEmpty()) {
                given.put(indicator.name(), null);
                continue;
            }
            try {
                given.put(indicator.name(), FrenchFormat.parseAmount(raw));
            } catch (NumberFormatException e) {
                errors.put(indicator.name(), "L'objectif est un nombre, par exemple 40 ou 12,5.");
            }
        }
        if (errors.isEmpty()) {
            switch (settingTargets.set(year, given, actor.current().username())) {
                case SettingTargets.Set set -> {
                    redirect.addFlashAttribute("success", "Objectifs " + year + " enregistrés.");
                    return "redirect:/spaser?year=" + year;
                }
                case SettingTargets.Rejected rejected -> rejected.violations().forEach(v -> errors.merge(
                        v.field().startsWith("targets.") ? v.field().substring("targets.".length()) : "form",
                        v.message(), (a, b) -> a + " " + b));
            }
        }
        redirect.addFlashAttribute("targetErrors", errors);
        redirect.addFlashAttribute("typedTargets", typed);
        return "redirect:/spaser?year=" + year + "#objectifs";
    }

    @GetMapping("/spaser/{year}/rapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year) {
        SpaserSheet sheet = SpaserSheet.of(indicators.of(SpaserApiController.checkedYear(year)));
        return download(SpaserReportPdf.of(sheet, documents), MediaType.APPLICATION_PDF, "rapport-spaser-" + year + ".pdf");
    }

    @GetMapping("/spaser/{year}/rapport.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year) {
        byte[] workbook = SpaserReportSpreadsheet.of(indicators.of(SpaserApiController.checkedYear(year)));
        return download(workbook, XLSX, "rapport-spaser-" + year + ".xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString()).body(body);
    }

}
