package fr.essor.kit.organisations.infrastructure;

import fr.essor.kit.organisations.application.CompanyRegistry;
import fr.essor.kit.organisations.domain.LegalForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The national company registry through the public « API Recherche d'entreprises » of the State
 * ({@code GET <base-url>/search?q=<siret>}, no key): the legal unit whose establishment has this SIRET, with that
 * establishment among {@code matching_etablissements} (or as {@code siege}). A short timeout: an agent waits for it.
 */
public final class RechercheEntreprises implements CompanyRegistry {

    private static final Logger log = LoggerFactory.getLogger(RechercheEntreprises.class);

    private final URI baseUrl;
    private final Duration timeout;
    private final JsonMapper json;
    private final HttpClient http;

    public RechercheEntreprises(URI baseUrl, Duration timeout, JsonMapper json) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Lookup lookup(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return new NotFound(siret);
        }
        String base = baseUrl.toString().replaceAll("/+$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/search?q=" + siret + "&page=1&per_page=1"))
                .timeout(timeout).header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            log.warn("company registry: no answer within {} for a SIRET lookup", timeout);
            return new Unreachable("timeout");
        } catch (IOException e) {
            log.warn("company registry unreachable: {}", e.toString());
            return new Unreachable("io");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unreachable("interrupted");
        }
        if (response.statusCode() != 200) {
            log.warn("company registry answered {} to a SIRET lookup", response.statusCode());
            return new Unreachable("status " + response.statusCode());
        }
        try {
            return read(json.readTree(response.body()), siret);
        } catch (JacksonException e) {
            log.warn("company registry answered something that is not JSON: {}", e.getOriginalMessage());
            return new Unreachable("unreadable");
        }
    }

    private static Lookup read(JsonNode answer, String siret) {
        for (JsonNode unit : answer.path("results")) {
            JsonNode establishment = establishment(unit, siret);
            if (establishment == null) {
                continue;
            }
            JsonNode complements = unit.path("complements");
            Boolean ess = flag(complements.path("est_ess"));
            Boolean siae = flag(complements.path("est_siae"));
            String nature = text(unit.path("nature_juridique"));
            String name = text(unit.path("nom_raison_sociale"));
            if (name == null) {
                name = text(unit.path("nom_complet"));
            }
            boolean unitActive = !"C".equals(text(unit.path("etat_administratif")));
            boolean establishmentActive = !"F".equals(text(establishment.path("etat_administratif")));
            return new Found(new CompanyFacts(text(unit.path("siren")), siret, name, nature,
                    LegalForm.fromNatureJuridique(nature, Boolean.TRUE.equals(ess)),
                    text(establishment.path("commune")), unitActive && establishmentActive, ess, siae));
        }
        return new NotFound(siret);
    }

    /** The establishment of this SIRET: a search by SIRET lists it among the matching ones, or it is the head office. */
    private static JsonNode establishment(JsonNode unit, String siret) {
        for (JsonNode candidate : unit.path("matching_etablissements")) {
            if (siret.equals(text(candidate.path("siret")))) {
                return candidate;
            }
        }
        return siret.equals(text(unit.path("siege").path("siret"))) ? unit.path("siege") : null;
    }

    private static String text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? node.asString().strip() : null;
    }

    private static Boolean flag(JsonNode node) {
        return node.isBoolean() ? node.asBoolean() : null;
    }
}
