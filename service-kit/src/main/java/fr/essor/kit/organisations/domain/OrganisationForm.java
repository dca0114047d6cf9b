package fr.essor.kit.organisations.domain;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Communes;

import java.util.ArrayList;
import java.util.List;

/**
 * An organisation as typed in by an agent or sent by a system, before any check. {@link #check} applies the
 * registry's rules and returns either the details or every violation at once.
 */
public record OrganisationForm(String siret, String rna, String name, String legalForm, Boolean esus,
                               String inclusionType, String communeInsee) {

    public sealed interface Checked permits Valid, Invalid {
    }

    public record Valid(OrganisationDetails details) implements Checked {
    }

    public record Invalid(List<Violation> violations) implements Checked {
    }

    public Checked check(Communes communes) {
        List<Violation> violations = new ArrayList<>();
        String siretValue = blankToNull(siret);
        String rnaValue = blankToNull(rna);
        if (siretValue == null && rnaValue == null) {
            violations.add(new Violation("siret", "identifier.required",
                    "Indiquez un numéro SIRET ou, pour une association sans SIRET, un numéro RNA."));
        }
        if (siretValue != null && !Siret.hasFormat(siretValue)) {
            violations.add(new Violation("siret", "siret.format", "Le numéro SIRET doit comporter 14 chiffres."));
        } else if (siretValue != null && !Siret.isValid(siretValue)) {
            violations.add(new Violation("siret", "siret.checksum",
                    "Ce numéro SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez la saisie."));
        }
        if (rnaValue != null && !Rna.isValid(rnaValue)) {
            violations.add(new Violation("rna", "rna.format",
                    "Le numéro RNA commence par W suivi de 9 chiffres (ex. W931234567)."));
        }
        String nameValue = blankToNull(name);
        if (nameValue == null) {
            violations.add(new Violation("name", "name.required", "Le nom de la structure est obligatoire."));
        } else if (nameValue.length() > 200) {
            violations.add(new Violation("name", "name.size", "Le nom ne doit pas dépasser 200 caractères."));
        }
        var form = LegalForm.parse(legalForm);
        if (form.isEmpty()) {
            violations.add(new Violation("legalForm", legalForm == null ? "legalForm.required" : "legalForm.unknown",
                    "Choisissez une forme juridique : association, coopérative, SCIC, SCOP, fondation, mutuelle "
                            + "ou entreprise de l'ESS."));
        }
        if (esus == null) {
            violations.add(new Violation("esus", "esus.required", "Précisez si la structure est agréée ESUS."));
        }
        var inclusion = InclusionType.parse(blankToNull(inclusionType));
        if (blankToNull(inclusionType) != null && inclusion.isEmpty()) {
            violations.add(new Violation("inclusionType", "inclusionType.unknown",
                    "Type d'employeur inclusif inconnu : ACI, AI, EI, ETTI, EITI, EA ou ESAT."));
        }
        var commune = communes.find(blankToNull(communeInsee));
        if (commune.isEmpty()) {
            violations.add(new Violation("communeInsee", communeInsee == null ? "communeInsee.required"
                    : "communeInsee.unknown",
                    "Indiquez le code INSEE d'une commune de Seine-Saint-Denis (ex. 93066 pour Saint-Denis)."));
        }
        if (!violations.isEmpty()) {
            return new Invalid(List.copyOf(violations));
        }
        return new Valid(new OrganisationDetails(siretValue == null ? null : new Siret(siretValue),
                rnaValue == null ? null : new Rna(rnaValue), nameValue, form.get(), esus,
                inclusion.orElse(null), commune.get()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
