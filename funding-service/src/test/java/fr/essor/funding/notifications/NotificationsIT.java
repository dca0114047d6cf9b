package fr.essor.funding.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import fr.essor.funding.notifications.infrastructure.EmbeddedMailServer;
import fr.essor.funding.portal.AnsweringARequestIT;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Point 4 of issue 16 (ADR-0018), over real SMTP: the embedded GreenMail of the test context receives the e-mails
 * funding sends from its own facts to the organisation's linked applicant, at its provider's address — the receipt of
 * an online application, then the request for information; a record delivered again sends nothing more.
 */
@EssorIntegrationTest
class NotificationsIT {

    private static final AtomicInteger YEARS = new AtomicInteger(2078);
    private static final String TO = "asso-fabrique@essor.example";

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedMailServer mailbox;

    private final TopicProbe topics = TopicProbe.ofTestInfrastructure();

    private List<EmbeddedMailServer.Received> mailsAbout(String applicationId, String subjectStart) {
        return mailbox.received().stream().filter(m -> m.subject().startsWith(subjectStart)
                && m.subject().contains(applicationId)).toList();
    }

    @Test
    void theApplicantIsMailedOnceAtItsAddressForTheReceiptAndTheRequestEvenWhenARecordIsDeliveredAgain() {
        var s = AnsweringARequestIT.submittedOnline(port, "Recyclerie des Lilas", YEARS.incrementAndGet());

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
        var s = AnsweringARequestIT.submittedOnline(port, "Atelier des Lilas", YEARS.incrementAndGet());
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
}
