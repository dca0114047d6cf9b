package fr.essor.foncier.hub.application;

import fr.essor.kit.domain.Violation;

import java.util.List;

/** What a hub use case answers: done with its result, refused with the reasons, or an unknown id. */
public sealed interface HubOutcome<T> permits HubOutcome.Done, HubOutcome.Rejected, HubOutcome.Unknown {

    record Done<T>(T result) implements HubOutcome<T> {
    }

    record Rejected<T>(List<Violation> refusals) implements HubOutcome<T> {
    }

    record Unknown<T>(String what) implements HubOutcome<T> {
    }

    static <T> HubOutcome<T> rejected(String field, String code, String message) {
        return new Rejected<>(List.of(new Violation(field, code, message)));
    }
}
