package fr.essor.kit.problem;

/** The request conflicts with the current state, e.g. an organisation registered twice (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
