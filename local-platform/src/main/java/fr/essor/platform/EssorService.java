package fr.essor.platform;

/** The four services the local platform runs, with their default port and their own database. */
public enum EssorService {

    ROADMAP("roadmap", 8081, "Feuille de route ESS / ESS roadmap"),
    FUNDING("funding", 8082, "Financements (Appel à Agir, SCIC) / Funding"),
    PROCUREMENT("procurement", 8083, "Achats responsables (SPASER) / Procurement"),
    FONCIER("foncier", 8084, "Foncier et pôle d'innovation / Premises and hub");

    private final String shortName;
    private final int defaultPort;
    private final String title;

    EssorService(String shortName, int defaultPort, String title) {
        this.shortName = shortName;
        this.defaultPort = defaultPort;
        this.title = title;
    }

    /** {@code roadmap}, {@code funding}, … as used in property names, database names and UI links. */
    public String shortName() {
        return shortName;
    }

    /** The Maven module and jar name: {@code roadmap-service}. */
    public String moduleName() {
        return shortName + "-service";
    }

    /** Its UI's OIDC client at the identity provider: {@code essor-roadmap}, … (local secret: the same). */
    public String clientId() {
        return "essor-" + shortName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return "essor-" + shortName;
    }

    public String title() {
        return title;
    }

    public static EssorService byShortName(String name) {
        for (EssorService service : values()) {
            if (service.shortName.equalsIgnoreCase(name.trim()) || service.moduleName().equalsIgnoreCase(name.trim())) {
                return service;
            }
        }
        throw new IllegalArgumentException("Unknown service '" + name + "' (expected roadmap, funding, procurement or foncier)");
    }
}
