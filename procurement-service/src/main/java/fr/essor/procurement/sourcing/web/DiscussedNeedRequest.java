package fr.essor.procurement.sourcing.web;

import fr.essor.kit.apidocs.Bounds;
import fr.essor.procurement.sourcing.domain.SourcingNeed;

/** A sourcing need discussed at a meeting. */
record DiscussedNeedRequest(@Bounds.Pattern(value = SourcingNeed.ID_PATTERN,
        message = "Indiquez le numéro d'un besoin de sourcing (ex. BS-3F2A9C1D).") String needId) {
}
