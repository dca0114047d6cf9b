package fr.essor.funding.portal.infrastructure;

import java.time.Instant;
import java.util.List;

/** How a draft is stored (collection {@code portal_drafts}): the fields as typed. */
record DraftDocument(String id, String account, String organisationId, String organisationName, int callYear,
                     String title, String summary, String theme, String firstYearOperating,
                     String firstYearInvestment, String secondYearOperating, String secondYearInvestment,
                     String durationYears, List<String> communeInsees, boolean qpv, String projectBudget,
                     boolean incubation, String applicationId, long version, Instant createdAt, Instant updatedAt,
                     String updatedBy) {
}
