package fr.essor.kit.organisations.domain;

import java.util.Arrays;
import java.util.Optional;

/** The legal forms of the social and solidarity economy that Essor registers. */
public enum LegalForm {
    ASSOCIATION("Association"),
    COOPERATIVE("Coopérative"),
    SCIC("SCIC"),
    SCOP("SCOP"),
    FOUNDATION("Fondation"),
    MUTUAL("Mutuelle"),
    ESS_COMPANY("Entreprise de l'ESS");

    private final String label;

    LegalForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts {@code ESS_COMPANY}, {@code ess company}, {@code ess-company} or {@code scic}, whatever the case. */
    public static Optional<LegalForm> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalized = value.trim().toUpperCase().replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(form -> form.name().equals(normalized)).findFirst();
    }
}
