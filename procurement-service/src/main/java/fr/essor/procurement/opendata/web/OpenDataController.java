package fr.essor.procurement.opendata.web;

import fr.essor.procurement.opendata.application.ContractsCsv;
import fr.essor.procurement.opendata.application.DecpDocument;
import fr.essor.procurement.opendata.application.DecpExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contracts as open data (DECP 2024 JSON for data.gouv.fr, its standard's names and formats), and for people a
 * CSV and a workbook (French headers, {@code ;}, decimal comma, dates {@code jj/mm/aaaa}): see ADR-0020.
 */
@RestController
@RequestMapping("/api/opendata")
@Tag(name = "Données ouvertes", description = "Données essentielles de la commande publique (DECP 2024), et exports "
        + "CSV et XLSX des marchés pour les tableurs")
class OpenDataController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DecpExport decp;
    private final ContractsCsv csv;

    OpenDataController(DecpExport decp, ContractsCsv csv) {
        this.decp = decp;
        this.csv = csv;
    }

    @GetMapping(path = "/decp.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "decpJson", summary = "Les marchés attribués au format DECP 2024 (v2.0.3)")
    DecpDocument decp() {
        return decp.publication();
    }

    @GetMapping(path = "/contracts.csv", produces = "text/csv;charset=UTF-8")
    @Operation(operationId = "contractsCsv", summary = "Tous les marchés et lots, en CSV pour un tableur",
            description = "Un fichier pour les personnes, pas un format de données ouvertes (les données ouvertes des "
                    + "marchés sont la publication DECP 2024, decp.json) : UTF-8 avec BOM, point-virgule entre les "
                    + "cellules, en-têtes en français, virgule décimale sans séparateur de milliers, dates jj/mm/aaaa, "
                    + "heures de Paris, le nom du territoire et du lieu d'exécution à côté de leur code.")
    ResponseEntity<byte[]> contracts() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"marches-essor.csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(csv.export());
    }

    @GetMapping(path = "/contracts.xlsx", produces = XLSX)
    @Operation(summary = "Tous les marchés et lots, en classeur XLSX",
            description = "Les colonnes du CSV pour un tableur, en cellules typées : dates, montants en euros, "
                    + "nombres ; ligne d'en-tête figée avec filtres.")
    ResponseEntity<byte[]> contractsWorkbook() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"marches-essor.xlsx\"")
                .contentType(MediaType.parseMediaType(XLSX))
                .body(csv.workbook());
    }
}
