package fr.essor.kit.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Map;

/** RFC 9457 problem details with French titles and stable type URIs. */
public final class Problems {

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Requête invalide"),
            Map.entry(401, "Authentification requise"),
            Map.entry(403, "Accès refusé"),
            Map.entry(404, "Ressource introuvable"),
            Map.entry(405, "Méthode non autorisée"),
            Map.entry(406, "Format de réponse non disponible"),
            Map.entry(409, "Conflit avec l'état actuel"),
            Map.entry(413, "Corps de requête trop volumineux"),
            Map.entry(415, "Type de contenu non pris en charge"),
            Map.entry(422, "Requête impossible à traiter"),
            Map.entry(500, "Erreur interne"),
            Map.entry(503, "Service indisponible"));

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        decorate(problem);
        return problem;
    }

    /** Gives a problem a stable type URI and a French title. */
    public static void decorate(ProblemDetail problem) {
        int status = problem.getStatus();
        String title = TITLES.get(status);
        if (title != null) {
            problem.setTitle(title);
        }
        HttpStatus known = HttpStatus.resolve(status);
        String slug = known == null ? String.valueOf(status) : known.name().toLowerCase().replace('_', '-');
        problem.setType(URI.create("https://essor.seinesaintdenis.fr/problems/" + slug));
    }
}
