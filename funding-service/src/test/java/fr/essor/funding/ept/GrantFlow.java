package fr.essor.funding.ept;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.Sirets;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the EPT feed tests need agents to do first, over the API: open a call and register an organisation, submit
 * applications, take them to the EPTs' opinion, grant them in one voting session, sign their agreements.
 */
final class GrantFlow {

    private final int port;
    private final JsonMapper json;

    GrantFlow(int port, JsonMapper json) {
        this.port = port;
        this.json = json;
    }

    Api as(String user) {
        return Api.at(port).as(user);
    }

    /** A call open today for {@code year}, and an organisation of Montreuil; its SIRET. */
    String callAndOrganisation(int year) {
        HttpResponse<String> call = as("dmta").postJson("/api/calls", call(year));
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        String siret = Sirets.next();
        assertThat(as("dmta").postJson("/api/organisations", """
                {"siret":"%s","name":"Recyclerie %s","legalForm":"SCIC","esus":true,"inclusionType":null,\
                "communeInsee":"93048"}""".formatted(siret, siret)).statusCode()).isEqualTo(201);
        return siret;
    }

    /** An application acting in one commune; its id. */
    String submit(int year, String siret, String title, String commune) {
        HttpResponse<String> created = as("instructeur").postJson("/api/calls/" + year + "/applications", """
                {"organisation":"%s","title":"%s","summary":"Réparer des vélos en pied d'immeuble",\
                "theme":"Réemploi","amounts":{"firstYearOperating":10000,"firstYearInvestment":2000,\
                "secondYearOperating":8000},"durationYears":2,"communeInsees":["%s"],"qpv":true,\
                "projectBudget":52000,"incubation":false}""".formatted(siret, title, commune));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asString();
    }

    /** Admissible, reviewed by DJVA with this internal comment, the EPTs' opinion requested. */
    void toTerritoryOpinion(String id, String internalComment) {
        step("dmta", id, "DECLARE_ADMISSIBLE");
        assertThat(as("dmta").putJson("/api/applications/" + id + "/directorates",
                "{\"directorates\":[\"DJVA\"]}").statusCode()).isEqualTo(200);
        step("djva", id, "START_REVIEW");
        HttpResponse<String> reviewed = as("djva").postJson("/api/applications/" + id + "/reviews",
                "{\"scores\":{\"utilite-sociale\":5,\"ancrage\":3,\"viabilite\":1},\"internalComment\":\""
                        + internalComment + "\",\"sharedComment\":\"Projet utile\"}");
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        step("djva", id, "REQUEST_TERRITORY_OPINION");
    }

    /** Proposed for the vote and granted 15 000 € each in one closed session (deliberation CD-year-12-0001). */
    void grant(int year, List<String> ids) {
        ids.forEach(id -> step("djva", id, "PROPOSE_FOR_VOTE"));
        HttpResponse<String> session = as("dmta").postJson("/api/voting-sessions", """
                {"callYear":%d,"sittingOn":"%s","deliberationReference":"CD-%d-12-0001"}"""
                .formatted(year, LocalDate.now(FrenchFormat.PARIS), year));
        assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
        String sessionId = json.readTree(session.body()).get("id").asString();
        for (String id : ids) {
            assertThat(as("dmta").postJson("/api/voting-sessions/" + sessionId + "/agenda",
                    "{\"applicationId\":\"" + id + "\"}").statusCode()).isEqualTo(200);
            assertThat(as("dmta").putJson("/api/voting-sessions/" + sessionId + "/votes/" + id,
                    "{\"outcome\":\"GRANTED\",\"amount\":15000,\"justification\":\"Projet structurant\"}")
                    .statusCode()).isEqualTo(200);
        }
        HttpResponse<String> closed = as("dmta").send("POST", "/api/voting-sessions/" + sessionId + "/closing",
                null, null);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    }

    /** The grant agreement signed today. */
    void sign(String id) {
        HttpResponse<String> signature = as("dmta").postJson("/api/grants/" + id + "/signature",
                "{\"signedOn\":\"" + LocalDate.now(FrenchFormat.PARIS) + "\"}");
        assertThat(signature.statusCode()).as(signature.body()).isEqualTo(200);
    }

    private void step(String user, String id, String action) {
        HttpResponse<String> done = as(user).postJson("/api/applications/" + id + "/transitions",
                "{\"action\":\"" + action + "\"}");
        assertThat(done.statusCode()).as(action + " " + done.body()).isEqualTo(200);
    }

    static String call(int year) {
        LocalDate today = LocalDate.now(FrenchFormat.PARIS);
        return """
                {"year":%d,"title":"Appel à Agir %d","themes":["Réemploi"],\
                "operatingEnvelope":800000,"investmentEnvelope":200000,"opensOn":"%s","closesOn":"%s",\
                "twoYearApplications":true,"grid":[{"code":"utilite-sociale","label":"Utilité sociale","weight":3},\
                {"code":"ancrage","label":"Ancrage territorial","weight":2},{"code":"viabilite","label":"Viabilité",\
                "weight":1}],"territoryTargets":{}}""".formatted(year, year, today.minusDays(10), today.plusDays(10));
    }
}
