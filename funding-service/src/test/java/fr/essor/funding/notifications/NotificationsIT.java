package fr.essor.funding.notifications;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.funding.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import fr.essor.funding.notifications.infrastructure.EmbeddedMailServer;
import fr.essor.funding.portal.AnsweringARequestIT;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Point 4 of issue 16 (ADR-0018), over real SMTP: the embedded GreenMail of the test context receives the e-mails
 * funding sends from its own facts to the organisation's linked applicant, at its provider's address — the receipt of
 * an online application, then the request for information; a record delivered again sends nothing more.
 */
@EssorIntegrationTest
class NotificationsIT {

    private static final String TO = "asso-fabrique@essor.example";
    private static final String JURY = "Note du jury : 17 sur 20, avis de l'instructeur favorable";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedMailServer mailbox;
    @Autowired
    MongoTemplate mongo;

    private final TopicProbe topics = TopicProbe.ofTestInfrastructure();
    private final JsonMapper json = JsonMapper.builder().build();

    private List<EmbeddedMailServer.Received> mailsAbout(String applicationId, String subjectStart) {
        return mailbox.received().stream().filter(m -> m.subject().startsWith(subjectStart)
                && m.subject().contains(applicationId)).toList();
    }

    @Test
    void theApplicantIsMailedOnceAtItsAddressForTheReceiptAndTheRequestEvenWhenARecordIsDeliveredAgain() {
        var s = AnsweringARequestIT.submittedOnline(port, "Recyclerie des Lilas", TestYears.fresh());

        EmbeddedMailServer.Received receipt = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsAbout(s.id(), "Candidature "), mails -> !mails.isEmpty()).getFirst();
        assertThat(receipt.to()).containsExactly(TO);
        assertThat(receipt.subject()).isEqualTo("Candidature " + s.id() + " reçue — Appel à Agir "
                + s.id().substring(4, 8));
        assertThat(receipt.body()).contains("a bien reçu la candidature", "Recyclerie des Lilas",
                "/espace-candidat/dossiers/" + s.id()).doesNotContain("dmta", "Note");
        TopicProbe.Received submitted = topics.readAll("essor.funding.applications").stream()
                .filter(r -> s.id().equals(r.key()))
                .filter(r -> "fr.essor.funding.application-submitted.v1".equals(r.header("ce_type")))
                .findFirst().orElseThrow();
        assertThat(receipt.idempotencyKey()).isEqualTo(submitted.header("ce_id") + "~asso-fabrique");

        // the same record again (a redelivery), then a new fact of the same application, hence the same partition:
        // once the second e-mail is there, the redelivered record has been read
        topics.send("essor.funding.applications", submitted.key(), submitted.value().getBytes(StandardCharsets.UTF_8),
                submitted.headers());
        HttpResponse<String> asked = s.dmta().submit("/candidatures/" + s.id(), "/candidatures/" + s.id() + "/etapes",
                Map.of("action", "REQUEST_CORRECTION", "reason", "Joignez le dernier rapport d'activité."));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(302);
        EmbeddedMailServer.Received request = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsAbout(s.id(), "Complément demandé"), mails -> !mails.isEmpty()).getFirst();
        assertThat(request.to()).containsExactly(TO);
        assertThat(request.body()).contains("« Joignez le dernier rapport d'activité. »",
                "Répondez en ligne depuis votre dossier", "/espace-candidat/dossiers/" + s.id());
        assertThat(mailsAbout(s.id(), "Candidature ")).as("the redelivered record sends nothing").hasSize(1);

        SignedInBrowser ops = SignedInBrowser.signIn(port, "ops");
        String page = ops.page("/ops/courriels").body();
        assertThat(page).contains("Boîte aux lettres du serveur SMTP embarqué", "Complément demandé — dossier " + s.id(),
                "Candidature " + s.id() + " reçue", TO, "Envoyé");
        assertThat(s.applicant().page("/ops/courriels").statusCode()).isEqualTo(403);
    }

    @Test
    void anApplicationEnteredByAnAgentSendsNoReceiptButItsRequestForInformationReachesTheApplicant() {
        var s = AnsweringARequestIT.submittedOnline(port, "Atelier des Lilas", TestYears.fresh());
        HttpResponse<String> byAgent = s.dmta().json("POST", "/api/calls/" + s.id().substring(4, 8)
                + "/applications", """
                {"organisation":"%s","title":"Saisie papier","summary":"Un dossier reçu par courrier",\
                "theme":"Réemploi","amounts":{"firstYearOperating":3000},"durationYears":1,\
                "communeInsees":["93066"],"projectBudget":6000}""".formatted(s.siret()));
        assertThat(byAgent.statusCode()).as(byAgent.body()).isEqualTo(201);
        String paper = byAgent.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        HttpResponse<String> asked = s.dmta().submit("/candidatures/" + paper, "/candidatures/" + paper + "/etapes",
                Map.of("action", "REQUEST_CORRECTION", "reason", "Signez le formulaire papier."));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(302);

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsAbout(paper, "Complément demandé"),
                mails -> mails.size() == 1);
        assertThat(mailsAbout(paper, "Candidature ")).as("no receipt for a file an agent entered").isEmpty();
    }

    /**
     * Point 2 of the journey brief: the vote, the agreement and the payment through a real flow (instruction, a
     * closed voting session, the DMTA's signature and payment), not only through {@code NoticeTest}: each e-mail once,
     * at the applicant's address, in French, without the jury's justification or an agent's name; a refusal voted in
     * the same session is told too; a grants' record delivered again sends nothing more.
     */
    @Test
    void theVoteTheAgreementAndThePaymentEachReachTheApplicantOnceWithoutTheJurysWordsOrAnAgentsName() {
        int year = TestYears.fresh();
        var s = AnsweringARequestIT.submittedOnline(port, "Fabrique des Lilas", year);
        // both files reached the Département 3 days ago, before the sitting of 2 days ago
        AnsweringARequestIT.submittedDaysAgo(mongo, s.id(), 3);
        HttpResponse<String> byAgent = s.dmta().json("POST", "/api/calls/" + year + "/applications", """
                {"organisation":"%s","title":"Second projet papier","summary":"Un dossier reçu par courrier",\
                "theme":"Réemploi","amounts":{"firstYearOperating":3000},"durationYears":1,\
                "communeInsees":["93066"],"projectBudget":6000,"receivedOn":"%s"}"""
                .formatted(s.siret(), LocalDate.now(FrenchFormat.PARIS).minusDays(3)));
        assertThat(byAgent.statusCode()).as(byAgent.body()).isEqualTo(201);
        String refused = byAgent.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        for (String application : List.of(s.id(), refused)) {
            for (String step : List.of("DECLARE_ADMISSIBLE", "START_REVIEW", "REQUEST_TERRITORY_OPINION",
                    "PROPOSE_FOR_VOTE")) {
                HttpResponse<String> moved = s.dmta().json("POST", "/api/applications/" + application
                        + "/transitions", "{\"action\":\"" + step + "\"}");
                assertThat(moved.statusCode()).as(step + " " + moved.body()).isEqualTo(200);
            }
        }
        LocalDate sitting = LocalDate.now(FrenchFormat.PARIS).minusDays(2);
        String reference = "CD-" + year + "-06-0007";
        HttpResponse<String> opened = s.dmta().json("POST", "/api/voting-sessions", """
                {"callYear":%d,"sittingOn":"%s","deliberationReference":"%s"}""".formatted(year, sitting, reference));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String session = json.readTree(opened.body()).get("id").asString();
        for (String application : List.of(s.id(), refused)) {
            assertThat(s.dmta().json("POST", "/api/voting-sessions/" + session + "/agenda",
                    "{\"applicationId\":\"" + application + "\"}").statusCode()).isEqualTo(200);
        }
        assertThat(s.dmta().json("PUT", "/api/voting-sessions/" + session + "/votes/" + s.id(),
                "{\"outcome\":\"GRANTED\",\"amount\":6000,\"justification\":\"" + JURY + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(s.dmta().json("PUT", "/api/voting-sessions/" + session + "/votes/" + refused,
                "{\"outcome\":\"REFUSED\",\"justification\":\"" + JURY + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> closed = s.dmta().json("POST", "/api/voting-sessions/" + session + "/closing", null);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

        EmbeddedMailServer.Received granted = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsAbout(s.id(), "Subvention votée"), mails -> !mails.isEmpty()).getFirst();
        assertThat(granted.subject()).isEqualTo("Subvention votée — dossier " + s.id());
        assertThat(plain(granted.body())).contains("Les élus du Département ont voté une subvention de 6 000,00 €",
                "« Épicerie solidaire " + year + " »", "délibération " + reference + " du "
                        + sitting.format(FRENCH_DATE), "/espace-candidat/dossiers/" + s.id());
        EmbeddedMailServer.Received notRetained = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsAbout(refused, "Décision sur votre candidature"), mails -> !mails.isEmpty())
                .getFirst();
        assertThat(notRetained.body()).contains("Les élus du Département n'ont pas retenu votre projet « Second "
                + "projet papier »", "délibération " + reference);

        // the grant file is opened from the vote: the DMTA records the signature, then pays the advance
        await().atMost(Duration.ofSeconds(30)).until(() -> s.dmta().json("POST", "/api/grants/" + s.id()
                + "/signature", "{\"signedOn\":\"" + sitting.plusDays(1) + "\"}").statusCode() == 200);
        EmbeddedMailServer.Received agreement = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailbox.received().stream().filter(m -> m.subject().equals("Convention signée — "
                        + "Épicerie solidaire " + year)).toList(), mails -> !mails.isEmpty()).getFirst();
        assertThat(plain(agreement.body())).contains("La convention n° " + s.id(), "6 000,00 €",
                "est signée depuis le " + sitting.plusDays(1).format(FRENCH_DATE));
        TopicProbe.Received signed = topics.readAll("essor.funding.grants").stream()
                .filter(r -> s.id().equals(r.key()))
                .filter(r -> "fr.essor.funding.grant-agreement-signed.v1".equals(r.header("ce_type")))
                .findFirst().orElseThrow();
        topics.send("essor.funding.grants", signed.key(), signed.value().getBytes(StandardCharsets.UTF_8),
                signed.headers());
        HttpResponse<String> paid = s.dmta().json("POST", "/api/grants/" + s.id() + "/payments",
                "{\"instalment\":1,\"amount\":3000,\"paidOn\":\"" + sitting.plusDays(2) + "\"}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        EmbeddedMailServer.Received payment = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsAbout(s.id(), "Versement de"), mails -> !mails.isEmpty()).getFirst();
        assertThat(plain(payment.subject())).isEqualTo("Versement de 3 000,00 € — dossier " + s.id());
        assertThat(plain(payment.body())).contains("Le Département a versé 3 000,00 € le "
                + sitting.plusDays(2).format(FRENCH_DATE), "Total versé : 3 000,00 € ; reste à verser : 3 000,00 €",
                "À faire : le versement suivant suit la réception de votre compte-rendu",
                "Transmettez-le en ligne depuis votre dossier", "/espace-candidat/dossiers/" + s.id());

        // once the payment's e-mail (same key, same partition) is there, the agreement's record read again is past
        assertThat(mailbox.received().stream().filter(m -> m.subject().startsWith("Convention signée — Épicerie "
                + "solidaire " + year))).as("the redelivered agreement sends nothing").hasSize(1);
        List<EmbeddedMailServer.Received> afterTheVote = List.of(granted, notRetained, agreement, payment);
        for (EmbeddedMailServer.Received mail : afterTheVote) {
            assertThat(mail.to()).as(mail.subject()).containsExactly(TO);
            assertThat(mail.body()).as(mail.subject()).startsWith("Bonjour,").doesNotContain(JURY, "dmta", "/ 20");
            // « le service instructeur » is the mails' wording; the instructor's login never appears
            assertThat(mail.body().replace("service instructeur", "")).as(mail.subject())
                    .doesNotContain("instructeur");
        }
        assertThat(mailsAbout(s.id(), "Subvention votée")).hasSize(1);
        assertThat(mailsAbout(refused, "Décision sur votre candidature")).hasSize(1);
        assertThat(mailsAbout(s.id(), "Versement de")).hasSize(1);
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
