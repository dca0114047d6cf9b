package fr.essor.funding.portal.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * How long the documents an organisation gave are kept (issue 16, data protection). A grant file is a public
 * archive: an organisation's documents are kept while any of its files is open, then {@code closedFiles} after its
 * last file closed (irrecevable, refused or paid in full; default 10 years, the usual keeping time of grant files
 * before the archivist's sorting); the documents of an organisation that never had a file are kept
 * {@code unusedDocuments} after their upload (default 2 years). The applications and grant files themselves are
 * never deleted here: they are the Département's archives.
 */
public record RetentionPolicy(Period closedFiles, Period unusedDocuments) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** One file of the organisation: closed or not, and when it last changed. */
    public record FileState(boolean closed, Instant lastChangedAt) {
    }

    /** Why this document is to be deleted now, in French for the audit; empty when it is kept. */
    public Optional<String> reasonToDelete(StoredDocument document, List<FileState> files, Instant now) {
        if (files.stream().anyMatch(f -> !f.closed())) {
            return Optional.empty();
        }
        if (files.isEmpty()) {
            return past(document.uploadedAt(), unusedDocuments, now) ? Optional.of("Aucun dossier de la structure "
                    + "depuis son dépôt (durée de conservation : " + describe(unusedDocuments) + ")") : Optional.empty();
        }
        Instant lastClosed = files.stream().map(FileState::lastChangedAt).max(Instant::compareTo).orElseThrow();
        Instant kept = lastClosed.isAfter(document.uploadedAt()) ? lastClosed : document.uploadedAt();
        return past(kept, closedFiles, now) ? Optional.of("Dossiers de la structure clos depuis plus de "
                + describe(closedFiles)) : Optional.empty();
    }

    private static boolean past(Instant from, Period period, Instant now) {
        return from.atZone(PARIS).plus(period).toInstant().isBefore(now);
    }

    private static String describe(Period period) {
        if (period.getMonths() == 0 && period.getDays() == 0) {
            return period.getYears() + (period.getYears() > 1 ? " ans" : " an");
        }
        return period.toString();
    }
}
