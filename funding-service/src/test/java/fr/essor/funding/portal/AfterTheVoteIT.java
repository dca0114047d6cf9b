package fr.essor.funding.portal;

import fr.essor.funding.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import fr.essor.contracts.EventContracts;
import fr.essor.funding.notifications.infrastructure.EmbeddedMailServer;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.TopicProbe;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.ui.FrenchFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * Point 3 of issue 16 after the vote (ADR-0016), over HTTP with the kit's test OpenID provider: the applicant of the
 * organisation reads its grant (amount, deliberation, agreement, schedule, payments) on its file page, confirms once
 * that it has read the agreement (the agents see who and when), and submits its final report with a document, which
 * the grant file receives as the report an agent would record and which releases the balance. Another organisation's
 * applicant gets 403 everywhere; a refused report stores nothing.
 */
@EssorIntegrationTest
class AfterTheVoteIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EmbeddedMailServer mailbox;

    private static final EventContracts CONTRACTS = EventContracts.load();
    private final TopicProbe topics = TopicProbe.ofTestInfrastructure();

    private final JsonMapper json = JsonMapper.builder().build();

    /** An application submitted online, taken through the instruction and granted 6 000 € by a closed session. */
    private AnsweringARequestIT.Submitted granted(int year, String reference) {
        AnsweringARequestIT.Submitted s = AnsweringARequestIT.submittedOnline(port, "Ressourcerie " + year, year);
        // sent 45 days ago, voted 40 days ago: no sitting precedes the file's receipt
        AnsweringARequestIT.submittedDaysAgo(mongo, s.id(), 45);
        SignedInBrowser dmta = s.dmta();
        for (String step : List.of("DECLARE_ADMISSIBLE", "START_REVIEW", "REQUEST_TERRITORY_OPINION",
                "PROPOSE_FOR_VOTE")) {
            HttpResponse<String> moved = dmta.json("POST", "/api/applications/" + s.id() + "/transitions",
                    "{\"action\":\"" + step + "\"}");
            assertThat(moved.statusCode()).as(step + " " + moved.body()).isEqualTo(200);
        }
        assertThat(s.applicant().page(s.file()).body()).doesNotContain("Votre subvention");
        assertThat(s.applicant().download(s.file() + "/convention.pdf").statusCode()).isEqualTo(404);
        HttpResponse<String> opened = dmta.json("POST", "/api/voting-sessions", """
                {"callYear":%d,"sittingOn":"%s","deliberationReference":"%s"}"""
                .formatted(year, LocalDate.now(FrenchFormat.PARIS).minusDays(40), reference));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String session = json.readTree(opened.body()).get("id").asString();
        assertThat(dmta.json("POST", "/api/voting-sessions/" + session + "/agenda",
                "{\"applicationId\":\"" + s.id() + "\"}").statusCode()).isEqualTo(200);
        assertThat(dmta.json("PUT", "/api/voting-sessions/" + session + "/votes/" + s.id(),
                "{\"outcome\":\"GRANTED\",\"amount\":6000,\"justification\":\"Note interne : dossier solide\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> closed = dmta.json("POST", "/api/voting-sessions/" + session + "/closing", null);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        return s;
    }

    @Test
    void theApplicantReadsItsGrantAcknowledgesTheAgreementOnceAndSubmitsTheFinalReportThatReleasesTheBalance()
            throws Exception {
        int year = TestYears.fresh();
        String reference = "CD-" + year + "-06-0042";
        AnsweringARequestIT.Submitted s = granted(year, reference);
        String file = s.file();
        LocalDate decided = LocalDate.now(FrenchFormat.PARIS).minusDays(40);

        String page = s.applicant().page(file).body();
        assertThat(page).contains("Votre subvention", FrenchFormat.euros(new BigDecimal("6000")),
                "Délibération " + reference + " du " + FrenchFormat.date(decided),
                "Pas encore signée", "Avance de 50 %", "Solde", FrenchFormat.euros(new BigDecimal("3000")),
                "Versée à la signature de la convention", "Versée à la réception du compte rendu final",
                "Pas encore versée", "Aucun versement pour l'instant.",
                "J'ai pris connaissance de la convention", "Lire la convention (PDF)")
                .doesNotContain("Note interne", "dmta", "Transmettre le compte rendu");
        HttpResponse<byte[]> agreement = s.applicant().download(file + "/convention.pdf");
        assertThat(agreement.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(agreement.body())) {
            assertThat(new PDFTextStripper().getText(document).replace('\u00a0', ' '))
                    .contains("Convention d'attribution", reference);
        }

        SignedInBrowser voisins = SignedInBrowser.signIn(port, "asso-voisins");
        assertThat(voisins.page(file).statusCode()).isEqualTo(403);
        assertThat(voisins.download(file + "/convention.pdf").statusCode()).isEqualTo(403);
        assertThat(voisins.submit("/espace-candidat", file + "/convention/lecture", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(voisins.submitMultipart("/espace-candidat", file + "/compte-rendu",
                Map.of("report", "FINAL_REPORT"), "file", "cr.pdf", PDF).statusCode()).isEqualTo(403);
        assertThat(s.instructor().submit("/subventions/" + s.id(), file + "/convention/lecture", Map.of())
                .statusCode()).isEqualTo(403);
        assertThat(mongo.getCollection("grant_files").countDocuments(new Document("_id", s.id()))).isZero();

        HttpResponse<String> read = s.applicant().submit(file, file + "/convention/lecture", Map.of());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(302);
        assertThat(s.applicant().follow(read).body()).contains("le Département sait que vous avez pris connaissance",
                "Vous avez pris connaissance de la convention le")
                .doesNotContain("J'ai pris connaissance de la convention</button>");
        Document stored = mongo.getCollection("grant_files").find(new Document("_id", s.id())).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("acknowledgedBy")).isEqualTo("asso-fabrique");
        assertThat(stored.get("acknowledgedAt")).isNotNull();
        assertThat(stored.get("signedOn")).isNull();
        assertThat(status(s)).isEqualTo("GRANTED");

        HttpResponse<String> again = s.applicant().submit(file, file + "/convention/lecture", Map.of());
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(s.applicant().follow(again).body()).contains("Vous aviez déjà pris connaissance de la convention.");
        Document unchanged = mongo.getCollection("grant_files").find(new Document("_id", s.id())).first();
        assertThat(unchanged.get("version")).isEqualTo(stored.get("version"));
        assertThat(unchanged.get("acknowledgedAt")).isEqualTo(stored.get("acknowledgedAt"));
        assertThat(s.dmta().page("/subventions/" + s.id()).body()).contains("Lue par la structure (asso-fabrique) le");

        HttpResponse<String> early = s.applicant().submitMultipart(file, file + "/compte-rendu",
                Map.of("report", "FINAL_REPORT"), "file", "cr.pdf", PDF);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("id=\"report-erreur\"", "La convention n&#39;est pas encore signée.");

        LocalDate signed = decided.plusDays(5);
        assertThat(s.dmta().json("POST", "/api/grants/" + s.id() + "/signature",
                "{\"signedOn\":\"" + signed + "\"}").statusCode()).isEqualTo(200);
        assertThat(s.dmta().json("POST", "/api/grants/" + s.id() + "/payments",
                "{\"instalment\":1,\"amount\":3000,\"paidOn\":\"" + signed.plusDays(3) + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(s.dmta().json("POST", "/api/grants/" + s.id() + "/payments",
                "{\"instalment\":2,\"amount\":3000,\"paidOn\":\"" + signed.plusDays(4) + "\"}").statusCode())
                .isEqualTo(409);
        page = s.applicant().page(file).body();
        assertThat(page).contains("Signée le " + FrenchFormat.date(signed),
                "Versée le " + FrenchFormat.date(signed.plusDays(3)),
                FrenchFormat.date(signed.plusDays(3)) + " : " + FrenchFormat.euros(new BigDecimal("3000"))
                        + " (Échéance 1)",
                "Transmettre votre compte rendu financier final", "le versement du solde")
                .doesNotContain("dmta");

        long documentsBefore = mongo.getCollection("portal_documents.files").countDocuments();
        HttpResponse<String> missing = s.applicant().submit(file, file + "/compte-rendu",
                Map.of("report", "FINAL_REPORT"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("id=\"reportFile-erreur\"", "Joignez le compte rendu financier",
                "id=\"totalExpenses-erreur\"", "Indiquez le total des dépenses de l&#39;action, en euros.",
                "id=\"notUsed-erreur\"");
        HttpResponse<String> unreadable = s.applicant().submitMultipart(file, file + "/compte-rendu",
                figures("FINAL_REPORT", "beaucoup", "5 800", "2 000", "200"), "file", "cr.pdf", PDF);
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("id=\"totalExpenses-erreur\"", "Montant illisible",
                "value=\"beaucoup\"", "value=\"5 800\"");
        HttpResponse<String> notAddingUp = s.applicant().submitMultipart(file, file + "/compte-rendu",
                figures("FINAL_REPORT", "9 000", "5 800", "2 000", "200"), "file", "cr.pdf", PDF);
        assertThat(notAddingUp.statusCode()).isEqualTo(400);
        assertThat(notAddingUp.body()).contains("id=\"totalExpenses-erreur\"", "Le total des dépenses (9000,00 €) "
                + "doit être égal à la subvention utilisée plus les autres financements (7800,00 €).",
                "Votre compte rendu n'a pas été transmis");
        HttpResponse<String> wrongFile = s.applicant().submitMultipart(file, file + "/compte-rendu",
                figures("FINAL_REPORT", "7 800", "5 800", "2 000", "200"), "file", "cr.pdf",
                "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(wrongFile.statusCode()).isEqualTo(400);
        assertThat(wrongFile.body()).contains("id=\"reportFile-erreur\"", "Formats acceptés : PDF",
                "Votre compte rendu n'a pas été transmis");
        HttpResponse<String> annual = s.applicant().submitMultipart(file, file + "/compte-rendu",
                figures("ANNUAL_REPORT", "7 800", "5 800", "2 000", "200"), "file", "cr.pdf", PDF);
        assertThat(annual.statusCode()).isEqualTo(400);
        assertThat(annual.body()).contains("id=\"report-erreur\"", "Compte rendu attendu : final.");
        assertThat(mongo.getCollection("portal_documents.files").countDocuments()).isEqualTo(documentsBefore);
        assertThat(mongo.getCollection("grant_files").find(new Document("_id", s.id())).first()
                .getList("submittedReports", Document.class)).isEmpty();

        HttpResponse<String> reported = s.applicant().submitMultipart(file, file + "/compte-rendu",
                figures("FINAL_REPORT", "7 800,00", "5 800", "2 000", "200"), "file", "compte-rendu-financier.pdf",
                PDF);
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(302);
        assertThat(s.applicant().follow(reported).body()).contains("Votre compte rendu est transmis au Département",
                "Compte rendu financier final transmis en ligne le", "compte-rendu-financier.pdf",
                "dépenses " + FrenchFormat.euros(new BigDecimal("7800")), "en cours d&#39;examen",
                "Pas encore versée").doesNotContain("Transmettre le compte rendu", "Débloquée");
        assertThat(mongo.getCollection("portal_documents.files").countDocuments()).isEqualTo(documentsBefore + 1);
        Document reportedFile = mongo.getCollection("grant_files").find(new Document("_id", s.id())).first();
        assertThat(reportedFile.getString("finalReportOn")).isNull();
        assertThat(reportedFile.getString("updatedBy")).isEqualTo("asso-fabrique");
        assertThat(s.dmta().json("POST", "/api/grants/" + s.id() + "/payments",
                "{\"instalment\":2,\"amount\":3000,\"paidOn\":\"" + LocalDate.now(FrenchFormat.PARIS) + "\"}").statusCode())
                .isEqualTo(409);
        HttpResponse<String> pending = s.applicant().submitMultipart(file, file + "/compte-rendu",
                figures("FINAL_REPORT", "7 800", "5 800", "2 000", "200"), "file", "encore.pdf", PDF);
        assertThat(pending.statusCode()).isEqualTo(409);
        assertThat(pending.body()).contains("est en cours d&#39;examen par le Département.");

        String agentPage = s.dmta().page("/subventions/" + s.id()).body();
        assertThat(agentPage).contains("Comptes rendus transmis en ligne par la structure", "Compte rendu final",
                "par asso-fabrique", "compte-rendu-financier.pdf", FrenchFormat.date(LocalDate.now(FrenchFormat.PARIS)),
                FrenchFormat.euros(new BigDecimal("7800")), FrenchFormat.euros(new BigDecimal("5800")),
                FrenchFormat.euros(new BigDecimal("2000")), FrenchFormat.euros(new BigDecimal("200")),
                "À examiner", "Accepter le compte rendu", "Refuser le compte rendu");
        Matcher link = Pattern.compile("/pieces-justificatives/([0-9a-f]{24})\">compte-rendu-financier.pdf")
                .matcher(agentPage);
        assertThat(link.find()).isTrue();
        assertThat(s.instructor().download("/pieces-justificatives/" + link.group(1)).body()).isEqualTo(PDF);

        // the agent refuses it with a reason: nothing released, the organisation reads why and sends a new one
        String grantPage = "/subventions/" + s.id();
        HttpResponse<String> noReason = s.dmta().submit(grantPage, grantPage + "/comptes-rendus/1/refus",
                Map.of("reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("id=\"reason-1-erreur\"", "Indiquez à la structure pourquoi");
        assertThat(voisins.submit("/espace-candidat", grantPage + "/comptes-rendus/1/refus",
                Map.of("reason", "Non")).statusCode()).isEqualTo(403);
        HttpResponse<String> refused = s.dmta().submit(grantPage, grantPage + "/comptes-rendus/1/refus",
                Map.of("reason", "Joignez le budget réalisé signé par le trésorier."));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(302);
        assertThat(s.dmta().follow(refused).body()).contains("Le compte rendu est refusé",
                "Refusé par dmta le", "Joignez le budget réalisé signé par le trésorier.")
                .doesNotContain("Accepter le compte rendu");
        assertThat(mongo.getCollection("grant_files").find(new Document("_id", s.id())).first()
                .getString("finalReportOn")).isNull();
        assertThat(s.applicant().page(file).body()).contains("Le Département a refusé votre compte rendu du",
                "« Joignez le budget réalisé signé par le trésorier. »", "Transmettre votre compte rendu financier final")
                .doesNotContain("dmta");

        HttpResponse<String> second = s.applicant().submitMultipart(file, file + "/compte-rendu",
                figures("FINAL_REPORT", "8 100,50", "5 900,50", "2 200", "99,50"), "file", "compte-rendu-v2.pdf",
                PDF);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(302);
        HttpResponse<String> accepted = s.dmta().submit(grantPage, grantPage + "/comptes-rendus/2/acceptation",
                Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
        assertThat(s.dmta().follow(accepted).body()).contains("Le compte rendu est accepté", "Accepté par dmta le");
        Document acceptedFile = mongo.getCollection("grant_files").find(new Document("_id", s.id())).first();
        assertThat(acceptedFile.getString("finalReportOn")).isEqualTo(LocalDate.now(FrenchFormat.PARIS).toString());
        assertThat(acceptedFile.getString("updatedBy")).isEqualTo("dmta");
        assertThat(s.applicant().page(file).body())
                .contains("accepté le", "Débloquée : le versement est en cours")
                .doesNotContain("Transmettre le compte rendu");
        assertThat(s.dmta().submit(grantPage, grantPage + "/comptes-rendus/2/acceptation", Map.of()).statusCode())
                .isEqualTo(409);

        HttpResponse<String> twice = s.applicant().submitMultipart(file, file + "/compte-rendu",
                figures("FINAL_REPORT", "7 800", "5 800", "2 000", "200"), "file", "encore.pdf", PDF);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("Le Département a déjà reçu ce compte rendu le");
        assertThat(mongo.getCollection("portal_documents.files").countDocuments()).isEqualTo(documentsBefore + 2);

        // each step left through the outbox as a fact of the contracts, and the organisation was mailed at each
        List<TopicProbe.Received> facts = await().atMost(Duration.ofSeconds(30)).until(() -> topics
                .readAll("essor.funding.grants").stream().filter(r -> s.id().equals(r.key()))
                .filter(r -> r.header("ce_type").startsWith("fr.essor.funding.grant-report-")).toList(),
                found -> found.size() == 4);
        assertThat(facts).extracting(r -> r.header("ce_type")).containsExactly(
                "fr.essor.funding.grant-report-submitted.v1", "fr.essor.funding.grant-report-reviewed.v1",
                "fr.essor.funding.grant-report-submitted.v1", "fr.essor.funding.grant-report-reviewed.v1");
        for (TopicProbe.Received fact : facts) {
            assertThat(CONTRACTS.violations(fact.header("ce_type"), fact.value())).as(fact.value()).isEmpty();
        }
        assertThat(json.readTree(facts.get(1).value()).get("outcome").asString()).isEqualTo("REFUSED");
        assertThat(json.readTree(facts.get(3).value()).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(json.readTree(facts.get(2).value()).at("/figures/grantUsed").decimalValue())
                .isEqualByComparingTo("5900.50");
        List<EmbeddedMailServer.Received> mails = await().atMost(Duration.ofSeconds(30)).until(() -> mailbox
                .received().stream().filter(m -> m.subject().contains("dossier " + s.id()))
                .filter(m -> m.subject().startsWith("Compte rendu")).toList(), found -> found.size() == 4);
        assertThat(mails).extracting(EmbeddedMailServer.Received::subject).containsExactlyInAnyOrder(
                "Compte rendu financier final reçu — dossier " + s.id(),
                "Compte rendu financier final reçu — dossier " + s.id(),
                "Compte rendu financier final à reprendre — dossier " + s.id(),
                "Compte rendu financier final accepté — dossier " + s.id());
        assertThat(mails).allSatisfy(m -> assertThat(m.to()).containsExactly("asso-fabrique@essor.example"));
        assertThat(mails).filteredOn(m -> m.subject().contains("à reprendre")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("« Joignez le budget réalisé signé par le trésorier. »")
                        .doesNotContain("dmta"));

        // the JSON grant API shows the acknowledgement and the reports with their figures and review
        var api = json.readTree(s.dmta().get("/api/grants/" + s.id()).body());
        assertThat(api.at("/acknowledgement/by").asString()).isEqualTo("asso-fabrique");
        assertThat(api.at("/acknowledgement/at").asString()).isNotBlank();
        assertThat(api.at("/reports/0/status").asString()).isEqualTo("REFUSED");
        assertThat(api.at("/reports/0/refusalReason").asString())
                .isEqualTo("Joignez le budget réalisé signé par le trésorier.");
        assertThat(api.at("/reports/1/status").asString()).isEqualTo("ACCEPTED");
        assertThat(api.at("/reports/1/reviewedBy").asString()).isEqualTo("dmta");
        assertThat(api.at("/reports/1/figures/totalExpenses").decimalValue()).isEqualByComparingTo("8100.50");
        assertThat(api.at("/reports/1/figures/notUsed").decimalValue()).isEqualByComparingTo("99.50");

        HttpResponse<String> balance = s.dmta().json("POST", "/api/grants/" + s.id() + "/payments",
                "{\"instalment\":2,\"amount\":3000,\"paidOn\":\"" + LocalDate.now(FrenchFormat.PARIS) + "\"}");
        assertThat(balance.statusCode()).as(balance.body()).isEqualTo(200);
        assertThat(json.readTree(balance.body()).get("settled").asBoolean()).isTrue();
        assertThat(s.applicant().page(file).body()).contains("Versée le " + FrenchFormat.date(LocalDate.now(FrenchFormat.PARIS)),
                "Reste à verser", FrenchFormat.euros(new BigDecimal("0")));
    }

    private static Map<String, String> figures(String report, String total, String used, String other,
                                               String notUsed) {
        return Map.of("report", report, "totalExpenses", total, "grantUsed", used, "otherFunding", other,
                "notUsed", notUsed);
    }

    private String status(AnsweringARequestIT.Submitted s) {
        return json.readTree(s.dmta().get("/api/applications/" + s.id()).body()).get("status").asString();
    }
}
