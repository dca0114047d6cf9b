package fr.essor.kit.organisations.web;

import fr.essor.kit.apidocs.Bounds;
import fr.essor.kit.organisations.domain.OrganisationForm;
import fr.essor.kit.organisations.domain.Rna;
import fr.essor.kit.organisations.domain.Siret;
import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of {@code POST /api/organisations} and {@code PUT /api/organisations/{siretOrRna}}. */
@Schema(description = "Une structure de l'ESS : SIRET (14 chiffres, clé de Luhn) ou RNA (W + 9 chiffres)")
public record OrganisationRequest(
        @Schema(example = "73282932000074") @Bounds.Pattern(value = Siret.PATTERN,
                message = "Le numéro SIRET doit comporter 14 chiffres.") String siret,
        @Schema(example = "W931234567") @Bounds.Pattern(value = Rna.PATTERN,
                message = "Le numéro RNA commence par W suivi de 9 chiffres (ex. W931234567).") String rna,
        @Schema(example = "La Fabrique Solidaire") @Bounds.Text(200) String name,
        @Schema(example = "ASSOCIATION", allowableValues = {"ASSOCIATION", "COOPERATIVE", "SCIC", "SCOP",
                "FOUNDATION", "MUTUAL", "ESS_COMPANY"}) String legalForm,
        @Schema(example = "true") Boolean esus,
        @Schema(example = "ACI", allowableValues = {"ACI", "AI", "EI", "ETTI", "EITI", "EA", "ESAT"})
        String inclusionType,
        @Schema(example = "93066") @Bounds.Reference(Bounds.Codes.COMMUNE) String communeInsee) {

    OrganisationForm toForm() {
        return new OrganisationForm(siret, rna, name, legalForm, esus, inclusionType, communeInsee);
    }
}
