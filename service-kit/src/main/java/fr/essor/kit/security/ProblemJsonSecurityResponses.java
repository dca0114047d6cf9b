package fr.essor.kit.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import fr.essor.kit.problem.Problems;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the API's 401 and 403 as RFC 9457 {@code application/problem+json}, never with a login redirect.
 * Type URIs and French titles are those of {@link Problems}, like every other API error.
 */
public class ProblemJsonSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final String REALM = "Essor";

    /**
     * No token, or one that is expired, wrongly signed, from another issuer or for another audience: 401 with the
     * RFC 6750 challenge ({@code error="invalid_token"} when a token was presented).
     */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        boolean tokenPresented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\""
                + (tokenPresented ? ", error=\"invalid_token\"" : ""));
        write(request, response, HttpStatus.UNAUTHORIZED, tokenPresented
                ? "Jeton d'accès refusé (expiré, mal signé, d'un autre émetteur ou d'une autre audience) : "
                        + "demandez-en un nouveau au fournisseur d'identité."
                : "Jeton d'accès absent : authentifiez-vous auprès du fournisseur d'identité (OAuth2) pour utiliser "
                        + "cette API.");
    }

    /**
     * The account may not do it: 403. Refused by the {@link WriteRules} gate, the detail says which roles may (or that
     * nobody may: a write without a rule).
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        String detail = "Votre compte n'a pas les droits nécessaires pour cette opération.";
        if (accessDeniedException instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof WriteRules.Decision decision) {
            detail = decision.rule() == null
                    ? "Aucun rôle n'est autorisé à faire cette écriture (" + request.getMethod() + " "
                            + request.getRequestURI() + ")."
                    : detail + " " + decision.rule().frenchSentence();
        }
        write(request, response, HttpStatus.FORBIDDEN, detail);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail details = Problems.of(status, detail);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", details.getType().toString());
        problem.put("title", details.getTitle());
        problem.put("status", details.getStatus());
        problem.put("detail", details.getDetail());
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(JsonMapper.shared().writeValueAsString(problem));
    }
}
