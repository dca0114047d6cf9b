package fr.essor.foncier.premises.domain;

import java.util.Optional;

/** Where a premises need stands. Only open needs and needs in contact are matched. */
public enum NeedStatus {

    OPEN("Ouvert"),
    IN_CONTACT("En relation"),
    SATISFIED("Satisfait"),
    ABANDONED("Abandonné");

    private final String label;

    NeedStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this == OPEN || this == IN_CONTACT;
    }

    public static Optional<NeedStatus> parse(String value) {
        return Labelled.parse(NeedStatus.class, value);
    }
}
