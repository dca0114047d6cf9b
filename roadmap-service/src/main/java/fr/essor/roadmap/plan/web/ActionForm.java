package fr.essor.roadmap.plan.web;

import fr.essor.roadmap.plan.application.ProgressFields;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionEdit;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The edit form of an action's page, as the browser posts it (text fields, checkboxes). Lead directorates are posted
 * only by those who steer the roadmap ({@code leadDirectoratesShown}).
 */
public class ActionForm {

    private String status;
    private String progress;
    private String startDate;
    private String endDate;
    private List<String> leadDirectorates = new ArrayList<>();
    private boolean leadDirectoratesShown;
    private List<String> coLeadDirectorates = new ArrayList<>();
    private String partners = "";
    private String indicatorIds = "";

    static ActionForm of(Action action) {
        ActionForm form = new ActionForm();
        form.status = action.status().name();
        form.progress = Integer.toString(action.progress());
        form.startDate = FrenchFormat.date(action.startDate());
        form.endDate = FrenchFormat.date(action.endDate());
        form.leadDirectorates = action.leadDirectorates().stream().map(Directorate::name).toList();
        form.coLeadDirectorates = action.coLeadDirectorates().stream().map(Directorate::name).toList();
        form.partners = String.join("\n", action.partners());
        form.indicatorIds = String.join(", ", action.indicatorIds());
        return form;
    }

    /** The edit, or the French message of each field in error. */
    record Parsed(ActionEdit edit, Map<String, String> errors) {
    }

    Parsed parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        ActionStatus statusValue = ProgressFields.status(status, errors);
        Integer progressValue = ProgressFields.progress(progress, errors);
        Optional<LocalDate> start = date("startDate", startDate, errors);
        Optional<LocalDate> end = date("endDate", endDate, errors);
        Set<Directorate> leads = leadDirectoratesShown ? directorates(leadDirectorates) : null;
        return new Parsed(errors.isEmpty() ? new ActionEdit(statusValue, progressValue, leads,
                directorates(coLeadDirectorates), lines(partners, "\n"), start, end, lines(indicatorIds, ","))
                : null, errors);
    }

    private static Optional<LocalDate> date(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FrenchFormat.parseDate(value));
        } catch (DateTimeParseException e) {
            errors.put(field, FrenchFormat.UNREADABLE_DATE);
            return Optional.empty();
        }
    }

    private static Set<Directorate> directorates(List<String> codes) {
        Set<Directorate> directorates = EnumSet.noneOf(Directorate.class);
        if (codes != null) {
            codes.forEach(code -> Directorate.fromCode(code).ifPresent(directorates::add));
        }
        return directorates;
    }

    private static List<String> lines(String text, String separator) {
        return text == null ? List.of() : Arrays.stream(text.split(separator)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public List<String> getLeadDirectorates() {
        return leadDirectorates;
    }

    public void setLeadDirectorates(List<String> leadDirectorates) {
        this.leadDirectorates = leadDirectorates;
    }

    public boolean isLeadDirectoratesShown() {
        return leadDirectoratesShown;
    }

    public void setLeadDirectoratesShown(boolean leadDirectoratesShown) {
        this.leadDirectoratesShown = leadDirectoratesShown;
    }

    public List<String> getCoLeadDirectorates() {
        return coLeadDirectorates;
    }

    public void setCoLeadDirectorates(List<String> coLeadDirectorates) {
        this.coLeadDirectorates = coLeadDirectorates;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public String getIndicatorIds() {
        return indicatorIds;
    }

    public void setIndicatorIds(String indicatorIds) {
        this.indicatorIds = indicatorIds;
    }
}
