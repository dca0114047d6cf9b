package fr.essor.procurement.contracts;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.Map;

import static fr.essor.procurement.contracts.ProcurementFixtures.contract;
import static fr.essor.procurement.contracts.ProcurementFixtures.organisation;
import static fr.essor.procurement.contracts.ProcurementFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract pages as a buyer's browser uses them: session, CSRF token, form posts, French errors. */
@EssorIntegrationTest
class ContractPagesIT {

    @LocalServerPort
    int port;

    @Test
    void aBuyerAwardsAReservedContractFromItsPageAndSeesTheRefusalNextToTheField() {
        SignedInBrowser browser = SignedInBrowser.withBasic(port, "achats");
        Api api = Api.at(port).as("achats", "achats");
        String ea = organisation(api, "Entreprise adaptée du Canal", "ESS_COMPANY", "EA", false);
        String aci = organisation(api, "Chantier du Canal", "ASSOCIATION", "ACI", false);
        String ref = reference();
        assertThat(api.postJson("/api/contracts", contract(ref, "L2113-12", "79342000", "[]", 0)).statusCode())
                .isEqualTo(201);
        String id = ref + "-L1";

        String contractPage = "/contracts/" + id;
        HttpResponse<String> page = browser.page(contractPage);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Attribuer le marché", "Réservé aux entreprises adaptées et ESAT (L2113-12)",
                "190\u00a0000,00\u00a0€");

        HttpResponse<String> refused = browser.submit(contractPage, contractPage + "/award", Map.of("siret", aci,
                "amount", "45 000,50", "notifiedOn", "15/01/2026", "offersReceived", "2"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("aria-describedby=\"siret-erreur\"", "id=\"siret-erreur\"",
                "Chantier du Canal ne peut pas être titulaire de ce marché réservé (L2113-12)", "45 000,50");

        HttpResponse<String> awarded = browser.submit(contractPage, contractPage + "/award", Map.of("siret", ea,
                "amount", "45 000,50", "notifiedOn", "15/01/2026", "offersReceived", "2"));

        assertThat(awarded.statusCode()).isEqualTo(302);
        HttpResponse<String> after = browser.page(contractPage);
        assertThat(after.body()).contains("Le marché est attribué à Entreprise adaptée du Canal.",
                "Notifié le 15/01/2026 pour 45\u00a0000,50\u00a0€ HT").doesNotContain("Attribuer le marché");
        assertThat(browser.page("/contracts?reservation=L2113-12&status=AWARDED").body()).contains(id);
    }
}
