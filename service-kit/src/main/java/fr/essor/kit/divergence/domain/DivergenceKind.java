package fr.essor.kit.divergence.domain;

/** The three ways a service's store and its topics can disagree (ADR-0023). */
public enum DivergenceKind {

    /** On the topic, neither in the event log nor pending: the store forgot a write whose events went out. */
    UNKNOWN_TO_STORE("unknown_to_store", "Publié sur Kafka, inconnu de la base",
            "L'événement est sur le topic, mais la base ne l'a ni dans son journal des événements publiés ni en "
                    + "attente : elle a perdu une écriture dont l'événement était déjà publié. Les services qui l'ont "
                    + "lu en tiennent compte, ce service non."),
    /** In the event log, absent from the topic: the broker lost records it had acknowledged. */
    MISSING_ON_TOPIC("missing_on_topic", "Journalisé comme publié, absent de Kafka",
            "La base a noté l'événement comme confirmé par Kafka, mais il n'est pas sur le topic : le broker a perdu "
                    + "un message confirmé, ou l'entrée du journal est fausse. Les services abonnés ne l'ont "
                    + "jamais reçu."),
    /** The topic knows a newer state of an aggregate than the store (or the store lost the aggregate). */
    VERSIONS_APART("versions_apart", "Version de la base en retard sur Kafka",
            "Le topic porte une version de l'objet plus récente que celle de la base, ou la base n'a plus "
                    + "l'objet : la base est revenue en arrière (restauration, suppression ou modification à la "
                    + "main).");

    private final String tag;
    private final String label;
    private final String explanation;

    DivergenceKind(String tag, String label, String explanation) {
        this.tag = tag;
        this.label = label;
        this.explanation = explanation;
    }

    /** The value of the gauge's {@code kind} label. */
    public String tag() {
        return tag;
    }

    /** A short French title for the ops page. */
    public String label() {
        return label;
    }

    /** What it means, in French, for an ops engineer. */
    public String explanation() {
        return explanation;
    }
}
