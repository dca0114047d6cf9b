package fr.essor.funding.portal.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import fr.essor.funding.aaa.domain.ApplicationForm;
import fr.essor.funding.aaa.domain.RequestedAmounts;
import fr.essor.funding.web.FormFields;
import fr.essor.funding.portal.domain.DraftFields;

/**
 * The applicant's form as posted, read into the draft's fields (as typed) and, to submit, into the Appel à Agir's
 * form; the field names are the agent entry's and the API's ({@code amounts.firstYearOperating}…) so that the
 * domain's violations land next to the same inputs.
 */
final class DraftForm {

    private DraftForm() {
    }

    static DraftFields read(Map<String, List<String>> params) {
        return new DraftFields(first(params, "title"), first(params, "summary"), first(params, "theme"),
                first(params, "amounts.firstYearOperating"), first(params, "amounts.firstYearInvestment"),
                first(params, "amounts.secondYearOperating"), first(params, "amounts.secondYearInvestment"),
                first(params, "durationYears"), params.getOrDefault("communeInsees", List.of()),
                params.containsKey("qpv"), first(params, "projectBudget"), params.containsKey("incubation"));
    }

    /** The domain's form; an unreadable amount is left out with a French message for its field in {@code errors}. */
    static ApplicationForm toForm(DraftFields f, Map<String, String> errors) {
        FormFields fields = new FormFields(Map.of("amounts.firstYearOperating", f.firstYearOperating(),
                "amounts.firstYearInvestment", f.firstYearInvestment(),
                "amounts.secondYearOperating", f.secondYearOperating(),
                "amounts.secondYearInvestment", f.secondYearInvestment(), "projectBudget", f.projectBudget(),
                "durationYears", f.durationYears()));
        BigDecimal y1Operating = fields.amount("amounts.firstYearOperating");
        BigDecimal y1Investment = fields.amount("amounts.firstYearInvestment");
        BigDecimal y2Operating = fields.amount("amounts.secondYearOperating");
        BigDecimal y2Investment = fields.amount("amounts.secondYearInvestment");
        BigDecimal budget = fields.amount("projectBudget");
        Long duration = fields.whole("durationYears");
        errors.putAll(fields.errors());
        return new ApplicationForm(f.title(), f.summary(), f.theme(), new RequestedAmounts(y1Operating, y1Investment,
                y2Operating, y2Investment), duration == null ? null : duration.intValue(), f.communeInsees(), f.qpv(),
                budget, f.incubation());
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }
}
