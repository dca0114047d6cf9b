package fr.essor.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** What the launcher prints once everything is up: where to go, and who to sign in as. */
final class Banner {

    record DemoUser(String login, String role) {
    }

    /** The people of the local identity provider; the password is the login. */
    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "ADMIN"),
            new DemoUser("sens", "DIEESS (équipe SENS)"),
            new DemoUser("djva", "DJVA"),
            new DemoUser("dter", "DTER"),
            new DemoUser("dmta", "DMTA"),
            new DemoUser("dpas", "DPAS"),
            new DemoUser("achats", "ACHATS (commande publique)"),
            new DemoUser("instructeur", "INSTRUCTOR, DMTA"),
            new DemoUser("facilitateur", "FACILITATOR"),
            new DemoUser("pole", "HUB_MANAGER"),
            new DemoUser("ops", "OPS (courriels envoyés : /ops/courriels des financements)"),
            new DemoUser("asso-fabrique", "APPLICANT (structure candidate : /espace-candidat des financements)"),
            new DemoUser("asso-voisins", "APPLICANT (une autre structure candidate)"));

    /** The client-credentials clients of the local identity provider (EPT systems, scripts); the secret is the id. */
    static final List<DemoUser> DEMO_CLIENTS = List.of(
            new DemoUser("ept-plaine-commune", "EPT T6 Plaine Commune"),
            new DemoUser("ept-terres-envol", "EPT T7 Paris Terres d'Envol"),
            new DemoUser("ept-est-ensemble", "EPT T8 Est Ensemble"),
            new DemoUser("ept-grand-est", "EPT T9 Grand Paris Grand Est"),
            new DemoUser("essor-cli", "ADMIN (scripts)"));

    private Banner() {
    }

    static String render(PlatformSettings settings, Duration startup) {
        String line = "=".repeat(78);
        StringBuilder out = new StringBuilder();
        out.append(line).append('\n');
        out.append(String.format(Locale.ROOT, "  Essor est prêt / Essor is up  (%.1f s)%n", startup.toMillis() / 1000.0));
        out.append(line).append('\n');
        if (settings.services().isEmpty()) {
            out.append("  Aucun service lancé (--services=none) / no service started\n");
        }
        for (EssorService service : settings.services()) {
            out.append(String.format("  %-12s %-24s API : %s/swagger-ui.html%n",
                    service.shortName(), settings.url(service), settings.url(service)));
            out.append("               ").append(service.title()).append('\n');
        }
        out.append('\n');
        out.append("  Identité / OIDC  ").append(settings.idpUrl())
                .append("  fournisseur d'identité local / local OpenID provider\n");
        out.append("  Kafka            localhost:").append(settings.kafkaPort()).append('\n');
        out.append("  MongoDB          mongodb://localhost:").append(settings.mongoPort()).append('\n');
        out.append("  Données / data   ").append(settings.dataDir()).append('\n');
        out.append("  Journaux / logs  ").append(settings.logsDir()).append('\n');
        out.append('\n');
        out.append("  Connexion : les services vous envoient sur ").append(settings.idpUrl())
                .append(" / sign-in happens on the provider.\n");
        out.append("  Comptes de démonstration (mot de passe = identifiant) / demo logins (password = login):\n");
        for (DemoUser user : DEMO_USERS) {
            out.append(String.format("    %-20s %s%n", user.login(), user.role()));
        }
        out.append("  Clients des API (client credentials, secret = identifiant) / API clients (secret = id):\n");
        for (DemoUser client : DEMO_CLIENTS) {
            out.append(String.format("    %-20s %s%n", client.login(), client.role()));
        }
        out.append("  Jeton / token : curl -u ept-est-ensemble:ept-est-ensemble -d grant_type=client_credentials ")
                .append(settings.idpUrl()).append("/oauth2/token\n");
        out.append('\n');
        out.append("  Ctrl-C pour tout arrêter proprement / Ctrl-C stops everything cleanly\n");
        out.append(line).append('\n');
        return out.toString();
    }
}
