package fr.essor.roadmap.indicators.web;

import fr.essor.roadmap.indicators.application.IndicatorBoard;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.nio.charset.StandardCharsets;

/** Exports of the indicators with their values per year and EPT: CSV for any spreadsheet, XLSX for Excel. */
@Controller
class IndicatorExportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final IndicatorBoard board;

    IndicatorExportController(IndicatorBoard board) {
        this.board = board;
    }

    @GetMapping("/indicateurs/export.csv")
    ResponseEntity<byte[]> csv() {
        return download(IndicatorSpreadsheet.csv(board.all()), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "indicateurs-feuille-de-route.csv");
    }

    @GetMapping("/indicateurs/export.xlsx")
    ResponseEntity<byte[]> xlsx() {
        return download(IndicatorSpreadsheet.xlsx(board.all()), XLSX, "indicateurs-feuille-de-route.xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
