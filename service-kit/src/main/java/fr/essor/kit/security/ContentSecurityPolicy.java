package fr.essor.kit.security;

import java.net.URI;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response. The pages load nothing from elsewhere and run no inline script; a form may
 * lead to the OpenID provider (signing out redirects there, and browsers check {@code form-action} on redirects), and
 * Swagger UI's "Authorize" calls the provider's token endpoint. No page may be framed.
 */
final class ContentSecurityPolicy {

    private final String directives;

    ContentSecurityPolicy(String issuer) {
        String provider = origin(issuer);
        this.directives = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self'; connect-src 'self' " + provider + "; "
                + "form-action 'self' " + provider + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    }

    String directives() {
        return directives;
    }

    void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(directives))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }

    private static String origin(String issuer) {
        URI uri = URI.create(issuer);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
