package fr.essor.procurement.contracts.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A code of the Common Procurement Vocabulary: 8 digits, optionally followed by {@code -} and the check digit
 * (e.g. {@code 77310000-6}). The check digit is not verified: the DECP format itself only checks the shape.
 */
public record CpvCode(String value) {

    /** The shape of a CPV code: 8 digits, then a dash and the check digit or nothing. */
    public static final String PATTERN = "\\d{8}(-\\d)?";
    private static final Pattern FORMAT = Pattern.compile("^(?:" + PATTERN + ")$");

    /**
     * The services a contract must exclusively cover to be reserved under L2113-15: the list annexed to the code
     * de la commande publique, i.e. the CPV codes of directive 2014/24/UE article 77 (a code and everything under it;
     * 85000000 to 85323000 as a range).
     */
    private static final List<String> SOCIAL_AND_SPECIFIC_SERVICES = List.of("75121", "75122", "75123", "79622",
            "79624", "79625", "8011", "803", "8042", "8043", "80511", "8052", "8059", "925", "926", "98133");
    private static final int HEALTH_AND_SOCIAL_FROM = 85000000;
    private static final int HEALTH_AND_SOCIAL_TO = 85323000;

    public CpvCode {
        if (!hasFormat(value)) {
            throw new IllegalArgumentException("Invalid CPV code " + value);
        }
    }

    public static boolean hasFormat(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The 8 digits without the check digit. */
    public String digits() {
        return value.substring(0, 8);
    }

    /** The division: the first 2 digits (e.g. {@code 77} for agricultural, forestry and horticultural services). */
    public String division() {
        return value.substring(0, 2);
    }

    /** The group: the first 3 digits. */
    public String group() {
        return value.substring(0, 3);
    }

    /** Whether the code is one of the social and other specific services that L2113-15 lets a buyer reserve. */
    public boolean isReservableToEssCompanies() {
        int number = Integer.parseInt(digits());
        if (number >= HEALTH_AND_SOCIAL_FROM && number <= HEALTH_AND_SOCIAL_TO) {
            return true;
        }
        return SOCIAL_AND_SPECIFIC_SERVICES.stream().anyMatch(digits()::startsWith);
    }

    @Override
    public String toString() {
        return value;
    }
}
