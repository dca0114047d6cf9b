package fr.essor.funding.aaa.web;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationForm;
import fr.essor.funding.aaa.domain.Channel;
import fr.essor.funding.aaa.domain.Opinion;
import fr.essor.funding.aaa.domain.RequestedAmounts;
import fr.essor.funding.aaa.domain.WorkflowAction;
import fr.essor.kit.apidocs.Bounds;
import fr.essor.kit.organisations.domain.Siret;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the application API. */
final class ApplicationRequests {

    private ApplicationRequests() {
    }

    /** An application, typed in or imported; {@code organisation} is the SIRET or RNA of a registered organisation. */
    record Submission(@Bounds.Pattern(value = Siret.SIRET_OR_RNA, message = Siret.SIRET_OR_RNA_MESSAGE)
                      String organisation,
                      @Bounds.Text(ApplicationForm.MAX_TITLE) String title,
                      @Bounds.Text(ApplicationForm.MAX_SUMMARY) String summary,
                      @Bounds.Text(ApplicationForm.MAX_THEME) String theme, Amounts amounts,
                      @Bounds.Whole(min = 1, max = 2) Integer durationYears, List<String> communeInsees, Boolean qpv,
                      @Bounds.Amount(positive = true) BigDecimal projectBudget,
                      Boolean incubation,
                      @Schema(implementation = Channel.class, description = "PORTAL (par défaut) ou AGENT (une saisie)")
                      String channel,
                      @Schema(description = "Le jour où le dossier est parvenu au Département (date ISO), pour un "
                              + "dossier papier saisi après coup ; absent : aujourd'hui. Ni dans le futur, ni hors "
                              + "de l'ouverture de l'appel ; les délais se comptent depuis ce jour et aucune "
                              + "décision ne peut le précéder.", example = "2026-03-12")
                      LocalDate receivedOn) {

        ApplicationForm toForm() {
            Amounts a = amounts == null ? new Amounts(null, null, null, null) : amounts;
            return new ApplicationForm(title, summary, theme, new RequestedAmounts(a.firstYearOperating(),
                    a.firstYearInvestment(), a.secondYearOperating(), a.secondYearInvestment()), durationYears,
                    communeInsees, Boolean.TRUE.equals(qpv), projectBudget, Boolean.TRUE.equals(incubation));
        }
    }

    record Amounts(@Bounds.Amount BigDecimal firstYearOperating, @Bounds.Amount BigDecimal firstYearInvestment,
                   @Bounds.Amount BigDecimal secondYearOperating, @Bounds.Amount BigDecimal secondYearInvestment) {
    }

    /** A workflow step: {@code action} is a {@code WorkflowAction} code; votes add amount, reference and date. */
    record Transition(@Schema(allowableValues = { "DECLARE_ADMISSIBLE", "DECLARE_INADMISSIBLE", "START_REVIEW",
                              "REQUEST_CORRECTION", "RECEIVE_CORRECTION", "REQUEST_TERRITORY_OPINION",
                              "PROPOSE_FOR_VOTE" }, requiredMode = Schema.RequiredMode.REQUIRED,
                              description = "L'étape de l'instruction (le vote se saisit en séance, la convention et "
                                      + "les paiements sur le dossier de subvention : ici, 409 step.recordedElsewhere)")
                      String action, @Bounds.Text(Application.MAX_TEXT) String reason,
                      @Bounds.Amount(positive = true) BigDecimal amount,
                      @Bounds.Text(Application.MAX_REFERENCE) String decisionReference, LocalDate decidedOn) {
    }

    record Assignment(List<String> directorates) {
    }

    record ReviewRequest(Map<String, Integer> scores, @Bounds.Text(Application.MAX_TEXT) String internalComment,
                         @Bounds.Text(Application.MAX_TEXT) String sharedComment) {
    }

    record ConflictRequest(@Bounds.Text(Application.MAX_TEXT) String reason) {
    }

    record OpinionRequest(@Schema(implementation = Opinion.class, description = "L'avis de l'EPT") String opinion,
                          @Bounds.Text(Application.MAX_TEXT) String comment) {
    }
}
