package fr.essor.funding.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Checks a CSV file against the SCDL « subventions » 2.1.1 table of {@code data/standards/README.md}: the 16 columns
 * in order, the required values, the patterns and ranges. Returns readable violations, none when the file conforms.
 */
public final class ScdlSubventionsChecker {

    static final List<String> COLUMNS = List.of("nomAttribuant", "idAttribuant", "dateConvention",
            "referenceDecision", "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire", "objet", "montant",
            "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE",
            "pourcentageSubvention", "dispositifAide");
    private static final List<String> REQUIRED = List.of("nomAttribuant", "idAttribuant", "dateConvention",
            "nomBeneficiaire", "objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement",
            "notificationUE", "pourcentageSubvention");
    private static final Map<String, Predicate<String>> RULES = Map.ofEntries(
            entry("idAttribuant", matches("^\\d{14}$")),
            entry("dateConvention", matches("^\\d{4}-\\d{2}-\\d{2}$")),
            entry("idBeneficiaire", matches("^\\d{14}$")),
            entry("rnaBeneficiaire", matches("^W\\d{9}$")),
            entry("objet", v -> v.length() < 256),
            entry("montant", matches("^-?\\d+(\\.\\d+)?$")),
            entry("nature", v -> List.of("aide en numéraire", "aide en nature", "aide en numéraire;aide en nature",
                    "aide en nature;aide en numéraire").contains(v)),
            entry("conditionsVersement", v -> v.length() < 256
                    && List.of("unique", "échelonné", "autre").contains(v)),
            entry("datesPeriodeVersement", matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}(/[0-9]{4}-[0-9]{2}-[0-9]{2})?$")),
            entry("idRAE", v -> v.length() < 5),
            entry("notificationUE", v -> v.equals("oui") || v.equals("non")),
            entry("pourcentageSubvention", v -> v.matches("^\\d+(\\.\\d+)?$")
                    && new BigDecimal(v).compareTo(new BigDecimal("0.01")) >= 0
                    && new BigDecimal(v).compareTo(BigDecimal.ONE) <= 0));

    private ScdlSubventionsChecker() {
    }

    public static List<String> violations(String csv) {
        List<String> violations = new ArrayList<>();
        if (csv.startsWith("\uFEFF")) {
            violations.add("the file starts with a BOM");
        }
        List<List<String>> rows = parse(csv);
        if (rows.isEmpty() || !rows.getFirst().equals(COLUMNS)) {
            violations.add("header is " + (rows.isEmpty() ? "missing" : rows.getFirst()) + ", expected " + COLUMNS);
            return violations;
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != COLUMNS.size()) {
                violations.add("row " + r + " has " + row.size() + " fields");
                continue;
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                String column = COLUMNS.get(c);
                String value = row.get(c);
                if (value.isEmpty()) {
                    if (REQUIRED.contains(column)) {
                        violations.add("row " + r + ": " + column + " is required");
                    }
                } else if (RULES.containsKey(column) && !RULES.get(column).test(value)) {
                    violations.add("row " + r + ": " + column + " '" + value + "' breaks the standard");
                }
            }
        }
        return violations;
    }

    /** RFC 4180 fields and records (quoted fields may hold commas, quotes and line breaks). */
    public static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static Predicate<String> matches(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return v -> pattern.matcher(v).matches();
    }
}
