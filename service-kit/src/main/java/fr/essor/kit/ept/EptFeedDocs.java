package fr.essor.kit.ept;

/** The French texts of the OpenAPI description shared by every EPT feed, so that the four services say the same. */
public final class EptFeedDocs {

    /** The tag of the EPT feeds in every service. */
    public static final String TAG = "Flux des EPT";

    /** Who may call a feed, to end each operation's description with. */
    public static final String WHO = " Réservé au compte (client credentials) de l'EPT du territoire de l'URL : tout "
            + "autre compte, ou un EPT sur un autre territoire, reçoit 403. Ordre stable (date du dernier changement, "
            + "puis identifiant) ; lire la suite avec after = next tant que hasMore, puis relire plus tard avec le "
            + "dernier next (page vide, même next : rien de nouveau). Un changement est servi une fois passé le délai "
            + "de stabilisation (10 s par défaut).";

    public static final String TERRITORY = "Code du territoire de l'EPT appelant : T6, T7, T8 ou T9";
    public static final String AFTER = "Le jeton next de la page précédente, tel quel ; absent pour lire depuis le début";
    public static final String LIMIT = "Nombre d'éléments par page, de 1 à 200 (50 par défaut)";

    public static final String OK = "Une page du flux : items, next, hasMore, territoryCode";
    public static final String BAD_REQUEST = "after ou limit illisible (problem+json nommant le paramètre)";
    public static final String UNAUTHORIZED = "Sans jeton valide";
    public static final String FORBIDDEN = "Pas un compte d'EPT, ou un EPT d'un autre territoire";

    private EptFeedDocs() {
    }
}
