package fr.essor.kit.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Lets security exceptions thrown by controllers (e.g. {@code @PreAuthorize}) reach Spring Security's
 * exception translation, so that a catch-all {@code @ExceptionHandler(Exception.class)} cannot turn a
 * 401 or 403 into a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityExceptionsAdvice {

    @ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
    void rethrow(RuntimeException e) {
        throw e;
    }
}
