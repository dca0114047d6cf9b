package fr.essor.procurement.contracts.web;

import fr.essor.kit.apidocs.Bounds;

import fr.essor.procurement.contracts.domain.ModificationForm;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON body of {@code POST /api/contracts/{id}/modifications}. */
@Schema(description = "Une modification (avenant) d'un marché attribué : nouvelle durée, nouveau montant, ou les deux")
public record ModificationRequest(@Schema(example = "2026-09-15") LocalDate notifiedOn,
                                  @Schema(example = "42") @Bounds.Whole(min = 1, max = 600) Integer durationMonths,
                                  @Schema(example = "201000.00") @Bounds.Amount(positive = true) BigDecimal amount,
                                  @Schema(example = "Ajout de deux collèges au périmètre") @Bounds.Text(500)
                                  String reason) {

    ModificationForm toForm() {
        return new ModificationForm(notifiedOn, durationMonths, amount, reason);
    }
}
