package fr.essor.kit.problem;

import fr.essor.kit.domain.Violation;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON body that Jackson could not bind, told as the field it stopped at (issue 15): {@code esus: "yes"} is
 * {@code esus.type}, {@code startOn: "2026-02-30"} {@code startOn.format}, a number beyond its type
 * {@code durationMonths.range}, rather than one generic message for the whole body.
 */
final class BodyTypeErrors {

    private BodyTypeErrors() {
    }

    /** The field violation of a body Jackson refused at a known field, or {@code null} (not JSON at all, say). */
    static Violation violationOf(Throwable unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String field = fieldOf(jackson);
                if (field.isEmpty()) {
                    return null;
                }
                return violation(field, jackson);
            }
        }
        return null;
    }

    private static Violation violation(String field, JacksonException error) {
        if (error instanceof InputCoercionException) {
            return new Violation(field, field + ".range",
                    "« " + field + " » : ce nombre est hors des limites permises.");
        }
        Class<?> target = error instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && Temporal.class.isAssignableFrom(target)) {
            return new Violation(field, field + ".format", "« " + field + " » : indiquez une date qui existe, "
                    + "au format AAAA-MM-JJ.");
        }
        if (target != null && target.isEnum()) {
            return new Violation(field, field + ".format",
                    "« " + field + " » : cette valeur ne fait pas partie des valeurs permises.");
        }
        String expected = expected(target);
        if (error instanceof InvalidFormatException && expected == null) {
            return new Violation(field, field + ".format", "« " + field + " » : valeur au format invalide.");
        }
        return new Violation(field, field + ".type", "« " + field + " » : "
                + (expected == null ? "valeur d'un type invalide." : "la valeur doit être " + expected + "."));
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return null;
        }
        if (target == String.class || target == Character.class || target == char.class) {
            return "un texte";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true ou false";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class) {
            return "un nombre entier";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return "un nombre";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "une liste";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "un objet";
        }
        return null;
    }

    /** {@code organisation.address.lines[2]}: the properties and indexes Jackson went through. */
    private static String fieldOf(JacksonException error) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : error.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
