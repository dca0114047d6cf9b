package fr.essor.kit.problem;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.outbox.StaleAggregateException;
import fr.essor.kit.ui.FrenchFormat;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.io.IOException;
import java.net.URI;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import java.util.List;

/**
 * Every error of the API ({@code /api/**}) as RFC 9457 {@code application/problem+json}: field errors listed under
 * {@code errors}, French titles, stable type URIs, never a stack trace. Errors of the UI pages are left to the
 * regular error page: for them every handler re-throws.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(InvalidCommandException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCommandException e, HttpServletRequest request) throws Exception {
        return invalid(e.violations(), e, request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request)
            throws Exception {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(error -> new Violation(error.getField(), error.getField() + "." + codeOf(error.getCode()),
                        error.getDefaultMessage()))
                .toList(), e, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws Exception {
        return invalid(List.of(new Violation(e.getName(), e.getName() + ".format",
                "Valeur invalide pour « " + e.getName() + " »")), e, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request)
            throws Exception {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, "Le corps de la requête dépasse la taille maximale ("
                        + tooLarge.getMessage() + ").", e, request);
            }
        }
        Violation typeError = BodyTypeErrors.violationOf(e);
        if (typeError != null) {
            return invalid(List.of(typeError), e, request);
        }
        return problem(HttpStatus.BAD_REQUEST,
                "Le corps de la requête n'est pas un JSON valide pour cette opération.", e, request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) throws Exception {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), e, request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) throws Exception {
        return problem(HttpStatus.CONFLICT, e.getMessage(), e, request);
    }

    @ExceptionHandler(StaleAggregateException.class)
    ResponseEntity<ProblemDetail> stale(StaleAggregateException e, HttpServletRequest request) throws Exception {
        return problem(HttpStatus.CONFLICT, "La ressource a été modifiée entre-temps ; rechargez-la puis recommencez.",
                e, request);
    }

    /**
     * The store does not answer within its bounded wait ({@code essor.store.timeout}): 503 with {@code Retry-After}, at
     * once rather than a hang; the write was one single-document update, so nothing is half-written. A page gets the
     * French error page with the same status.
     */
    @ExceptionHandler({ DataAccessResourceFailureException.class, MongoTimeoutException.class,
            MongoSocketException.class })
    ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        log.warn("Store unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        if (!isApi(request)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return null;
        }
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Le stockage du service ne répond pas "
                + "pour le moment : rien n'a été enregistré. Réessayez dans quelques secondes.");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Spring MVC's own errors (unsupported media type, method not allowed, no such resource, …) and the rest. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof ErrorResponse error) {
            return problem(error.getStatusCode(), frenchDetail(error), e, request);
        }
        if (isApi(request)) {
            log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        }
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Une erreur inattendue est survenue ; elle a été journalisée.",
                e, request);
    }

    private ResponseEntity<ProblemDetail> invalid(List<Violation> violations, Exception e,
                                                  HttpServletRequest request) throws Exception {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST,
                "La requête contient " + FrenchFormat.count(violations.size(), "erreur", "erreurs")
                        + " ; voir « errors ».", e, request);
        response.getBody().setProperty("errors", violations);
        return response;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detail, Exception e,
                                                  HttpServletRequest request) throws Exception {
        if (!isApi(request)) {
            throw e;
        }
        ProblemDetail problem = Problems.of(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String frenchDetail(ErrorResponse error) {
        return switch (error.getStatusCode().value()) {
            case 404 -> "Aucune ressource à cette adresse.";
            case 405 -> "Cette méthode HTTP n'est pas permise sur cette ressource.";
            case 406 -> "Cette ressource ne peut pas être servie dans le format demandé.";
            case 415 -> "Type de contenu non pris en charge : envoyez application/json.";
            default -> error.getBody().getDetail();
        };
    }

    private static String codeOf(String constraint) {
        return switch (constraint == null ? "" : constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> "required";
            case "Size" -> "size";
            case "Pattern" -> "format";
            case "" -> "invalid";
            default -> constraint.toLowerCase();
        };
    }
}
