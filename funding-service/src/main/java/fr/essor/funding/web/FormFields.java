package fr.essor.funding.web;

import fr.essor.kit.organisations.web.OrganisationChoice;
import fr.essor.kit.ui.FrenchFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the fields of a portfolio form as people type them (« 12 500,50 € », « 28/06/2021 » or the date picker's
 * ISO date) and collects a French message per field it cannot read; an empty field reads as {@code null}.
 */
public final class FormFields {

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public FormFields(Map<String, String> values) {
        this.values = values;
    }

    public String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The structure a « SIRET, RNA ou nom » field designates (typed with any spacing, or a part of its name): its
     * identifier when one is found, else what was typed; several matches are this field's error, with the candidates.
     */
    public String organisation(String name, OrganisationChoice choice) {
        String typed = text(name);
        if (typed == null) {
            return null;
        }
        OrganisationChoice.Chosen chosen = choice.choose(typed);
        chosen.ambiguity().ifPresent(several -> errors.put(name, several));
        return chosen.identifier();
    }

    public BigDecimal amount(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return FrenchFormat.parseAmount(value);
        } catch (NumberFormatException e) {
            errors.put(name, "Nombre invalide : écrivez par exemple 12 500,50.");
            return null;
        }
    }

    public Long whole(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.replace(" ", "").replace('\u202f', ' ').strip());
        } catch (NumberFormatException e) {
            errors.put(name, "Nombre entier attendu.");
            return null;
        }
    }

    public LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return FrenchFormat.parseDate(value);
        } catch (DateTimeParseException e) {
            errors.put(name, FrenchFormat.UNREADABLE_DATE);
            return null;
        }
    }

    public Map<String, String> errors() {
        return errors;
    }

    public Map<String, String> values() {
        return values;
    }
}
