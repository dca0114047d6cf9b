package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.domain.OfferStatus;
import fr.essor.kit.apidocs.Bounds;
import fr.essor.foncier.premises.domain.OfferForm;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The JSON body of {@code POST /api/premises/offers} and {@code PUT /api/premises/offers/{id}}. */
@Schema(description = "Des locaux proposés par un propriétaire")
record OfferRequest(
        @Schema(example = "SOCIAL_LANDLORD",
                allowableValues = {"SOCIAL_LANDLORD", "EPT", "COMMUNE", "DEPARTEMENT", "PRIVATE_OWNER"})
        String ownerType,
        @Schema(example = "Seine-Saint-Denis Habitat") @Bounds.Text(200) String ownerName,
        @Schema(example = "12 rue de la Révolution, rez-de-chaussée") @Bounds.Text(300) String address,
        @Schema(example = "93048") @Bounds.Reference(Bounds.Codes.COMMUNE) String communeInsee,
        @Schema(example = "180") @Bounds.Whole(min = 1, max = 100_000) Integer surface,
        @Schema(example = "[\"WORKSHOP\", \"STORAGE\"]") List<String> allowedUsages,
        @Schema(example = "80.00", description = "€/m²/an hors charges") @Bounds.Amount BigDecimal rentPerSquareMetre,
        @Schema(example = "2026-07-01") @Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE) String availableFrom,
        @Schema(description = "Occupation temporaire seulement") @Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE)
        String availableUntil,
        @Schema(example = "LONG_TERM", allowableValues = {"TEMPORARY", "LONG_TERM"}) String tenure,
        @Schema(example = "5", description = "1 à 5 ; absent si les locaux ne reçoivent pas de public")
        @Bounds.Whole(min = 1, max = 5) Integer erpCategory,
        Boolean accessible,
        @Bounds.Text(2000) String notes,
        @Schema(description = "Modification seulement : AVAILABLE, UNDER_OFFER, LET, WITHDRAWN")
        @Bounds.OneOf(OfferStatus.class) String status) {

    OfferForm toForm() {
        return new OfferForm(ownerType, ownerName, address, communeInsee, surface == null ? null : surface.toString(),
                allowedUsages, rentPerSquareMetre == null ? null : rentPerSquareMetre.toPlainString(), availableFrom,
                availableUntil, tenure, erpCategory == null ? null : erpCategory.toString(),
                Boolean.TRUE.equals(accessible), notes);
    }
}
