package fr.essor.funding.aaa.web;

import fr.essor.kit.reference.Territories;
import fr.essor.funding.aaa.domain.CallDefinition;
import fr.essor.funding.aaa.domain.Criterion;
import fr.essor.funding.aaa.domain.ScoringGrid;
import fr.essor.funding.web.FormFields;
import fr.essor.kit.ui.FrenchFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The call setup form as typed: every field kept as text so that a refused form comes back as it was, the scoring
 * grid as numbered rows ({@code grid[0].label}…) that buttons add or remove without JavaScript.
 */
record CallForm(String year, String title, String themes, String operatingEnvelope, String investmentEnvelope,
                String opensOn, String closesOn, boolean twoYearApplications, List<CriterionRow> grid,
                Map<String, String> targets) {

    static final List<String> TERRITORIES = Territories.codes();

    record CriterionRow(int index, String code, String label, String weight) {
    }

    /** A blank form with three empty criteria rows. */
    static CallForm blank() {
        Map<String, String> targets = new LinkedHashMap<>();
        TERRITORIES.forEach(t -> targets.put(t, ""));
        return new CallForm("", "", "", "", "", "", "", true, List.of(new CriterionRow(0, "", "", ""),
                new CriterionRow(1, "", "", ""), new CriterionRow(2, "", "", "")), targets);
    }

    static CallForm of(CallDefinition d) {
        List<CriterionRow> rows = new ArrayList<>();
        for (Criterion c : d.grid().criteria()) {
            rows.add(new CriterionRow(rows.size(), c.code(), c.label(), String.valueOf(c.weight())));
        }
        Map<String, String> targets = new LinkedHashMap<>();
        TERRITORIES.forEach(t -> targets.put(t, d.territoryTargets().containsKey(t)
                ? String.valueOf(d.territoryTargets().get(t)) : ""));
        return new CallForm(String.valueOf(d.year()), d.title(), String.join("\n", d.themes()),
                FrenchFormat.number(d.operatingEnvelope(), "#,##0.00", ' '),
                FrenchFormat.number(d.investmentEnvelope(), "#,##0.00", ' '), FrenchFormat.date(d.opensOn()),
                FrenchFormat.date(d.closesOn()), d.twoYearApplications(), rows, targets);
    }

    /** The form as posted; rows whose three cells are empty are dropped. */
    static CallForm read(Map<String, String> params) {
        List<CriterionRow> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String code = params.getOrDefault("grid[" + i + "].code", "").strip();
            String label = params.getOrDefault("grid[" + i + "].label", "").strip();
            String weight = params.getOrDefault("grid[" + i + "].weight", "").strip();
            if (!code.isEmpty() || !label.isEmpty() || !weight.isEmpty()) {
                rows.add(new CriterionRow(rows.size(), code, label, weight));
            }
        }
        Map<String, String> targets = new LinkedHashMap<>();
        TERRITORIES.forEach(t -> targets.put(t, params.getOrDefault("target." + t, "").strip()));
        return new CallForm(params.getOrDefault("year", "").strip(), params.getOrDefault("title", ""),
                params.getOrDefault("themes", ""), params.getOrDefault("operatingEnvelope", ""),
                params.getOrDefault("investmentEnvelope", ""), params.getOrDefault("opensOn", ""),
                params.getOrDefault("closesOn", ""), params.containsKey("twoYearApplications"), rows, targets);
    }

    CallForm withRowAdded() {
        List<CriterionRow> rows = new ArrayList<>(grid);
        rows.add(new CriterionRow(rows.size(), "", "", ""));
        return withGrid(rows);
    }

    CallForm withRowRemoved(int index) {
        List<CriterionRow> rows = new ArrayList<>();
        for (CriterionRow row : grid) {
            if (row.index() != index) {
                rows.add(new CriterionRow(rows.size(), row.code(), row.label(), row.weight()));
            }
        }
        return withGrid(rows);
    }

    private CallForm withGrid(List<CriterionRow> rows) {
        return new CallForm(year, title, themes, operatingEnvelope, investmentEnvelope, opensOn, closesOn,
                twoYearApplications, rows, targets);
    }

    /** The definition these fields describe, an unreadable field left empty with a French message for it. */
    CallDefinition toDefinition(Map<String, String> errors) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("year", year);
        values.put("operatingEnvelope", operatingEnvelope);
        values.put("investmentEnvelope", investmentEnvelope);
        values.put("opensOn", opensOn);
        values.put("closesOn", closesOn);
        targets.forEach((t, v) -> values.put("target." + t, v));
        for (CriterionRow row : grid) {
            values.put("grid[" + row.index() + "].weight", row.weight());
        }
        FormFields fields = new FormFields(values);
        Long yearValue = fields.whole("year");
        BigDecimal operating = fields.amount("operatingEnvelope");
        BigDecimal investment = fields.amount("investmentEnvelope");
        LocalDate opens = fields.date("opensOn");
        LocalDate closes = fields.date("closesOn");
        List<Criterion> criteria = new ArrayList<>();
        for (CriterionRow row : grid) {
            Long weight = fields.whole("grid[" + row.index() + "].weight");
            criteria.add(new Criterion(row.code(), row.label(), weight == null ? 0 : weight.intValue()));
        }
        Map<String, Integer> targetValues = new LinkedHashMap<>();
        for (String territory : TERRITORIES) {
            Long target = fields.whole("target." + territory);
            if (target != null) {
                targetValues.put(territory, target.intValue());
            }
        }
        errors.putAll(fields.errors());
        List<String> themeList = Arrays.stream(themes.split("\\R")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
        return new CallDefinition(yearValue == null ? 0 : yearValue.intValue(), title, themeList, operating,
                investment, opens, closes, twoYearApplications, new ScoringGrid(criteria), targetValues);
    }
}
