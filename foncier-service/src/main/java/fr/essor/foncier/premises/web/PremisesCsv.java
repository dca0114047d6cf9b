package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.domain.NeedDetails;
import fr.essor.foncier.premises.domain.OfferDetails;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.foncier.premises.domain.PremisesOffer;
import fr.essor.kit.exports.Coded;
import fr.essor.kit.exports.Column;
import fr.essor.kit.exports.CsvTable;
import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.kit.reference.Commune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Needs and offers as people open them in a spreadsheet, the same typed columns for the CSV and the workbook (the
 * kit's {@link CsvTable} and {@link XlsxWorkbook}): French headers, real dates and numbers, the territory's name
 * beside its code. The cell's notes and the owner's name are left empty for an EPT account.
 */
final class PremisesCsv {

    static final List<Column> NEED_COLUMNS = List.of(Column.text("Référence"), Column.text("Statut"),
            Column.text("Structure"), Column.text("SIRET ou RNA"), Column.text("Usages"),
            Column.integer("Surface minimale (m²)"), Column.integer("Surface maximale (m²)"),
            Column.text("Communes souhaitées"), Column.text("Territoires souhaités"),
            Column.amount("Loyer maximal (€/m²/an)"), Column.date("Date souhaitée"), Column.text("Type d'occupation"),
            Column.integer("Durée minimale (mois)"), Column.text("Accessibilité PMR requise"),
            Column.text("ERP requis"), Column.text("Remarques"), Column.dateTime("Enregistré le"),
            Column.text("Enregistré par"), Column.dateTime("Modifié le"), Column.text("Modifié par"));
    static final List<Column> OFFER_COLUMNS = List.of(Column.text("Référence"), Column.text("Statut"),
            Column.text("Type de propriétaire"), Column.text("Propriétaire"), Column.text("Adresse"),
            Column.text("Commune"), Column.text("Code INSEE"), Column.codeAndName("Code EPT", "Territoire"),
            Column.integer("Surface (m²)"), Column.text("Usages autorisés"), Column.amount("Loyer (€/m²/an)"),
            Column.date("Disponible le"), Column.date("Disponible jusqu'au"), Column.text("Type d'occupation"),
            Column.integer("Catégorie ERP"), Column.text("Accessible PMR"), Column.text("Remarques"),
            Column.dateTime("Publiée le"), Column.text("Publiée par"), Column.dateTime("Modifiée le"),
            Column.text("Modifiée par"));

    private PremisesCsv() {
    }

    static byte[] needs(List<PremisesNeed> needs, boolean internal) {
        CsvTable csv = CsvTable.of(NEED_COLUMNS);
        needRows(needs, internal).forEach(csv::add);
        return csv.toBytes();
    }

    static byte[] offers(List<PremisesOffer> offers, boolean internal) {
        CsvTable csv = CsvTable.of(OFFER_COLUMNS);
        offerRows(offers, internal).forEach(csv::add);
        return csv.toBytes();
    }

    static byte[] needsWorkbook(List<PremisesNeed> needs, boolean internal) {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Besoins de locaux");
        XlsxWorkbook.Table sheet = workbook.sheet("Besoins", NEED_COLUMNS);
        needRows(needs, internal).forEach(sheet::add);
        return workbook.toBytes();
    }

    static byte[] offersWorkbook(List<PremisesOffer> offers, boolean internal) {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Offres de locaux");
        XlsxWorkbook.Table sheet = workbook.sheet("Offres", OFFER_COLUMNS);
        offerRows(offers, internal).forEach(sheet::add);
        return workbook.toBytes();
    }

    /** The same rows for the CSV and the XLSX exports, one value per column. */
    static List<List<Object>> needRows(List<PremisesNeed> needs, boolean internal) {
        List<List<Object>> rows = new ArrayList<>();
        for (PremisesNeed need : needs) {
            NeedDetails d = need.details();
            rows.add(Arrays.asList(need.id(), need.status().label(), need.organisation().name(),
                    need.organisation().id(), PremisesText.usages(d.usages()), d.surface().min(), d.surface().max(),
                    d.communes().stream().map(Commune::name).collect(Collectors.joining(", ")),
                    d.territories().stream().map(t -> t.name() + " (" + t.code() + ")")
                            .collect(Collectors.joining(", ")),
                    d.maxRentPerSquareMetre(), d.neededFrom(), d.tenure().label(), d.durationMonths(),
                    d.accessibilityRequired(), d.erpRequired(), internal ? d.notes() : null, need.registeredAt(),
                    need.registeredBy(), need.updatedAt(), need.updatedBy()));
        }
        return rows;
    }

    static List<List<Object>> offerRows(List<PremisesOffer> offers, boolean internal) {
        List<List<Object>> rows = new ArrayList<>();
        for (PremisesOffer offer : offers) {
            OfferDetails d = offer.details();
            rows.add(Arrays.asList(offer.id(), offer.status().label(), d.ownerType().label(),
                    internal ? d.ownerName() : null, d.address(), d.commune().name(), d.commune().inseeCode(),
                    Coded.of(d.commune().territory()), d.surface(), PremisesText.usages(d.allowedUsages()),
                    d.rentPerSquareMetre(), d.availableFrom(), d.availableUntil(), d.tenure().label(),
                    d.erpCategory(), d.accessible(), internal ? d.notes() : null, offer.publishedAt(),
                    offer.publishedBy(), offer.updatedAt(), offer.updatedBy()));
        }
        return rows;
    }
}
