package fr.essor.e2e;

import fr.essor.kit.testing.Sirets;
import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Appel à Agir from call to payment, through the funding pages only: the DMTA sets up an edition and opens it,
 * an agent registers an organisation and enters its application, the DMTA and the DJVA instruct it, an EPT opinion is
 * recorded, the assembly's vote grants it, and the grant's agreement is signed and its advance paid.
 */
@EndToEnd
class FundingUiIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EssorPlatform platform;
    private final Browser browser;

    FundingUiIT(EssorPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    @Test
    void aCallIsSetUpAnApplicationEnteredInstructedVotedAndItsGrantSignedAndPaidFromThePages() {
        String funding = platform.url(EssorService.FUNDING);
        LocalDate today = LocalDate.now(PARIS);
        int year = 2030 + Math.floorMod(System.nanoTime(), 60);

        // the DMTA sets up the edition, opening tomorrow, with a third criterion added on the page
        browser.signInAt(funding, "dmta");
        browser.visit(funding + "/appel-a-agir");
        browser.driver().findElement(By.linkText("Créer une édition")).click();
        type("year", String.valueOf(year));
        type("title", "Appel à Agir " + year);
        type("themes", "Réemploi\nAlimentation durable");
        type("operatingEnvelope", "800 000");
        type("investmentEnvelope", "200 000");
        type("opensOn", today.plusDays(1).format(FRENCH_DATE));
        type("closesOn", today.plusMonths(3).format(FRENCH_DATE));
        type("grid-0-code", "utilite-sociale");
        type("grid-0-label", "Utilité sociale");
        type("grid-0-weight", "3");
        type("grid-1-code", "ancrage");
        type("grid-1-label", "Ancrage territorial");
        type("grid-1-weight", "2");
        type("grid-2-code", "viabilite");
        type("grid-2-label", "Viabilité économique");
        type("grid-2-weight", "1");
        click("Ajouter un critère");
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("grid-3-code")));
        type("grid-3-code", "cooperation");
        type("grid-3-label", "Coopération");
        type("grid-3-weight", "1");
        type("target.T6", "30");
        browser.screenshot("funding-1-call-setup");
        click("Créer l'édition");
        waitForStatus("Appel à Agir " + year + " est créé");

        // still closed, so it may change: it opens today
        browser.driver().findElement(By.linkText("Paramétrer l'édition")).click();
        type("opensOn", today.format(FRENCH_DATE));
        click("Enregistrer les modifications");
        waitForStatus("Appel à Agir " + year + " est modifié");
        assertThat(text(By.tagName("main"))).contains("Ouvert du " + today.format(FRENCH_DATE));

        // an agent of the DJVA enters an application for an organisation registered on the way
        String siret = Sirets.next();
        String organisation = "Atelier Vélo Solidaire " + siret.substring(9);
        browser.signInAt(funding, "djva");
        browser.visit(funding + "/appel-a-agir/" + year);
        browser.driver().findElement(By.linkText("Saisir une candidature")).click();
        type("organisation", siret);
        click("Rechercher la structure");
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("organisation-erreur")));
        assertThat(text(By.id("organisation-erreur"))).contains("Aucune structure n'est enregistrée");
        click("Enregistrer cette structure");
        type("name", organisation);
        new Select(browser.driver().findElement(By.id("legalForm"))).selectByValue("ASSOCIATION");
        new Select(browser.driver().findElement(By.id("communeInsee"))).selectByValue("93066");
        click("Enregistrer la structure");
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("structure-trouvee")));
        assertThat(text(By.id("structure-trouvee"))).contains(organisation, "Saint-Denis");
        type("title", "Vélos réparés en pied d'immeuble");
        type("summary", "Un atelier mobile de réparation de vélos dans les quartiers de Saint-Denis.");
        new Select(browser.driver().findElement(By.id("theme"))).selectByValue("Réemploi");
        browser.driver().findElement(By.id("durationYears-1")).click();
        type("amounts.firstYearOperating", "15 000");
        type("projectBudget", "40 000");
        new Select(browser.driver().findElement(By.id("communeInsees"))).selectByValue("93066");
        browser.driver().findElement(By.id("qpv")).click();
        browser.screenshot("funding-2-application-entry");
        click("Enregistrer la candidature");
        waitForStatus("est enregistrée");
        String id = browser.path().substring("/candidatures/".length());
        assertThat(text(By.id("situation"))).contains(organisation, "Saint-Denis (Plaine Commune)", "Oui (déclaré)",
                "15 000,00 €");

        // the DMTA declares it admissible, assigns the DJVA and starts the review
        browser.signInAt(funding, "dmta");
        browser.visit(funding + "/candidatures/" + id);
        click("Déclarer recevable");
        waitForStatus("Déclarer recevable".toLowerCase());
        browser.driver().findElement(By.id("directorate-DJVA")).click();
        click("Désigner les directions");
        waitForStatus("directions instructrices sont désignées");
        click("Mettre en instruction");
        waitForStatus("mettre en instruction");
        assertThat(text(By.id("statut"))).isEqualTo("En instruction");

        // the DJVA scores it on the call's grid
        browser.signInAt(funding, "djva");
        browser.visit(funding + "/candidatures/" + id);
        type("scores.utilite-sociale", "5");
        type("scores.ancrage", "4");
        type("scores.viabilite", "3");
        type("scores.cooperation", "4");
        type("sharedComment", "Projet utile et bien ancré.");
        click("Enregistrer ma notation");
        waitForStatus("Votre notation est enregistrée");
        assertThat(text(By.id("table-notations"))).contains("djva", "/ 20");

        // the DMTA asks the EPT, records Plaine Commune's opinion, proposes it for the vote
        browser.signInAt(funding, "dmta");
        browser.visit(funding + "/candidatures/" + id);
        click("Demander l'avis de l'EPT");
        waitForStatus("demander l'avis de l'EPT");
        new Select(browser.driver().findElement(By.id("territoryCode"))).selectByValue("T6");
        browser.driver().findElement(By.id("opinion-FAVOURABLE")).click();
        type("comment", "Cohérent avec le plan vélo du territoire.");
        click("Enregistrer l'avis");
        waitForStatus("L'avis de l'EPT T6 est enregistré");
        assertThat(text(By.id("avis"))).contains("Plaine Commune (T6) : Favorable", "saisi par un agent");
        browser.screenshot("funding-3-application-instructed");
        click("Proposer au vote");
        waitForStatus("proposer au vote");
        assertThat(text(By.id("statut"))).isEqualTo("Proposée au vote");

        // the voting session: put it on the agenda, record the vote (granted), close the session
        browser.visit(funding + "/seances");
        new Select(browser.driver().findElement(By.id("callYear"))).selectByValue(String.valueOf(year));
        type("sittingOn", today.format(FRENCH_DATE));
        type("deliberationReference", "CD-" + year + "-" + siret.substring(10));
        click("Ouvrir la séance");
        waitForStatus("La séance est ouverte");
        new Select(browser.driver().findElement(By.id("applicationId"))).selectByValue(id);
        click("Inscrire à l'ordre du jour");
        waitForStatus("inscrite à l'ordre du jour");
        browser.driver().findElement(By.cssSelector("input[name=outcome][value=GRANTED]")).click();
        type(id + "-amount", "12 000");
        type(id + "-justification", "Projet prioritaire du territoire, montant ajusté au budget.");
        click("Enregistrer le vote");
        waitForStatus("Le vote sur " + id + " est enregistré");
        click("Clore la séance et publier les lauréats");
        waitForStatus("La séance est close");
        browser.screenshot("funding-4-session-closed");

        // the grant file: the agreement signed, the 50 % advance paid
        String grant = funding + "/subventions/" + id;
        browser.waitUntil(driver -> {
            driver.get(grant);
            return !driver.findElements(By.id("titre-signature")).isEmpty();
        });
        type("signedOn", today.format(FRENCH_DATE));
        click("Enregistrer la signature");
        waitForStatus("La signature de la convention est enregistrée");
        new Select(browser.driver().findElement(By.id("instalment"))).selectByValue("1");
        type("amount", "6 000,00");
        type("paidOn", today.format(FRENCH_DATE));
        click("Enregistrer le versement");
        waitForStatus("Le versement est enregistré");
        browser.screenshot("funding-5-grant-paid");
        assertThat(text(By.id("verse"))).contains("6 000,00 €");
        assertThat(text(By.id("reste"))).contains("6 000,00 €");
        browser.visit(funding + "/candidatures/" + id);
        assertThat(text(By.id("statut"))).isIn("Conventionnée", "En paiement");
    }

    private void type(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }


    /** Clicks the visible button so named; a form's hidden default button (the one Enter presses) is not for the mouse. */
    private void click(String button) {
        browser.driver().findElement(By.xpath(
                "//button[normalize-space()=\"" + button + "\" and not(@aria-hidden='true')]")).click();
    }

    /** Waits for the page's confirmation; a refusal ({@code role=alert}) fails at once with what the page said. */
    private void waitForStatus(String message) {
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("[role=status]")).stream()
                .anyMatch(e -> e.getText().contains(message))
                || !driver.findElements(By.cssSelector("[role=alert]")).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector("[role=alert]")))
                .as("refused: %s", browser.driver().findElements(By.cssSelector("main .field__error, [role=alert]"))
                        .stream().map(WebElement::getText).toList())
                .isEmpty();
    }

    /** The visible text, with the no-break spaces of French numbers as plain spaces. */
    private String text(By locator) {
        return browser.driver().findElement(locator).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
