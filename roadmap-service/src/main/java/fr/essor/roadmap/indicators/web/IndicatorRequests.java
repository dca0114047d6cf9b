package fr.essor.roadmap.indicators.web;

import fr.essor.kit.apidocs.Bounds;
import fr.essor.roadmap.indicators.application.ManagingIndicators;
import fr.essor.roadmap.indicators.domain.Indicator;
import fr.essor.roadmap.indicators.domain.Periodicity;
import fr.essor.roadmap.indicators.domain.ValueToRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The bodies of the indicator API's writes. */
final class IndicatorRequests {

    private IndicatorRequests() {
    }

    /** A dated value; {@code year} defaults to the year of {@code valueDate}; no territory = the département. */
    record ValueRequest(@Bounds.Whole(min = Indicator.FIRST_YEAR, max = Indicator.LAST_YEAR) Integer year,
                        LocalDate valueDate,
                        @Bounds.Reference(Bounds.Codes.TERRITORY) String territoryCode,
                        @Bounds.Decimal(min = "0", max = Indicator.MAX_VALUE_TEXT,
                                decimals = Indicator.VALUE_DECIMALS) BigDecimal value,
                        @Bounds.Decimal(min = "0", max = Indicator.MAX_VALUE_TEXT,
                                decimals = Indicator.VALUE_DECIMALS) BigDecimal target,
                        @Bounds.Text(Indicator.MAX_SOURCE) String source,
                        @Bounds.Text(Indicator.MAX_COMMENT) String comment) {

        ValueToRecord toCommand() {
            return new ValueToRecord(year, valueDate, territoryCode == null || territoryCode.isBlank() ? null
                    : territoryCode, value, target, source, comment);
        }
    }

    record NewIndicatorRequest(@fr.essor.kit.apidocs.Bounds.Text(200) String name,
                               @fr.essor.kit.apidocs.Bounds.Text(ManagingIndicators.MAX_DESCRIPTION) String description,
                               @fr.essor.kit.apidocs.Bounds.Text(40) String unit, Periodicity periodicity,
                               boolean byTerritory,
                               @fr.essor.kit.apidocs.Bounds.Text(ManagingIndicators.MAX_SOURCE) String source,
                               Map<Integer, BigDecimal> targets) {

        ManagingIndicators.NewIndicator toCommand() {
            return new ManagingIndicators.NewIndicator(name, description, unit, periodicity, byTerritory, source,
                    targets);
        }
    }

    record TargetsRequest(Map<Integer, BigDecimal> targets) {
    }

    record RebuildView(long cleared, long replayed, java.util.List<Topic> topics) {
        record Topic(String topic, long records, long failed) {
        }
    }
}
