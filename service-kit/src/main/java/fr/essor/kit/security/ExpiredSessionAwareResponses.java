package fr.essor.kit.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.essor.kit.ui.KeptSubmission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * What a person meets on a page when not (or no longer) signed in.
 * <ul>
 * <li>No session yet: straight to the provider's sign-in (single sign-on: if the person is signed in there, they are
 * back on the page at once).</li>
 * <li>A session that ended by signing out (here or at another service): the French page "Vous êtes déconnecté"
 * ({@code /login?logout}).</li>
 * <li>A session that expired: the French page "Votre session a expiré" ({@code /login?expired}) with a way to sign in
 * again; after signing in the person lands on the page asked for (a GET) or, after a form posted too late, on the page
 * the form was on, with what they had typed put back ({@link KeptSubmission}).</li>
 * <li>Signed in without the role: the French 403 page of the layout.</li>
 * </ul>
 */
final class ExpiredSessionAwareResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String EXPIRED_PAGE = "/login?expired";
    static final String SIGNED_OUT_PAGE = "/login?logout";
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final String signInPath;
    private final SignedOutSessions signedOutSessions;
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    ExpiredSessionAwareResponses(String signInPath, SignedOutSessions signedOutSessions) {
        this.signInPath = signInPath;
        this.signedOutSessions = signedOutSessions;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        // the request was saved in a new session by the exception translation: after sign-in the person is back here
        response.sendRedirect(request.getContextPath() + (signedOutSessions.signedOut(request) ? SIGNED_OUT_PAGE
                : sessionExpired(request) ? EXPIRED_PAGE : signInPath));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDenied) throws IOException, ServletException {
        if (accessDenied instanceof CsrfException && sessionExpired(request)) {
            // a form posted after its session expired: it cannot be replayed, the person is brought back to its page
            String back = samePageReferer(request);
            if (back != null) {
                request.getSession(true).setAttribute(SAVED_REQUEST, new SimpleSavedRequest(back));
                // and what was typed is given back on that page once the person signed in again
                KeptSubmission.keep(request, back);
            }
            response.sendRedirect(request.getContextPath()
                    + (signedOutSessions.signedOut(request) ? SIGNED_OUT_PAGE : EXPIRED_PAGE));
            return;
        }
        forbidden.handle(request, response, accessDenied);
    }

    /** The browser sent a session cookie that the service no longer knows. */
    static boolean sessionExpired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    /** The page the form was on, if it is one of this service's (never a redirect elsewhere). */
    private static String samePageReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || uri.getPort() != -1 && uri.getPort() != request.getServerPort()) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

}
