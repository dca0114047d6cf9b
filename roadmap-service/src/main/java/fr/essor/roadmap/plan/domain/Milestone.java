package fr.essor.roadmap.plan.domain;

import java.time.LocalDate;

/** A dated step of an action (jalon), done or not. */
public record Milestone(String id, String title, LocalDate dueDate, boolean done) {

    public boolean isOverdue(LocalDate today) {
        return !done && dueDate.isBefore(today);
    }
}
