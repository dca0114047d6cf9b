package fr.essor.foncier.premises.domain;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Communes;

import fr.essor.kit.ui.FrenchFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.essor.foncier.premises.domain.FormValues.blankToNull;
import static fr.essor.foncier.premises.domain.FormValues.nonBlank;

/** A premises offer as typed in, before any check; {@link #check} returns the details or every violation. */
public record OfferForm(String ownerType, String ownerName, String address, String communeInsee, String surface,
                        List<String> allowedUsages, String rentPerSquareMetre, String availableFrom,
                        String availableUntil, String tenure, String erpCategory, boolean accessible, String notes) {

    public sealed interface Checked permits Valid, Invalid {
    }

    public record Valid(OfferDetails details) implements Checked {
    }

    public record Invalid(List<Violation> violations) implements Checked {
    }

    public Checked check(Communes communes) {
        List<Violation> violations = new ArrayList<>();
        Optional<OwnerType> owner = OwnerType.parse(ownerType);
        if (owner.isEmpty()) {
            violations.add(new Violation("ownerType", blankToNull(ownerType) == null ? "ownerType.required"
                    : "ownerType.unknown", "Choisissez le type de propriétaire : bailleur social, EPT, commune, "
                    + "Département ou propriétaire privé."));
        }
        String ownerNameValue = text("ownerName", "Le nom du propriétaire", ownerName, 200, violations);
        String addressValue = text("address", "L'adresse", address, 300, violations);
        Optional<Commune> commune = communes.find(blankToNull(communeInsee));
        if (commune.isEmpty()) {
            violations.add(new Violation("communeInsee", blankToNull(communeInsee) == null ? "communeInsee.required"
                    : "communeInsee.unknown", "Choisissez la commune de Seine-Saint-Denis où se trouvent les locaux."));
        }
        Integer surfaceValue = null;
        String surfaceText = blankToNull(surface);
        Optional<Integer> parsedSurface = surfaceText == null ? Optional.empty() : FormValues.wholeNumber(surfaceText);
        if (parsedSurface.isEmpty() || parsedSurface.get() < 1 || parsedSurface.get() > 100_000) {
            violations.add(new Violation("surface", surfaceText == null ? "surface.required" : "surface.format",
                    "Indiquez la surface en m², un nombre entier entre 1 et 100 000."));
        } else {
            surfaceValue = parsedSurface.get();
        }
        Set<Usage> usages = EnumSet.noneOf(Usage.class);
        List<String> usageValues = nonBlank(allowedUsages);
        if (usageValues.isEmpty()) {
            violations.add(new Violation("allowedUsages", "allowedUsages.required",
                    "Choisissez au moins un usage autorisé."));
        }
        for (String value : usageValues) {
            Usage.parse(value).ifPresentOrElse(usages::add, () -> violations.add(new Violation("allowedUsages",
                    "allowedUsages.unknown", "Usage inconnu : « " + value + " ».")));
        }
        BigDecimal rent = null;
        String rentText = blankToNull(rentPerSquareMetre);
        Optional<BigDecimal> parsedRent = rentText == null ? Optional.empty() : FormValues.decimal(rentText);
        if (parsedRent.isEmpty() || parsedRent.get().signum() < 0 || parsedRent.get().scale() > 2) {
            violations.add(new Violation("rentPerSquareMetre", rentText == null ? "rentPerSquareMetre.required"
                    : "rentPerSquareMetre.format",
                    "Indiquez le loyer annuel par m² hors charges, en euros (0 pour une mise à disposition gratuite)."));
        } else if (InputBounds.amount("rentPerSquareMetre", parsedRent.get()).isPresent()) {
            violations.add(InputBounds.amount("rentPerSquareMetre", parsedRent.get()).get());
        } else {
            rent = parsedRent.get();
        }
        LocalDate from = date("availableFrom", availableFrom, true, violations);
        LocalDate until = date("availableUntil", availableUntil, false, violations);
        Optional<Tenure> tenureValue = Tenure.parse(tenure).filter(t -> t != Tenure.EITHER);
        if (tenureValue.isEmpty()) {
            violations.add(new Violation("tenure", blankToNull(tenure) == null ? "tenure.required" : "tenure.unknown",
                    "Choisissez : occupation temporaire ou bail durable."));
        }
        if (from != null && until != null && until.isBefore(from)) {
            violations.add(new Violation("availableUntil", "availableUntil.beforeFrom",
                    "La fin de disponibilité doit suivre le début de disponibilité."));
        }
        if (until != null && tenureValue.orElse(null) == Tenure.LONG_TERM) {
            violations.add(new Violation("availableUntil", "availableUntil.longTerm",
                    "Une fin de disponibilité ne s'indique que pour une occupation temporaire."));
        }
        Integer erp = null;
        String erpText = blankToNull(erpCategory);
        if (erpText != null) {
            Optional<Integer> parsed = FormValues.wholeNumber(erpText);
            if (parsed.isEmpty() || parsed.get() < 1 || parsed.get() > 5) {
                violations.add(new Violation("erpCategory", "erpCategory.format",
                        "La catégorie ERP va de 1 à 5 ; laissez vide si les locaux ne reçoivent pas de public."));
            } else {
                erp = parsed.get();
            }
        }
        String notesValue = blankToNull(notes);
        if (notesValue != null && notesValue.length() > 2000) {
            violations.add(new Violation("notes", "notes.size", "Les remarques ne doivent pas dépasser 2 000 caractères."));
        }
        if (!violations.isEmpty()) {
            return new Invalid(List.copyOf(violations));
        }
        return new Valid(new OfferDetails(owner.get(), ownerNameValue, addressValue, commune.get(), surfaceValue,
                usages, rent, from, until, tenureValue.get(), erp, accessible, notesValue));
    }

    private static String text(String field, String what, String value, int maxLength, List<Violation> violations) {
        String trimmed = blankToNull(value);
        if (trimmed == null) {
            violations.add(new Violation(field, field + ".required", what + " est obligatoire."));
        } else if (trimmed.length() > maxLength) {
            violations.add(new Violation(field, field + ".size", what + " ne doit pas dépasser " + maxLength
                    + " caractères."));
        }
        return trimmed;
    }

    private static LocalDate date(String field, String value, boolean required, List<Violation> violations) {
        String trimmed = blankToNull(value);
        if (trimmed == null) {
            if (required) {
                violations.add(new Violation(field, field + ".required", "Indiquez la date de disponibilité."));
            }
            return null;
        }
        Optional<LocalDate> parsed = FormValues.date(trimmed);
        if (parsed.isEmpty()) {
            violations.add(new Violation(field, field + ".format", FrenchFormat.UNREADABLE_DATE));
            return null;
        }
        Optional<fr.essor.kit.domain.Violation> outside = InputBounds.date(field, parsed.get());
        if (outside.isPresent()) {
            violations.add(outside.get());
            return null;
        }
        return parsed.get();
    }
}
