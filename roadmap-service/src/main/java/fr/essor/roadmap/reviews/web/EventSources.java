package fr.essor.roadmap.reviews.web;

import java.util.Map;

/**
 * The facts of the other services named in words for the committee's readers: « convention signée (financements et
 * Appel à Agir) » rather than {@code fr.essor.funding.grant-agreement-signed.v1}.
 */
final class EventSources {

    private static final Map<String, String> SERVICES = Map.of(
            "funding", "financements et Appel à Agir",
            "procurement", "achats responsables",
            "foncier", "foncier et pôle d'innovation",
            "roadmap", "feuille de route de l'ESS");

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("application-submitted", "candidature déposée"),
            Map.entry("application-decided", "décision sur une candidature"),
            Map.entry("information-requested", "complément demandé à une structure"),
            Map.entry("laureates-published", "lauréats publiés"),
            Map.entry("grant-awarded", "subvention votée"),
            Map.entry("grant-agreement-signed", "convention signée"),
            Map.entry("payment-made", "versement effectué"),
            Map.entry("loan-guarantee-granted", "garantie d'emprunt accordée"),
            Map.entry("scic-stake-acquired", "parts de SCIC acquises"),
            Map.entry("scic-stake-changed", "parts de SCIC modifiées"),
            Map.entry("scic-stake-sold", "parts de SCIC cédées"),
            Map.entry("contract-awarded", "marché attribué"),
            Map.entry("insertion-hours-reported", "heures d'insertion déclarées"),
            Map.entry("sourcing-need-published", "besoin d'achat publié"),
            Map.entry("lease-signed", "bail signé"),
            Map.entry("lease-ended", "bail terminé"),
            Map.entry("hub-space-allocated", "espace du pôle attribué"),
            Map.entry("hub-space-vacated", "espace du pôle libéré"),
            Map.entry("premises-need-registered", "besoin de locaux enregistré"),
            Map.entry("premises-offer-published", "offre de locaux publiée"),
            Map.entry("match-proposed", "rapprochement proposé"),
            Map.entry("organisation-registered", "structure enregistrée"),
            Map.entry("organisation-updated", "structure mise à jour"),
            Map.entry("action-status-changed", "action mise à jour"),
            Map.entry("indicator-value-recorded", "valeur d'indicateur saisie"),
            Map.entry("quarterly-review-published", "comité de suivi publié"));

    private EventSources() {
    }

    /** « convention signée (financements et Appel à Agir) »; an unknown type reads as « fait d'un autre service ». */
    static String inWords(String eventType) {
        String[] parts = eventType == null ? new String[0] : eventType.split("\\.");
        if (parts.length < 4) {
            return "fait d'un autre service";
        }
        String service = SERVICES.getOrDefault(parts[2], "autre service");
        String event = EVENTS.getOrDefault(parts[3], "fait");
        return event + " (" + service + ")";
    }
}
