package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.application.PremisesNeeds;
import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.foncier.premises.application.PremisesOffers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;

/** CSV and XLSX exports of the need and offer lists, with the same filters (and the same EPT limit) as the pages. */
@Controller
class PremisesExportController {

    private static final int EXPORT_LIMIT = 10_000;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX = MediaType.parseMediaType(XlsxWorkbook.MEDIA_TYPE);

    private final PremisesNeeds needs;
    private final PremisesOffers offers;
    private final PremisesWriters writers;
    private final PremisesChoices choices;

    PremisesExportController(PremisesNeeds needs, PremisesOffers offers, PremisesWriters writers,
                             PremisesChoices choices) {
        this.needs = needs;
        this.offers = offers;
        this.writers = writers;
        this.choices = choices;
    }

    @GetMapping("/besoins/export.csv")
    ResponseEntity<byte[]> needs(@RequestParam(required = false) String territory,
                                 @RequestParam(required = false) String status) {
        PremisesVisibility visibility = new PremisesVisibility(writers.readableTerritory());
        byte[] body = PremisesCsv.needs(needs.search(PremisesPages.needFilter(choices, territory, status, visibility),
                EXPORT_LIMIT), visibility.internal());
        return download(body, "besoins-de-locaux.csv");
    }

    @GetMapping("/offres/export.csv")
    ResponseEntity<byte[]> offers(@RequestParam(required = false) String territory,
                                  @RequestParam(required = false) String status) {
        PremisesVisibility visibility = new PremisesVisibility(writers.readableTerritory());
        byte[] body = PremisesCsv.offers(offers.search(PremisesPages.offerFilter(choices, territory, status,
                visibility), EXPORT_LIMIT), visibility.internal());
        return download(body, "offres-de-locaux.csv");
    }

    @GetMapping("/besoins/export.xlsx")
    ResponseEntity<byte[]> needsWorkbook(@RequestParam(required = false) String territory,
                                         @RequestParam(required = false) String status) {
        PremisesVisibility visibility = new PremisesVisibility(writers.readableTerritory());
        byte[] body = PremisesCsv.needsWorkbook(needs.search(PremisesPages.needFilter(choices, territory, status,
                visibility), EXPORT_LIMIT), visibility.internal());
        return download(body, XLSX, "besoins-de-locaux.xlsx");
    }

    @GetMapping("/offres/export.xlsx")
    ResponseEntity<byte[]> offersWorkbook(@RequestParam(required = false) String territory,
                                          @RequestParam(required = false) String status) {
        PremisesVisibility visibility = new PremisesVisibility(writers.readableTerritory());
        byte[] body = PremisesCsv.offersWorkbook(offers.search(PremisesPages.offerFilter(choices, territory, status,
                visibility), EXPORT_LIMIT), visibility.internal());
        return download(body, XLSX, "offres-de-locaux.xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, String filename) {
        return download(body, CSV, filename);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
