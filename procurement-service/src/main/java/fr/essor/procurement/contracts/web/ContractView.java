package fr.essor.procurement.contracts.web;

import fr.essor.procurement.contracts.domain.Award;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractTerms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contract as the API shows it. */
public record ContractView(String id, String reference, Integer lot, String object, String procedure,
                           String cpvCode, BigDecimal estimatedAmount, int durationMonths, LocalDate startOn,
                           String buyerDirectorate, String executionCommune, String territoryCode,
                           String reservation, List<String> socialConsiderations,
                           List<String> environmentalConsiderations, int insertionHoursPlanned, String ccag,
                           String priceForm, boolean frameworkAgreement, String status, AwardView award,
                           List<ModificationView> modifications, BigDecimal currentAmount,
                           int currentDurationMonths, long version, Instant createdAt, String createdBy,
                           Instant updatedAt, String updatedBy) {

    public record AwardView(List<HolderView> holders, BigDecimal amount, LocalDate notifiedOn, int offersReceived,
                            String grouping, boolean subcontractingDeclared, LocalDate publishedOn,
                            Instant awardedAt, String awardedBy) {
    }

    public record HolderView(String siret, String name, BigDecimal amount, boolean ess, String inclusionType,
                             String legalForm, boolean esus) {
    }

    public record ModificationView(int number, LocalDate notifiedOn, LocalDate publishedOn, Integer durationMonths,
                                   BigDecimal amount, String reason, Instant recordedAt, String recordedBy) {
    }

    static ContractView of(Contract contract) {
        ContractTerms t = contract.terms();
        Award a = contract.award();
        AwardView award = a == null ? null : new AwardView(a.holders().stream()
                .map(h -> new HolderView(h.siret(), h.name(), h.amount(), h.ess(),
                        h.inclusionType() == null ? null : h.inclusionType().name(),
                        h.legalForm() == null ? null : h.legalForm().name(), h.esus()))
                .toList(), a.amount(), a.notifiedOn(), a.offersReceived(), a.grouping().name(),
                a.subcontractingDeclared(), a.publishedOn(), a.awardedAt(), a.awardedBy());
        return new ContractView(contract.id(), t.reference(), t.lot(), t.object(), t.procedure().name(),
                t.cpvCode().value(), t.estimatedAmount(), t.durationMonths(), t.startOn(), t.buyerDirectorate(),
                t.executionCommune() == null ? null : t.executionCommune().inseeCode(), t.territoryCode(),
                t.reservation().code(), t.socialConsiderations().stream().sorted().map(Enum::name).toList(),
                t.environmentalConsiderations().stream().sorted().map(Enum::name).toList(),
                t.insertionHoursPlanned(), t.ccag().name(), t.priceForm().name(), t.frameworkAgreement(),
                contract.status().name(), award, contract.modifications().stream()
                .map(m -> new ModificationView(m.number(), m.notifiedOn(), m.publishedOn(), m.durationMonths(),
                        m.amount(), m.reason(), m.recordedAt(), m.recordedBy()))
                .toList(), contract.currentAmount(), contract.currentDurationMonths(), contract.version(),
                contract.createdAt(), contract.createdBy(), contract.updatedAt(), contract.updatedBy());
    }
}
