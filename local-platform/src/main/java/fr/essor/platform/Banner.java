package fr.essor.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** What the launcher prints once everything is up: where to go, and who to sign in as. */
final class Banner {

    record DemoUser(String login, String role) {
    }

    /** The demo accounts of the local profile; the password is the login. */
    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "ADMIN"),
            new DemoUser("sens", "DIEESS (équipe SENS)"),
            new DemoUser("djva", "DJVA"),
            new DemoUser("dter", "DTER"),
            new DemoUser("dmta", "DMTA"),
            new DemoUser("dpas", "DPAS"),
            new DemoUser("achats", "ACHATS (commande publique)"),
            new DemoUser("instructeur", "INSTRUCTOR"),
            new DemoUser("facilitateur", "FACILITATOR"),
            new DemoUser("pole", "HUB_MANAGER"),
            new DemoUser("ops", "OPS"),
            new DemoUser("ept-plaine-commune", "EPT T6 Plaine Commune"),
            new DemoUser("ept-terres-envol", "EPT T7 Paris Terres d'Envol"),
            new DemoUser("ept-est-ensemble", "EPT T8 Est Ensemble"),
            new DemoUser("ept-grand-est", "EPT T9 Grand Paris Grand Est"));

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
        out.append("  Kafka            localhost:").append(settings.kafkaPort()).append('\n');
        out.append("  MongoDB          mongodb://localhost:").append(settings.mongoPort()).append('\n');
        out.append("  Données / data   ").append(settings.dataDir()).append('\n');
        out.append("  Journaux / logs  ").append(settings.logsDir()).append('\n');
        out.append('\n');
        out.append("  Comptes de démonstration (mot de passe = identifiant) / demo logins (password = login):\n");
        for (DemoUser user : DEMO_USERS) {
            out.append(String.format("    %-20s %s%n", user.login(), user.role()));
        }
        out.append('\n');
        out.append("  Ctrl-C pour tout arrêter proprement / Ctrl-C stops everything cleanly\n");
        out.append(line).append('\n');
        return out.toString();
    }
}
