package fr.essor.e2e;

import fr.essor.platform.EssorService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16's tests in real Chromium on the real platform: an ESS organisation's applicant (demo account
 * {@code asso-fabrique} of the local provider) links its account, gives its documents (a wrong type and a file over
 * the limit are refused next to the field, nothing stored), fills a draft over two sessions, submits it, reads its
 * receipt (the PDF parsed back); the instructor finds the online application in the list with its channel, asks for a
 * piece from the instruction page, reads the answer the applicant gave online, takes the file through the vote to the
 * agreement and the first payment; the applicant sees the decision and the payment; another organisation's applicant
 * ({@code asso-voisins}) gets 403 on the file and its documents; every e-mail the organisation gets (receipt, request,
 * vote, agreement, payment) arrives once in the embedded mailbox, read by {@code ops} on {@code /ops/courriels}. Every
 * page the applicants see is checked by axe-core.
 */
@EndToEnd
class ApplicantJourneyIT {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern FILE_PATH = Pattern.compile("/espace-candidat/dossiers/(AAA-[0-9]{4}-[0-9]{4})$");
    private static final Pattern DOCUMENT = Pattern.compile("/espace-candidat/pieces/([0-9a-f]{24})$");
    private static final String APPLICANT = "asso-fabrique";
    private static final String APPLICANT_EMAIL = "asso-fabrique@essor.example";
    private static final String JUSTIFICATION = "Jury : dossier solide, note 17 sur 20";

    private final EssorPlatform platform;
    private final Browser browser;
    private final String funding;

    ApplicantJourneyIT(EssorPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
        this.funding = platform.url(EssorService.FUNDING);
    }

    @Test
    void anOrganisationAppliesOnlineAnswersARequestAndFollowsItsFileToPaymentWhileTheAgentsKeepOneFlow(
            @TempDir Path files) {
        PlatformApi api = new PlatformApi(platform);
        int year = openCall(api);
        NewOrganisation organisation = NewOrganisation.association("Fabrique du Canal", "93066");
        assertThat(api.register(EssorService.FUNDING, "dmta", organisation).status()).isEqualTo(201);
        String project = "Réparer plutôt que jeter " + organisation.siret().substring(9);
        LocalDate today = LocalDate.now(PARIS);

        // the applicant signs in, lands in its space and asks for the link to its organisation
        browser.signInAt(funding, APPLICANT);
        assertThat(browser.path()).isEqualTo("/espace-candidat");
        assertThat(browser.heading()).isEqualTo("Mon espace candidat");
        axe("applicant home, no organisation");
        type("identifier", organisation.siret());
        click("Demander le rattachement");
        waitForStatus("Votre demande de rattachement à « " + organisation.name() + " » est transmise");
        axe("applicant home, link requested");

        // an instructor confirms the link
        browser.signInAt(funding, "instructeur");
        browser.visit(funding + "/rattachements");
        browser.driver().findElement(By.cssSelector("button[aria-label='Confirmer le rattachement de " + APPLICANT
                + " à " + organisation.name() + "']")).click();
        waitForStatus(organisation.name());

        // back as the applicant: the documents, once for the organisation; a wrong type and a file too large are
        // refused in French next to the field, and nothing is stored
        browser.signInAt(funding, APPLICANT);
        browser.driver().findElement(By.linkText("Pièces justificatives de " + organisation.name())).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("kind")));
        assertThat(text(By.tagName("main"))).contains("Aucune pièce déposée.", "Taille maximale : 10 Mo");
        axe("applicant documents, none yet");
        upload("STATUTES", file(files, "statuts.pdf", "MZ\u0090\u0000 not a PDF at all".getBytes(StandardCharsets.ISO_8859_1)));
        refusedNextToTheField("file", "n'est pas d'un format accepté");
        assertThat(new Select(browser.driver().findElement(By.id("kind"))).getFirstSelectedOption().getDomAttribute(
                "value")).as("the kind chosen stays chosen: only the file is to give again").isEqualTo("STATUTES");
        assertThat(text(By.tagName("main"))).contains("Aucune pièce déposée.");
        axe("applicant documents, wrong type refused");
        upload("LAST_ACCOUNTS", file(files, "comptes.pdf", pdfOfSize(10 * 1024 * 1024 + 1)));
        refusedNextToTheField("file", "Le fichier dépasse la taille autorisée (10 Mo)");
        assertThat(text(By.tagName("main"))).contains("Aucune pièce déposée.");
        upload("STATUTES", file(files, "statuts.pdf", pdf("Statuts de l'association")));
        waitForStatus("Pièce enregistrée : Statuts (statuts.pdf).");
        upload("BANK_DETAILS", file(files, "rib.pdf", pdf("Relevé d'identité bancaire")));
        waitForStatus("(rib.pdf)");
        assertThat(browser.driver().findElements(By.cssSelector("main table tbody tr"))).hasSize(2);
        List<String> documents = browser.driver().findElements(By.cssSelector("main table a")).stream()
                .map(a -> a.getDomAttribute("href")).map(DOCUMENT::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).toList();
        assertThat(documents).hasSize(2);
        Fetched statutes = fetch(funding + "/espace-candidat/pieces/" + documents.getLast());
        assertThat(statutes.status()).isEqualTo(200);
        assertThat(new String(statutes.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        axe("applicant documents, two given");

        // a draft started, saved half-way, then the applicant signs out
        browser.visit(funding + "/espace-candidat");
        new Select(browser.driver().findElement(By.id("organisation-" + year))).selectByValue(organisation.siret());
        browser.driver().findElement(By.xpath("//form[@aria-label='Commencer une candidature — Appel à Agir " + year
                + "']//button")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        assertThat(browser.heading()).isEqualTo("Ma candidature — Appel à Agir " + year);
        axe("applicant draft, new");
        type("title", project);
        type("summary", "Un atelier de réparation d'objets du quotidien au pied des immeubles.");
        new Select(browser.driver().findElement(By.id("theme"))).selectByValue("Réemploi");
        click("Enregistrer le brouillon");
        waitForStatus("Brouillon enregistré le");
        axe("applicant draft, saved");
        click("Se déconnecter");
        browser.waitUntil(ExpectedConditions.urlContains("/login?logout"));

        // a second session: the draft is found with what was typed, and completed, then submitted
        browser.visit(funding + "/espace-candidat");
        if (!browser.driver().getCurrentUrl().startsWith(platform.issuerUrl())) {
            browser.driver().findElement(By.xpath(
                    "//a[normalize-space()='Se connecter' or normalize-space()='Se reconnecter']")).click();
            browser.waitUntil(ExpectedConditions.urlContains(platform.issuerUrl()));
        }
        browser.signInAs(APPLICANT);
        browser.visit(funding + "/espace-candidat");
        browser.driver().findElement(By.partialLinkText(project)).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        assertThat(browser.driver().findElement(By.id("title")).getDomProperty("value")).isEqualTo(project);
        assertThat(browser.driver().findElement(By.id("summary")).getDomProperty("value"))
                .isEqualTo("Un atelier de réparation d'objets du quotidien au pied des immeubles.");
        assertThat(new Select(browser.driver().findElement(By.id("theme"))).getFirstSelectedOption().getText())
                .isEqualTo("Réemploi");
        axe("applicant draft, resumed");
        browser.driver().findElement(By.id("durationYears-1")).click();
        type("amounts.firstYearOperating", "6 000");
        type("projectBudget", "15 000");
        new Select(browser.driver().findElement(By.id("communeInsees"))).selectByValue("93066");
        browser.driver().findElement(By.id("qpv")).click();
        click("Déposer la candidature");
        waitForStatus("Votre candidature est déposée sous le numéro");
        Matcher filePath = FILE_PATH.matcher(browser.path());
        assertThat(filePath.find()).as("on the file page: %s", browser.path()).isTrue();
        String id = filePath.group(1);
        String file = funding + "/espace-candidat/dossiers/" + id;
        assertThat(text(By.tagName("main"))).contains(organisation.name(), "6 000,00 €", "Déposée");
        axe("applicant file, submitted");

        // the receipt, downloaded with the applicant's session and read back
        String receiptUrl = browser.driver().findElement(By.linkText("Télécharger le récépissé de dépôt (PDF)"))
                .getDomProperty("href");
        Fetched receipt = fetch(receiptUrl);
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.contentType()).startsWith("application/pdf");
        assertThat(pdfText(receipt.body())).contains("Récépissé de dépôt", "Numéro de dossier", id,
                organisation.name(), project);

        // the instructor finds it in the one instruction list, online, and asks for a piece
        browser.signInAt(funding, "instructeur");
        browser.visit(funding + "/appel-a-agir/" + year);
        assertThat(text(By.xpath("//table[@id='table-candidatures']//tr[.//a[normalize-space()='" + id + "']]")))
                .contains(organisation.name(), project, "Dépôt en ligne par la structure");
        browser.driver().findElement(By.linkText(id)).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("reason-REQUEST_CORRECTION")));
        assertThat(text(By.tagName("main"))).contains("Dépôt en ligne par la structure");
        type("reason-REQUEST_CORRECTION", "Joignez le budget prévisionnel signé par la présidente.");
        click("Demander une correction");
        waitForStatus("demander une correction");

        // the applicant answers online with a document already given and a new one
        browser.signInAt(funding, APPLICANT);
        browser.visit(file);
        assertThat(text(By.tagName("main"))).contains("Répondre à la demande du Département",
                "Joignez le budget prévisionnel signé par la présidente.");
        axe("applicant file, request to answer");
        type("text", "Voici le budget signé ; les statuts sont joints à nouveau.");
        browser.driver().findElement(By.id("piece-" + documents.getLast())).click();
        new Select(browser.driver().findElement(By.id("kind"))).selectByValue("BUDGET");
        browser.driver().findElement(By.id("file"))
                .sendKeys(file(files, "budget-signe.pdf", pdf("Budget prévisionnel signé")).toString());
        click("Envoyer ma réponse");
        waitForStatus("Votre réponse est transmise au Département.");
        assertThat(text(By.tagName("main"))).contains("Voici le budget signé ; les statuts sont joints à nouveau.",
                "Pièces jointes : statuts.pdf, budget-signe.pdf").doesNotContain("Envoyer ma réponse");
        axe("applicant file, answered");

        // the instructor reads the answer, then takes the file through instruction and the vote
        browser.signInAt(funding, "instructeur");
        browser.visit(funding + "/candidatures/" + id);
        assertThat(text(By.xpath("//section[@aria-labelledby='titre-reponses']"))).contains(
                "Joignez le budget prévisionnel signé par la présidente.",
                "Voici le budget signé ; les statuts sont joints à nouveau.", APPLICANT, "statuts.pdf",
                "budget-signe.pdf");
        click("Enregistrer la correction");
        waitForStatus("enregistrer la correction");
        click("Déclarer recevable");
        waitForStatus("déclarer recevable");
        click("Mettre en instruction");
        waitForStatus("mettre en instruction");
        click("Demander l'avis de l'EPT");
        waitForStatus("demander l'avis de l'EPT");
        click("Proposer au vote");
        waitForStatus("proposer au vote");
        browser.visit(funding + "/seances");
        new Select(browser.driver().findElement(By.id("callYear"))).selectByValue(String.valueOf(year));
        type("sittingOn", today.format(FRENCH_DATE));
        String deliberation = "CD-" + year + "-" + organisation.siret().substring(9);
        type("deliberationReference", deliberation);
        click("Ouvrir la séance");
        waitForStatus("La séance est ouverte");
        new Select(browser.driver().findElement(By.id("applicationId"))).selectByValue(id);
        click("Inscrire à l'ordre du jour");
        waitForStatus("inscrite à l'ordre du jour");
        browser.driver().findElement(By.cssSelector("input[name=outcome][value=GRANTED]")).click();
        type(id + "-amount", "6 000");
        type(id + "-justification", JUSTIFICATION);
        click("Enregistrer le vote");
        waitForStatus("Le vote sur " + id + " est enregistré");
        click("Clore la séance et publier les lauréats");
        waitForStatus("La séance est close");

        // the applicant sees the decision and confirms it has read the agreement
        browser.signInAt(funding, APPLICANT);
        browser.visit(file);
        assertThat(text(By.id("montant-accorde"))).isEqualTo("6 000,00 €");
        assertThat(text(By.tagName("main"))).contains("Votre subvention", "Délibération " + deliberation,
                "Pas encore signée").doesNotContain(JUSTIFICATION, "instructeur", "dmta");
        axe("applicant file, granted");
        click("J'ai pris connaissance de la convention");
        waitForStatus("le Département sait que vous avez pris connaissance de la convention");

        // the instructor (a DMTA agent) records the signed agreement and pays the advance
        browser.signInAt(funding, "instructeur");
        browser.waitUntil(driver -> {
            driver.get(funding + "/subventions/" + id);
            return !driver.findElements(By.id("titre-signature")).isEmpty();
        });
        assertThat(text(By.tagName("main"))).contains("Lue par la structure (" + APPLICANT + ") le");
        type("signedOn", today.format(FRENCH_DATE));
        click("Enregistrer la signature");
        waitForStatus("La signature de la convention est enregistrée");
        new Select(browser.driver().findElement(By.id("instalment"))).selectByValue("1");
        type("amount", "3 000,00");
        type("paidOn", today.format(FRENCH_DATE));
        click("Enregistrer le versement");
        waitForStatus("Le versement est enregistré");

        // the applicant sees the payment
        browser.signInAt(funding, APPLICANT);
        browser.visit(file);
        assertThat(text(By.id("convention"))).contains("Signée le");
        assertThat(text(By.id("versements"))).contains("3 000,00 €");
        axe("applicant file, paid");

        // another organisation's applicant: 403 on the file, its receipt, its agreement and its documents
        browser.signInAt(funding, "asso-voisins");
        browser.visit(file);
        assertThat(browser.heading()).isEqualTo("Accès refusé");
        axe("other applicant, file refused");
        assertThat(fetch(file).status()).isEqualTo(403);
        assertThat(fetch(receiptUrl).status()).isEqualTo(403);
        assertThat(fetch(file + "/convention.pdf").status()).isEqualTo(403);
        for (String document : documents) {
            assertThat(fetch(funding + "/espace-candidat/pieces/" + document).status()).as(document).isEqualTo(403);
        }
        assertThat(fetch(funding + "/espace-candidat/structures/" + organisation.siret() + "/pieces").status())
                .as("an organisation the account is not linked to is not even shown to exist").isEqualTo(404);

        // every e-mail the organisation gets, once each, at the applicant's address, in French, without the agents'
        // names or the jury's words
        browser.signInAt(funding, "ops");
        List<Mail> mails = await("the five e-mails about " + id).atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> mailsAbout(id, project), found -> found.size() >= 5);
        browser.screenshot("journey-mailbox");
        assertThat(mails).extracting(Mail::subject).containsExactlyInAnyOrder(
                "Candidature " + id + " reçue — Appel à Agir " + year,
                "Complément demandé — dossier " + id,
                "Subvention votée — dossier " + id,
                "Convention signée — " + project,
                "Versement de 3 000,00 € — dossier " + id);
        for (Mail mail : mails) {
            assertThat(mail.to()).as(mail.subject()).contains(APPLICANT_EMAIL);
            assertThat(mail.body()).as(mail.subject()).startsWith("Bonjour,")
                    .contains("Le Département de la Seine-Saint-Denis")
                    .doesNotContain(JUSTIFICATION, "dmta", "/ 20", "notation");
            // « le service instructeur » is the mails' wording; the instructor's login never appears
            assertThat(mail.body().replace("service instructeur", "")).as(mail.subject()).doesNotContain("instructeur");
        }
        assertThat(body(mails, "Candidature ")).contains("a bien reçu la candidature « " + project + " »",
                "sous le numéro " + id, file);
        assertThat(body(mails, "Complément demandé")).contains(
                "« Joignez le budget prévisionnel signé par la présidente. »", "Répondez en ligne depuis votre dossier",
                file);
        assertThat(body(mails, "Subvention votée")).contains("ont voté une subvention de 6 000,00 €",
                "délibération " + deliberation);
        assertThat(body(mails, "Convention signée")).contains("est signée depuis le");
        assertThat(body(mails, "Versement de")).contains("Le Département a versé 3 000,00 €",
                "reste à verser : 3 000,00 €", "compte-rendu", "Transmettez-le en ligne depuis votre dossier", file);
        assertThat(text(By.id("table-envois"))).contains(APPLICANT, APPLICANT_EMAIL, "Envoyé");
    }

    /** A call open today, for a year no other test of the run uses (FundingUiIT takes 2030-2089 on its pages). */
    private static int openCall(PlatformApi api) {
        LocalDate today = LocalDate.now(PARIS);
        Set<Integer> tried = new HashSet<>();
        while (tried.size() < 12) {
            int year = ThreadLocalRandom.current().nextInt(2018, 2030);
            if (!tried.add(year)) {
                continue;
            }
            PlatformApi.Response call = api.post(EssorService.FUNDING, "/api/calls", "dmta", """
                    {"year":%d,"title":"Appel à Agir %d","themes":["Réemploi","Alimentation durable"],\
                    "operatingEnvelope":800000,"investmentEnvelope":200000,"opensOn":"%s","closesOn":"%s",\
                    "twoYearApplications":false,"grid":[{"code":"utilite","label":"Utilité sociale","weight":1}],\
                    "territoryTargets":{}}""".formatted(year, year, today.minusDays(1), today.plusDays(30)));
            if (call.status() == 201) {
                return year;
            }
            assertThat(call.status()).as("call: %s", call).isEqualTo(409);
        }
        throw new IllegalStateException("No free call year");
    }

    record Mail(String subject, String to, String body) {
    }

    /** The embedded mailbox as {@code /ops/courriels} shows it: the messages about this file. */
    private List<Mail> mailsAbout(String id, String project) {
        browser.visit(funding + "/ops/courriels");
        return browser.driver().findElements(By.cssSelector("section[aria-labelledby=titre-boite] article")).stream()
                .map(article -> new Mail(plain(article.findElement(By.tagName("h3")).getText()),
                        plain(article.findElement(By.tagName("p")).getText()),
                        plain(article.findElement(By.tagName("pre")).getText())))
                .filter(mail -> mail.subject().contains(id) || mail.body().contains(project))
                .toList();
    }

    private static String body(List<Mail> mails, String subjectStart) {
        return mails.stream().filter(m -> m.subject().startsWith(subjectStart)).findFirst().orElseThrow().body();
    }

    private void upload(String kind, Path path) {
        new Select(browser.driver().findElement(By.id("kind"))).selectByValue(kind);
        browser.driver().findElement(By.id("file")).sendKeys(path.toString());
        click("Déposer la pièce");
    }

    /** The page answered with the French error next to the field (and described by it), no confirmation. */
    private void refusedNextToTheField(String field, String message) {
        // the message of the new answer (the page before may hold the same field's error: it goes stale on reload)
        browser.waitUntil((org.openqa.selenium.support.ui.ExpectedCondition<Boolean>) driver -> {
            try {
                return plain(driver.findElement(By.id(field + "-erreur")).getText()).contains(message);
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
        assertThat(browser.driver().findElement(By.id(field)).getDomAttribute("aria-describedby"))
                .isEqualTo(field + "-erreur");
        assertThat(browser.driver().findElements(By.cssSelector("[role=status]"))).isEmpty();
    }

    private static Path file(Path dir, String name, byte[] content) {
        try {
            Path sub = Files.createTempDirectory(dir, "upload");
            return Files.write(sub.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n1 0 obj << >> endobj\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] pdfOfSize(int size) {
        byte[] content = new byte[size];
        byte[] start = pdf("Comptes annuels");
        System.arraycopy(start, 0, content, 0, start.length);
        return content;
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return plain(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Fetched(int status, String contentType, byte[] body) {
    }

    /** A GET with the browser's own session (its cookies), as a click on a download link would make it. */
    private Fetched fetch(String url) {
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(async r => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    let s = '';
                    for (let i = 0; i < bytes.length; i += 8192) {
                      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
                    }
                    done([r.status, r.headers.get('content-type') || '', btoa(s)]);
                  })
                  .catch(e => done([-1, String(e), '']));""", url);
        return new Fetched(((Number) answer.get(0)).intValue(), (String) answer.get(1),
                Base64.getDecoder().decode((String) answer.get(2)));
    }

    private void axe(String page) {
        Axe.assertNoViolation(browser, page);
    }

    private void type(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }


    private void click(String button) {
        browser.driver().findElement(By.xpath("//button[normalize-space()=\"" + button + "\"]")).click();
    }

    /** Waits for the page's confirmation; a refusal ({@code role=alert}) fails at once with what the page said. */
    private void waitForStatus(String message) {
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("[role=status]")).stream()
                .anyMatch(e -> plain(e.getText()).contains(message))
                || !driver.findElements(By.cssSelector("[role=alert]")).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector("[role=alert]")))
                .as("refused: %s", browser.driver().findElements(By.cssSelector("main .field__error, [role=alert]"))
                        .stream().map(WebElement::getText).toList())
                .isEmpty();
    }

    /** The visible text, with the no-break spaces of French numbers as plain spaces. */
    private String text(By locator) {
        return plain(browser.driver().findElement(locator).getText());
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
