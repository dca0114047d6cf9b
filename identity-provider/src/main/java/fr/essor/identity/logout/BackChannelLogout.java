package fr.essor.identity.logout;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import fr.essor.identity.clients.EssorClients;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * OIDC Back-Channel Logout 1.0, the provider's side, which Spring Authorization Server leaves out: when a person's
 * session here ends by logout, every client they signed in to during it receives a logout token by POST on its
 * back-channel logout URI. Sent in the background: a service that is down or refuses the token is logged, and never
 * holds up or fails the logout itself. Must run before the session is invalidated.
 */
public final class BackChannelLogout implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(BackChannelLogout.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final SignedInClients signedInClients;
    private final RegisteredClientRepository clients;
    private final LogoutTokens logoutTokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public BackChannelLogout(SignedInClients signedInClients, RegisteredClientRepository clients,
            LogoutTokens logoutTokens) {
        this.signedInClients = signedInClients;
        this.clients = clients;
        this.logoutTokens = logoutTokens;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        signedInClients.end(session.getId()).ifPresent(this::notifyClients);
    }

    private void notifyClients(SignedInClients.Session session) {
        for (String clientId : session.clientIds()) {
            Optional<URI> uri = Optional.ofNullable(clients.findByClientId(clientId))
                    .flatMap(EssorClients::backChannelLogoutUri);
            if (uri.isEmpty()) {
                continue;
            }
            try {
                send(clientId, uri.get(), logoutTokens.issue(clientId, session.sid(), session.subject()));
            } catch (RuntimeException e) {
                log.warn("Back-channel logout of {} for {} not sent: {}", session.subject(), clientId, e.toString());
            }
        }
    }

    private void send(String clientId, URI uri, String logoutToken) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "logout_token=" + URLEncoder.encode(logoutToken, StandardCharsets.UTF_8)))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            if (failure != null) {
                log.warn("Back-channel logout to {} ({}) failed: {}", clientId, uri, failure.toString());
            } else if (response.statusCode() / 100 != 2) {
                log.warn("Back-channel logout to {} ({}) refused: HTTP {} {}", clientId, uri, response.statusCode(),
                        response.body());
            } else {
                log.info("Back-channel logout sent to {} ({}): HTTP {}", clientId, uri, response.statusCode());
            }
        });
    }
}
