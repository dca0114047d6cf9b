package fr.essor.procurement.contracts.domain;

import fr.essor.kit.reference.Commune;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What the buyer decided before tendering a contract (or one of its lots), every field already checked
 * (see {@link ContractForm}).
 *
 * @param executionCommune where it is mainly executed, {@code null} when it covers the whole département
 * @param lot              the lot number, {@code null} for a contract without lots
 */
public record ContractTerms(String reference, Integer lot, String object, Procedure procedure, CpvCode cpvCode,
                            BigDecimal estimatedAmount, int durationMonths, LocalDate startOn,
                            String buyerDirectorate, Commune executionCommune, Reservation reservation,
                            Set<SocialConsideration> socialConsiderations,
                            Set<EnvironmentalConsideration> environmentalConsiderations, int insertionHoursPlanned,
                            Ccag ccag, PriceForm priceForm, boolean frameworkAgreement) {

    /** The shape of a contract's id: its reference (12 characters at most), then {@code -L} and its lot if any. */
    public static final String ID_PATTERN = "[A-Za-z0-9_-]{1,16}";

    public ContractTerms {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(cpvCode, "cpvCode");
        Objects.requireNonNull(estimatedAmount, "estimatedAmount");
        Objects.requireNonNull(startOn, "startOn");
        Objects.requireNonNull(buyerDirectorate, "buyerDirectorate");
        Objects.requireNonNull(reservation, "reservation");
        Objects.requireNonNull(ccag, "ccag");
        Objects.requireNonNull(priceForm, "priceForm");
        socialConsiderations = Set.copyOf(socialConsiderations);
        environmentalConsiderations = Set.copyOf(environmentalConsiderations);
    }

    /** The contract's id: its reference, and {@code -L<n>} for a lot. At most 16 characters, as the DECP wants. */
    public String contractId() {
        return lot == null ? reference : reference + "-L" + lot;
    }

    public boolean hasInsertionClause() {
        return socialConsiderations.contains(SocialConsideration.SOCIAL_CLAUSE);
    }

    /** The territory (EPT) code where it is executed, {@code null} for the whole département. */
    public String territoryCode() {
        return executionCommune == null ? null : executionCommune.territory().code();
    }
}
