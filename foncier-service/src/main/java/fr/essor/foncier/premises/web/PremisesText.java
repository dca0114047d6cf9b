package fr.essor.foncier.premises.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.foncier.premises.domain.Usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** How the premises pages and exports write what they show, in French. */
final class PremisesText {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private PremisesText() {
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    static String usages(Collection<Usage> usages) {
        return usages.stream().sorted().map(Usage::label).collect(Collectors.joining(", "));
    }

    /** A rent per m² and year; "non précisé" when the need gives no ceiling. */
    static String rent(BigDecimal rent) {
        return rent == null ? "non précisé" : FrenchFormat.euros(rent) + "/m²/an";
    }
}
