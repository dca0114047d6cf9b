package fr.essor.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Lets a signed-in page read the API (an export link: CSV, XLSX, open data) with its session, for GET and HEAD only:
 * a write through {@code /api/**} always needs a bearer token, so a session cookie can never be used to change
 * anything there (the API asks no CSRF token). Nothing is ever saved to the session from the API: otherwise the API
 * is stateless, its context lives for the request only.
 */
final class PageSessionForSafeRequests implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final RequestAttributeSecurityContextRepository request = new RequestAttributeSecurityContextRepository();

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest httpRequest) {
        return isSafe(httpRequest) && sessions.containsContext(httpRequest)
                ? sessions.loadDeferredContext(httpRequest) : request.loadDeferredContext(httpRequest);
    }

    @Override
    @Deprecated
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest httpRequest, HttpServletResponse response) {
        request.saveContext(context, httpRequest, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest httpRequest) {
        return isSafe(httpRequest) && sessions.containsContext(httpRequest) || request.containsContext(httpRequest);
    }

    private static boolean isSafe(HttpServletRequest httpRequest) {
        return "GET".equals(httpRequest.getMethod()) || "HEAD".equals(httpRequest.getMethod());
    }
}
