package fr.essor.procurement.spaser.web;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.spaser.application.SettingTargets;
import fr.essor.procurement.spaser.application.SpaserIndicators;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;

/** The SPASER indicators of a year, computed from the contracts, and their targets. */
@RestController
@RequestMapping(path = "/api/spaser", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "SPASER", description = "Indicateurs annuels du SPASER 2024-2028 et objectifs")
class SpaserApiController {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final SpaserIndicators indicators;
    private final SettingTargets settingTargets;
    private final CurrentActor actor;
    private final Clock clock;

    SpaserApiController(SpaserIndicators indicators, SettingTargets settingTargets, CurrentActor actor,
                        Clock clock) {
        this.indicators = indicators;
        this.settingTargets = settingTargets;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "getSpaserYear", summary = "Indicateurs d'une année (par défaut l'année en cours) face à ses objectifs, avec les "
            + "marchés réservés et les clauses d'insertion qui les composent")
    SpaserStatementView year(@RequestParam(required = false) Integer year) {
        return SpaserStatementView.of(indicators.of(checkedYear(year == null ? Year.now(clock).getValue() : year)));
    }

    @PutMapping(path = "/targets/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fixer les objectifs d'une année du SPASER (DIEESS) : {\"CODE\": valeur} ; null efface")
    SpaserStatementView setTargets(@PathVariable int year, @RequestBody Map<String, BigDecimal> targets) {
        SpaserEditors.require(actor);
        return switch (settingTargets.set(year, targets, actor.current().username())) {
            case SettingTargets.Rejected rejected -> throw new InvalidCommandException(rejected.violations().stream().toList());
            case SettingTargets.Set set -> SpaserStatementView.of(indicators.of(year));
        };
    }

    static int checkedYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidCommandException(List.of(new Violation("year", "year.range",
                    "L'année est comprise entre " + FIRST_YEAR + " et " + LAST_YEAR + ".")));
        }
        return year;
    }
}
