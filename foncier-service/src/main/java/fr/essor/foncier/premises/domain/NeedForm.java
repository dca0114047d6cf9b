package fr.essor.foncier.premises.domain;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.essor.foncier.premises.domain.FormValues.blankToNull;
import static fr.essor.foncier.premises.domain.FormValues.nonBlank;

/**
 * A premises need as typed in by the cell or sent by a system, before any check. {@link #check} applies the rules
 * and returns either the details or every violation at once. The organisation is checked against the registry by
 * the use case.
 */
public record NeedForm(String organisationId, List<String> usages, String surfaceMin, String surfaceMax,
                       List<String> communeInsees, List<String> territoryCodes, String maxRentPerSquareMetre,
                       String neededFrom, String tenure, String durationMonths, boolean accessibilityRequired,
                       boolean erpRequired, String notes) {

    public sealed interface Checked permits Valid, Invalid {
    }

    public record Valid(NeedDetails details) implements Checked {
    }

    public record Invalid(List<Violation> violations) implements Checked {
    }

    public Checked check(Communes communes) {
        List<Violation> violations = new ArrayList<>();
        Set<Usage> usageSet = EnumSet.noneOf(Usage.class);
        List<String> usageValues = nonBlank(usages);
        if (usageValues.isEmpty()) {
            violations.add(new Violation("usages", "usages.required", "Choisissez au moins un usage."));
        }
        for (String value : usageValues) {
            Usage.parse(value).ifPresentOrElse(usageSet::add, () -> violations.add(new Violation("usages",
                    "usages.unknown", "Usage inconnu : « " + value + " ».")));
        }
        Optional<Integer> min = surface("surfaceMin", "minimale", surfaceMin, violations);
        Optional<Integer> max = surface("surfaceMax", "maximale", surfaceMax, violations);
        if (min.isPresent() && max.isPresent() && max.get() < min.get()) {
            violations.add(new Violation("surfaceMax", "surfaceMax.belowMin",
                    "La surface maximale doit être supérieure ou égale à la surface minimale."));
        }
        List<Commune> wantedCommunes = new ArrayList<>();
        for (String insee : nonBlank(communeInsees)) {
            communes.find(insee).ifPresentOrElse(c -> {
                if (!wantedCommunes.contains(c)) {
                    wantedCommunes.add(c);
                }
            }, () -> violations.add(new Violation("communeInsees", "communeInsees.unknown",
                    "Commune inconnue : « " + insee + " » n'est pas le code INSEE d'une commune de Seine-Saint-Denis.")));
        }
        List<Territory> wantedTerritories = new ArrayList<>();
        for (String code : nonBlank(territoryCodes)) {
            communes.territories().stream().filter(t -> t.code().equalsIgnoreCase(code)).findFirst()
                    .ifPresentOrElse(wantedTerritories::add, () -> violations.add(new Violation("territoryCodes",
                            "territoryCodes.unknown", "Territoire inconnu : « " + code + " » (T6, T7, T8 ou T9).")));
        }
        BigDecimal rent = null;
        String rentValue = blankToNull(maxRentPerSquareMetre);
        if (rentValue != null) {
            Optional<BigDecimal> parsed = FormValues.decimal(rentValue);
            if (parsed.isEmpty() || parsed.get().signum() < 0 || parsed.get().scale() > 2) {
                violations.add(new Violation("maxRentPerSquareMetre", "maxRentPerSquareMetre.format",
                        "Indiquez un loyer annuel maximal par m² positif, en euros (ex. 120 ou 95,50)."));
            } else if (InputBounds.amount("maxRentPerSquareMetre", parsed.get()).isPresent()) {
                violations.add(InputBounds.amount("maxRentPerSquareMetre", parsed.get()).get());
            } else {
                rent = parsed.get();
            }
        }
        LocalDate from = null;
        String fromValue = blankToNull(neededFrom);
        if (fromValue == null) {
            violations.add(new Violation("neededFrom", "neededFrom.required",
                    "Indiquez la date à partir de laquelle les locaux sont nécessaires."));
        } else {
            Optional<LocalDate> parsed = FormValues.date(fromValue);
            if (parsed.isEmpty()) {
                violations.add(new Violation("neededFrom", "neededFrom.format",
                        "La date doit être au format jj/mm/aaaa (ex. 01/09/2026)."));
            } else if (InputBounds.date("neededFrom", parsed.get()).isPresent()) {
                violations.add(InputBounds.date("neededFrom", parsed.get()).get());
            } else {
                from = parsed.get();
            }
        }
        Optional<Tenure> tenureValue = Tenure.parse(tenure);
        if (tenureValue.isEmpty()) {
            violations.add(new Violation("tenure", tenure == null || tenure.isBlank() ? "tenure.required"
                    : "tenure.unknown", "Choisissez : occupation temporaire, bail durable ou indifférent."));
        }
        Integer duration = null;
        String durationValue = blankToNull(durationMonths);
        if (durationValue != null) {
            Optional<Integer> parsed = FormValues.wholeNumber(durationValue);
            if (parsed.isEmpty() || parsed.get() < 1 || parsed.get() > 600) {
                violations.add(new Violation("durationMonths", "durationMonths.format",
                        "La durée est un nombre entier de mois, entre 1 et 600."));
            } else {
                duration = parsed.get();
            }
        }
        String notesValue = blankToNull(notes);
        if (notesValue != null && notesValue.length() > 2000) {
            violations.add(new Violation("notes", "notes.size", "Les remarques ne doivent pas dépasser 2 000 caractères."));
        }
        if (!violations.isEmpty()) {
            return new Invalid(List.copyOf(violations));
        }
        return new Valid(new NeedDetails(usageSet, new SurfaceRange(min.get(), max.get()), wantedCommunes,
                wantedTerritories, rent, from, tenureValue.get(), duration, accessibilityRequired, erpRequired,
                notesValue));
    }

    private static Optional<Integer> surface(String field, String adjective, String value, List<Violation> violations) {
        String trimmed = blankToNull(value);
        if (trimmed == null) {
            violations.add(new Violation(field, field + ".required", "Indiquez la surface " + adjective + " en m²."));
            return Optional.empty();
        }
        Optional<Integer> parsed = FormValues.wholeNumber(trimmed);
        if (parsed.isEmpty() || parsed.get() < 1 || parsed.get() > 100_000) {
            violations.add(new Violation(field, field + ".format",
                    "La surface " + adjective + " est un nombre entier de m², entre 1 et 100 000."));
            return Optional.empty();
        }
        return parsed;
    }
}
