package fr.essor.identity.accounts;

import java.util.List;

import fr.essor.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The people of the OIDC contract's demo: one account per role (two applicants), the password is the login. Local use only. */
public final class DemoAccounts {

    /** A demo person: login and roles (people have no territory; EPT systems are clients). */
    public record Account(String login, List<Role> roles) {
        public Account {
            roles = List.copyOf(roles);
        }
    }

    public static final List<Account> PEOPLE = List.of(
            new Account("admin", List.of(Role.ADMIN)),
            new Account("sens", List.of(Role.DIEESS)),
            new Account("djva", List.of(Role.DJVA)),
            new Account("dter", List.of(Role.DTER)),
            new Account("dmta", List.of(Role.DMTA)),
            new Account("dpas", List.of(Role.DPAS)),
            new Account("achats", List.of(Role.ACHATS)),
            new Account("instructeur", List.of(Role.INSTRUCTOR, Role.DMTA)),
            new Account("facilitateur", List.of(Role.FACILITATOR)),
            new Account("pole", List.of(Role.HUB_MANAGER)),
            new Account("ops", List.of(Role.OPS)),
            // people of ESS organisations applying online (ADR-0016): the organisation link is asked and confirmed
            // in funding, not here
            new Account("asso-fabrique", List.of(Role.APPLICANT)),
            new Account("asso-voisins", List.of(Role.APPLICANT)));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** The demo domain of every demo person's address (RFC 2606: reserved, never delivered anywhere). */
    public static final String EMAIL_DOMAIN = "essor.example";

    private DemoAccounts() {
    }

    /**
     * The {@code email} claim of a demo person, {@code <login>@essor.example}: funding sends the applicants' e-mail
     * notifications there (ADR-0018), into the embedded SMTP server of the embedded default; empty for a client.
     */
    public static java.util.Optional<String> emailOf(String login) {
        return PEOPLE.stream().filter(account -> account.login().equals(login)).findFirst()
                .map(account -> account.login() + "@" + EMAIL_DOMAIN);
    }

    /** The accounts with their password (the login) encoded now, at start-up. */
    public static InMemoryUserDetailsManager encodedWith(PasswordEncoder encoder) {
        List<UserDetails> users = PEOPLE.stream()
                .map(account -> User.withUsername(account.login())
                        .password(encoder.encode(account.login()))
                        .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                        .build())
                .toList();
        log.warn("{} comptes de démonstration (mot de passe = identifiant) : pour un usage local uniquement / "
                + "demo accounts whose password is the login: for local use only", users.size());
        return new InMemoryUserDetailsManager(users);
    }
}
