package fr.essor.foncier.premises.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.foncier.premises.domain.NeedDetails;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.kit.reference.Commune;

import java.util.stream.Collectors;

/** A premises need as its list, its page and its export show it, in French. */
record NeedRow(String id, String status, String statusLabel, boolean active, String organisationId,
               String organisationName, String usages, String surface, String places, String maxRent,
               String neededFrom, String tenure, String duration, String accessibility, String erp, String notes,
               String registered, String updated) {

    static NeedRow of(PremisesNeed need, boolean internal) {
        NeedDetails d = need.details();
        return new NeedRow(need.id(), need.status().name(), need.status().label(), need.status().isActive(),
                need.organisation().id(), need.organisation().name(), PremisesText.usages(d.usages()),
                d.surface().min() + " à " + d.surface().max() + " m²", places(d), PremisesText.rent(d.maxRentPerSquareMetre()),
                FrenchFormat.date(d.neededFrom()), d.tenure().label(),
                d.durationMonths() == null ? "non précisée" : d.durationMonths() + " mois",
                d.accessibilityRequired() ? "Requise" : "Non requise",
                d.erpRequired() ? "Reçoit du public (ERP requis)" : "Non requis",
                internal && d.notes() != null ? d.notes() : "",
                PremisesText.moment(need.registeredAt()) + (internal ? " par " + need.registeredBy() : ""),
                PremisesText.moment(need.updatedAt()) + (internal ? " par " + need.updatedBy() : ""));
    }

    /** The communes and EPTs wanted, or the whole département. */
    static String places(NeedDetails d) {
        if (d.anywhere()) {
            return "Tout le département";
        }
        return java.util.stream.Stream.concat(
                        d.communes().stream().map(Commune::name),
                        d.territories().stream().map(t -> "territoire " + t.name()))
                .collect(Collectors.joining(", "));
    }
}
