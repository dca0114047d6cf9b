package fr.essor.funding.opendata.application;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.Decision;
import fr.essor.funding.grants.domain.GrantFile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One row of the SCDL « subventions » 2.1.1 open-data file: a grant voted on an application, with its agreement and
 * payments when the grant file has them. The values are already in the standard's formats.
 */
public record ScdlSubvention(String nomAttribuant, String idAttribuant, String dateConvention,
                             String referenceDecision, String nomBeneficiaire, String idBeneficiaire,
                             String rnaBeneficiaire, String objet, String montant, String nature,
                             String conditionsVersement, String datesPeriodeVersement, String idRAE,
                             String notificationUE, String pourcentageSubvention, String dispositifAide) {

    /** The standard's 16 columns, in order. */
    public static final List<String> COLUMNS = List.of("nomAttribuant", "idAttribuant", "dateConvention",
            "referenceDecision", "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire", "objet", "montant",
            "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE",
            "pourcentageSubvention", "dispositifAide");

    private static final int MAX_OBJET = 255;

    /**
     * The row of a granted application. The convention date is the signature's, or the vote's while the agreement is
     * not signed; the payment period runs from the first to the last payment made, or, before any, over the planned
     * duration of the agreement (to its last payment once settled). One beneficiary per grant, so {@code pourcentageSubvention} is 1; Appel à Agir grants
     * are not notified to the European Commission.
     */
    public static ScdlSubvention of(Application application, GrantFile file, String grantorName,
                                    String grantorSiret) {
        Decision decision = application.decision().filter(Decision::granted).orElseThrow(() ->
                new IllegalArgumentException(application.id() + " has no granting decision"));
        String organisationId = application.details().organisationId();
        LocalDate convention = file.signedOn().orElse(decision.decidedOn());
        LocalDate plannedEnd = convention.plusYears(file.durationYears());
        LocalDate from = file.firstPaymentOn().orElse(convention);
        LocalDate to = file.settled() ? file.lastPaymentOn().orElse(plannedEnd)
                : file.lastPaymentOn().filter(last -> last.isAfter(plannedEnd)).orElse(plannedEnd);
        String objet = application.details().title();
        if (objet.length() > MAX_OBJET) {
            objet = objet.substring(0, MAX_OBJET - 1) + "…";
        }
        return new ScdlSubvention(grantorName, grantorSiret, convention.toString(), decision.reference(),
                application.details().organisationName(), organisationId.matches("\\d{14}") ? organisationId : "",
                organisationId.matches("W\\d{9}") ? organisationId : "", objet, number(decision.amount()),
                "aide en numéraire", file.schedule().staged() ? "échelonné" : "unique",
                from.equals(to) ? from.toString() : from + "/" + to, "", "non", "1",
                "Appel à Agir In Seine-Saint-Denis " + application.callYear());
    }

    public List<String> values() {
        return List.of(nomAttribuant, idAttribuant, dateConvention, Optional.ofNullable(referenceDecision).orElse(""),
                nomBeneficiaire, idBeneficiaire, rnaBeneficiaire, objet, montant, nature, conditionsVersement,
                datesPeriodeVersement, idRAE, notificationUE, pourcentageSubvention, dispositifAide);
    }

    /** Euros with a decimal point and no useless zeros: {@code 15000.5}, {@code 12000}. */
    private static String number(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
