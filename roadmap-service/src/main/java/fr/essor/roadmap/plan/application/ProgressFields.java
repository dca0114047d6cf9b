package fr.essor.roadmap.plan.application;

import fr.essor.roadmap.plan.domain.ActionStatus;

import java.util.Map;

/**
 * The status and progress fields every form about an action has (the action's own edit form, a directorate's update
 * in a quarterly review), read as the browser posts them: a value, or a French message under the field's name.
 */
public final class ProgressFields {

    private ProgressFields() {
    }

    public static ActionStatus status(String code, Map<String, String> errors) {
        ActionStatus status = ActionStatus.fromCode(code).orElse(null);
        if (status == null) {
            errors.put("status", "Choisissez un statut.");
        }
        return status;
    }

    /** The range (0 to 100) is the domain's rule; here only "is it a whole number". */
    public static Integer progress(String text, Map<String, String> errors) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.put("progress", "L'avancement est un nombre entier entre 0 et 100.");
            return null;
        }
    }
}
