package fr.essor.funding.scic.web;

import fr.essor.funding.scic.domain.StakeChange;
import fr.essor.kit.apidocs.Bounds;
import fr.essor.kit.organisations.domain.Siret;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON bodies of the SCIC portfolio API. */
final class StakeRequests {

    private StakeRequests() {
    }

    /** A new stake, or the figures of a stake to complete ({@code scicName} ignored then). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "StakeAcquisition")
    record Acquisition(@Bounds.Text(200) String scicName,
                       @Bounds.Pattern(value = Siret.SIRET_OR_RNA, message = Siret.SIRET_OR_RNA_MESSAGE)
                       String organisation,
                       @Bounds.Whole(min = 1, max = 1_000_000_000) Long shares,
                       @Bounds.Amount(positive = true) BigDecimal capitalHeld,
                       @Bounds.Amount(positive = true) BigDecimal scicCapital, LocalDate acquiredOn,
                       @Bounds.Text(100) String deliberationReference) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "StakeChange")
    record Change(@Bounds.OneOf(StakeChange.class) String change, @Bounds.Whole(min = 1, max = 1_000_000_000) Long shares,
                  @Bounds.Amount(positive = true) BigDecimal capitalHeld,
                  @Bounds.Amount(positive = true) BigDecimal scicCapital, LocalDate changedOn,
                  @Bounds.Text(100) String deliberationReference) {
    }

    record Sale(LocalDate soldOn, @Bounds.Amount BigDecimal saleAmount, @Bounds.Text(100) String deliberationReference) {
    }

    record Governance(@Bounds.Text(200) String representative, @Bounds.Text(200) String college) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "StakeGeneralMeeting")
    record Meeting(LocalDate heldOn, @Bounds.Text(4000) String resolutions, @Bounds.Amount BigDecimal revenue,
                   @Bounds.SignedAmount BigDecimal result, @Bounds.SignedAmount BigDecimal equity) {
    }
}
