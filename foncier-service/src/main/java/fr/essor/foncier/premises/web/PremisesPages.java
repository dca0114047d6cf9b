package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.application.PremisesFilter;
import fr.essor.foncier.premises.domain.NeedStatus;
import fr.essor.foncier.premises.domain.OfferStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** What the need and offer pages and their exports share: reading the list filters, and the 404. */
final class PremisesPages {

    private PremisesPages() {
    }

    /** The filter of a need list as asked; unknown values mean any; an EPT account stays on its territory. */
    static PremisesFilter needFilter(PremisesChoices choices, String territory, String status,
                                     PremisesVisibility visibility) {
        return new PremisesFilter(choices.territoryCode(territory).orElse(null),
                NeedStatus.parse(status).map(Enum::name).orElse(null)).within(visibility.territory());
    }

    static PremisesFilter offerFilter(PremisesChoices choices, String territory, String status,
                                      PremisesVisibility visibility) {
        return new PremisesFilter(choices.territoryCode(territory).orElse(null),
                OfferStatus.parse(status).map(Enum::name).orElse(null)).within(visibility.territory());
    }

    /** The filter as a query string ("" or "?territory=T8&status=OPEN"), to export what the list shows. */
    static String query(PremisesFilter filter) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (filter.territoryCode() != null) {
            query.queryParam("territory", filter.territoryCode());
        }
        if (filter.status() != null) {
            query.queryParam("status", filter.status());
        }
        return query.encode().build().toUriString();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun besoin ni offre sous cette référence.");
    }
}
