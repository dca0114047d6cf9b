package fr.essor.procurement.opendata.application;

import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.contracts.domain.Award;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractFilter;
import fr.essor.procurement.contracts.domain.ContractTerms;
import fr.essor.procurement.contracts.domain.EnvironmentalConsideration;
import fr.essor.procurement.contracts.domain.Holder;
import fr.essor.procurement.contracts.domain.SocialConsideration;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every contract as CSV (RFC 4180: comma-separated, double quotes, CRLF; UTF-8; ISO dates; amounts with a decimal
 * point), one row per contract or lot, several holders joined by {@code ;}.
 */
public class ContractsCsv {

    public static final List<String> COLUMNS = List.of("id", "reference", "lot", "objet", "procedure", "codeCPV",
            "directionAcheteuse", "lieuExecution", "territoire", "reservation", "considerationsSociales",
            "considerationsEnvironnementales", "heuresInsertionPrevues", "montantEstime", "dureeMois", "statut",
            "dateNotification", "titulairesSiret", "titulairesNom", "titulairesESS", "montantAttribue",
            "montantActuel", "modifications", "misAJourLe", "misAJourPar");

    private static final int LIMIT = 100_000;

    private final Contracts contracts;

    public ContractsCsv(Contracts contracts) {
        this.contracts = contracts;
    }

    public String export() {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (List<String> row : rows()) {
            csv.append(row.stream().map(ContractsCsv::quoted).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    /** The rows under {@link #COLUMNS}, oldest contract first; the spreadsheet export shares them. */
    public List<List<String>> rows() {
        return contracts.search(ContractFilter.none(), LIMIT).reversed().stream().map(ContractsCsv::row).toList();
    }

    private static List<String> row(Contract c) {
        ContractTerms t = c.terms();
        Award a = c.award();
        return List.of(c.id(), t.reference(), t.lot() == null ? "" : t.lot().toString(), t.object(),
                t.procedure().label(), t.cpvCode().value(), t.buyerDirectorate(),
                t.executionCommune() == null ? "93" : t.executionCommune().inseeCode(),
                t.territoryCode() == null ? "" : t.territoryCode(), t.reservation().code(),
                t.socialConsiderations().stream().sorted().map(SocialConsideration::label)
                        .collect(Collectors.joining(";")),
                t.environmentalConsiderations().stream().sorted().map(EnvironmentalConsideration::label)
                        .collect(Collectors.joining(";")),
                String.valueOf(t.insertionHoursPlanned()), t.estimatedAmount().toPlainString(),
                String.valueOf(c.currentDurationMonths()), c.status().label(),
                a == null ? "" : a.notifiedOn().toString(),
                a == null ? "" : a.holders().stream().map(Holder::siret).collect(Collectors.joining(";")),
                a == null ? "" : a.holders().stream().map(Holder::name).collect(Collectors.joining(";")),
                a == null ? "" : a.holders().stream().map(h -> h.ess() ? "oui" : "non")
                        .collect(Collectors.joining(";")),
                a == null ? "" : a.amount().toPlainString(), c.currentAmount().toPlainString(),
                String.valueOf(c.modifications().size()), c.updatedAt().toString(), c.updatedBy());
    }

    private static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
