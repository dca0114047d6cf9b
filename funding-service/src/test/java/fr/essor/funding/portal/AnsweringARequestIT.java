package fr.essor.funding.portal;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.funding.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.TopicProbe;
import com.mongodb.client.result.UpdateResult;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Point 3 of issue 16 (ADR-0016): an instructor asks for a missing piece from the instruction page; the fact
 * information-requested.v1 leaves through the outbox; the applicant answers online from its file page with a text, a
 * document its organisation already gave and a new one; the file shows the answer dated; the agent reads it, and its
 * documents, on the application page. A refused answer stores nothing; a second answer, another organisation's
 * applicant or an answer nobody asked for are refused.
 */
@EssorIntegrationTest
public class AnsweringARequestIT {

    private static final Pattern FILE = Pattern.compile("/espace-candidat/dossiers/(AAA-[0-9]{4}-[0-9]{4})");
    private static final Pattern DOCUMENT = Pattern.compile("/espace-candidat/pieces/([0-9a-f]{24})");
    private static final EventContracts CONTRACTS = EventContracts.load();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    private final TopicProbe topics = TopicProbe.ofTestInfrastructure();
    private final JsonMapper json = JsonMapper.builder().build();

    /** An open call, an organisation, its applicant linked, a statuts PDF given, an application submitted online. */
    public static Submitted submittedOnline(int port, String name, int year) {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        SignedInBrowser instructor = SignedInBrowser.signIn(port, "instructeur");
        LocalDate today = LocalDate.now(FrenchFormat.PARIS);
        HttpResponse<String> call = dmta.json("POST", "/api/calls", """
                {"year":%d,"title":"Appel à Agir %d","themes":["Réemploi"],\
                "operatingEnvelope":800000,"investmentEnvelope":200000,"opensOn":"%s","closesOn":"%s",\
                "twoYearApplications":true,"grid":[{"code":"utilite-sociale","label":"Utilité sociale","weight":3}],\
                "territoryTargets":{}}""".formatted(year, year, today.minusDays(60), today.plusDays(5)));
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        String siret = Sirets.next();
        HttpResponse<String> organisation = dmta.json("POST", "/api/organisations", """
                {"siret":"%s","name":"%s","legalForm":"SCIC","esus":true,"inclusionType":null,\
                "communeInsee":"93066"}""".formatted(siret, name));
        assertThat(organisation.statusCode()).as(organisation.body()).isEqualTo(201);
        SignedInBrowser fabrique = SignedInBrowser.signIn(port, "asso-fabrique");
        assertThat(fabrique.submit("/espace-candidat", "/espace-candidat/rattachements", Map.of("identifier", siret))
                .statusCode()).isEqualTo(302);
        assertThat(instructor.submit("/rattachements", "/rattachements/asso-fabrique~" + siret + "/confirmation",
                Map.of()).statusCode()).isEqualTo(302);
        String pieces = "/espace-candidat/structures/" + siret + "/pieces";
        assertThat(fabrique.submitMultipart(pieces, pieces, Map.of("kind", "STATUTES"), "file", "statuts.pdf", PDF)
                .statusCode()).isEqualTo(302);
        Matcher document = DOCUMENT.matcher(fabrique.page(pieces).body());
        assertThat(document.find()).isTrue();
        HttpResponse<String> started = fabrique.submit("/espace-candidat", "/espace-candidat/brouillons",
                Map.of("organisationId", siret, "callYear", String.valueOf(year)));
        String draft = started.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> submitted = fabrique.submitMultiValued(draft, draft, Map.of(
                "action", List.of("submit"), "title", List.of("Épicerie solidaire " + year),
                "summary", List.of("Des produits frais à petits prix"), "theme", List.of("Réemploi"),
                "amounts.firstYearOperating", List.of("8000"), "durationYears", List.of("1"),
                "communeInsees", List.of("93066"), "projectBudget", List.of("20000")));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        Matcher file = FILE.matcher(submitted.headers().firstValue("Location").orElseThrow());
        assertThat(file.find()).isTrue();
        return new Submitted(file.group(1), siret, document.group(1), dmta, instructor, fabrique);
    }

    /**
     * Dates an online file's submission {@code days} back (the call opened 60 days ago), as if the applicant had
     * sent it then: a test that dates its sitting in the past needs a file received before it, since no sitting
     * may precede a file's receipt, and an online file is received the day it is submitted.
     */
    public static void submittedDaysAgo(MongoTemplate mongo, String id, int days) {
        UpdateResult moved = mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update(
                "submittedAt", Date.from(Instant.now().minus(Duration.ofDays(days)))), "aaa_applications");
        assertThat(moved.getModifiedCount()).as("submission of " + id + " moved back").isEqualTo(1);
    }

    public record Submitted(String id, String siret, String statutesId, SignedInBrowser dmta, SignedInBrowser instructor,
                     SignedInBrowser applicant) {
        public String file() {
            return "/espace-candidat/dossiers/" + id;
        }
    }

    @Test
    void theApplicantAnswersTheRequestOnlineWithDocumentsAndTheAgentReadsTheDatedAnswer() {
        Submitted s = submittedOnline(port, "Épicerie du Canal", TestYears.fresh());
        String file = s.file();
        assertThat(s.applicant().page(file).body()).doesNotContain("Répondre à la demande du Département");
        HttpResponse<String> tooEarly = s.applicant().submit(file, file + "/reponse", Map.of("text", "Voici"));
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("ne vous demande pas de complément");

        HttpResponse<String> asked = s.dmta().submit("/candidatures/" + s.id(), "/candidatures/" + s.id() + "/etapes",
                Map.of("action", "REQUEST_CORRECTION", "reason", "Joignez le budget prévisionnel signé."));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(302);
        TopicProbe.Received requested = await().atMost(Duration.ofSeconds(20)).until(() -> topics
                .readAll("essor.funding.applications").stream()
                .filter(r -> s.id().equals(r.key()))
                .filter(r -> "fr.essor.funding.information-requested.v1".equals(r.header("ce_type")))
                .findFirst().orElse(null), r -> r != null);
        assertThat(CONTRACTS.violations(requested.header("ce_type"), requested.value())).isEmpty();
        assertThat(json.readTree(requested.value()).get("request").asString())
                .isEqualTo("Joignez le budget prévisionnel signé.");

        String page = s.applicant().page(file).body();
        assertThat(page).contains("Répondre à la demande du Département", "Joignez le budget prévisionnel signé.",
                "statuts.pdf");

        long documentsBefore = mongo.getCollection("portal_documents.files").countDocuments();
        HttpResponse<String> blank = s.applicant().submitMultipart(file, file + "/reponse",
                Map.of("text", "  ", "kind", "BUDGET"), "file", "budget-signe.pdf", PDF);
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("id=\"text-erreur\"", "Écrivez votre réponse à la demande du Département.");
        HttpResponse<String> wrongFile = s.applicant().submitMultipart(file, file + "/reponse",
                Map.of("text", "Voici le budget", "kind", "BUDGET"), "file", "budget.pdf",
                "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(wrongFile.statusCode()).isEqualTo(400);
        assertThat(wrongFile.body()).contains("id=\"file-erreur\"", "Formats acceptés : PDF");
        assertThat(wrongFile.body()).as("the kind chosen stays chosen").contains("value=\"BUDGET\" selected");
        assertThat(mongo.getCollection("portal_documents.files").countDocuments()).isEqualTo(documentsBefore);
        assertThat(s.applicant().page(file).body()).doesNotContain("Votre réponse est transmise");

        SignedInBrowser voisins = SignedInBrowser.signIn(port, "asso-voisins");
        assertThat(voisins.submit("/espace-candidat", file + "/reponse", Map.of("text", "Je réponds"))
                .statusCode()).isEqualTo(403);

        HttpResponse<String> answered = s.applicant().submitMultipart(file, file + "/reponse",
                Map.of("text", "Voici le budget signé ; les statuts sont joints.", "documentIds", s.statutesId(),
                        "kind", "BUDGET"), "file", "budget-signe.pdf", PDF);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(302);
        String followed = s.applicant().follow(answered).body();
        assertThat(followed).contains("Votre réponse est transmise au Département.", "Votre réponse",
                "Voici le budget signé ; les statuts sont joints.", "Pièces jointes : statuts.pdf, budget-signe.pdf",
                "le Département l&#39;examine").doesNotContain("Envoyer ma réponse");
        assertThat(mongo.getCollection("portal_documents.files").countDocuments()).isEqualTo(documentsBefore + 1);

        HttpResponse<String> again = s.applicant().submit(file, file + "/reponse", Map.of("text", "Encore"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Vous avez déjà répondu à cette demande");

        String agentPage = s.instructor().page("/candidatures/" + s.id()).body();
        assertThat(agentPage).contains("Réponses de la structure aux demandes de complément",
                "Joignez le budget prévisionnel signé.", "Voici le budget signé ; les statuts sont joints.",
                "asso-fabrique", "/pieces-justificatives/" + s.statutesId(), "budget-signe.pdf",
                "Réponse de la structure");
        Matcher newDocument = Pattern.compile("/pieces-justificatives/([0-9a-f]{24})\">budget-signe.pdf")
                .matcher(agentPage);
        assertThat(newDocument.find()).isTrue();
        assertThat(s.instructor().download("/pieces-justificatives/" + newDocument.group(1)).body()).isEqualTo(PDF);

        HttpResponse<String> received = s.dmta().submit("/candidatures/" + s.id(), "/candidatures/" + s.id()
                + "/etapes", Map.of("action", "RECEIVE_CORRECTION"));
        assertThat(received.statusCode()).as(received.body()).isEqualTo(302);
        assertThat(s.applicant().page(file).body()).contains("Votre réponse", "Déposée")
                .doesNotContain("Répondre à la demande du Département");
    }
}
