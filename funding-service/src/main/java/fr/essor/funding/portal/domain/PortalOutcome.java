package fr.essor.funding.portal.domain;

/** What a change asked on the applicants' side gives: the new state, nothing to do, or a typed refusal. */
public sealed interface PortalOutcome<T> {

    record Changed<T>(T state) implements PortalOutcome<T> {
    }

    record Unchanged<T>(T state) implements PortalOutcome<T> {
    }

    /** A field is wrong: its name (the form's), a stable code and the French message shown next to it. */
    record Invalid<T>(String field, String code, String message) implements PortalOutcome<T> {
    }

    /** The state of the thing does not allow it now. */
    record NotAllowedNow<T>(String code, String message) implements PortalOutcome<T> {
    }
}
