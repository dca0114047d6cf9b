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

    /**
     * The form an INSEE legal category code (« nature juridique », level III) stands for, when it tells one: 92xx
     * associations, 93xx foundations, 82xx-83xx mutual societies, the SCOP codes, the other cooperative companies; a
     * commercial company the registry lists in the ESS ({@code ess}) is an ESS company. A SCIC has no code of its own
     * (it is a cooperative SA, SARL or SAS): the agent chooses it.
     */
    public static Optional<LegalForm> fromNatureJuridique(String code, boolean ess) {
        if (code == null || !code.matches("\\d{4}")) {
            return Optional.empty();
        }
        if (code.startsWith("92")) {
            return Optional.of(ASSOCIATION);
        }
        if (code.startsWith("93")) {
            return Optional.of(FOUNDATION);
        }
        if (code.startsWith("82") || code.startsWith("83")) {
            return Optional.of(MUTUAL);
        }
        if (code.equals("5458") || code.equals("5558") || code.equals("5658")) {
            return Optional.of(SCOP);
        }
        int number = Integer.parseInt(code);
        if (number >= 5451 && number <= 5460 || number >= 5551 && number <= 5560 || number >= 5651 && number <= 5660
                || code.equals("6317") || code.equals("6318")) {
            return Optional.of(COOPERATIVE);
        }
        if (ess && code.startsWith("5")) {
            return Optional.of(ESS_COMPANY);
        }
        return Optional.empty();
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
