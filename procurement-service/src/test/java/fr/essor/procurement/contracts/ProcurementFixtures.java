package fr.essor.procurement.contracts;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.Sirets;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Registers organisations and suppliers and opens contracts through the API, as a buyer would. */
public final class ProcurementFixtures {

    private ProcurementFixtures() {
    }

    /** A fresh contract reference, unique within a run (the store lives as long as the JVM). */
    public static String reference() {
        return "IT" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    /** Registers an organisation of the given inclusion type (or none) and returns its SIRET. */
    public static String organisation(Api api, String name, String legalForm, String inclusionType, boolean esus) {
        String siret = Sirets.next();
        HttpResponse<String> created = api.postJson("/api/organisations", """
                {"siret":"%s","name":"%s","legalForm":"%s","esus":%s,"inclusionType":%s,"communeInsee":"93048"}"""
                .formatted(siret, name, legalForm, esus, inclusionType == null ? "null" : "\"" + inclusionType + "\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return siret;
    }

    public static String contract(String reference, String reservation, String cpv, String social, int hours) {
        return """
                {"reference":"%s","lot":1,"object":"Entretien des espaces verts des collèges","procedure":"OPEN_TENDER",
                 "cpvCode":"%s","estimatedAmount":190000,"durationMonths":36,"startOn":"2026-05-01",
                 "buyerDirectorate":"DBL","executionCommune":"93066","reservation":"%s",
                 "socialConsiderations":%s,"environmentalConsiderations":["ENVIRONMENTAL_CLAUSE"],
                 "insertionHoursPlanned":%d,"ccag":"SUPPLIES_AND_SERVICES","priceForm":"UNIT"}"""
                .formatted(reference, cpv, reservation, social, hours);
    }

    public static String award(String siret, String amount) {
        return """
                {"holders":[{"siret":"%s","amount":%s}],"notifiedOn":"2026-01-15","offersReceived":3}"""
                .formatted(siret, amount);
    }
}
