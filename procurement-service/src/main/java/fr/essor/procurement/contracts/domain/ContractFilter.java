package fr.essor.procurement.contracts.domain;

/** Filters of the contract list; a null filter lets everything through. */
public record ContractFilter(ContractStatus status, Reservation reservation, String buyerDirectorate) {

    public static ContractFilter none() {
        return new ContractFilter(null, null, null);
    }
}
