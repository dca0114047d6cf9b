package fr.essor.procurement.opendata.application;

import fr.essor.kit.exports.Coded;
import fr.essor.kit.exports.Column;
import fr.essor.kit.exports.CsvTable;
import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.contracts.domain.Award;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractFilter;
import fr.essor.procurement.contracts.domain.ContractTerms;
import fr.essor.procurement.contracts.domain.EnvironmentalConsideration;
import fr.essor.procurement.contracts.domain.Holder;
import fr.essor.procurement.contracts.domain.SocialConsideration;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every contract for people, one row per contract or lot: a CSV for people (the kit's {@link CsvTable}: BOM,
 * {@code ;}, decimal comma, French headers, dates {@code jj/mm/aaaa}, times in Europe/Paris) and a workbook with the
 * same typed columns. It is not an open-data file: the open data of the contracts is the DECP 2024 publication
 * ({@link DecpExport}), which keeps its standard's names and formats.
 */
public class ContractsCsv {

    public static final List<Column> COLUMNS = List.of(Column.text("Identifiant"), Column.text("Référence"),
            Column.integer("Lot"), Column.text("Objet"), Column.text("Procédure"), Column.text("Code CPV"),
            Column.text("Direction acheteuse (sigle)"),
            Column.codeAndName("Code INSEE du lieu d'exécution", "Lieu d'exécution"),
            Column.codeAndName("Code EPT", "Territoire"), Column.text("Réservation (article)"),
            Column.text("Considérations sociales"), Column.text("Considérations environnementales"),
            Column.integer("Heures d'insertion prévues"), Column.amount("Montant estimé (€ HT)"),
            Column.integer("Durée (mois)"), Column.text("Statut"), Column.date("Notifié le"),
            Column.text("Titulaires (SIRET)"), Column.text("Titulaires"), Column.text("Titulaires de l'ESS"),
            Column.amount("Montant attribué (€ HT)"), Column.amount("Montant actuel (€ HT)"),
            Column.integer("Modifications"), Column.dateTime("Mis à jour le"), Column.text("Mis à jour par"));

    private static final Coded WHOLE_DEPARTEMENT = new Coded("93", "Seine-Saint-Denis");
    private static final int LIMIT = 100_000;

    private final Contracts contracts;

    public ContractsCsv(Contracts contracts) {
        this.contracts = contracts;
    }

    /** The CSV for people, as bytes (UTF-8 with a byte order mark). */
    public byte[] export() {
        CsvTable csv = CsvTable.of(COLUMNS);
        rows().forEach(csv::add);
        return csv.toBytes();
    }

    /** The same rows as a workbook, one sheet « Marchés ». */
    public byte[] workbook() {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Marchés et lots");
        XlsxWorkbook.Table sheet = workbook.sheet("Marchés", COLUMNS);
        rows().forEach(sheet::add);
        return workbook.toBytes();
    }

    /** The rows under {@link #COLUMNS}, oldest contract first. */
    List<List<Object>> rows() {
        return contracts.search(ContractFilter.none(), LIMIT).reversed().stream().map(ContractsCsv::row).toList();
    }

    private static List<Object> row(Contract c) {
        ContractTerms t = c.terms();
        Award a = c.award();
        return Arrays.asList(c.id(), t.reference(), t.lot(), t.object(), t.procedure().label(), t.cpvCode().value(),
                t.buyerDirectorate(),
                t.executionCommune() == null ? WHOLE_DEPARTEMENT
                        : new Coded(t.executionCommune().inseeCode(), t.executionCommune().name()),
                t.executionCommune() == null ? null : Coded.of(t.executionCommune().territory()),
                t.reservation().code(),
                t.socialConsiderations().stream().sorted().map(SocialConsideration::label)
                        .collect(Collectors.joining(", ")),
                t.environmentalConsiderations().stream().sorted().map(EnvironmentalConsideration::label)
                        .collect(Collectors.joining(", ")),
                t.insertionHoursPlanned(), t.estimatedAmount(), c.currentDurationMonths(), c.status().label(),
                a == null ? null : a.notifiedOn(),
                a == null ? null : a.holders().stream().map(Holder::siret).collect(Collectors.joining(", ")),
                a == null ? null : a.holders().stream().map(Holder::name).collect(Collectors.joining(", ")),
                a == null ? null : a.holders().stream().map(h -> h.ess() ? "Oui" : "Non")
                        .collect(Collectors.joining(", ")),
                a == null ? null : a.amount(), c.currentAmount(), c.modifications().size(), c.updatedAt(),
                c.updatedBy());
    }
}
