package fr.essor.funding.portal.application;

/**
 * Scans an uploaded file before it is stored: ClamAV (clamd) in production, a pass-through in the embedded default,
 * which the page says (ADR-0016).
 */
public interface AntivirusScanner {

    sealed interface Verdict {
    }

    record Clean() implements Verdict {
    }

    record Infected(String signature) implements Verdict {
    }

    /** The scanner could not answer: the file is not stored (never stored unscanned). */
    record Unavailable(String reason) implements Verdict {
    }

    Verdict scan(byte[] content);

    /** Whether this scanner really scans (the page tells the applicant when it does not). */
    boolean scans();
}
