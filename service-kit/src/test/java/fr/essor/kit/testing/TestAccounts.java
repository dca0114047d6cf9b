package fr.essor.kit.testing;

import java.util.List;
import java.util.Optional;

/**
 * The identities the test provider signs in and issues tokens for: the demo accounts of the local provider (people,
 * one client-credentials client per EPT, the scripts' client), with their roles and territory as token claims.
 */
public final class TestAccounts {

    /** A person or a client, as its tokens describe it. */
    public record Account(String username, List<String> roles, String territory) {
    }

    public static final List<Account> ALL = List.of(
            new Account("admin", List.of("ADMIN"), null),
            new Account("sens", List.of("DIEESS"), null),
            new Account("djva", List.of("DJVA"), null),
            new Account("dter", List.of("DTER"), null),
            new Account("dmta", List.of("DMTA"), null),
            new Account("dpas", List.of("DPAS"), null),
            new Account("achats", List.of("ACHATS"), null),
            new Account("instructeur", List.of("INSTRUCTOR", "DMTA"), null),
            new Account("facilitateur", List.of("FACILITATOR"), null),
            new Account("pole", List.of("HUB_MANAGER"), null),
            new Account("ops", List.of("OPS"), null),
            new Account("asso-fabrique", List.of("APPLICANT"), null),
            new Account("asso-voisins", List.of("APPLICANT"), null),
            new Account("ept-plaine-commune", List.of("EPT"), "T6"),
            new Account("ept-terres-envol", List.of("EPT"), "T7"),
            new Account("ept-est-ensemble", List.of("EPT"), "T8"),
            new Account("ept-grand-est", List.of("EPT"), "T9"),
            new Account("essor-cli", List.of("ADMIN"), null));

    private TestAccounts() {
    }

    /** A person's {@code email} claim, as the local provider gives it ({@code <login>@essor.example}); none for a client. */
    public static Optional<String> emailOf(Account account) {
        boolean client = account.territory() != null || account.username().equals("essor-cli");
        return client ? Optional.empty() : Optional.of(account.username() + "@essor.example");
    }

    public static Optional<Account> find(String username) {
        return ALL.stream().filter(account -> account.username().equals(username)).findFirst();
    }

    public static Account get(String username) {
        return find(username).orElseThrow(() -> new IllegalArgumentException("No test account " + username));
    }
}
