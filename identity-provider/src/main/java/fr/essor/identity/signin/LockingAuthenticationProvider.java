package fr.essor.identity.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The sign-in form's authentication: refuses a locked login before its password is even checked, and counts each
 * wrong password (the one that locks the login already answers "locked").
 */
public final class LockingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInAttempts attempts;

    public LockingAuthenticationProvider(AuthenticationProvider passwords, SignInAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = authentication.getName();
        if (attempts.isLocked(login)) {
            throw new LockedException("Login locked after too many failed sign-ins");
        }
        try {
            Authentication authenticated = passwords.authenticate(authentication);
            attempts.succeeded(login);
            return authenticated;
        } catch (BadCredentialsException wrongLoginOrPassword) {
            if (attempts.failed(login)) {
                throw new LockedException("Login locked after too many failed sign-ins", wrongLoginOrPassword);
            }
            throw wrongLoginOrPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
