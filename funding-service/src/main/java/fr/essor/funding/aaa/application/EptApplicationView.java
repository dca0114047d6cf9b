package fr.essor.funding.aaa.application;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationDetails;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.aaa.domain.Decision;
import fr.essor.funding.aaa.domain.Opinion;
import fr.essor.funding.aaa.domain.TerritoryOpinion;
import fr.essor.kit.reference.Commune;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as an EPT may read it: the project (its organisation is a legal entity), what it asks for, where,
 * its status, this territory's own opinion and the assembly's decision. Never the instructors' scores, comments or
 * conflicts of interest, the history, nor the usernames of agents.
 *
 * @param opinionRequested whether the application waits for this territory's opinion
 * @param opinionUrl       where to give it while requested ({@code PUT}, operation {@code giveEptOpinion})
 */
public record EptApplicationView(String id, int callYear, String organisationId, String organisationName, String title,
                          String summary, String theme, Amounts requested, int durationYears,
                          List<String> communeInsees, List<String> territoryCodes, boolean qpv,
                          ApplicationStatus status,
                          String statusLabel, boolean opinionRequested, String opinionUrl, OpinionView opinion,
                          DecisionView decision, Instant submittedAt, Instant changedAt) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "EptAmounts")
    record Amounts(BigDecimal firstYearOperating, BigDecimal firstYearInvestment, BigDecimal secondYearOperating,
                   BigDecimal secondYearInvestment) {
    }

    /** This territory's opinion, given by its account or recorded on its behalf by an agent. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "EptOpinionView")
    record OpinionView(Opinion opinion, String comment, boolean recordedByAgent, Instant at) {
    }

    /** The assembly's vote: the amount granted, the deliberation and its date. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "EptDecisionView")
    record DecisionView(boolean granted, BigDecimal amount, String reference, LocalDate decidedOn) {
    }

    public static EptApplicationView of(Application application, String territoryCode) {
        ApplicationDetails d = application.details();
        TerritoryOpinion given = application.opinionOf(territoryCode).orElse(null);
        boolean requested = application.status() == ApplicationStatus.TERRITORY_OPINION_REQUESTED && given == null;
        Decision decision = application.decision().orElse(null);
        return new EptApplicationView(application.id(), application.callYear(), d.organisationId(),
                d.organisationName(), d.title(), d.summary(), d.theme(), new Amounts(d.amounts().firstYearOperating(),
                d.amounts().firstYearInvestment(), d.amounts().secondYearOperating(),
                d.amounts().secondYearInvestment()), d.durationYears(),
                d.communes().stream().map(Commune::inseeCode).toList(), d.territoryCodes(), d.qpv(),
                application.status(), application.status().label(), requested,
                requested ? "/api/ept/" + territoryCode + "/applications/" + application.id() + "/opinion" : null,
                given == null ? null : new OpinionView(given.opinion(), given.comment(),
                        given.recordedByAgent(), given.at()),
                decision == null ? null : new DecisionView(decision.granted(), decision.amount(),
                        decision.reference(), decision.decidedOn()),
                application.submittedAt(), application.updatedAt());
    }
}
