package fr.essor.procurement.home.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages' former English addresses ({@code /contracts}, {@code /suppliers}, {@code /insertion-hours}, before they
 * were made French like the other services' pages): a bookmark, a link in a mail or in another service's page still
 * leads to the page, by a permanent redirect to its French address, the query string kept
 * ({@code /contracts/2026-0117-L2} → {@code /marches/2026-0117-L2}, {@code /suppliers?sector=90} →
 * {@code /fournisseurs?sector=90}). Only reads: the former form addresses (POST) are gone. The API ({@code /api/**}),
 * a contract with the EPTs' systems, keeps its English paths. Pages, not API: hidden from the OpenAPI document.
 */
@Hidden
@Controller
class FormerAddresses {

    /** The first segment of a former address and its French name. */
    private static final Map<String, String> SECTIONS = Map.of(
            "contracts", "marches",
            "suppliers", "fournisseurs",
            "insertion-hours", "heures-insertion");

    /** The later segments that were words, not identifiers ({@code /contracts/{id}/award}, {@code /suppliers/new}). */
    private static final Map<String, String> WORDS = Map.of(
            "new", "nouveau",
            "award", "attribution",
            "insertion-hours", "heures-insertion",
            "edit", "modifier",
            "closure", "cloture");

    @GetMapping({"/contracts", "/contracts/**", "/suppliers", "/suppliers/**", "/insertion-hours",
            "/insertion-hours/**"})
    ResponseEntity<Void> moved(HttpServletRequest request) {
        String context = request.getContextPath();
        String query = request.getQueryString();
        String location = context + frenchPath(request.getRequestURI().substring(context.length()))
                + (query == null ? "" : "?" + query);
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, location).build();
    }

    /** {@code /contracts/2026-0117-L2/award} → {@code /marches/2026-0117-L2/attribution}; identifiers unchanged. */
    static String frenchPath(String formerPath) {
        String[] segments = formerPath.split("/", -1);
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            path.append('/').append(i == 1 ? SECTIONS.getOrDefault(segment, segment)
                    : WORDS.getOrDefault(segment, segment));
        }
        return path.toString();
    }
}
