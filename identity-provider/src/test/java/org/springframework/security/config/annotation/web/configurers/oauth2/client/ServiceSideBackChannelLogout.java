package org.springframework.security.config.annotation.web.configurers.oauth2.client;

import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

/**
 * What a service's {@code oidcLogout().backChannel()} does with a logout token it receives, with Spring Security's
 * own (package-private) classes: decode it against the provider's JWKS, check its type header and validate its
 * claims. Lives in their package only to reach them; the provider's tests use it as their oracle.
 */
public final class ServiceSideBackChannelLogout {

    private ServiceSideBackChannelLogout() {
    }

    /** The validated logout token; throws Spring Security's authentication exception when a service would refuse it. */
    public static OidcLogoutToken accept(String logoutToken, ClientRegistration registration) {
        OidcBackChannelLogoutAuthenticationProvider provider = new OidcBackChannelLogoutAuthenticationProvider();
        OidcBackChannelLogoutAuthentication authentication = (OidcBackChannelLogoutAuthentication) provider
                .authenticate(new OidcLogoutAuthenticationToken(logoutToken, registration));
        return authentication.getPrincipal();
    }
}
