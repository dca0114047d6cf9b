package fr.essor.procurement.contracts.domain;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Communes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A contract as typed in by a buyer or sent by a system, before any check. {@link #check} applies the rules and
 * returns either the terms or every violation at once.
 */
public record ContractForm(String reference, Integer lot, String object, String procedure, String cpvCode,
                           BigDecimal estimatedAmount, Integer durationMonths, LocalDate startOn,
                           String buyerDirectorate, String executionCommune, String reservation,
                           List<String> socialConsiderations, List<String> environmentalConsiderations,
                           Integer insertionHoursPlanned, String ccag, String priceForm, Boolean frameworkAgreement) {

    private static final Pattern REFERENCE = Pattern.compile("^[A-Za-z0-9_-]{1,12}$");
    /** L2113-15 contracts may not last longer than three years (directive 2014/24/UE art. 77 §3). */
    static final int ESS_RESERVED_MAX_MONTHS = 36;

    public sealed interface Checked permits Valid, Invalid {
    }

    public record Valid(ContractTerms terms) implements Checked {
    }

    public record Invalid(List<Violation> violations) implements Checked {
    }

    public Checked check(Communes communes) {
        List<Violation> violations = new ArrayList<>();
        String ref = blankToNull(reference);
        if (ref == null) {
            violations.add(new Violation("reference", "reference.required", "La référence du marché est obligatoire."));
        } else if (!REFERENCE.matcher(ref).matches()) {
            violations.add(new Violation("reference", "reference.format",
                    "La référence comporte 1 à 12 lettres, chiffres, tirets ou soulignés (ex. 2026-0117)."));
        }
        if (lot != null && (lot < 1 || lot > 99)) {
            violations.add(new Violation("lot", "lot.range", "Le numéro de lot est compris entre 1 et 99."));
        }
        String objectValue = blankToNull(object);
        if (objectValue == null) {
            violations.add(new Violation("object", "object.required", "L'objet du marché est obligatoire."));
        } else if (objectValue.length() > 300) {
            violations.add(new Violation("object", "object.size", "L'objet ne doit pas dépasser 300 caractères."));
        }
        Optional<Procedure> procedureValue = Procedure.parse(procedure);
        if (procedureValue.isEmpty()) {
            violations.add(new Violation("procedure", procedure == null ? "procedure.required" : "procedure.unknown",
                    "Choisissez la procédure de passation."));
        }
        String cpv = blankToNull(cpvCode);
        if (!CpvCode.hasFormat(cpv)) {
            violations.add(new Violation("cpvCode", cpv == null ? "cpvCode.required" : "cpvCode.format",
                    "Le code CPV comporte 8 chiffres, suivis éventuellement d'un tiret et de la clé (ex. 77310000-6)."));
        }
        if (estimatedAmount == null) {
            violations.add(new Violation("estimatedAmount", "estimatedAmount.required",
                    "Le montant estimé (HT) est obligatoire."));
        } else if (!Amounts.isValid(estimatedAmount)) {
            violations.add(new Violation("estimatedAmount", "estimatedAmount.invalid",
                    "Le montant estimé est un nombre positif d'euros, avec au plus 2 décimales."));
        }
        if (durationMonths == null || durationMonths < 1 || durationMonths > 600) {
            violations.add(new Violation("durationMonths", durationMonths == null ? "durationMonths.required"
                    : "durationMonths.range", "La durée du marché est un nombre de mois entre 1 et 600."));
        }
        if (startOn == null) {
            violations.add(new Violation("startOn", "startOn.required",
                    "La date de début d'exécution prévue est obligatoire."));
        }
        fr.essor.kit.domain.InputBounds.date("startOn", startOn).ifPresent(violations::add);
        BuyerDirectorate.violation(buyerDirectorate).ifPresent(violations::add);
        Commune commune = null;
        if (blankToNull(executionCommune) != null) {
            commune = communes.find(executionCommune.trim()).orElse(null);
            if (commune == null) {
                violations.add(new Violation("executionCommune", "executionCommune.unknown",
                        "Indiquez le code INSEE d'une commune de Seine-Saint-Denis, ou laissez vide pour tout le "
                                + "département."));
            }
        }
        Reservation reservationValue = blankToNull(reservation) == null ? Reservation.NONE
                : Reservation.parse(reservation).orElse(null);
        if (reservationValue == null) {
            violations.add(new Violation("reservation", "reservation.unknown",
                    "Réservation inconnue : NONE, L2113-12, L2113-13 ou L2113-15."));
        }
        Set<SocialConsideration> social = EnumSet.noneOf(SocialConsideration.class);
        for (String value : socialConsiderations == null ? List.<String>of() : socialConsiderations) {
            SocialConsideration.parse(value).ifPresentOrElse(social::add, () -> violations.add(
                    new Violation("socialConsiderations", "socialConsiderations.unknown",
                            "Considération sociale inconnue : " + value + ".")));
        }
        Set<EnvironmentalConsideration> environmental = EnumSet.noneOf(EnvironmentalConsideration.class);
        for (String value : environmentalConsiderations == null ? List.<String>of() : environmentalConsiderations) {
            EnvironmentalConsideration.parse(value).ifPresentOrElse(environmental::add, () -> violations.add(
                    new Violation("environmentalConsiderations", "environmentalConsiderations.unknown",
                            "Considération environnementale inconnue : " + value + ".")));
        }
        if (reservationValue != null && reservationValue.reserved()) {
            social.add(SocialConsideration.RESERVED_CONTRACT); // a reserved contract is one, whatever was ticked
        } else if (reservationValue == Reservation.NONE && social.contains(SocialConsideration.RESERVED_CONTRACT)) {
            violations.add(new Violation("reservation", "reservation.required",
                    "Un marché réservé doit indiquer l'article qui le réserve : L2113-12, L2113-13 ou L2113-15."));
        }
        if (reservationValue == Reservation.L2113_15) {
            if (CpvCode.hasFormat(cpv) && !new CpvCode(cpv).isReservableToEssCompanies()) {
                violations.add(new Violation("cpvCode", "reservation.services",
                        "L'article L2113-15 ne permet de réserver que des services sociaux, de santé ou culturels "
                                + "de la liste annexée au code de la commande publique : ce code CPV n'en fait pas "
                                + "partie."));
            }
            if (durationMonths != null && durationMonths > ESS_RESERVED_MAX_MONTHS) {
                violations.add(new Violation("durationMonths", "reservation.duration",
                        "Un marché réservé aux entreprises de l'ESS (L2113-15) ne peut pas dépasser 3 ans."));
            }
        }
        int hours = insertionHoursPlanned == null ? 0 : insertionHoursPlanned;
        if (hours < 0 || hours > 1_000_000) {
            violations.add(new Violation("insertionHoursPlanned", "insertionHoursPlanned.range",
                    "Le nombre d'heures d'insertion est compris entre 0 et 1 000 000."));
        } else if (social.contains(SocialConsideration.SOCIAL_CLAUSE) && hours == 0) {
            violations.add(new Violation("insertionHoursPlanned", "insertionHoursPlanned.required",
                    "Une clause sociale d'insertion prévoit un nombre d'heures d'insertion."));
        } else if (!social.contains(SocialConsideration.SOCIAL_CLAUSE) && hours > 0) {
            violations.add(new Violation("insertionHoursPlanned", "insertionHoursPlanned.withoutClause",
                    "Des heures d'insertion ne sont prévues qu'avec une clause sociale."));
        }
        Optional<Ccag> ccagValue = Ccag.parse(ccag);
        if (ccagValue.isEmpty()) {
            violations.add(new Violation("ccag", ccag == null ? "ccag.required" : "ccag.unknown",
                    "Choisissez le CCAG de référence (ou « Pas de CCAG »)."));
        }
        Optional<PriceForm> priceFormValue = PriceForm.parse(priceForm);
        if (priceFormValue.isEmpty()) {
            violations.add(new Violation("priceForm", priceForm == null ? "priceForm.required" : "priceForm.unknown",
                    "Choisissez la forme du prix : unitaire, forfaitaire ou mixte."));
        }
        if (!violations.isEmpty()) {
            return new Invalid(List.copyOf(violations));
        }
        return new Valid(new ContractTerms(ref, lot, objectValue, procedureValue.get(), new CpvCode(cpv),
                Amounts.normalized(estimatedAmount), durationMonths, startOn, BuyerDirectorate.normalized(buyerDirectorate),
                commune, reservationValue,
                social, environmental, hours, ccagValue.get(), priceFormValue.get(),
                Boolean.TRUE.equals(frameworkAgreement)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
