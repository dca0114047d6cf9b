package fr.essor.procurement.sourcing.web;

import fr.essor.procurement.sourcing.application.Sourcing;
import fr.essor.procurement.sourcing.domain.Interest;
import fr.essor.procurement.sourcing.domain.NeedOutcome;
import fr.essor.procurement.sourcing.domain.NeedTerms;
import fr.essor.procurement.sourcing.domain.SourcingNeed;
import fr.essor.procurement.reference.CpvDivisions;
import fr.essor.procurement.suppliers.domain.SupplierCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sourcing need on the API, with the directory suppliers matching it today ({@code notified}: matched at
 * publication), the interests recorded and the outcome.
 */
record NeedView(String id, String buyerDirectorate, String object, String cpvDivision, String sector,
                String territoryCode, BigDecimal minAmount, BigDecimal maxAmount, LocalDate answerBy, String status,
                List<String> matchedSupplierIds, List<MatchView> matches, List<InterestView> interests,
                OutcomeView outcome, long version, Instant createdAt, String createdBy, Instant updatedAt,
                String updatedBy) {

    record MatchView(String siret, String name, List<SupplierCategory> categories, BigDecimal capacity,
                     boolean hasCapacity, boolean notified) {
    }

    record InterestView(String siret, String supplierName, String note, Instant recordedAt, String recordedBy) {
    }

    record OutcomeView(boolean awarded, String contractId, String reason, Instant recordedAt, String recordedBy) {
    }

    static NeedView of(Sourcing.MatchedNeed matched) {
        return of(matched.need(), matched.matches().stream()
                .map(m -> new MatchView(m.siret(), m.name(), m.categories().stream().sorted().toList(), m.capacity(),
                        m.hasCapacity(), matched.notified(m)))
                .toList());
    }

    /** Without today's matches (lists). */
    static NeedView summary(SourcingNeed need) {
        return of(need, null);
    }

    private static NeedView of(SourcingNeed need, List<MatchView> matches) {
        NeedTerms t = need.terms();
        NeedOutcome o = need.outcome();
        return new NeedView(need.id(), t.buyerDirectorate(), t.object(), t.cpvDivision(),
                CpvDivisions.label(t.cpvDivision()).orElse(null), t.territoryCode(), t.minAmount(), t.maxAmount(),
                t.answerBy(), need.status().name(), need.matchedSupplierIds(), matches,
                need.interests().stream().map(NeedView::interest).toList(),
                o == null ? null : new OutcomeView(o.awarded(), o.contractId(), o.reason(), o.recordedAt(),
                        o.recordedBy()),
                need.version(), need.createdAt(), need.createdBy(), need.updatedAt(), need.updatedBy());
    }

    private static InterestView interest(Interest i) {
        return new InterestView(i.siret(), i.supplierName(), i.note(), i.recordedAt(), i.recordedBy());
    }
}
