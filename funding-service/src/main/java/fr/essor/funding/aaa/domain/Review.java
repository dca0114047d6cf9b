package fr.essor.funding.aaa.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One reviewer's scoring of an application on the call's grid, with an internal comment (for the instructing
 * directorates only) and a shareable one (may be shown to the EPT and the applicant).
 */
public record Review(String reviewer, Map<String, Integer> scores, BigDecimal weightedScore, String internalComment,
                     String sharedComment, Instant at) {

    public Review {
        scores = Map.copyOf(scores);
    }
}
