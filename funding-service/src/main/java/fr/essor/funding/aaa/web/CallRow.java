package fr.essor.funding.aaa.web;

import fr.essor.funding.aaa.domain.Call;
import fr.essor.kit.ui.FrenchFormat;

/** A call as a line of the pages. */
record CallRow(int year, String title, String themes, String operatingEnvelope, String investmentEnvelope,
               String opensOn, String closesOn, String duration) {

    static CallRow of(Call call) {
        var d = call.definition();
        return new CallRow(d.year(), d.title(), String.join(", ", d.themes()), FrenchFormat.euros(d.operatingEnvelope()),
                FrenchFormat.euros(d.investmentEnvelope()), FrenchFormat.date(d.opensOn()),
                FrenchFormat.date(d.closesOn()), d.twoYearApplications() ? "Un ou deux ans" : "Un an");
    }
}
