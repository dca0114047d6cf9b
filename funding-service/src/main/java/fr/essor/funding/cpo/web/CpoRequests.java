package fr.essor.funding.cpo.web;

import fr.essor.funding.cpo.domain.Objective;
import fr.essor.funding.cpo.domain.YearlyAmount;

import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.funding.cpo.domain.Cpo;
import fr.essor.kit.apidocs.Bounds;
import fr.essor.kit.organisations.domain.Siret;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the CPO API. */
final class CpoRequests {

    private CpoRequests() {
    }

    /** {@code organisation}: SIRET or RNA; {@code leadDirectorate}: DMTA, DIEESS, DJVA or DTER. */
    record NewCpo(@Bounds.Pattern(value = Siret.SIRET_OR_RNA, message = Siret.SIRET_OR_RNA_MESSAGE)
                  String organisation,
                  @Bounds.OneOf(Directorate.class) String leadDirectorate, @Bounds.Text(300) String title,
                  List<Objective> objectives, List<YearlyAmount> years, @Bounds.Text(100) String decisionReference,
                  LocalDate decidedOn) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CpoSignature")
    record Signature(LocalDate signedOn) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CpoReview")
    record Review(@Bounds.Whole(min = 1990, max = 2100) Integer year, LocalDate reviewedOn, Boolean favourable,
                  @Bounds.Text(Cpo.MAX_COMMENT) String comment) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CpoPaymentRequest")
    record PaymentRequest(@Bounds.Whole(min = 1, max = Cpo.MAX_INSTALMENT) Integer instalment,
                          @Bounds.Amount(positive = true) BigDecimal amount, LocalDate paidOn) {
    }
}
