package fr.essor.foncier.intermediation.web;

import fr.essor.foncier.premises.domain.PremisesOffer;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.kit.apidocs.Bounds;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.foncier.intermediation.domain.ClosureReason;
import fr.essor.foncier.intermediation.domain.LeaseEndReason;
import fr.essor.foncier.intermediation.domain.Participant;
import fr.essor.foncier.intermediation.domain.Partner;
import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The JSON bodies of the intermediation API, and reading their codes and ISO dates into typed values. */
final class IntermediationRequests {

    private IntermediationRequests() {
    }

    record Proposal(@Bounds.Pattern(value = PremisesNeed.ID_PATTERN,
                    message = "Indiquez le numéro d'un besoin de locaux (ex. BESOIN-2026-0012).") String needId,
                    @Bounds.Pattern(value = PremisesOffer.ID_PATTERN,
                    message = "Indiquez le numéro d'une offre de locaux (ex. OFFRE-2026-0007).") String offerId, List<String> partners, @fr.essor.kit.apidocs.Bounds.Text(fr.essor.foncier.intermediation.domain.Intermediation.NOTE_MAX) String note) {
    }

    record Note(@fr.essor.kit.apidocs.Bounds.Text(fr.essor.foncier.intermediation.domain.Intermediation.NOTE_MAX) String note) {
    }

    record VisitRequest(@Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE) String date, List<String> participants, @fr.essor.kit.apidocs.Bounds.Text(fr.essor.foncier.intermediation.domain.Intermediation.NOTE_MAX) String feedback) {
    }

    record LeaseRequest(@Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE) String startDate, @Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE) String endDate,
                        @Bounds.Whole(min = 1, max = fr.essor.foncier.intermediation.domain.Intermediation.MAX_SURFACE)
                        Integer surface,
                        @Bounds.Amount BigDecimal annualRent) {
    }

    record ClosureRequest(@Bounds.OneOf(ClosureReason.class) String reason, @fr.essor.kit.apidocs.Bounds.Text(fr.essor.foncier.intermediation.domain.Intermediation.NOTE_MAX) String note) {
    }

    record PartnersRequest(List<String> partners) {
    }

    record RenewalRequest(@Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE) String newEndDate, @fr.essor.kit.apidocs.Bounds.Text(fr.essor.foncier.intermediation.domain.Intermediation.NOTE_MAX) String note) {
    }

    record LeaseEndRequest(@Bounds.Pattern(value = Bounds.TYPED_DATE,
            message = Bounds.TYPED_DATE_MESSAGE) String endedOn, @Bounds.OneOf(LeaseEndReason.class) String reason, @fr.essor.kit.apidocs.Bounds.Text(fr.essor.foncier.intermediation.domain.Intermediation.NOTE_MAX) String note) {
    }

    static LeaseEndReason endReason(String code, List<Violation> refusals) {
        Optional<LeaseEndReason> reason = LeaseEndReason.parse(code);
        if (reason.isEmpty() && code != null && !code.isBlank()) {
            refusals.add(new Violation("endReason", "endReason.unknown", "Raison de fin de bail inconnue : " + code
                    + "."));
        }
        return reason.orElse(null);
    }

    static Set<Partner> partners(List<String> codes, List<Violation> refusals) {
        return codes(codes, Partner::parse, Partner.class, "partners", refusals);
    }

    static Set<Participant> participants(List<String> codes, List<Violation> refusals) {
        return codes(codes, Participant::parse, Participant.class, "participants", refusals);
    }

    static ClosureReason reason(String code, List<Violation> refusals) {
        Optional<ClosureReason> reason = ClosureReason.parse(code);
        if (reason.isEmpty() && code != null && !code.isBlank()) {
            refusals.add(new Violation("reason", "reason.unknown", "Raison de clôture inconnue : " + code + "."));
        }
        return reason.orElse(null);
    }

    /** An ISO date ({@code 2026-09-01}) or a French one ({@code 01/09/2026}); blank is {@code null}. */
    static LocalDate date(String field, String value, List<Violation> refusals) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return FrenchFormat.parseDate(text);
        } catch (DateTimeParseException e) {
            refusals.add(new Violation(field, field + ".format", "Date invalide : « " + text + " » (jj/mm/aaaa)."));
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> codes(List<String> codes, Function<String, Optional<E>> parse,
                                                    Class<E> type, String field, List<Violation> refusals) {
        Set<E> values = EnumSet.noneOf(type);
        for (String code : codes == null ? List.<String>of() : codes) {
            parse.apply(code).ifPresentOrElse(values::add, () -> refusals.add(new Violation(field, field + ".unknown",
                    "Valeur inconnue : " + code + ".")));
        }
        return values;
    }
}
