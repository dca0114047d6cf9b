package fr.essor.kit.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests read back of a printed document (PDFBox): its text, its pages and their format, the kit layout's
 * « Page X / Y » footer, and that no login or code shows. Used with {@link PdfUaValidation} by each PDF's test.
 */
public final class PdfDocuments {

    /** A code in capitals with underscores, as an enum constant or an event type is written. */
    private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");

    private PdfDocuments() {
    }

    /**
     * The text of the whole document as one line: no-break spaces, line ends and runs of spaces read as one space, so
     * that a check does not depend on where a line wraps.
     */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ')
                    .replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The kit layout: every page A4, portrait unless listed as a landscape annex page (1-based), each with its
     * « Page n / N » footer, title and language set.
     */
    public static void assertKitLayout(byte[] pdf, String title, int... landscapeAnnexPages) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            int count = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int n = 1; n <= count; n++) {
                PDPage page = document.getPage(n - 1);
                PDRectangle box = page.getMediaBox();
                boolean landscape = box.getWidth() > box.getHeight();
                final int number = n;
                boolean annex = Arrays.stream(landscapeAnnexPages).anyMatch(p -> p == number);
                assertThat(landscape).as("page %d landscape", n).isEqualTo(annex);
                float shortSide = Math.min(box.getWidth(), box.getHeight());
                float longSide = Math.max(box.getWidth(), box.getHeight());
                assertThat(shortSide).as("A4 width (pt)").isBetween(594f, 597f);
                assertThat(longSide).as("A4 height (pt)").isBetween(840f, 843f);
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                assertThat(stripper.getText(document)).as("footer of page %d", n).contains("Page " + n + " / " + count);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The kit layout of a document whose annexes close it: portrait pages up to the page that starts with the first
     * annex (the one whose text holds {@code firstAnnexHeading}), landscape from there to the end.
     */
    public static void assertKitLayoutWithTrailingAnnexes(byte[] pdf, String title, String firstAnnexHeading) {
        int count = pages(pdf);
        int first = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int n = 1; n <= count && first == 0; n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                if (stripper.getText(document).replace('\u00a0', ' ').replace('\u202f', ' ')
                        .contains(firstAnnexHeading)) {
                    first = n;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(first).as("the page of « %s »", firstAnnexHeading).isGreaterThan(1);
        assertKitLayout(pdf, title, java.util.stream.IntStream.rangeClosed(first, count).toArray());
    }

    /**
     * Keeps the document and a picture of its first page ({@code target/documents/name.pdf} and {@code .png}, never
     * committed) for a person to look at, as the layout is judged by eye as well as by the tests.
     */
    public static void keepForReview(String name, byte[] pdf) {
        Path dir = Path.of("target", "documents");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
                    dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No enum constant or event type shows, and none of the logins. */
    public static void assertNoCodeNorLogin(String text, String... logins) {
        assertThat(ENUM_CODE.matcher(text).results().map(m -> m.group()).toList()).as("codes in the document")
                .isEmpty();
        for (String login : logins) {
            assertThat(text).as("login").doesNotContainPattern("(?<![\\p{L}\\-])" + Pattern.quote(login)
                    + "(?![\\p{L}\\-])");
        }
    }
}
