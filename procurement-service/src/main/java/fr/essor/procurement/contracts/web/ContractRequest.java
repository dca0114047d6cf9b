package fr.essor.procurement.contracts.web;

import fr.essor.procurement.contracts.domain.BuyerDirectorate;
import fr.essor.procurement.contracts.domain.CpvCode;
import fr.essor.kit.apidocs.Bounds;
import fr.essor.procurement.contracts.domain.ContractForm;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON body of {@code POST /api/contracts}. */
@Schema(description = "Un marché ou un lot, avant consultation")
public record ContractRequest(
        @Schema(example = "2026-0117") @Bounds.Text(12) String reference,
        @Schema(example = "2", description = "Numéro de lot, vide pour un marché sans lots")
        @Bounds.Whole(min = 1, max = 99) Integer lot,
        @Schema(example = "Entretien des espaces verts des collèges du nord du département") @Bounds.Text(300)
        String object,
        @Schema(example = "OPEN_TENDER", allowableValues = {"ADAPTED", "OPEN_TENDER", "RESTRICTED_TENDER",
                "NEGOTIATED", "WITHOUT_COMPETITION", "COMPETITIVE_DIALOGUE"}) String procedure,
        @Schema(example = "77310000-6") @Bounds.Pattern(value = CpvCode.PATTERN,
        message = "Le code CPV comporte 8 chiffres, suivis éventuellement d'un tiret et de la clé (ex. 77310000-6).")
        String cpvCode,
        @Schema(example = "190000.00", description = "Montant estimé, en euros HT") @Bounds.Amount(positive = true)
        BigDecimal estimatedAmount,
        @Schema(example = "36") @Bounds.Whole(min = 1, max = 600) Integer durationMonths,
        @Schema(example = "2026-05-01") LocalDate startOn,
        @Schema(example = "DBL") @Bounds.Pattern(value = BuyerDirectorate.PATTERN,
        message = "Indiquez le sigle de la direction acheteuse, en capitales (ex. DIEESS, DBL).")
        String buyerDirectorate,
        @Schema(example = "93066", description = "Code INSEE du lieu d'exécution, absent pour tout le département")
        @Bounds.Reference(Bounds.Codes.COMMUNE) String executionCommune,
        @Schema(example = "L2113-13", allowableValues = {"NONE", "L2113-12", "L2113-13", "L2113-15"})
        String reservation,
        @Schema(example = "[\"SOCIAL_CLAUSE\"]", description = "SOCIAL_CLAUSE, SOCIAL_CRITERION, RESERVED_CONTRACT")
        List<String> socialConsiderations,
        @Schema(example = "[\"ENVIRONMENTAL_CLAUSE\"]",
                description = "ENVIRONMENTAL_CLAUSE, ENVIRONMENTAL_CRITERION") List<String> environmentalConsiderations,
        @Schema(example = "2400") @Bounds.Whole(min = 0, max = 1_000_000) Integer insertionHoursPlanned,
        @Schema(example = "SUPPLIES_AND_SERVICES", allowableValues = {"WORKS", "PROJECT_MANAGEMENT",
                "SUPPLIES_AND_SERVICES", "INDUSTRIAL", "INTELLECTUAL_SERVICES", "IT_AND_COMMUNICATION", "NONE"})
        String ccag,
        @Schema(example = "UNIT", allowableValues = {"UNIT", "FLAT", "MIXED"}) String priceForm,
        @Schema(example = "false") Boolean frameworkAgreement) {

    ContractForm toForm() {
        return new ContractForm(reference, lot, object, procedure, cpvCode, estimatedAmount, durationMonths, startOn,
                buyerDirectorate, executionCommune, reservation, socialConsiderations, environmentalConsiderations,
                insertionHoursPlanned, ccag, priceForm, frameworkAgreement);
    }
}
