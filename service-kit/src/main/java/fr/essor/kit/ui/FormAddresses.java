package fr.essor.kit.ui;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The address a form posts to stays in the browser's address bar when the page answers a refused submission; read
 * again (reload, a bookmark, the history), it is a GET the address does not take. Instead of a 405, a person is sent
 * to the page the form belongs to, one segment up ({@code /candidatures/AAA-1/etapes} → {@code /candidatures/AAA-1}).
 * The API ({@code /api/**}) keeps its 405 problem.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FormAddresses {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    RedirectView backToThePage(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!READS.contains(request.getMethod()) || path.startsWith("/api/") || path.equals("/api")) {
            throw e;
        }
        RedirectView page = new RedirectView(pageOf(path), true);
        page.setStatusCode(HttpStatus.SEE_OTHER);
        return page;
    }

    static String pageOf(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = trimmed.lastIndexOf('/');
        return slash <= 0 ? "/" : trimmed.substring(0, slash);
    }
}
