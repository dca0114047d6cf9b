package fr.essor.procurement.contracts.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.procurement.contracts.domain.Award;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractTerms;
import fr.essor.procurement.contracts.domain.EnvironmentalConsideration;
import fr.essor.procurement.contracts.domain.SocialConsideration;

import fr.essor.procurement.reference.CpvDivisions;

import java.math.BigDecimal;
import java.util.List;

/** A contract prepared for the pages: French labels, amounts and dates; no logic left for the template. */
record ContractRow(String id, String object, String procedure, String cpvCode, String cpvLabel,
                   String buyerDirectorate,
                   String place, String reservation, String reservationInSentence, boolean reserved, String social, String environmental,
                   String insertionHours, String estimatedAmount, String duration, String startOn, String endOn,
                   String status,
                   boolean open, String holders, String awardedAmount, String currentAmount, String notifiedOn,
                   List<HolderRow> holderRows, List<ModificationRow> modifications, String created, String updated) {

    record HolderRow(String siret, String name, String amount, String kind, boolean registered) {
    }

    record ModificationRow(int number, String notifiedOn, String duration, String amount, String reason,
                           String recorded) {
    }

    static ContractRow of(Contract c) {
        ContractTerms t = c.terms();
        Award a = c.award();
        String social = t.socialConsiderations().isEmpty() ? "Aucune" : String.join(", ",
                t.socialConsiderations().stream().sorted().map(SocialConsideration::label).toList());
        String environmental = t.environmentalConsiderations().isEmpty() ? "Aucune" : String.join(", ",
                t.environmentalConsiderations().stream().sorted().map(EnvironmentalConsideration::label).toList());
        String place = t.executionCommune() == null ? "Tout le département"
                : t.executionCommune().name() + " (" + t.executionCommune().territory().name() + ")";
        List<HolderRow> holders = a == null ? List.of() : a.holders().stream()
                .map(h -> new HolderRow(h.siret(), h.name(), FrenchFormat.euros(h.amount()),
                        !h.registered() ? "Hors registre de l'ESS" : h.inclusionType() != null
                                ? h.inclusionType().label() : h.legalForm().label() + (h.esus() ? " (ESUS)" : ""),
                        h.registered()))
                .toList();
        return new ContractRow(c.id(), t.object(), t.procedure().label(), t.cpvCode().value(),
                "division " + t.cpvCode().division() + " — " + CpvDivisions.label(t.cpvCode().division())
                        .orElse("division inconnue du vocabulaire commun"), t.buyerDirectorate(),
                place, t.reservation().label(), t.reservation().inSentence(), t.reservation().reserved(), social, environmental,
                FrenchFormat.number(BigDecimal.valueOf(t.insertionHoursPlanned()), "#,##0"),
                FrenchFormat.euros(t.estimatedAmount()),
                c.currentDurationMonths() + " mois", FrenchFormat.date(t.startOn()),
                FrenchFormat.date(c.endOn()), c.status().label(),
                a == null, a == null ? "—" : String.join(", ", a.holders().stream().map(h -> h.name()).toList()),
                a == null ? "—" : FrenchFormat.euros(a.amount()), FrenchFormat.euros(c.currentAmount()),
                a == null ? "—" : FrenchFormat.date(a.notifiedOn()), holders,
                c.modifications().stream().map(m -> new ModificationRow(m.number(), FrenchFormat.date(m.notifiedOn()),
                        m.durationMonths() == null ? "inchangée" : m.durationMonths() + " mois",
                        m.amount() == null ? "inchangé" : FrenchFormat.euros(m.amount()), m.reason(),
                        FrenchFormat.dateTime(m.recordedAt()) + " par " + m.recordedBy())).toList(),
                FrenchFormat.dateTime(c.createdAt()) + " par " + c.createdBy(),
                FrenchFormat.dateTime(c.updatedAt()) + " par " + c.updatedBy());
    }
}
