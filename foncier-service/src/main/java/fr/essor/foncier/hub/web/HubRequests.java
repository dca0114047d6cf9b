package fr.essor.foncier.hub.web;

import fr.essor.foncier.hub.domain.Space;
import fr.essor.foncier.hub.domain.OccupancyApplication;
import fr.essor.foncier.hub.domain.Building;
import fr.essor.kit.organisations.domain.Siret;
import fr.essor.kit.apidocs.Bounds;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.foncier.hub.application.HubOutcome;
import fr.essor.kit.domain.Violation;
import fr.essor.foncier.hub.domain.SpaceType;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The JSON bodies of the hub API, reading their values, and mapping the use cases' outcomes to problems. */
final class HubRequests {

    private HubRequests() {
    }

    record SpaceRequest(@Bounds.Text(Building.MAX_CODE) String buildingCode,
                        @fr.essor.kit.apidocs.Bounds.Text(200) String name,
                        @fr.essor.kit.apidocs.Bounds.Whole(min = 1, max = 10_000) Integer surface,
                        @fr.essor.kit.apidocs.Bounds.Text(50) String floor,
                        @Bounds.OneOf(SpaceType.class) String type,
                        List<String> equipment, Boolean accessible) {
    }

    /** A space described again: what {@link SpaceRequest} says but its building, which a space never changes. */
    record SpaceDescription(@fr.essor.kit.apidocs.Bounds.Text(200) String name,
                            @fr.essor.kit.apidocs.Bounds.Whole(min = 1, max = 10_000) Integer surface,
                            @fr.essor.kit.apidocs.Bounds.Text(50) String floor,
                            @Bounds.OneOf(SpaceType.class) String type,
                            List<String> equipment, Boolean accessible) {
    }

    record BuildingRequest(@fr.essor.kit.apidocs.Bounds.Text(200) String name, @fr.essor.kit.apidocs.Bounds.Whole(min = 1, max = 10_000) Integer surface,
                           @fr.essor.kit.apidocs.Bounds.Whole(min = 1, max = 20) Integer floors, @fr.essor.kit.apidocs.Bounds.Text(fr.essor.foncier.hub.domain.Building.TEXT_MAX) String accessibility,
                           @fr.essor.kit.apidocs.Bounds.Text(fr.essor.foncier.hub.domain.Building.TEXT_MAX) String notes) {
    }

    record AgreementRequest(@Bounds.Decimal(min = "0", max = Space.MAX_FEE, decimals = 2)
                            java.math.BigDecimal feePerSquareMetreMonth,
                            @Bounds.Text(Space.MAX_RULES) String rules) {
    }

    record SignatureRequest(@Bounds.Text(Space.MAX_SIGNATORY) String signatory, @Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE) String signedOn) {
    }

    record AllocationRequest(@Bounds.Pattern(value = OccupancyApplication.ID_PATTERN,
            message = "Indiquez le numéro d'une candidature (ex. CAND-2026-0004).") String applicationId,
                             @Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE) String startDate,
                             @Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE) String endDate) {
    }

    record VacatingRequest(@Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE) String lastDay) {
    }

    record CallRequest(@fr.essor.kit.apidocs.Bounds.Text(200) String title,
                       @fr.essor.kit.apidocs.Bounds.Text(4000) String description, List<String> spaceTypes,
                       List<String> criteria,
                       @Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE) String deadline) {
    }

    record ApplicationRequest(@Bounds.Pattern(value = Siret.SIRET_OR_RNA,
            message = Siret.SIRET_OR_RNA_MESSAGE) String organisationId,
                              @Bounds.Text(OccupancyApplication.MAX_TITLE) String title,
                              @Bounds.Text(OccupancyApplication.MAX_TEXT) String intendedUse,
                              @Bounds.OneOf(SpaceType.class) String wishedType,
                              @Bounds.Whole(min = 1, max = OccupancyApplication.MAX_SURFACE) Integer wishedSurface,
                              @Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE) String startDate,
                              @Bounds.Whole(min = 1, max = OccupancyApplication.MAX_MONTHS) Integer durationMonths,
                              @Bounds.Text(OccupancyApplication.MAX_TEXT) String contribution,
                              Boolean joinsCooperative) {
    }

    record DecisionRequest(@io.swagger.v3.oas.annotations.media.Schema(allowableValues = { "SELECTED", "WAITING_LIST",
            "REJECTED" }) String status,
                           @Bounds.Text(OccupancyApplication.MAX_TEXT) String note) {
    }

    static <T> T result(HubOutcome<T> outcome) {
        return switch (outcome) {
            case HubOutcome.Done<T> done -> done.result();
            case HubOutcome.Rejected<T> rejected -> throw invalid(rejected.refusals());
            case HubOutcome.Unknown<T> unknown -> throw new NotFoundException(
                    "Rien au pôle sous la référence " + unknown.what() + ".");
        };
    }

    static InvalidCommandException invalid(List<Violation> refusals) {
        return new InvalidCommandException(refusals.stream().toList());
    }

    static void check(List<Violation> refusals) {
        if (!refusals.isEmpty()) {
            throw invalid(refusals);
        }
    }

    /** An ISO date ({@code 2026-09-01}) or a French one ({@code 01/09/2026}); blank is {@code null}. */
    static LocalDate date(String field, String value, List<Violation> refusals) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return FrenchFormat.parseDate(text);
        } catch (DateTimeParseException e) {
            refusals.add(new Violation(field, field + ".format", "Date invalide : « " + text + " » (jj/mm/aaaa)."));
            return null;
        }
    }

    static SpaceType type(String field, String value, List<Violation> refusals) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return SpaceType.parse(value).orElseGet(() -> {
            refusals.add(new Violation(field, field + ".unknown", "Type d'espace inconnu : " + value + "."));
            return null;
        });
    }

    static Set<SpaceType> types(List<String> values, List<Violation> refusals) {
        Set<SpaceType> types = EnumSet.noneOf(SpaceType.class);
        for (String value : values == null ? List.<String>of() : values) {
            SpaceType type = type("spaceTypes", value, refusals);
            if (type != null) {
                types.add(type);
            }
        }
        return types;
    }

    static List<String> lines(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
    }
}
