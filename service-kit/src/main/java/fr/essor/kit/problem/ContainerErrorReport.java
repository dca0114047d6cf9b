package fr.essor.kit.problem;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * What the servlet container answers for a request it refuses before any Essor code runs (a malformed URL such as
 * {@code /api/organisations/%00}, an invalid header): the platform's own answer instead of Tomcat's English page —
 * RFC 9457 problem+json under {@code /api/}, a French page in the layout's style everywhere else.
 */
public class ContainerErrorReport extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String uri = request.getRequestURI();
        boolean api = uri != null && (uri.startsWith("/api/") || uri.startsWith("/v3/api-docs"));
        try {
            response.setCharacterEncoding("UTF-8");
            if (api) {
                response.setContentType("application/problem+json");
                write(response, "{\"type\":\"https://essor.seinesaintdenis.fr/problems/bad-request\",\"title\":\"Requête invalide\","
                        + "\"status\":" + status + ",\"detail\":\"L'adresse ou les en-têtes de la requête sont "
                        + "mal formés : vérifiez l'URL (caractères interdits, encodage).\"}");
            } else {
                response.setContentType("text/html");
                write(response, "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                        + "<title>Adresse invalide — Essor</title><link rel=\"stylesheet\" href=\"/essor/essor.css\">"
                        + "</head><body><main id=\"contenu\" class=\"container container--narrow\">"
                        + "<h1>Adresse invalide</h1><p>L'adresse demandée contient des caractères que la plateforme "
                        + "ne peut pas lire. Vérifiez le lien ou revenez à <a href=\"/\">l'accueil</a>.</p>"
                        + "<p>Code " + status + "</p></main></body></html>");
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: nothing more to say
        }
    }

    private static void write(Response response, String body) throws IOException {
        Writer writer = response.getReporter();
        if (writer != null) {
            writer.write(body);
            response.finishResponse();
        }
    }
}
