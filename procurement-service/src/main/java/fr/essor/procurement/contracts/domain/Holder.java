package fr.essor.procurement.contracts.domain;

import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A holder (titulaire) of a contract and its share of the amount, with what the organisation registry knew of it
 * when the contract was awarded.
 *
 * @param registered    whether the SIRET is in the registry of ESS organisations and inclusive employers
 * @param inclusionType its SIAE, EA or ESAT kind, {@code null} when it is none or unregistered
 * @param legalForm     its ESS legal form, {@code null} when unregistered
 */
public record Holder(String siret, String name, BigDecimal amount, boolean registered, InclusionType inclusionType,
                     LegalForm legalForm, boolean esus) {

    public Holder {
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amount, "amount");
    }

    /** Every organisation of the registry is an ESS organisation or an inclusive employer. */
    public boolean ess() {
        return registered;
    }

    public boolean isSiae() {
        return inclusionType != null && switch (inclusionType) {
            case ACI, AI, EI, ETTI, EITI -> true;
            case EA, ESAT -> false;
        };
    }

    public boolean isDisabilityEmployer() {
        return inclusionType == InclusionType.EA || inclusionType == InclusionType.ESAT;
    }
}
