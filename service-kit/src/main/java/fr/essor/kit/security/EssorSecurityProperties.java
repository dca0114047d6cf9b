package fr.essor.kit.security;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings of a service: the OpenID provider people sign in at and that issues the API's tokens.
 *
 * @param oidc           the OpenID Connect provider and this service's client at it
 * @param applicantPaths the path patterns an account that is only an applicant may read (ADR-0016); none by default
 */
@ConfigurationProperties("essor.security")
public record EssorSecurityProperties(@DefaultValue Oidc oidc, List<String> applicantPaths) {

    public EssorSecurityProperties {
        applicantPaths = applicantPaths == null ? List.of() : List.copyOf(applicantPaths);
    }

    /**
     * @param issuerUri    the issuer tokens must carry; its discovery document is read at
     *                     {@code <issuer>/.well-known/openid-configuration} on first use (the embedded default:
     *                     {@code http://localhost:9000}; compose: Keycloak's realm)
     * @param clientId     this service's UI client at the provider, e.g. {@code essor-funding}
     * @param clientSecret its secret (from the environment in production)
     * @param audience     the audience every access token presented on {@code /api/**} must name
     */
    public record Oidc(URI issuerUri, String clientId, String clientSecret, @DefaultValue("essor") String audience) {

        /** Fails at start-up, naming the property, when the service cannot know whom to trust. */
        public Oidc requireComplete() {
            if (issuerUri == null || isBlank(clientId) || isBlank(clientSecret)) {
                throw new IllegalStateException("OpenID Connect is not configured: set essor.security.oidc.issuer-uri, "
                        + "essor.security.oidc.client-id and essor.security.oidc.client-secret "
                        + "(./run-local.sh and docker-compose.yml do it; see docs/operations.md)");
            }
            return this;
        }

        /** The issuer as tokens carry it, without a trailing slash. */
        public String issuer() {
            String issuer = issuerUri.toString();
            return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }
}
