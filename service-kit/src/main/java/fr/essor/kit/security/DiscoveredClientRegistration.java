package fr.essor.kit.security;

import java.util.Iterator;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * This service's one client registration ({@value #REGISTRATION_ID}), read from the provider's discovery document on
 * first use rather than at start-up: a service starts, and serves its health and API, while the provider is still
 * starting (compose starts them side by side). A failed discovery is tried again at the next sign-in.
 */
final class DiscoveredClientRegistration implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    static final String REGISTRATION_ID = "essor";

    private static final Log logger = LogFactory.getLog(DiscoveredClientRegistration.class);

    private final EssorSecurityProperties.Oidc oidc;
    private volatile ClientRegistration registration;

    DiscoveredClientRegistration(EssorSecurityProperties.Oidc oidc) {
        this.oidc = oidc;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return REGISTRATION_ID.equals(registrationId) ? registration() : null;
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        return List.of(registration()).iterator();
    }

    private ClientRegistration registration() {
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                known = registration;
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        ClientRegistration discovered = ClientRegistrations.fromIssuerLocation(oidc.issuer())
                .registrationId(REGISTRATION_ID)
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid")
                .userNameAttributeName(IdentityClaims.PREFERRED_USERNAME)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
        logger.info("OpenID provider " + oidc.issuer() + " discovered: client " + oidc.clientId());
        return discovered;
    }
}
