package fr.essor.foncier.hub.web;

import fr.essor.foncier.hub.application.HubCatalogue;
import fr.essor.foncier.hub.domain.Allocation;
import fr.essor.foncier.hub.domain.Building;
import fr.essor.foncier.hub.domain.Occupancy;
import fr.essor.foncier.hub.domain.Space;
import fr.essor.foncier.hub.domain.SpaceType;
import fr.essor.kit.exports.Coded;
import fr.essor.kit.exports.Column;
import fr.essor.kit.exports.XlsxWorkbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The hub's occupancy of the day as a workbook: the rates (overall, per type, per building), then every space. */
final class OccupancyWorkbook {

    static final List<Column> RATE_COLUMNS = List.of(Column.text("Périmètre"), Column.integer("Surface (m²)"),
            Column.integer("Surface occupée (m²)"), Column.percent("Taux d'occupation (%)"),
            Column.integer("Espaces"), Column.integer("Espaces occupés"));
    static final List<Column> SPACE_COLUMNS = List.of(Column.text("Espace"),
            Column.codeAndName("Code bâtiment", "Bâtiment"), Column.text("Nom"), Column.text("Type"),
            Column.integer("Surface (m²)"), Column.text("Étage"), Column.text("Accessible PMR"),
            Column.text("Occupant du jour"), Column.text("SIRET ou RNA"), Column.text("Attribution"),
            Column.date("Du"), Column.date("Au"), Column.text("Convention"));

    private OccupancyWorkbook() {
    }

    static byte[] of(HubCatalogue.Report report, List<Space> spaces, Map<String, String> buildingNames) {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Occupation du pôle au " + report.day()
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        XlsxWorkbook.Table rates = workbook.sheet("Occupation", RATE_COLUMNS);
        rate(rates, "Tout le pôle", report.overall());
        report.byType().forEach((type, o) -> rate(rates, "Type " + SpaceType.valueOf(type).label(), o));
        report.byBuilding().forEach((code, o) -> rate(rates, code + " — " + building(code, buildingNames).name(), o));

        XlsxWorkbook.Table rows = workbook.sheet("Espaces", SPACE_COLUMNS);
        for (Space s : spaces) {
            var d = s.details();
            Optional<Allocation> occupant = s.occupantOn(report.day());
            rows.add(s.id(), building(s.buildingCode(), buildingNames), d.name(), d.type().label(), d.surface(),
                    d.floor(), d.accessible(), occupant.map(Allocation::organisationName).orElse("Libre"),
                    occupant.map(Allocation::organisationId).orElse(null), occupant.map(Allocation::id).orElse(null),
                    occupant.map(a -> a.planned().start()).orElse(null),
                    occupant.map(a -> a.effective().end()).orElse(null),
                    occupant.map(OccupancyAgreementPdf::status).orElse(null));
        }
        return workbook.toBytes();
    }

    private static void rate(XlsxWorkbook.Table rates, String scope, Occupancy o) {
        rates.add(scope, o.surface(), o.occupiedSurface(), o.rate(), o.spaces(), o.occupiedSpaces());
    }

    private static Coded building(String code, Map<String, String> names) {
        String name = names.get(code);
        return new Coded(code, name == null || name.isBlank() ? "Bâtiment " + code : name);
    }

    static Map<String, String> names(List<Building> buildings) {
        Map<String, String> names = new HashMap<>();
        buildings.forEach(b -> names.put(b.code(), b.name()));
        return names;
    }
}
