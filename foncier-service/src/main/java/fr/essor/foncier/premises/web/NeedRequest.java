package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.domain.NeedStatus;
import fr.essor.kit.organisations.domain.Siret;
import fr.essor.kit.apidocs.Bounds;
import fr.essor.foncier.premises.domain.NeedForm;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The JSON body of {@code POST /api/premises/needs} and {@code PUT /api/premises/needs/{id}}. */
@Schema(description = "Le besoin de locaux d'une structure enregistrée (SIRET ou RNA)")
record NeedRequest(
        @Schema(example = "W931004567") @Bounds.Pattern(value = Siret.SIRET_OR_RNA,
            message = Siret.SIRET_OR_RNA_MESSAGE) String organisationId,
        @Schema(example = "[\"WORKSHOP\", \"STORAGE\"]",
                description = "OFFICES, WORKSHOP, SHOP, STORAGE, THIRD_PLACE, HALL") List<String> usages,
        @Schema(example = "120") @Bounds.Whole(min = 1, max = 100_000) Integer surfaceMin,
        @Schema(example = "250") @Bounds.Whole(min = 1, max = 100_000) Integer surfaceMax,
        @Schema(example = "[\"93048\"]") List<String> communeInsees,
        @Schema(example = "[\"T8\"]") List<String> territoryCodes,
        @Schema(example = "90.00", description = "€/m²/an hors charges") @Bounds.Amount BigDecimal maxRentPerSquareMetre,
        @Schema(example = "2026-09-01") @Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE) String neededFrom,
        @Schema(example = "EITHER", allowableValues = {"TEMPORARY", "LONG_TERM", "EITHER"}) String tenure,
        @Schema(example = "24") @Bounds.Whole(min = 1, max = 600) Integer durationMonths,
        Boolean accessibilityRequired,
        Boolean erpRequired,
        @Bounds.Text(2000) String notes,
        @Schema(description = "Modification seulement : OPEN, IN_CONTACT, SATISFIED, ABANDONED")
        @Bounds.OneOf(NeedStatus.class) String status) {

    NeedForm toForm() {
        return new NeedForm(organisationId, usages, text(surfaceMin), text(surfaceMax), communeInsees, territoryCodes,
                maxRentPerSquareMetre == null ? null : maxRentPerSquareMetre.toPlainString(), neededFrom, tenure,
                text(durationMonths), Boolean.TRUE.equals(accessibilityRequired), Boolean.TRUE.equals(erpRequired),
                notes);
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
