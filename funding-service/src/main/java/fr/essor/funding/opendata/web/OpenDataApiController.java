package fr.essor.funding.opendata.web;

import fr.essor.funding.opendata.application.ScdlSubvention;
import fr.essor.funding.opendata.application.SubventionsExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The open-data exports of the grants voted. */
@RestController
@Tag(name = "Données ouvertes", description = "Subventions au format SCDL « subventions » 2.1.1")
class OpenDataApiController {

    private final SubventionsExport export;

    OpenDataApiController(SubventionsExport export) {
        this.export = export;
    }

    @GetMapping(path = "/api/opendata/subventions.csv", produces = "text/csv")
    @Operation(operationId = "subventionsCsv", summary = "Subventions attribuées au format SCDL 2.1.1 (CSV UTF-8, virgule, 16 colonnes)")
    ResponseEntity<byte[]> subventions(@RequestParam(required = false) Integer year) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subventions"
                        + (year == null ? "" : "-" + year) + ".csv\"")
                .body(csv(export.rows(year)).getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 4180: comma-separated, CRLF, a field quoted when it holds a comma, a quote or a line break; no BOM. */
    static String csv(List<ScdlSubvention> rows) {
        StringBuilder out = new StringBuilder(String.join(",", ScdlSubvention.COLUMNS)).append("\r\n");
        for (ScdlSubvention row : rows) {
            out.append(row.values().stream().map(OpenDataApiController::field).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
