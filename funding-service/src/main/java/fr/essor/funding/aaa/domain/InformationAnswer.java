package fr.essor.funding.aaa.domain;

import java.time.Instant;
import java.util.List;

/**
 * The organisation's answer to a request for information (a "correction requested" step): what was asked and when,
 * the answer's text, the organisation's documents it points to, who answered and when.
 */
public record InformationAnswer(Instant requestedAt, String request, String text, List<Attachment> attachments,
                                String by, Instant at) {

    public InformationAnswer {
        attachments = List.copyOf(attachments);
    }

    /** A document of the organisation the answer points to (its id in the documents' store and its file name). */
    public record Attachment(String documentId, String fileName) {
    }
}
