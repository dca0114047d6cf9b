package fr.essor.kit.problem;

import java.io.IOException;

/** A request body over the API's limit (HTTP 413). An IOException so it can abort a body being read. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes");
    }
}
