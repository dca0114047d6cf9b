package fr.essor.procurement.contracts;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.essor.procurement.contracts.ProcurementFixtures.contract;
import static fr.essor.procurement.contracts.ProcurementFixtures.organisation;
import static fr.essor.procurement.contracts.ProcurementFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract pages as a buyer's browser uses them: session, CSRF token, form posts, French errors. */
@EssorIntegrationTest
class ContractPagesIT {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    final String basic = "Basic " + Base64.getEncoder().encodeToString("achats:achats".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aBuyerAwardsAReservedContractFromItsPageAndSeesTheRefusalNextToTheField() throws Exception {
        Api api = Api.at(port).as("achats", "achats");
        String ea = organisation(api, "Entreprise adaptée du Canal", "ESS_COMPANY", "EA", false);
        String aci = organisation(api, "Chantier du Canal", "ASSOCIATION", "ACI", false);
        String ref = reference();
        assertThat(api.postJson("/api/contracts", contract(ref, "L2113-12", "79342000", "[]", 0)).statusCode())
                .isEqualTo(201);
        String id = ref + "-L1";

        HttpResponse<String> page = get("/contracts/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Attribuer le marché", "Réservé aux entreprises adaptées et ESAT (L2113-12)",
                "190\u00a0000,00\u00a0€");
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String token = csrf.group(1);

        HttpResponse<String> refused = post("/contracts/" + id + "/award", "_csrf=" + encode(token) + "&siret=" + aci
                + "&amount=" + encode("45 000,50") + "&notifiedOn=15/01/2026&offersReceived=2");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("aria-describedby=\"siret-erreur\"", "id=\"siret-erreur\"",
                "Chantier du Canal ne peut pas être titulaire de ce marché réservé (L2113-12)", "45 000,50");

        HttpResponse<String> awarded = post("/contracts/" + id + "/award", "_csrf=" + encode(token) + "&siret=" + ea
                + "&amount=" + encode("45 000,50") + "&notifiedOn=15/01/2026&offersReceived=2");

        assertThat(awarded.statusCode()).isEqualTo(302);
        HttpResponse<String> after = get("/contracts/" + id);
        assertThat(after.body()).contains("Le marché est attribué à Entreprise adaptée du Canal.",
                "Notifié le 15/01/2026 pour 45\u00a0000,50\u00a0€ HT").doesNotContain("Attribuer le marché");
        assertThat(get("/contracts?reservation=L2113-12&status=AWARDED").body()).contains(id);
    }
}
