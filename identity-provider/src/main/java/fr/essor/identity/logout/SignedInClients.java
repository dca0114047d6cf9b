package fr.essor.identity.logout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationListener;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

/**
 * Which clients a person signed in to during one session at the provider, so that ending the session logs them out
 * of exactly those clients. A session is known by its {@code sid}, as Spring Authorization Server puts it in ID
 * tokens: the URL-safe Base64 SHA-256 of the HTTP session id. Forgotten when the session ends, however it ends.
 */
public final class SignedInClients implements ApplicationListener<SessionDestroyedEvent> {

    /** The person and the clients of one provider session. */
    public record Session(String sid, String subject, Set<String> clientIds) {
        public Session {
            clientIds = Set.copyOf(clientIds);
        }
    }

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    /** Called for every token the provider issues: an ID token bound to a session records its client. */
    public void issued(JwtEncodingContext context) {
        if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            return;
        }
        SessionInformation session = context.get(SessionInformation.class);
        if (session == null) {
            return; // an ID token refreshed later keeps its sid: its client is known already
        }
        // SAS hands the customizer the session with its id already hashed: it is the sid of the token
        sessions.computeIfAbsent(session.getSessionId(), sid -> new Entry(context.getPrincipal().getName()))
                .clientIds.add(context.getRegisteredClient().getClientId());
    }

    /** Forgets the session with this HTTP session id and tells who was signed in to it, and where. */
    public Optional<Session> end(String httpSessionId) {
        String sid = sidOf(httpSessionId);
        Entry entry = sessions.remove(sid);
        return entry == null ? Optional.empty() : Optional.of(new Session(sid, entry.subject, entry.clientIds));
    }

    @Override
    public void onApplicationEvent(SessionDestroyedEvent event) {
        sessions.remove(sidOf(event.getId()));
    }

    /** The {@code sid} Spring Authorization Server derives from an HTTP session id. */
    public static String sidOf(String httpSessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(httpSessionId.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static final class Entry {
        private final String subject;
        private final Set<String> clientIds = ConcurrentHashMap.newKeySet();

        private Entry(String subject) {
            this.subject = subject;
        }
    }
}
