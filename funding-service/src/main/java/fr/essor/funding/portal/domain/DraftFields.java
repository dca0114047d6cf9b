package fr.essor.funding.portal.domain;

import java.util.List;

/**
 * What an applicant has typed in the application form so far, kept as text exactly as typed so that nothing is lost
 * between two sessions, even what the call's rules would refuse; it is checked only when submitted.
 */
public record DraftFields(String title, String summary, String theme, String firstYearOperating,
                          String firstYearInvestment, String secondYearOperating, String secondYearInvestment,
                          String durationYears, List<String> communeInsees, boolean qpv, String projectBudget,
                          boolean incubation) {

    /** The longest text a field keeps; a longer one is cut there (the form says so before). */
    public static final int MAX_FIELD = 8000;

    public DraftFields {
        title = clip(title);
        summary = clip(summary);
        theme = clip(theme);
        firstYearOperating = clip(firstYearOperating);
        firstYearInvestment = clip(firstYearInvestment);
        secondYearOperating = clip(secondYearOperating);
        secondYearInvestment = clip(secondYearInvestment);
        durationYears = clip(durationYears);
        communeInsees = communeInsees == null ? List.of()
                : communeInsees.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).limit(100).toList();
        projectBudget = clip(projectBudget);
    }

    public static DraftFields blank() {
        return new DraftFields("", "", "", "", "", "", "", "1", List.of(), false, "", false);
    }

    public boolean selects(String insee) {
        return communeInsees.contains(insee);
    }

    private static String clip(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > MAX_FIELD ? value.substring(0, MAX_FIELD) : value;
    }
}
