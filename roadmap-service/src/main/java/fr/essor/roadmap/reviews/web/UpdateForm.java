package fr.essor.roadmap.reviews.web;

import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.application.ProgressFields;
import fr.essor.roadmap.reviews.domain.ActionUpdate;
import fr.essor.roadmap.reviews.domain.ReviewedAction;
import fr.essor.roadmap.reviews.domain.UpdateRequest;

import java.util.LinkedHashMap;
import java.util.Map;

/** The lead directorate's update form of one action, as the browser posts it. */
public class UpdateForm {

    private String status = "";
    private String progress = "";
    private String comment = "";
    private String blockingPoints = "";

    /** Pre-filled with the update already submitted, else with where the action stood at the opening. */
    static UpdateForm of(ReviewedAction action, java.util.Optional<ActionUpdate> update) {
        UpdateForm form = new UpdateForm();
        form.status = update.map(u -> u.status().name()).orElse(action.status().name());
        form.progress = Integer.toString(update.map(ActionUpdate::progress).orElse(action.progress()));
        form.comment = update.map(ActionUpdate::comment).orElse("");
        form.blockingPoints = update.map(ActionUpdate::blockingPoints).orElse("");
        return form;
    }

    /** The request, or the French message of each field the browser sent wrong. */
    record Parsed(UpdateRequest request, Map<String, String> errors) {
    }

    Parsed parse(String actionCode) {
        Map<String, String> errors = new LinkedHashMap<>();
        ActionStatus statusValue = ProgressFields.status(status, errors);
        Integer progressValue = ProgressFields.progress(progress, errors);
        return new Parsed(errors.isEmpty()
                ? new UpdateRequest(actionCode, statusValue, progressValue, comment, blockingPoints) : null, errors);
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

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getBlockingPoints() {
        return blockingPoints;
    }

    public void setBlockingPoints(String blockingPoints) {
        this.blockingPoints = blockingPoints;
    }
}
