package fr.essor.procurement.contracts.web;

import fr.essor.kit.apidocs.Bounds;

import fr.essor.procurement.contracts.domain.AwardForm;
import fr.essor.procurement.contracts.domain.HolderLine;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON body of {@code POST /api/contracts/{id}/award}. */
@Schema(description = "L'attribution d'un marché à un ou plusieurs titulaires")
public record AwardRequest(List<HolderRequest> holders,
                           @Schema(example = "2026-04-03") LocalDate notifiedOn,
                           @Schema(example = "3") @Bounds.Whole(min = 1, max = AwardForm.MAX_OFFERS)
                           Integer offersReceived,
                           @Schema(example = "NONE", allowableValues = {"NONE", "JOINT", "JOINT_AND_SEVERAL"})
                           String grouping,
                           @Schema(example = "false") Boolean subcontractingDeclared) {

    /** A holder: a SIRET of the registry (the name is only needed for a company outside it) and its amount. */
    public record HolderRequest(@Schema(example = "44306184100047") String siret,
                                @Schema(example = "Espaces verts solidaires 93") String name,
                                @Schema(example = "184500.00") BigDecimal amount) {
    }

    AwardForm toForm() {
        return new AwardForm(holders == null ? null : holders.stream()
                .map(h -> h == null ? null : new HolderLine(h.siret(), h.name(), h.amount())).toList(),
                notifiedOn, offersReceived, grouping, subcontractingDeclared);
    }
}
