package fr.essor.funding.aaa;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.funding.TestYears;

import java.time.LocalDate;

/** JSON bodies and fresh call years for the Appel à Agir ITs (which share one Spring context and one store). */
final class AaaBodies {

    private AaaBodies() {
    }

    static int freshYear() {
        return TestYears.fresh();
    }

    /** A call open today, allowing two-year projects, with a three-criterion grid. */
    static String call(int year) {
        LocalDate today = LocalDate.now(FrenchFormat.PARIS);
        return """
                {"year":%d,"title":"Appel à Agir %d","themes":["Réemploi","Alimentation durable"],\
                "operatingEnvelope":800000,"investmentEnvelope":200000.50,"opensOn":"%s","closesOn":"%s",\
                "twoYearApplications":true,"grid":[{"code":"utilite-sociale","label":"Utilité sociale","weight":3},\
                {"code":"ancrage","label":"Ancrage territorial","weight":2},{"code":"viabilite","label":"Viabilité",\
                "weight":1}],"territoryTargets":{"T7":25,"T9":25}}""".formatted(year, year, today.minusDays(10),
                today.plusDays(10));
    }

    static String organisation(String siret) {
        return """
                {"siret":"%s","name":"Recyclerie %s","legalForm":"SCIC","esus":true,"inclusionType":null,\
                "communeInsee":"93066"}""".formatted(siret, siret);
    }

    /** A two-year project in Saint-Denis (T6) then Montreuil (T8), asking 10 000 + 2 000 then 8 000 €. */
    static String application(String siret, String title) {
        return """
                {"organisation":"%s","title":"%s","summary":"Réparer des vélos en pied d'immeuble",\
                "theme":"Réemploi","amounts":{"firstYearOperating":10000,"firstYearInvestment":2000,\
                "secondYearOperating":8000},"durationYears":2,"communeInsees":["93066","93048"],"qpv":true,\
                "projectBudget":52000,"incubation":true}""".formatted(siret, title);
    }
}
