package fr.essor.funding.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Documents are kept while a file is open, 10 years after the last file closed, 2 years when never used. */
class RetentionPolicyTest {

    private static final RetentionPolicy DEFAULTS = new RetentionPolicy(Period.ofYears(10), Period.ofYears(2));
    private static final Instant UPLOADED = Instant.parse("2026-03-01T10:00:00Z");
    private static final StoredDocument STATUTES = new StoredDocument("d-1", "84129031700012", DocumentKind.values()[0],
            "statuts.pdf", DocumentFormat.values()[0], 1200, UPLOADED, "asso-fabrique");

    @Test
    void aDocumentOfAnOrganisationWithAnOpenFileIsKeptWhateverItsAge() {
        List<RetentionPolicy.FileState> files = List.of(new RetentionPolicy.FileState(true,
                Instant.parse("2027-01-01T00:00:00Z")), new RetentionPolicy.FileState(false, UPLOADED));
        assertThat(DEFAULTS.reasonToDelete(STATUTES, files, Instant.parse("2060-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void closedFilesKeepTheirDocumentsTenYearsAfterTheLastOneClosed() {
        List<RetentionPolicy.FileState> files = List.of(new RetentionPolicy.FileState(true,
                Instant.parse("2027-01-01T00:00:00Z")), new RetentionPolicy.FileState(true,
                Instant.parse("2028-06-30T12:00:00Z")));
        assertThat(DEFAULTS.reasonToDelete(STATUTES, files, Instant.parse("2038-06-29T12:00:00Z"))).isEmpty();
        assertThat(DEFAULTS.reasonToDelete(STATUTES, files, Instant.parse("2038-07-01T12:00:00Z")))
                .contains("Dossiers de la structure clos depuis plus de 10 ans");
        // a document given after the last file closed counts from its upload
        StoredDocument late = new StoredDocument("d-2", STATUTES.organisationId(), STATUTES.kind(), "rib.pdf",
                STATUTES.format(), 10, Instant.parse("2030-01-01T00:00:00Z"), "asso-fabrique");
        assertThat(DEFAULTS.reasonToDelete(late, files, Instant.parse("2038-07-01T12:00:00Z"))).isEmpty();
    }

    @Test
    void theDocumentsOfAnOrganisationThatNeverAppliedGoAfterTwoYears() {
        assertThat(DEFAULTS.reasonToDelete(STATUTES, List.of(), Instant.parse("2028-02-28T10:00:00Z"))).isEmpty();
        assertThat(DEFAULTS.reasonToDelete(STATUTES, List.of(), Instant.parse("2028-03-02T10:00:00Z")))
                .contains("Aucun dossier de la structure depuis son dépôt (durée de conservation : 2 ans)");
        assertThat(new RetentionPolicy(Period.ofYears(10), Period.ofMonths(6)).reasonToDelete(STATUTES, List.of(),
                Instant.parse("2026-09-02T10:00:00Z"))).isPresent();
    }
}
