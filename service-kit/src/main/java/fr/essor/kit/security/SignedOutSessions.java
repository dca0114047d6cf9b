package fr.essor.kit.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * The sessions of this service that ended by signing out (here, or elsewhere through the provider's back-channel
 * logout), so that a browser coming back with such a session's cookie is told it signed out, not that its session
 * expired. Bounded: the oldest are forgotten first.
 */
final class SignedOutSessions implements LogoutHandler {

    private static final int REMEMBERED = 10_000;

    private final Set<String> ids = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            ids.add(session.getId());
        }
    }

    /** The browser sent the cookie of a session that ended by signing out. */
    boolean signedOut(HttpServletRequest request) {
        String requested = request.getRequestedSessionId();
        return requested != null && !request.isRequestedSessionIdValid() && ids.contains(requested);
    }
}
