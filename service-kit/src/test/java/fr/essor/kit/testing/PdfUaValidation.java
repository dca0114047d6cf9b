package fr.essor.kit.testing;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a PDF with veraPDF against the PDF/UA-1 profile (ADR-0019): every test of each service's documents calls
 * {@link #assertCompliant(byte[])}, so a document that loses its tags, its title, its language or an embedded font
 * breaks its test.
 */
public final class PdfUaValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUaValidation() {
    }

    /** Fails with the rules broken (clause-test: message, count) unless the PDF is PDF/UA-1 compliant. */
    public static void assertCompliant(byte[] pdf) {
        List<String> failures = failures(pdf);
        assertThat(failures).as("PDF/UA-1 rules the document breaks (veraPDF)").isEmpty();
    }

    /** The PDF/UA-1 rules the PDF breaks, as « clause-test: description », sorted, once each. */
    public static List<String> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            Set<String> failed = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                            + assertion.getMessage());
                }
            }
            if (failed.isEmpty()) {
                assertThat(result.isCompliant()).as("veraPDF's verdict").isTrue();
            }
            return List.copyOf(failed);
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the document", e);
        }
    }
}
