package fr.essor.roadmap.ept.web;

import fr.essor.roadmap.indicators.domain.IndicatorDefinition;
import fr.essor.roadmap.indicators.domain.TerritoryValue;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The value of one of the roadmap's indicators for a year on the EPT's territory: which indicator (code, label, unit,
 * computed from the services' facts or typed in), the year, the value. Never the facts' details nor who typed a value.
 *
 * @param id   the indicator's code and the year, e.g. {@code aaa-amount-awarded:2026}
 * @param kind {@code COMPUTED} (from the services' facts) or {@code MANUAL} (typed in by the DIEESS)
 */
record EptIndicatorValueView(String id, String indicatorCode, String label, String unit,
                             @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"COMPUTED", "MANUAL"})
                             String kind, int year, String territoryCode, BigDecimal value, Instant changedAt) {

    static EptIndicatorValueView of(TerritoryValue value) {
        IndicatorDefinition definition = value.definition();
        return new EptIndicatorValueView(value.id(), definition.id(), definition.name(), definition.unit(),
                definition.kind().name(), value.year(), value.territoryCode(), value.value(), value.changedAt());
    }
}
