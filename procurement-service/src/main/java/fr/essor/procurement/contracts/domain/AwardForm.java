package fr.essor.procurement.contracts.domain;

import fr.essor.kit.organisations.domain.Siret;
import fr.essor.kit.domain.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An award as typed in by a buyer, before any check: holders, notification date, offers received, grouping. */
public record AwardForm(List<HolderLine> holders, LocalDate notifiedOn, Integer offersReceived, String grouping,
                        Boolean subcontractingDeclared) {

    /** The most offers a consultation receives, as a plausible ceiling. */
    public static final int MAX_OFFERS = 1000;

    public sealed interface Checked permits Valid, Invalid {
    }

    /** The award's own fields checked; the holders still have to be looked up in the registry. */
    public record Valid(List<HolderLine> holders, LocalDate notifiedOn, int offersReceived, Grouping grouping,
                        boolean subcontractingDeclared) implements Checked {
    }

    public record Invalid(List<Violation> violations) implements Checked {
    }

    public Checked check(LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        List<HolderLine> lines = holders == null ? List.of() : holders;
        if (lines.isEmpty()) {
            violations.add(new Violation("holders", "holders.required", "Indiquez au moins un titulaire."));
        }
        if (lines.size() > 20) {
            violations.add(new Violation("holders", "holders.size", "Un marché a au plus 20 cotitulaires."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            HolderLine line = lines.get(i);
            String field = "holders[" + i + "]";
            String siret = line == null || line.siret() == null ? null : line.siret().trim();
            if (siret == null || siret.isEmpty()) {
                violations.add(new Violation(field + ".siret", "siret.required", "Le SIRET du titulaire est obligatoire."));
            } else if (!Siret.hasFormat(siret)) {
                violations.add(new Violation(field + ".siret", "siret.format", "Le numéro SIRET doit comporter 14 chiffres."));
            } else if (!Siret.isValid(siret)) {
                violations.add(new Violation(field + ".siret", "siret.checksum",
                        "Ce numéro SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez la saisie."));
            } else if (!seen.add(siret)) {
                violations.add(new Violation(field + ".siret", "siret.duplicate", "Ce titulaire est déjà indiqué."));
            }
            if (line == null || line.amount() == null) {
                violations.add(new Violation(field + ".amount", "amount.required",
                        "Le montant attribué (HT) est obligatoire."));
            } else if (!Amounts.isValid(line.amount())) {
                violations.add(new Violation(field + ".amount", "amount.invalid",
                        "Le montant attribué est un nombre positif d'euros, avec au plus 2 décimales."));
            }
        }
        if (notifiedOn == null) {
            violations.add(new Violation("notifiedOn", "notifiedOn.required", "La date de notification est obligatoire."));
        } else if (notifiedOn.isAfter(today)) {
            violations.add(new Violation("notifiedOn", "notifiedOn.future",
                    "La date de notification ne peut pas être dans le futur : attribuez le marché une fois notifié."));
        }
        if (offersReceived == null || offersReceived < 1 || offersReceived > MAX_OFFERS) {
            violations.add(new Violation("offersReceived", offersReceived == null ? "offersReceived.required"
                    : "offersReceived.range", "Indiquez le nombre d'offres reçues (de 1 à " + MAX_OFFERS + ")."));
        }
        Optional<Grouping> groupingValue = grouping == null || grouping.isBlank() ? Optional.of(Grouping.NONE)
                : Grouping.parse(grouping);
        if (groupingValue.isEmpty()) {
            violations.add(new Violation("grouping", "grouping.unknown",
                    "Type de groupement inconnu : pas de groupement, conjoint ou solidaire."));
        } else if (lines.size() > 1 && groupingValue.get() == Grouping.NONE) {
            violations.add(new Violation("grouping", "grouping.required",
                    "Plusieurs titulaires forment un groupement : précisez s'il est conjoint ou solidaire."));
        } else if (lines.size() == 1 && groupingValue.get() != Grouping.NONE) {
            violations.add(new Violation("grouping", "grouping.single",
                    "Un titulaire seul ne forme pas de groupement."));
        }
        if (!violations.isEmpty()) {
            return new Invalid(List.copyOf(violations));
        }
        List<HolderLine> trimmed = lines.stream().map(l -> new HolderLine(l.siret().trim(),
                l.name() == null || l.name().isBlank() ? null : l.name().trim(), Amounts.normalized(l.amount())))
                .toList();
        return new Valid(trimmed, notifiedOn, offersReceived, groupingValue.get(),
                Boolean.TRUE.equals(subcontractingDeclared));
    }
}
