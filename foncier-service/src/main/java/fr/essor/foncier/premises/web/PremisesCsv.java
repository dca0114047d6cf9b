package fr.essor.foncier.premises.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.foncier.premises.domain.NeedDetails;
import fr.essor.foncier.premises.domain.OfferDetails;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.foncier.premises.domain.PremisesOffer;
import fr.essor.kit.exports.CsvTable;
import fr.essor.kit.reference.Commune;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Needs and offers as French spreadsheets open them: UTF-8 with a byte order mark, {@code ;} between cells,
 * French headers, decimal commas, dates {@code jj/mm/aaaa}. A cell starting like a formula is prefixed with an
 * apostrophe so that a typed-in note can never run in the reader's spreadsheet.
 */
final class PremisesCsv {

    static final List<String> NEED_HEADERS = List.of("Référence", "Statut", "Structure", "SIRET ou RNA", "Usages",
            "Surface minimale (m²)", "Surface maximale (m²)", "Communes souhaitées", "Territoires souhaités",
            "Loyer maximal (€/m²/an)", "Date souhaitée", "Type d'occupation", "Durée minimale (mois)",
            "Accessibilité PMR requise", "ERP requis", "Remarques", "Enregistré le", "Enregistré par",
            "Modifié le", "Modifié par");
    static final List<String> OFFER_HEADERS = List.of("Référence", "Statut", "Type de propriétaire", "Propriétaire",
            "Adresse", "Commune", "Code INSEE", "Territoire", "Surface (m²)", "Usages autorisés",
            "Loyer (€/m²/an)", "Disponible le", "Disponible jusqu'au", "Type d'occupation", "Catégorie ERP",
            "Accessible PMR", "Remarques", "Publiée le", "Publiée par", "Modifiée le", "Modifiée par");

    private PremisesCsv() {
    }

    static final Set<String> NEED_NUMBERS = Set.of("Surface minimale (m²)", "Surface maximale (m²)",
            "Loyer maximal (€/m²/an)", "Durée minimale (mois)");
    static final Set<String> OFFER_NUMBERS = Set.of("Surface (m²)", "Loyer (€/m²/an)", "Catégorie ERP");

    static byte[] needs(List<PremisesNeed> needs, boolean internal) {
        CsvTable csv = CsvTable.withHeaders(NEED_HEADERS);
        needRows(needs, internal).forEach(csv::row);
        return csv.toBytes();
    }

    static byte[] offers(List<PremisesOffer> offers, boolean internal) {
        CsvTable csv = CsvTable.withHeaders(OFFER_HEADERS);
        offerRows(offers, internal).forEach(csv::row);
        return csv.toBytes();
    }

    /** The same rows for the CSV and the XLSX exports. */
    static List<List<String>> needRows(List<PremisesNeed> needs, boolean internal) {
        List<List<String>> rows = new ArrayList<>();
        for (PremisesNeed need : needs) {
            NeedDetails d = need.details();
            rows.add(List.of(need.id(), need.status().label(), need.organisation().name(), need.organisation().id(),
                    PremisesText.usages(d.usages()), Integer.toString(d.surface().min()),
                    Integer.toString(d.surface().max()),
                    d.communes().stream().map(Commune::name).collect(Collectors.joining(", ")),
                    NeedRow.territories(d), PremisesText.decimal(d.maxRentPerSquareMetre()),
                    FrenchFormat.date(d.neededFrom()), d.tenure().label(),
                    d.durationMonths() == null ? "" : d.durationMonths().toString(),
                    PremisesText.yesNo(d.accessibilityRequired()), PremisesText.yesNo(d.erpRequired()),
                    internal && d.notes() != null ? d.notes() : "", PremisesText.moment(need.registeredAt()),
                    need.registeredBy(), PremisesText.moment(need.updatedAt()), need.updatedBy()));
        }
        return rows;
    }

    static List<List<String>> offerRows(List<PremisesOffer> offers, boolean internal) {
        List<List<String>> rows = new ArrayList<>();
        for (PremisesOffer offer : offers) {
            OfferDetails d = offer.details();
            rows.add(List.of(offer.id(), offer.status().label(), d.ownerType().label(),
                    internal ? d.ownerName() : "", d.address(), d.commune().name(), d.commune().inseeCode(),
                    d.commune().territory().name(), Integer.toString(d.surface()),
                    PremisesText.usages(d.allowedUsages()), PremisesText.decimal(d.rentPerSquareMetre()),
                    FrenchFormat.date(d.availableFrom()), FrenchFormat.date(d.availableUntil()), d.tenure().label(),
                    d.erpCategory() == null ? "" : d.erpCategory().toString(), PremisesText.yesNo(d.accessible()),
                    internal && d.notes() != null ? d.notes() : "", PremisesText.moment(offer.publishedAt()),
                    offer.publishedBy(), PremisesText.moment(offer.updatedAt()), offer.updatedBy()));
        }
        return rows;
    }
}
