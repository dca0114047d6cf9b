package fr.essor.roadmap.plan.web;

import fr.essor.roadmap.plan.application.RoadmapOverview;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;

/** Exports of the (filtered) action list: CSV for any spreadsheet, XLSX for Excel. */
@Controller
class ActionExportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RoadmapOverview overview;

    ActionExportController(RoadmapOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/actions/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String challenge,
                               @RequestParam(required = false) String objective,
                               @RequestParam(required = false) String status,
                               @RequestParam(required = false) String directorate) {
        byte[] body = ActionSpreadsheet.csv(overview.actions(
                RoadmapApiController.filter(challenge, objective, status, directorate)));
        return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "actions-feuille-de-route.csv");
    }

    @GetMapping("/actions/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String challenge,
                                @RequestParam(required = false) String objective,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String directorate) {
        byte[] body = ActionSpreadsheet.xlsx(overview.actions(
                RoadmapApiController.filter(challenge, objective, status, directorate)));
        return download(body, XLSX, "actions-feuille-de-route.xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
