package fr.essor.procurement.suppliers.web;

import fr.essor.kit.apidocs.Bounds;

import fr.essor.procurement.suppliers.domain.SupplierProfileForm;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The JSON body of {@code PUT /api/suppliers/{siret}}. */
@Schema(description = "Ce qu'un fournisseur de l'ESS propose : secteurs (divisions CPV), territoires, capacité")
public record SupplierProfileRequest(@Schema(example = "[\"77\", \"90\"]") List<String> sectors,
                                     @Schema(example = "[\"T6\", \"T7\"]") List<String> territories,
                                     @Schema(example = "35", description = "Effectif (ETP)")
                                     @Bounds.Whole(min = 0, max = SupplierProfileForm.MAX_WORKFORCE)
                                     Integer workforce,
                                     @Schema(example = "250000.00",
                                             description = "Montant maximal d'un marché qu'il peut prendre, en € HT")
                                     @Bounds.Amount(positive = true) BigDecimal maxContractAmount,
                                     @Schema(example = "Chantier d'insertion : espaces verts, propreté urbaine")
                                     @Bounds.Text(SupplierProfileForm.MAX_DESCRIPTION) String description) {

    SupplierProfileForm toForm() {
        return new SupplierProfileForm(sectors, territories, workforce, maxContractAmount, description);
    }
}
