package fr.essor.funding.aaa.domain;

import java.time.Instant;

/**
 * One line of an application's history: who, when, what ({@code what} is a stable code such as a
 * {@link WorkflowAction} name, {@code SUBMITTED}, {@code ASSIGNED}, {@code REVIEWED}), the states before and after,
 * and why.
 */
public record HistoryEntry(Instant at, String by, String what, ApplicationStatus from, ApplicationStatus to,
                           String note) {
}
