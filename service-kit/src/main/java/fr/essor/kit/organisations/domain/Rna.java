package fr.essor.kit.organisations.domain;

/** The national register number of an association without SIRET: {@code W} followed by 9 digits. */
public record Rna(String value) {

    /** The shape of an RNA number, as a request body states it. */
    public static final String PATTERN = "W\\d{9}";

    public Rna {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid RNA " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.matches(PATTERN);
    }

    @Override
    public String toString() {
        return value;
    }
}
