package fr.essor.procurement.ept.web;

import fr.essor.procurement.sourcing.domain.NeedStatus;
import fr.essor.procurement.sourcing.domain.NeedTerms;
import fr.essor.procurement.sourcing.domain.SourcingNeed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A sourcing need as an EPT may read it, to point the suppliers of its territory to it: what the directorate looks
 * for, where ({@code territoryCode} null: the whole département), the amounts, until when suppliers may answer, its
 * status and outcome. Never the suppliers' notes nor the usernames of agents.
 *
 * @param interestedSuppliers how many suppliers said they are interested
 * @param contractId          the contract awarded for it, once closed with an award
 */
record EptSourcingNeedView(String id, String buyerDirectorate, String object, String cpvDivision, String territoryCode,
                           BigDecimal minAmount, BigDecimal maxAmount, LocalDate answerBy, NeedStatus status,
                           String statusLabel, int interestedSuppliers, Boolean awarded, String contractId,
                           Instant publishedAt, Instant changedAt) {

    static EptSourcingNeedView of(SourcingNeed need) {
        NeedTerms t = need.terms();
        return new EptSourcingNeedView(need.id(), t.buyerDirectorate(), t.object(), t.cpvDivision(), t.territoryCode(),
                t.minAmount(), t.maxAmount(), t.answerBy(), need.status(), need.status().label(),
                need.interests().size(), need.outcome() == null ? null : need.outcome().awarded(),
                need.outcome() == null ? null : need.outcome().contractId(), need.createdAt(), need.updatedAt());
    }
}
