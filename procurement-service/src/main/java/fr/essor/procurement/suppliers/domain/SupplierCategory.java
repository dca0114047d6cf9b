package fr.essor.procurement.suppliers.domain;

import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The kinds of ESS and inclusive suppliers buyers look for. A supplier may be of several (e.g. a SCIC agreed ESUS). */
public enum SupplierCategory {
    SIAE("Structure d'insertion par l'activité économique (SIAE)"),
    EA("Entreprise adaptée (EA)"),
    ESAT("Établissement et service d'aide par le travail (ESAT)"),
    ESUS("Entreprise solidaire d'utilité sociale (ESUS)"),
    COOPERATIVE("Coopérative (SCOP, SCIC…)");

    private final String label;

    SupplierCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Set<SupplierCategory> of(InclusionType inclusionType, LegalForm legalForm, boolean esus) {
        Set<SupplierCategory> categories = EnumSet.noneOf(SupplierCategory.class);
        if (inclusionType != null) {
            categories.add(switch (inclusionType) {
                case ACI, AI, EI, ETTI, EITI -> SIAE;
                case EA -> EA;
                case ESAT -> ESAT;
            });
        }
        if (esus) {
            categories.add(ESUS);
        }
        if (legalForm == LegalForm.COOPERATIVE || legalForm == LegalForm.SCIC || legalForm == LegalForm.SCOP) {
            categories.add(COOPERATIVE);
        }
        return categories;
    }

    public static Optional<SupplierCategory> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (SupplierCategory category : values()) {
            if (category.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
