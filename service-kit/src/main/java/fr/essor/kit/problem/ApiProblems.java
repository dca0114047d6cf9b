package fr.essor.kit.problem;

import fr.essor.kit.outbox.StaleAggregateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * Every API error as RFC 9457 {@code application/problem+json}: field errors listed under {@code errors}, French
 * titles, never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidCommandException.class)
    ResponseEntity<Object> invalid(InvalidCommandException e, WebRequest request) {
        return invalid(e.violations(), e, request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return handleExceptionInternal(e, Problems.of(HttpStatus.NOT_FOUND, e.getMessage()), new HttpHeaders(),
                HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        return handleExceptionInternal(e, Problems.of(HttpStatus.CONFLICT, e.getMessage()), new HttpHeaders(),
                HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(StaleAggregateException.class)
    ResponseEntity<Object> stale(StaleAggregateException e, WebRequest request) {
        return handleExceptionInternal(e, Problems.of(HttpStatus.CONFLICT,
                        "La ressource a été modifiée entre-temps ; rechargez-la puis recommencez."),
                new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected error on {}", request.getDescription(false), e);
        return handleExceptionInternal(e, Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                        "Une erreur inattendue est survenue ; elle a été journalisée."), new HttpHeaders(),
                HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldViolation(error.getField(), codeOf(error.getField(), error.getCode()),
                        error.getDefaultMessage()))
                .toList();
        return invalid(violations, e, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return handleExceptionInternal(e, Problems.of(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()),
                        headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        return handleExceptionInternal(e, Problems.of(HttpStatus.BAD_REQUEST,
                        "Le corps de la requête n'est pas un JSON valide pour cette opération."), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Problems.decorate(problem);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private ResponseEntity<Object> invalid(List<FieldViolation> violations, Exception e, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST,
                "La requête contient " + violations.size() + " erreur(s) ; voir « errors ».");
        problem.setProperty("errors", violations);
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    private static String codeOf(String field, String constraint) {
        String suffix = switch (constraint == null ? "" : constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> "required";
            case "Size" -> "size";
            case "Pattern" -> "format";
            default -> constraint == null ? "invalid" : constraint.toLowerCase();
        };
        return field + "." + suffix;
    }
}
