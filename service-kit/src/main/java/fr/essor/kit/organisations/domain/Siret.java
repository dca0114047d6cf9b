package fr.essor.kit.organisations.domain;

/** A SIRET: 14 digits whose Luhn checksum is valid (La Poste's establishments excepted, see {@link #isValid}). */
public record Siret(String value) {

    /** The shape of a SIRET, as a request body states it. */
    public static final String PATTERN = "\\d{14}";
    /** The shape of what names a registered organisation in a request body: its SIRET or its RNA. */
    public static final String SIRET_OR_RNA = PATTERN + "|" + Rna.PATTERN;
    public static final String SIRET_OR_RNA_MESSAGE = "Indiquez le SIRET (14 chiffres) ou le RNA (W suivi de "
            + "9 chiffres) d'une structure du registre, sans espaces.";

    private static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid SIRET " + value);
        }
    }

    public static boolean hasFormat(String value) {
        return value != null && value.matches(PATTERN);
    }

    /** 14 digits passing the Luhn check; La Poste's SIRETs use a digit sum divisible by 5 instead. */
    public static boolean isValid(String value) {
        if (!hasFormat(value)) {
            return false;
        }
        if (value.startsWith(LA_POSTE_SIREN)) {
            return value.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int digit = value.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
