package fr.essor.roadmap.plan.domain;

import java.util.Comparator;
import java.util.regex.Pattern;

/** The code of an action: {@code challenge.objective.action}, e.g. {@code 1.2.3}. */
public record ActionCode(int challenge, int objective, int action) implements Comparable<ActionCode> {

    private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]?\\.[1-9][0-9]?\\.[1-9][0-9]?");
    private static final Comparator<ActionCode> ORDER = Comparator.comparingInt(ActionCode::challenge)
            .thenComparingInt(ActionCode::objective).thenComparingInt(ActionCode::action);

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static ActionCode parse(String value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an action code (challenge.objective.action): " + value);
        }
        String[] parts = value.split("\\.");
        return new ActionCode(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    public String challengeCode() {
        return Integer.toString(challenge);
    }

    public String objectiveCode() {
        return challenge + "." + objective;
    }

    @Override
    public int compareTo(ActionCode other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return challenge + "." + objective + "." + action;
    }
}
