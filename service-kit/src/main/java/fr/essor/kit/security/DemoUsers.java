package fr.essor.kit.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One demo account per role, password = username (documented in {@code docs/demo-users.md}).
 * Only for the {@code local} and {@code test} profiles: the passwords are public.
 */
public final class DemoUsers {

    /** A demo account before its password is encoded. */
    public record Account(String username, Set<Role> roles, String territory) {
    }

    public static final List<Account> ACCOUNTS = List.of(
            new Account("admin", EnumSet.of(Role.ADMIN), null),
            new Account("sens", EnumSet.of(Role.DIEESS), null),
            new Account("djva", EnumSet.of(Role.DJVA), null),
            new Account("dter", EnumSet.of(Role.DTER), null),
            new Account("dmta", EnumSet.of(Role.DMTA), null),
            new Account("dpas", EnumSet.of(Role.DPAS), null),
            new Account("achats", EnumSet.of(Role.ACHATS), null),
            new Account("instructeur", EnumSet.of(Role.INSTRUCTOR, Role.DMTA), null),
            new Account("facilitateur", EnumSet.of(Role.FACILITATOR), null),
            new Account("pole", EnumSet.of(Role.HUB_MANAGER), null),
            new Account("ops", EnumSet.of(Role.OPS), null),
            new Account("ept-plaine-commune", EnumSet.of(Role.EPT), "T6"),
            new Account("ept-terres-envol", EnumSet.of(Role.EPT), "T7"),
            new Account("ept-est-ensemble", EnumSet.of(Role.EPT), "T8"),
            new Account("ept-grand-est", EnumSet.of(Role.EPT), "T9"));

    private DemoUsers() {
    }

    /** The demo accounts with their password (the username) encoded by the given encoder. */
    public static List<UserDetails> encodedWith(PasswordEncoder encoder) {
        return ACCOUNTS.stream()
                .map(account -> User.withUsername(account.username())
                        .password(encoder.encode(account.username()))
                        .authorities(ActorAuthorities.of(account.roles(), account.territory()))
                        .build())
                .toList();
    }
}
