package fr.essor.funding.web;

import org.springframework.http.HttpStatus;

/**
 * A business refusal of the Appel à Agir API, answered as problem+json with a stable {@code code}: 409 for a step the
 * application's current state does not allow (an illegal transition, a closed call…), 403 for an agent who may not
 * take it. The voting sessions and grant files answer their refusals with it too. Field errors stay 400 with their {@code errors} list, as everywhere in Essor.
 */
public class FundingProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public FundingProblemException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
