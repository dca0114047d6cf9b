package fr.essor.procurement.ept.web;

import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.procurement.contracts.domain.Procedure;
import fr.essor.procurement.contracts.domain.Reservation;
import fr.essor.procurement.contracts.domain.Award;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractTerms;
import fr.essor.procurement.contracts.domain.Holder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An awarded contract executed on the territory ({@code executionCommuneInsee} null: the whole département) as an EPT
 * may read it, the essential data the open data (DECP) publishes: object, procedure, reservation, clauses, amount,
 * holders. A holder outside the ESS registry (possibly a sole trader, a person) shows its SIRET only; never the
 * usernames of agents.
 */
record EptContractView(String id, String reference, Integer lot, String object, Procedure procedure, String cpvCode,
                       String buyerDirectorate, String executionCommuneInsee, String executionCommuneName,
                       Reservation reservation, List<String> socialConsiderations, int insertionHoursPlanned,
                       int durationMonths, LocalDate startOn, LocalDate notifiedOn, BigDecimal amount,
                       List<HolderView> holders, Instant changedAt) {

    /** A holder: its name only when it is an organisation of the ESS registry (a legal entity). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "EptHolderView")
    record HolderView(String siret, String name, BigDecimal amount, boolean esus, InclusionType inclusionType) {

        static HolderView of(Holder holder) {
            return new HolderView(holder.siret(), holder.registered() ? holder.name() : null, holder.amount(),
                    holder.esus(), holder.inclusionType());
        }
    }

    static EptContractView of(Contract contract) {
        ContractTerms t = contract.terms();
        Award award = contract.award();
        return new EptContractView(contract.id(), t.reference(), t.lot(), t.object(), t.procedure(),
                t.cpvCode().value(), t.buyerDirectorate(),
                t.executionCommune() == null ? null : t.executionCommune().inseeCode(),
                t.executionCommune() == null ? null : t.executionCommune().name(), t.reservation(),
                t.socialConsiderations().stream().map(Enum::name).sorted().toList(), t.insertionHoursPlanned(),
                contract.currentDurationMonths(), t.startOn(), award.notifiedOn(), contract.currentAmount(),
                award.holders().stream().map(HolderView::of).toList(), contract.updatedAt());
    }
}
