package fr.essor.procurement.suppliers.web;

import fr.essor.kit.organisations.domain.OrganisationDetails;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Communes;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.suppliers.domain.Supplier;
import fr.essor.procurement.suppliers.domain.SupplierDetails;
import fr.essor.procurement.suppliers.domain.SupplierFacts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier as the API shows it.
 *
 * @param contracts the contracts it holds; only on a single supplier's read, {@code null} in lists
 * @param grants    the grants funding reported (latest year first); only on a single supplier's read
 * @param premises  the premises foncier reported it leased; only on a single supplier's read
 */
public record SupplierView(String siret, String name, String legalForm, String inclusionType, boolean esus,
                           List<String> categories, String communeInsee, String communeName, String territoryCode,
                           List<String> sectors, List<String> territories, Integer workforce,
                           BigDecimal maxContractAmount, String description, long version, Instant updatedAt,
                           String updatedBy, List<HeldContract> contracts, List<GrantView> grants,
                           List<PremisesView> premises) {

    public record HeldContract(String id, String object, String reservation, BigDecimal amount,
                               LocalDate notifiedOn) {
    }

    public record GrantView(String applicationId, int year, String projectTitle, BigDecimal amount,
                            LocalDate decidedOn) {
    }

    public record PremisesView(String leaseId, BigDecimal surface, String communeInsee, String communeName,
                               LocalDate startDate, LocalDate endDate) {
    }

    static SupplierView of(Supplier supplier, List<Contract> held) {
        return of(supplier, held, null, null);
    }

    static SupplierView of(Supplier supplier, List<Contract> held, SupplierFacts facts, Communes communes) {
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
                .toList(), facts == null ? null : facts.grants().stream()
                .map(g -> new GrantView(g.applicationId(), g.year(), g.projectTitle(), g.amount(), g.decidedOn()))
                .toList(), facts == null ? null : facts.premises().stream()
                .map(p -> new PremisesView(p.leaseId(), p.surface(), p.communeInsee(), communes
                        .find(p.communeInsee()).map(Commune::name).orElse(null), p.startDate(), p.endDate()))
                .toList());
    }
}
