package fr.essor.procurement.clauses.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The publics an insertion clause employs, as facilitators count them. Only counts are kept: never a name, a birth
 * date or any other personal data.
 */
public enum InsertionPublic {
    RSA_RECIPIENTS("rsaRecipients", "Bénéficiaires du RSA"),
    UNDER_26("under26", "Jeunes de moins de 26 ans"),
    LONG_TERM_JOBSEEKERS("longTermJobseekers", "Demandeurs d'emploi de longue durée"),
    DISABLED_WORKERS("disabledWorkers", "Travailleurs handicapés"),
    OTHER("other", "Autres publics éligibles");

    private final String key;
    private final String label;

    InsertionPublic(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The key on the API and the wire, e.g. {@code rsaRecipients}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<InsertionPublic> ofKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
