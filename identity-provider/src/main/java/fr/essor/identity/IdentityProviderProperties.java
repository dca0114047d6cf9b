package fr.essor.identity;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code essor.idp.*}: the issuer the tokens carry, where the four services run (their clients' redirect and logout
 * URIs are built from it), token lifetimes and the sign-in lockout.
 *
 * @param issuer   the {@code iss} of every token and the base of the discovery document
 * @param services base URL of each service UI
 * @param tokens   lifetimes of the tokens
 * @param lockout  brute-force protection of the sign-in form
 */
@ConfigurationProperties("essor.idp")
public record IdentityProviderProperties(
        @DefaultValue("http://localhost:9000") URI issuer,
        @DefaultValue Services services,
        @DefaultValue Tokens tokens,
        @DefaultValue Lockout lockout) {

    /** Base URLs of the four services, e.g. {@code http://localhost:8082} for funding. */
    public record Services(
            @DefaultValue("http://localhost:8081") URI roadmap,
            @DefaultValue("http://localhost:8082") URI funding,
            @DefaultValue("http://localhost:8083") URI procurement,
            @DefaultValue("http://localhost:8084") URI foncier) {
    }

    /**
     * @param accessToken  lifetime of every access token (people and machines)
     * @param refreshToken lifetime of the service UIs' refresh tokens
     */
    public record Tokens(
            @DefaultValue("5m") Duration accessToken,
            @DefaultValue("8h") Duration refreshToken) {
    }

    /**
     * @param maxFailures failed sign-ins of one login within {@code window} that lock it
     * @param window      how far back failures count
     * @param duration    how long the login stays locked
     */
    public record Lockout(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration duration) {
    }

    /** The issuer without a trailing slash, as it appears in {@code iss}. */
    public String issuerUrl() {
        String value = issuer.toString();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
