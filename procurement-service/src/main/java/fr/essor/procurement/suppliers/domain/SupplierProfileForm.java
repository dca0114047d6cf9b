package fr.essor.procurement.suppliers.domain;

import fr.essor.procurement.reference.CpvDivisions;
import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A supplier's profile as typed in, before any check. */
public record SupplierProfileForm(List<String> sectors, List<String> territories, Integer workforce,
                                  BigDecimal maxContractAmount, String description) {

    public static final int MAX_WORKFORCE = 100_000;
    public static final int MAX_DESCRIPTION = 2000;

    public sealed interface Checked permits Valid, Invalid {
    }

    public record Valid(SupplierDetails details) implements Checked {
    }

    public record Invalid(List<Violation> violations) implements Checked {
    }

    public Checked check(Set<String> territoryCodes) {
        List<Violation> violations = new ArrayList<>();
        Set<String> sectorSet = new TreeSet<>();
        for (String sector : sectors == null ? List.<String>of() : sectors) {
            String code = sector == null ? "" : sector.trim();
            if (!CpvDivisions.isDivision(code)) {
                violations.add(new Violation("sectors", "sectors.unknown", "« " + sector + " » n'est pas une division "
                        + "CPV (2 chiffres, ex. 77 pour les services horticoles, 90 pour le nettoyage)."));
            } else {
                sectorSet.add(code);
            }
        }
        if (sectorSet.isEmpty() && violations.isEmpty()) {
            violations.add(new Violation("sectors", "sectors.required",
                    "Indiquez au moins un secteur d'activité (division CPV)."));
        }
        Set<String> territorySet = new TreeSet<>();
        for (String territory : territories == null ? List.<String>of() : territories) {
            String code = territory == null ? "" : territory.trim().toUpperCase();
            if (!territoryCodes.contains(code)) {
                violations.add(new Violation("territories", "territories.unknown",
                        "« " + territory + " » n'est pas un territoire : T6, T7, T8 ou T9."));
            } else {
                territorySet.add(code);
            }
        }
        if (territorySet.isEmpty() && violations.stream().noneMatch(v -> v.field().equals("territories"))) {
            violations.add(new Violation("territories", "territories.required",
                    "Indiquez au moins un territoire d'intervention."));
        }
        if (workforce != null && (workforce < 0 || workforce > MAX_WORKFORCE)) {
            violations.add(new Violation("workforce", "workforce.range",
                    "L'effectif est un nombre de personnes entre 0 et 100 000."));
        }
        InputBounds.positiveAmount("maxContractAmount", maxContractAmount).ifPresent(violations::add);
        String text = description == null || description.isBlank() ? null : description.trim();
        if (text != null && text.length() > MAX_DESCRIPTION) {
            violations.add(new Violation("description", "description.size",
                    "La présentation ne doit pas dépasser 2 000 caractères."));
        }
        if (!violations.isEmpty()) {
            return new Invalid(List.copyOf(violations));
        }
        return new Valid(new SupplierDetails(List.copyOf(sectorSet), List.copyOf(territorySet), workforce,
                maxContractAmount == null ? null : maxContractAmount.setScale(2, java.math.RoundingMode.UNNECESSARY),
                text));
    }
}
