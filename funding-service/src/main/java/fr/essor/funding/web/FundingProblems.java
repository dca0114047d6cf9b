package fr.essor.funding.web;

import fr.essor.funding.web.FundingProblemException;
import fr.essor.kit.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** The Appel à Agir API's refusals as RFC 9457 problem+json, with their stable {@code code} beside the French detail. */
@RestControllerAdvice(basePackages = {"fr.essor.funding.aaa.web", "fr.essor.funding.decisions.web",
        "fr.essor.funding.grants.web", "fr.essor.funding.opendata.web"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class FundingProblems {

    @ExceptionHandler(FundingProblemException.class)
    ResponseEntity<ProblemDetail> refused(FundingProblemException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(e.status(), e.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", e.code());
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
