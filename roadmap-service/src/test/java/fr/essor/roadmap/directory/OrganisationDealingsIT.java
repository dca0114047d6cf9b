package fr.essor.roadmap.directory;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.roadmap.directory.infrastructure.MongoDealings;
import fr.essor.roadmap.indicators.IndicatorFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 360° directory: what funding, procurement and foncier publish about an organisation (facts built from the
 * contract examples, sent to the real broker) shows on its page and in the API, once each whatever the redeliveries,
 * and is kept when it arrives before the organisation itself.
 */
@EssorIntegrationTest
class OrganisationDealingsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoDealings dealings;

    final UpstreamFacts organisations = new UpstreamFacts();
    final IndicatorFacts facts = new IndicatorFacts();
    Api sens;

    @BeforeEach
    void signIn() {
        sens = Api.at(port).as("sens");
    }

    @Test
    void grantsStakeContractsPremisesAndHubOccupancyReportedByTheServicesAppearOnTheOrganisation() {
        String siret = UpstreamFacts.nextSiret();
        organisations.deliver(organisations.registered("funding", siret, "93048", "Montreuil", "T8"));
        String application = IndicatorFacts.unique("AAA-2036");
        facts.deliver(facts.of("grant-awarded.v1", p -> {
            p.put("applicationId", application);
            p.put("callYear", 2036);
            p.put("organisationId", siret);
            p.put("amount", new BigDecimal("12345.67"));
        }));
        String cpo = IndicatorFacts.unique("CPO");
        facts.deliver(facts.of("grant-agreement-signed.v1", p -> { // a CPO (kind CPO in the example)
            p.put("agreementId", cpo);
            p.put("organisationId", siret);
        }));
        facts.deliver(facts.of("grant-agreement-signed.v1", p -> { // an Appel à Agir agreement: shown as its grant
            p.put("agreementId", IndicatorFacts.unique("AAA-2036"));
            p.put("kind", "GRANT_AGREEMENT");
            p.put("programme", "AAA");
            p.put("organisationId", siret);
        }));
        facts.deliver(facts.of("scic-stake-acquired.v1", p -> {
            p.put("stakeId", IndicatorFacts.unique("SCIC"));
            p.put("organisationId", siret);
        }));
        String contract = IndicatorFacts.unique("MAR");
        facts.deliver(facts.of("contract-awarded.v1", p -> {
            p.put("contractId", contract);
            p.put("holderOrganisationId", siret);
            p.put("year", 2036);
        }));
        facts.deliver(facts.of("lease-signed.v1", p -> {
            p.put("leaseId", IndicatorFacts.unique("BAIL"));
            p.put("organisationId", siret);
        }));
        // allocated now, occupied from next month: not "Occupé" yet
        LocalDate occupiedFrom = LocalDate.now(FrenchFormat.PARIS).plusMonths(1);
        LocalDate occupiedUntil = occupiedFrom.plusYears(2).minusDays(1);
        facts.deliver(facts.of("hub-space-allocated.v1", p -> {
            p.put("spaceId", IndicatorFacts.unique("IRD"));
            p.put("allocationId", IndicatorFacts.unique("ALLOC"));
            p.put("organisationId", siret);
            p.put("startDate", occupiedFrom.toString());
            p.put("endDate", occupiedUntil.toString());
        }));

        JsonNode d = awaitDealings(siret, x -> x.get("grants").size() == 1
                && x.get("objectivesAgreements").size() == 1 && x.get("scicStakes").size() == 1
                && x.get("contractsWon").size() == 1 && x.get("premises").size() == 1
                && x.get("hubOccupancies").size() == 1);

        JsonNode grant = d.get("grants").get(0);
        assertThat(grant.get("applicationId").asString()).isEqualTo(application);
        assertThat(grant.get("callYear").asInt()).isEqualTo(2036);
        assertThat(grant.get("amount").decimalValue()).isEqualByComparingTo("12345.67");
        JsonNode agreement = d.get("objectivesAgreements").get(0);
        assertThat(agreement.get("agreementId").asString()).isEqualTo(cpo);
        assertThat(agreement.get("amount").decimalValue()).isEqualByComparingTo("180000");
        assertThat(agreement.get("fromYear").asInt()).isEqualTo(2026);
        assertThat(agreement.get("toYear").asInt()).isEqualTo(2028);
        assertThat(agreement.get("signedOn").asString()).isEqualTo("2026-04-02");
        JsonNode stake = d.get("scicStakes").get(0);
        assertThat(stake.get("status").asString()).isEqualTo("HELD");
        assertThat(stake.get("capitalHeld").decimalValue()).isEqualByComparingTo("20000");
        assertThat(stake.get("sharePercent").decimalValue()).isEqualByComparingTo("12.5");
        JsonNode won = d.get("contractsWon").get(0);
        assertThat(won.get("contractId").asString()).isEqualTo(contract);
        assertThat(won.get("amount").decimalValue()).isEqualByComparingTo("184500");
        assertThat(won.get("reservation").asString()).isEqualTo("L2113-13");
        JsonNode premises = d.get("premises").get(0);
        assertThat(premises.get("surface").decimalValue()).isEqualByComparingTo("180");
        assertThat(premises.get("communeInsee").asString()).isEqualTo("93048");
        JsonNode hub = d.get("hubOccupancies").get(0);
        assertThat(hub.get("spaceName").asString()).isEqualTo("Atelier 112");
        assertThat(hub.get("surface").decimalValue()).isEqualByComparingTo("85.5");
        assertThat(hub.get("since").asString()).isEqualTo(occupiedFrom.toString());
        assertThat(hub.get("until").asString()).isEqualTo(occupiedUntil.toString());

        HttpResponse<String> page = sens.page("/organisations/" + siret);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Vue 360°", "Subventions", "12\u202f345,67 €", "Fonctionnement",
                "Conventions pluriannuelles d'objectifs (CPO)", cpo, "Réemploi et insertion sur le canal",
                "2026–2028", "180\u202f000,00 €", "02/04/2026", "CD-2026-03-10-0021",
                "Participation du Département au capital (SCIC)", "Détenue", "20\u202f000,00 €", "12,5 %",
                "Marchés remportés", "184\u202f500,00 €", "Réservé (art. L2113-13 : SIAE)",
                "Locaux", "180 m²", "Montreuil (Est Ensemble)", "du 01/03/2026 au 28/02/2035",
                "Occupation du pôle d'innovation", "85,5 m²", FrenchFormat.date(occupiedUntil),
                "Attribué, occupé à partir du " + FrenchFormat.date(occupiedFrom));
    }

    @Test
    void factsPublishedBeforeTheOrganisationIsInTheDirectoryShowOnceItAppears() {
        String siret = UpstreamFacts.nextSiret();
        String application = IndicatorFacts.unique("AAA-2037");
        facts.deliver(facts.of("grant-awarded.v1", p -> {
            p.put("applicationId", application);
            p.put("callYear", 2037);
            p.put("organisationId", siret);
        }));
        await().atMost(PATIENCE).until(() -> dealings.appliedFacts("grant:" + application) == 1);
        assertThat(sens.get("/api/organisations/" + siret).statusCode()).isEqualTo(404);

        organisations.deliver(organisations.registered("funding", siret, "93066", "Saint-Denis", "T6"));

        JsonNode d = awaitDealings(siret, x -> x.get("grants").size() == 1);
        assertThat(d.get("grants").get(0).get("applicationId").asString()).isEqualTo(application);
    }

    @Test
    void aFactDeliveredTwiceIsShownAndAppliedOnce() {
        String siret = UpstreamFacts.nextSiret();
        organisations.deliver(organisations.registered("procurement", siret, "93005", "Aulnay-sous-Bois", "T7"));
        String contract = IndicatorFacts.unique("MAR");
        IndicatorFacts.Fact awarded = facts.of("contract-awarded.v1", p -> {
            p.put("contractId", contract);
            p.put("holderOrganisationId", siret);
            p.put("year", 2037);
        });
        String application = IndicatorFacts.unique("AAA-2037");
        IndicatorFacts.Fact grant = facts.of("grant-awarded.v1", p -> {
            p.put("applicationId", application);
            p.put("callYear", 2037);
            p.put("organisationId", siret);
        });

        facts.deliver(awarded);
        facts.deliver(grant);
        facts.deliver(awarded);
        facts.deliver(grant);
        String marker = IndicatorFacts.unique("MAR");
        facts.deliver(facts.of("contract-awarded.v1", p -> {
            p.put("contractId", marker);
            p.put("holderOrganisationId", siret);
            p.put("year", 2037);
        }));

        JsonNode d = awaitDealings(siret, x -> x.get("contractsWon").size() == 2 && x.get("grants").size() == 1);
        assertThat(d.get("contractsWon")).extracting(c -> c.get("contractId").asString())
                .containsExactlyInAnyOrder(contract, marker);
        assertThat(dealings.appliedFacts("contract:" + contract + ":" + siret)).isEqualTo(1);
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(dealings.appliedFacts("grant:" + application)).isEqualTo(1);
            assertThat(awaitDealings(siret, x -> true).get("grants")).hasSize(1);
        });
    }

    @Test
    void anEndedLeaseShowsAsEndedAndTheSignatureReplayedLateDoesNotReopenIt() {
        String siret = UpstreamFacts.nextSiret();
        organisations.deliver(organisations.registered("foncier", siret, "93048", "Montreuil", "T8"));
        String lease = IndicatorFacts.unique("BAIL");
        IndicatorFacts.Fact signed = facts.of("lease-signed.v1", p -> {
            p.put("leaseId", lease);
            p.put("organisationId", siret);
        });
        facts.deliver(signed);
        String endedOn = LocalDate.now(FrenchFormat.PARIS).minusDays(1).toString();
        facts.deliver(facts.of("lease-ended.v1", p -> {
            p.put("leaseId", lease);
            p.put("organisationId", siret);
            p.put("endedOn", endedOn);
        }));
        awaitDealings(siret, x -> x.get("premises").size() == 1 && !x.get("premises").get(0).get("endedOn").isNull());

        facts.deliver(signed); // late and older: must change nothing
        facts.deliver(facts.of("lease-ended.v1", p -> { // a newer fact on the same key, behind it: the marker
            p.put("leaseId", lease);
            p.put("organisationId", siret);
            p.put("version", 3);
            p.put("endedOn", endedOn);
        }));
        JsonNode premises = awaitDealings(siret, x -> dealings.appliedFacts("lease:" + lease) >= 3
                && !x.get("premises").get(0).get("endedOn").isNull()).get("premises").get(0);
        assertThat(dealings.appliedFacts("lease:" + lease)).as("signed, ended, marker: the replay applied nothing")
                .isEqualTo(3);
        assertThat(premises.get("endedOn").asString()).isEqualTo(endedOn);
        assertThat(premises.get("surface").decimalValue()).isEqualByComparingTo("180");
        assertThat(sens.page("/organisations/" + siret).body()).contains("Locaux",
                "Terminé le " + FrenchFormat.date(LocalDate.parse(endedOn)));
    }

    @Test
    void aSoldStakeShowsAsSoldWithItsLastCapitalAndAnOlderFactReplayedLateChangesNothing() {
        String siret = UpstreamFacts.nextSiret();
        organisations.deliver(organisations.registered("funding", siret, "93066", "Saint-Denis", "T6"));
        String stake = IndicatorFacts.unique("SCIC");
        IndicatorFacts.Fact acquired = facts.of("scic-stake-acquired.v1", p -> {
            p.put("stakeId", stake);
            p.put("organisationId", siret);
        });
        facts.deliver(acquired);
        facts.deliver(facts.of("scic-stake-changed.v1", p -> {
            p.put("stakeId", stake);
            p.put("organisationId", siret);
        }));
        facts.deliver(facts.of("scic-stake-sold.v1", p -> {
            p.put("stakeId", stake);
            p.put("organisationId", siret);
        }));
        awaitDealings(siret, x -> x.get("scicStakes").size() == 1
                && x.get("scicStakes").get(0).get("status").asString().equals("SOLD"));

        facts.deliver(acquired);
        String marker = IndicatorFacts.unique("SCIC");
        facts.deliver(facts.of("scic-stake-acquired.v1", p -> {
            p.put("stakeId", marker);
            p.put("organisationId", siret);
        }));
        String allocation = IndicatorFacts.unique("ALLOC");
        String space = IndicatorFacts.unique("IRD");
        facts.deliver(facts.of("hub-space-allocated.v1", p -> {
            p.put("spaceId", space);
            p.put("allocationId", allocation);
            p.put("organisationId", siret);
        }));
        facts.deliver(facts.of("hub-space-vacated.v1", p -> {
            p.put("vacatedOn", LocalDate.now(FrenchFormat.PARIS).minusDays(1).toString());
            p.put("spaceId", space);
            p.put("allocationId", allocation);
            p.put("organisationId", siret);
        }));
        JsonNode d = awaitDealings(siret, x -> x.get("scicStakes").size() == 2 && x.get("hubOccupancies").size() == 1
                && !x.get("hubOccupancies").get(0).get("vacatedOn").isNull());

        JsonNode sold = stream(d.get("scicStakes")).filter(s -> s.get("stakeId").asString().equals(stake))
                .findFirst().orElseThrow();
        assertThat(sold.get("status").asString()).isEqualTo("SOLD");
        assertThat(sold.get("capitalHeld").decimalValue()).as("the last capital held").isEqualByComparingTo("35000");
        assertThat(sold.get("since").asString()).isEqualTo("2021-06-28");
        assertThat(sold.get("soldOn").asString()).isEqualTo("2027-03-31");
        assertThat(sold.get("saleAmount").decimalValue()).isEqualByComparingTo("35000");
        assertThat(dealings.appliedFacts("scic-stake:" + stake)).isEqualTo(3);
        assertThat(d.get("hubOccupancies").get(0).get("vacatedOn").asString())
                .isEqualTo(LocalDate.now(FrenchFormat.PARIS).minusDays(1).toString());
        assertThat(d.get("hubOccupancies").get(0).get("spaceName").asString()).isEqualTo("Atelier 112");
        assertThat(sens.page("/organisations/" + siret).body())
                .contains("Parts cédées", "Cédée le 31/03/2027 pour 35\u202f000,00 €",
                        "Libéré le " + FrenchFormat.date(LocalDate.now(FrenchFormat.PARIS).minusDays(1)));
    }

    @Test
    void anOrganisationNobodyReportedAnythingAboutSaysSo() {
        String siret = UpstreamFacts.nextSiret();
        organisations.deliver(organisations.registered("foncier", siret, "93010", "Bondy", "T8"));

        JsonNode d = awaitDealings(siret, x -> true);

        assertThat(d.get("grants")).isEmpty();
        assertThat(d.get("objectivesAgreements")).isEmpty();
        assertThat(d.get("hubOccupancies")).isEmpty();
        assertThat(sens.page("/organisations/" + siret).body()).contains("Aucune subvention, convention pluriannuelle, participation")
                .doesNotContain("Marchés remportés");
        assertThat(json.readTree(sens.get("/api/organisations?territory=T8").body()).get(0).has("dealings"))
                .as("the list does not carry the 360° view").isFalse();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private JsonNode awaitDealings(String siret, Predicate<JsonNode> ready) {
        HttpResponse<String> found = await().atMost(PATIENCE).until(() -> sens.get("/api/organisations/" + siret),
                r -> r.statusCode() == 200 && ready.test(json.readTree(r.body()).get("dealings")));
        return json.readTree(found.body()).get("dealings");
    }
}
