package fr.essor.funding.portal;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.funding.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.PdfDocuments;
import fr.essor.kit.testing.PdfUaValidation;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applicants' side (ADR-0016), as a signed-in browser without JavaScript uses it: an applicant asks for the link
 * to its organisation, an agent confirms it, the applicant fills a draft over two sessions, submits it with a mistake
 * then right, and follows the file; the agents find it in the same instruction list, channel shown, and the same
 * event leaves; another organisation's applicant cannot read it, and an applicant reaches no agent page.
 */
@EssorIntegrationTest
class ApplyingOnlineIT {

    private static final Pattern DRAFT = Pattern.compile("/espace-candidat/brouillons/([0-9a-f-]{36})");
    private static final Pattern FILE = Pattern.compile("/espace-candidat/dossiers/(AAA-[0-9]{4}-[0-9]{4})");
    private static final EventContracts CONTRACTS = EventContracts.load();

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    private final TopicProbe topics = TopicProbe.ofTestInfrastructure();
    private final JsonMapper json = JsonMapper.builder().build();

    /** An open call and a registered organisation, set up by the DMTA; returns the organisation's SIRET. */
    private String openCallAndOrganisation(SignedInBrowser dmta, int year, String name) {
        LocalDate today = LocalDate.now(FrenchFormat.PARIS);
        HttpResponse<String> call = dmta.json("POST", "/api/calls", """
                {"year":%d,"title":"Appel à Agir %d","themes":["Réemploi","Alimentation durable"],\
                "operatingEnvelope":800000,"investmentEnvelope":200000.50,"opensOn":"%s","closesOn":"%s",\
                "twoYearApplications":true,"grid":[{"code":"utilite-sociale","label":"Utilité sociale","weight":3},\
                {"code":"ancrage","label":"Ancrage territorial","weight":2}],"territoryTargets":{"T7":25,"T9":25}}"""
                .formatted(year, year, today.minusDays(5), today.plusDays(5)));
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        String siret = Sirets.next();
        HttpResponse<String> organisation = dmta.json("POST", "/api/organisations", """
                {"siret":"%s","name":"%s","legalForm":"SCIC","esus":true,"inclusionType":null,\
                "communeInsee":"93066"}""".formatted(siret, name));
        assertThat(organisation.statusCode()).as(organisation.body()).isEqualTo(201);
        return siret;
    }

    /** The applicant asks for the link; the instructor confirms it on its page. */
    private void linked(SignedInBrowser applicant, SignedInBrowser instructor, String siret, String account) {
        HttpResponse<String> asked = applicant.submit("/espace-candidat", "/espace-candidat/rattachements",
                Map.of("identifier", siret));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(302);
        assertThat(applicant.page("/espace-candidat").body()).contains("En attente de confirmation");
        String waiting = instructor.page("/rattachements").body();
        assertThat(waiting).contains(account, siret);
        HttpResponse<String> confirmed = instructor.submit("/rattachements", "/rattachements/" + account + "~" + siret
                + "/confirmation", Map.of());
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
        assertThat(instructor.page("/rattachements").body()).doesNotContain(account + "~" + siret);
    }

    @Test
    void anApplicantFillsADraftOverTwoSessionsSubmitsItAndTheAgentsSeeItInTheSameList() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        SignedInBrowser instructor = SignedInBrowser.signIn(port, "instructeur");
        int year = TestYears.fresh();
        String siret = openCallAndOrganisation(dmta, year, "Les Ateliers du Canal");

        SignedInBrowser firstSession = SignedInBrowser.signIn(port, "asso-fabrique");
        String home = firstSession.page("/espace-candidat").body();
        assertThat(home).contains("Appel à Agir " + year, "Utilité sociale (coefficient 3)", "800\u202f000,00 €");
        linked(firstSession, instructor, siret, "asso-fabrique");

        HttpResponse<String> started = firstSession.submit("/espace-candidat", "/espace-candidat/brouillons",
                Map.of("organisationId", siret, "callYear", String.valueOf(year)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        Matcher draftId = DRAFT.matcher(started.headers().firstValue("Location").orElseThrow());
        assertThat(draftId.find()).isTrue();
        String draft = "/espace-candidat/brouillons/" + draftId.group(1);
        HttpResponse<String> saved = firstSession.submitMultiValued(draft, draft, Map.of("action", List.of("save"),
                "title", List.of("Atelier vélo solidaire"), "summary", List.of("Réparer des vélos au pied des tours"),
                "amounts.firstYearOperating", List.of("douze mille")));
        assertThat(saved.statusCode()).isEqualTo(302);

        SignedInBrowser secondSession = SignedInBrowser.signIn(port, "asso-fabrique");
        assertThat(secondSession.page("/espace-candidat").body()).contains("Atelier vélo solidaire");
        String resumed = secondSession.page(draft).body();
        assertThat(resumed).contains("value=\"Atelier vélo solidaire\"", "Réparer des vélos au pied des tours",
                "value=\"douze mille\"");

        HttpResponse<String> wrong = secondSession.submitMultiValued(draft, draft, Map.of("action", List.of("submit"),
                "title", List.of("Atelier vélo solidaire"), "summary", List.of("Réparer des vélos au pied des tours"),
                "amounts.firstYearOperating", List.of("douze mille"), "durationYears", List.of("1"),
                "communeInsees", List.of("93066"), "projectBudget", List.of("30000")));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("id=\"theme-erreur\"", "Choisissez une des thématiques",
                "id=\"amounts.firstYearOperating-erreur\"", "pas déposée (votre saisie est enregistrée)");
        assertThat(dmta.page("/appel-a-agir/" + year).body()).doesNotContain("Atelier vélo solidaire");

        HttpResponse<String> submitted = secondSession.submitMultiValued(draft, draft, Map.of(
                "action", List.of("submit"), "title", List.of("Atelier vélo solidaire"),
                "summary", List.of("Réparer des vélos au pied des tours"), "theme", List.of("Réemploi"),
                "amounts.firstYearOperating", List.of("12 000"), "durationYears", List.of("1"),
                "communeInsees", List.of("93066"), "qpv", List.of("true"), "projectBudget", List.of("30 000")));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        Matcher fileId = FILE.matcher(submitted.headers().firstValue("Location").orElseThrow());
        assertThat(fileId.find()).isTrue();
        String id = fileId.group(1);
        String file = secondSession.follow(submitted).body();
        assertThat(file).contains("Votre candidature est déposée sous le numéro " + id, "Les Ateliers du Canal",
                "12\u202f000,00 €", "Le Département a reçu votre candidature");
        assertThat(secondSession.page(draft).statusCode()).isEqualTo(302);
        HttpResponse<byte[]> receipt = secondSession.download("/espace-candidat/dossiers/" + id + "/recepisse.pdf");
        assertThat(receipt.statusCode()).isEqualTo(200);
        PdfDocuments.keepForReview("recepisse", receipt.body());
        PdfUaValidation.assertCompliant(receipt.body());
        PdfDocuments.assertKitLayout(receipt.body(), "Récépissé de dépôt de candidature");
        String receiptText = PdfDocuments.text(receipt.body());
        assertThat(receiptText).contains(id, "Les Ateliers du Canal", "Atelier vélo solidaire", "Récépissé de dépôt",
                "Appel à Agir « In Seine-Saint-Denis » " + year, "Reçue le", "Documents reçus",
                "Département de la Seine-Saint-Denis");
        PdfDocuments.assertNoCodeNorLogin(receiptText, "asso-fabrique");

        String list = dmta.page("/appel-a-agir/" + year).body();
        assertThat(list).contains(id, "Atelier vélo solidaire", "Dépôt en ligne par la structure");
        assertThat(dmta.page("/candidatures/" + id).body()).contains("Dépôt en ligne par la structure");

        TopicProbe.Received submittedEvent = await().atMost(Duration.ofSeconds(20)).until(() -> topics
                        .readAll("essor.funding.applications").stream()
                        .filter(r -> id.equals(r.key()))
                        .filter(r -> "fr.essor.funding.application-submitted.v1".equals(r.header("ce_type")))
                        .findFirst().orElse(null), r -> r != null);
        assertThat(CONTRACTS.violations(submittedEvent.header("ce_type"), submittedEvent.value())).isEmpty();
        assertThat(json.readTree(submittedEvent.value()).get("channel").asString()).isEqualTo("ONLINE");
        assertThat(json.readTree(submittedEvent.value()).get("recordedBy").asString()).isEqualTo("asso-fabrique");

        HttpResponse<String> asked = dmta.submit("/candidatures/" + id, "/candidatures/" + id + "/etapes",
                Map.of("action", "REQUEST_CORRECTION", "reason", "Joignez le budget prévisionnel signé."));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(302);
        String followed = secondSession.page("/espace-candidat/dossiers/" + id).body();
        assertThat(followed).contains("Complément demandé", "Demande du Département : Joignez le budget prévisionnel "
                + "signé.").doesNotContain("dmta");
    }

    @Test
    void anotherOrganisationsApplicantGetsForbiddenAndAnApplicantReachesNoAgentPage() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        SignedInBrowser instructor = SignedInBrowser.signIn(port, "instructeur");
        int year = TestYears.fresh();
        String siret = openCallAndOrganisation(dmta, year, "Cuisine partagée");
        SignedInBrowser fabrique = SignedInBrowser.signIn(port, "asso-fabrique");
        linked(fabrique, instructor, siret, "asso-fabrique");
        HttpResponse<String> started = fabrique.submit("/espace-candidat", "/espace-candidat/brouillons",
                Map.of("organisationId", siret, "callYear", String.valueOf(year)));
        String draft = started.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> submitted = fabrique.submitMultiValued(draft, draft, Map.of(
                "action", List.of("submit"), "title", List.of("Cantine de quartier"),
                "summary", List.of("Des repas à prix libre"), "theme", List.of("Alimentation durable"),
                "amounts.firstYearOperating", List.of("5000"), "durationYears", List.of("1"),
                "communeInsees", List.of("93048"), "projectBudget", List.of("9000")));
        String file = submitted.headers().firstValue("Location").orElseThrow();

        SignedInBrowser voisins = SignedInBrowser.signIn(port, "asso-voisins");
        assertThat(voisins.page(file).statusCode()).isEqualTo(403);
        assertThat(voisins.download(file + "/recepisse.pdf").statusCode()).isEqualTo(403);
        assertThat(voisins.page(draft).statusCode()).isEqualTo(404);
        assertThat(voisins.page("/espace-candidat").body()).doesNotContain("Cantine de quartier");
        HttpResponse<String> linkToOthers = voisins.submit("/espace-candidat", "/espace-candidat/brouillons",
                Map.of("organisationId", siret, "callYear", String.valueOf(year)));
        assertThat(linkToOthers.statusCode()).isEqualTo(400);
        assertThat(linkToOthers.body()).contains("Choisissez une de vos structures dont le rattachement est confirmé.");

        for (String agentPage : List.of("/appel-a-agir", "/appel-a-agir/" + year, "/rattachements", "/structures",
                "/seances", "/swagger-ui.html", "/api/calls")) {
            assertThat(fabrique.page(agentPage).statusCode()).as(agentPage).isEqualTo(403);
        }
        HttpResponse<String> root = fabrique.page("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElseThrow()).endsWith("/espace-candidat");
        String space = fabrique.page("/espace-candidat").body();
        assertThat(space).doesNotContain("href=\"/appel-a-agir\"", "/swagger-ui.html", "Services Essor",
                "href=\"/structures\"");
        assertThat(dmta.page("/espace-candidat").statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownNumberOrARefusedLinkIsToldInFrenchAndOpensNothing() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        SignedInBrowser instructor = SignedInBrowser.signIn(port, "instructeur");
        int year = TestYears.fresh();
        String siret = openCallAndOrganisation(dmta, year, "Jardin des Possibles");
        SignedInBrowser voisins = SignedInBrowser.signIn(port, "asso-voisins");

        HttpResponse<String> unknown = voisins.submit("/espace-candidat", "/espace-candidat/rattachements",
                Map.of("identifier", Sirets.next()));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("id=\"identifier-erreur\"", "connue du Département sous le numéro");

        voisins.submit("/espace-candidat", "/espace-candidat/rattachements", Map.of("identifier", siret));
        String linkId = "asso-voisins~" + siret;
        HttpResponse<String> noReason = instructor.submit("/rattachements", "/rattachements/" + linkId + "/refus",
                Map.of("reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Dites pourquoi le rattachement est refusé", "aria-invalid=\"true\"");
        HttpResponse<String> refused = instructor.submit("/rattachements", "/rattachements/" + linkId + "/refus",
                Map.of("reason", "La structure ne connaît pas ce compte."));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(voisins.page("/espace-candidat").body()).contains("Refusé", "La structure ne connaît pas ce compte.")
                .doesNotContain("Commencer une candidature");
        HttpResponse<String> start = voisins.submit("/espace-candidat", "/espace-candidat/brouillons",
                Map.of("organisationId", siret, "callYear", String.valueOf(year)));
        assertThat(start.statusCode()).isEqualTo(400);
        assertThat(voisins.submit("/espace-candidat", "/rattachements/" + linkId + "/confirmation", Map.of())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void documentsAreUploadedOnceCheckedByContentAndSizeAndReadOnlyByTheirOrganisationAndTheAgents() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        SignedInBrowser instructor = SignedInBrowser.signIn(port, "instructeur");
        int year = TestYears.fresh();
        String siret = openCallAndOrganisation(dmta, year, "Ressourcerie du Canal");
        SignedInBrowser fabrique = SignedInBrowser.signIn(port, "asso-fabrique");
        linked(fabrique, instructor, siret, "asso-fabrique");
        String pieces = "/espace-candidat/structures/" + siret + "/pieces";
        String page = fabrique.page(pieces).body();
        assertThat(page).contains("Taille maximale : 1 Mo", "aucun antivirus", "Aucune pièce déposée.");

        byte[] pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpResponse<String> stored = fabrique.submitMultipart(pieces, pieces, Map.of("kind", "STATUTES"), "file",
                "statuts.pdf", pdf);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);

        HttpResponse<String> disguised = fabrique.submitMultipart(pieces, pieces, Map.of("kind", "BUDGET"), "file",
                "budget.pdf", "MZ this is a program".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(disguised.statusCode()).isEqualTo(400);
        assertThat(disguised.body()).contains("id=\"file-erreur\"", "Formats acceptés : PDF");
        assertThat(disguised.body()).as("the kind chosen stays chosen").contains("value=\"BUDGET\" selected");
        byte[] tooLarge = new byte[1024 * 1024 + 1];
        System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
        HttpResponse<String> large = fabrique.submitMultipart(pieces, pieces, Map.of("kind", "BUDGET"), "file",
                "budget.pdf", tooLarge);
        assertThat(large.statusCode()).isEqualTo(400);
        assertThat(large.body()).contains("Le fichier dépasse la taille autorisée (1 Mo)");

        String listed = fabrique.page(pieces).body();
        assertThat(listed).contains("statuts.pdf").doesNotContain("budget.pdf");
        Matcher link = Pattern.compile("/espace-candidat/pieces/([0-9a-f]{24})").matcher(listed);
        assertThat(link.find()).isTrue();
        String documentId = link.group(1);
        HttpResponse<byte[]> download = fabrique.download("/espace-candidat/pieces/" + documentId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(instructor.download("/pieces-justificatives/" + documentId).body()).isEqualTo(pdf);

        SignedInBrowser voisins = SignedInBrowser.signIn(port, "asso-voisins");
        assertThat(voisins.download("/espace-candidat/pieces/" + documentId).statusCode()).isEqualTo(403);
        assertThat(voisins.page(pieces).statusCode()).isEqualTo(404);
        assertThat(fabrique.page("/pieces-justificatives/" + documentId).statusCode()).isEqualTo(403);
        assertThat(mongo.getCollection("portal_document_reads").countDocuments(new org.bson.Document("documentId",
                documentId))).isEqualTo(2);
    }
}
