package fr.essor.funding.cpo.web;

import fr.essor.funding.cpo.domain.Objective;
import fr.essor.funding.cpo.domain.YearlyAmount;

import fr.essor.kit.apidocs.Bounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the CPO API. */
final class CpoRequests {

    private CpoRequests() {
    }

    /** {@code organisation}: SIRET or RNA; {@code leadDirectorate}: DMTA, DIEESS, DJVA or DTER. */
    record NewCpo(String organisation, String leadDirectorate, @Bounds.Text(300) String title,
                  List<Objective> objectives, List<YearlyAmount> years, @Bounds.Text(100) String decisionReference,
                  LocalDate decidedOn) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CpoSignature")
    record Signature(LocalDate signedOn) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CpoReview")
    record Review(Integer year, LocalDate reviewedOn, Boolean favourable, String comment) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CpoPaymentRequest")
    record PaymentRequest(Integer instalment, BigDecimal amount, LocalDate paidOn) {
    }
}
