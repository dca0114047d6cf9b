package fr.essor.procurement.suppliers.web;

import fr.essor.kit.organisations.domain.OrganisationDetails;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.suppliers.domain.Supplier;
import fr.essor.procurement.suppliers.domain.SupplierDetails;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier as the API shows it.
 *
 * @param contracts the contracts it holds; only on a single supplier's read, {@code null} in lists
 */
public record SupplierView(String siret, String name, String legalForm, String inclusionType, boolean esus,
                           List<String> categories, String communeInsee, String communeName, String territoryCode,
                           List<String> sectors, List<String> territories, Integer workforce,
                           BigDecimal maxContractAmount, String description, long version, Instant updatedAt,
                           String updatedBy, List<HeldContract> contracts) {

    public record HeldContract(String id, String object, String reservation, BigDecimal amount,
                               LocalDate notifiedOn) {
    }

    static SupplierView of(Supplier supplier, List<Contract> held) {
        OrganisationDetails o = supplier.organisation().details();
        SupplierDetails d = supplier.profile().details();
        return new SupplierView(supplier.siret(), o.name(), o.legalForm().name(),
                o.inclusionType() == null ? null : o.inclusionType().name(), o.esus(),
                supplier.categories().stream().map(Enum::name).sorted().toList(), o.commune().inseeCode(),
                o.commune().name(), o.commune().territory().code(), d.sectors(), d.territories(), d.workforce(),
                d.maxContractAmount(), d.description(), supplier.profile().version(), supplier.profile().updatedAt(),
                supplier.profile().updatedBy(), held == null ? null : held.stream()
                .map(c -> new HeldContract(c.id(), c.terms().object(), c.terms().reservation().code(),
                        c.award().holders().stream().filter(h -> h.siret().equals(supplier.siret()))
                                .map(h -> h.amount()).findFirst().orElse(null), c.award().notifiedOn()))
                .toList());
    }
}
