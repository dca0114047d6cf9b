package fr.essor.procurement.sourcing.web;

import fr.essor.kit.reference.Territory;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.procurement.sourcing.domain.NeedTerms;
import fr.essor.procurement.reference.CpvDivisions;
import fr.essor.procurement.suppliers.domain.SupplierCategory;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How the matchmaking pages write a need's sector, territory and amounts, in French. */
final class SourcingText {

    private SourcingText() {
    }

    static String sector(String division) {
        return division + " — " + CpvDivisions.label(division).orElse("division inconnue");
    }

    static String territory(String code, List<Territory> territories) {
        if (code == null) {
            return "Tout le département";
        }
        return territories.stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> t.code() + " — " + t.name()).orElse(code);
    }

    static String amounts(NeedTerms terms) {
        return "de " + FrenchFormat.euros(terms.minAmount()) + " à " + FrenchFormat.euros(terms.maxAmount()) + " HT";
    }

    static String categories(Set<SupplierCategory> categories) {
        return categories.isEmpty() ? "—" : categories.stream().sorted().map(SupplierCategory::name)
                .collect(Collectors.joining(", "));
    }
}
