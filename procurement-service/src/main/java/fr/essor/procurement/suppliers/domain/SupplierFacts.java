package fr.essor.procurement.suppliers.domain;

import java.util.Comparator;
import java.util.List;

/** What the other services reported of one organisation: its grants (latest year first) and its premises. */
public record SupplierFacts(List<SupplierGrant> grants, List<SupplierPremises> premises) {

    public SupplierFacts {
        grants = grants.stream().sorted(Comparator.comparingInt(SupplierGrant::year).reversed()
                .thenComparing(SupplierGrant::applicationId)).toList();
        premises = premises.stream().sorted(Comparator.comparing(SupplierPremises::startDate,
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(SupplierPremises::leaseId)).toList();
    }

    public static SupplierFacts none() {
        return new SupplierFacts(List.of(), List.of());
    }
}
