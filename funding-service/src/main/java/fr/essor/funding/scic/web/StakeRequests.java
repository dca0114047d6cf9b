package fr.essor.funding.scic.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON bodies of the SCIC portfolio API. */
final class StakeRequests {

    private StakeRequests() {
    }

    /** A new stake, or the figures of a stake to complete ({@code scicName} ignored then). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "StakeAcquisition")
    record Acquisition(String scicName, String organisation, Long shares, BigDecimal capitalHeld,
                       BigDecimal scicCapital, LocalDate acquiredOn, String deliberationReference) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "StakeChange")
    record Change(String change, Long shares, BigDecimal capitalHeld, BigDecimal scicCapital, LocalDate changedOn,
                  String deliberationReference) {
    }

    record Sale(LocalDate soldOn, BigDecimal saleAmount, String deliberationReference) {
    }

    record Governance(String representative, String college) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "StakeGeneralMeeting")
    record Meeting(LocalDate heldOn, String resolutions, BigDecimal revenue, BigDecimal result, BigDecimal equity) {
    }
}
