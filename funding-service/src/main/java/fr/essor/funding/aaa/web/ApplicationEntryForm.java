package fr.essor.funding.aaa.web;

import fr.essor.funding.aaa.domain.ApplicationForm;
import fr.essor.funding.aaa.domain.RequestedAmounts;
import fr.essor.funding.web.FormFields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The application entry form as typed by an agent, kept as text so that a refused form comes back as it was. */
record ApplicationEntryForm(String organisation, String title, String summary, String theme,
                            String firstYearOperating, String firstYearInvestment, String secondYearOperating,
                            String secondYearInvestment, String durationYears, List<String> communeInsees,
                            boolean qpv, String projectBudget, boolean incubation, String receivedOn) {

    /** A blank form; the receipt date is left empty, which means today. */
    static ApplicationEntryForm blank(String organisation) {
        return new ApplicationEntryForm(organisation == null ? "" : organisation.strip(), "", "", "", "", "", "", "",
                "1", List.of(), false, "", false, "");
    }

    static ApplicationEntryForm read(Map<String, List<String>> params) {
        return new ApplicationEntryForm(first(params, "organisation").strip(), first(params, "title"),
                first(params, "summary"), first(params, "theme"), first(params, "amounts.firstYearOperating"),
                first(params, "amounts.firstYearInvestment"), first(params, "amounts.secondYearOperating"),
                first(params, "amounts.secondYearInvestment"), first(params, "durationYears"),
                params.getOrDefault("communeInsees", List.of()), params.containsKey("qpv"),
                first(params, "projectBudget"), params.containsKey("incubation"), first(params, "receivedOn"));
    }

    /** The day the paper file was received, {@code null} for today; an unreadable date gets a French message. */
    LocalDate receivedOn(Map<String, String> errors) {
        FormFields fields = new FormFields(Map.of("receivedOn", receivedOn));
        LocalDate date = fields.date("receivedOn");
        errors.putAll(fields.errors());
        return date;
    }

    boolean selects(String insee) {
        return communeInsees.contains(insee);
    }

    /**
     * The domain's form, an unreadable amount left out with a French message for its field; the field names are the API's
     * ({@code amounts.firstYearOperating}…) so that the domain's violations land next to the same inputs.
     */
    ApplicationForm toForm(Map<String, String> errors) {
        FormFields fields = new FormFields(Map.of("amounts.firstYearOperating", firstYearOperating,
                "amounts.firstYearInvestment", firstYearInvestment, "amounts.secondYearOperating", secondYearOperating,
                "amounts.secondYearInvestment", secondYearInvestment, "projectBudget", projectBudget,
                "durationYears", durationYears));
        BigDecimal y1Operating = fields.amount("amounts.firstYearOperating");
        BigDecimal y1Investment = fields.amount("amounts.firstYearInvestment");
        BigDecimal y2Operating = fields.amount("amounts.secondYearOperating");
        BigDecimal y2Investment = fields.amount("amounts.secondYearInvestment");
        BigDecimal budget = fields.amount("projectBudget");
        Long duration = fields.whole("durationYears");
        errors.putAll(fields.errors());
        return new ApplicationForm(title, summary, theme, new RequestedAmounts(y1Operating, y1Investment,
                y2Operating, y2Investment), duration == null ? null : duration.intValue(), communeInsees, qpv, budget,
                incubation);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }
}
