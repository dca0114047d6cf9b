package fr.essor.foncier.hub.web;

import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.foncier.hub.application.HubCatalogue;
import fr.essor.foncier.hub.domain.Building;
import fr.essor.foncier.hub.domain.Occupancy;
import fr.essor.foncier.hub.domain.Space;
import fr.essor.foncier.hub.domain.SpaceType;
import fr.essor.kit.ui.FrenchFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The hub's occupancy of the day as a workbook: the rates (overall, per type, per building), then every space. */
final class OccupancyWorkbook {

    static final List<String> RATE_HEADERS = List.of("Périmètre", "Surface (m²)", "Surface occupée (m²)",
            "Taux d'occupation (%)", "Espaces", "Espaces occupés");
    static final List<String> SPACE_HEADERS = List.of("Espace", "Bâtiment", "Nom", "Type", "Surface (m²)", "Étage",
            "Accessible PMR", "Occupant du jour", "SIRET ou RNA", "Attribution", "Du", "Au", "Convention");

    private OccupancyWorkbook() {
    }

    static byte[] of(HubCatalogue.Report report, List<Space> spaces, Map<String, String> buildingNames) {
        List<List<String>> rates = new ArrayList<>();
        rates.add(rate("Tout le pôle", report.overall()));
        report.byType().forEach((type, o) -> rates.add(rate("Type " + SpaceType.valueOf(type).label(), o)));
        report.byBuilding().forEach((code, o) -> rates.add(rate(code + " — " + buildingNames.getOrDefault(code, ""),
                o)));
        List<List<String>> rows = new ArrayList<>();
        for (Space s : spaces) {
            var d = s.details();
            var occupant = s.occupantOn(report.day());
            rows.add(List.of(s.id(), s.buildingCode() + " — " + buildingNames.getOrDefault(s.buildingCode(), ""),
                    d.name(), d.type().label(), Integer.toString(d.surface()), d.floor() == null ? "" : d.floor(),
                    d.accessible() ? "Oui" : "Non", occupant.map(a -> a.organisationName()).orElse("Libre"),
                    occupant.map(a -> a.organisationId()).orElse(""), occupant.map(a -> a.id()).orElse(""),
                    occupant.map(a -> FrenchFormat.date(a.planned().start())).orElse(""),
                    occupant.map(a -> FrenchFormat.date(a.effective().end())).orElse(""),
                    occupant.map(OccupancyAgreementPdf::status).orElse("")));
        }
        XlsxWorkbook workbook = XlsxWorkbook.create();
        workbook.sheet("Occupation", RATE_HEADERS, rates, Set.of("Surface (m²)", "Surface occupée (m²)",
                "Taux d'occupation (%)", "Espaces", "Espaces occupés"));
        workbook.sheet("Espaces", SPACE_HEADERS, rows, Set.of("Surface (m²)"));
        return workbook.toBytes();
    }

    private static List<String> rate(String scope, Occupancy o) {
        return List.of(scope, Integer.toString(o.surface()), Integer.toString(o.occupiedSurface()),
                o.rate().toPlainString(), Integer.toString(o.spaces()), Integer.toString(o.occupiedSpaces()));
    }

    static Map<String, String> names(List<Building> buildings) {
        Map<String, String> names = new java.util.HashMap<>();
        buildings.forEach(b -> names.put(b.code(), b.name()));
        return names;
    }
}
