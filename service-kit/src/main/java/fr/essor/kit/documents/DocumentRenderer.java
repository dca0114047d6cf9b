package fr.essor.kit.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Prints an {@link OfficialDocument} in the kit's one layout (ADR-0019): the Thymeleaf template
 * {@code templates/kit/documents/document.html} and its fragments (letterhead, blocks, signature boxes), rendered by
 * openhtmltopdf on PDFBox as a tagged PDF/UA-1 and PDF/A-3u file, language fr-FR, with the DejaVu fonts embedded.
 */
public final class DocumentRenderer {

    /** The font family of every text of a document. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

    private final DocumentSettings settings;
    private final Clock clock;
    private final TemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;
    private final byte[] oblique;
    private final byte[] colourProfile;

    public DocumentRenderer(DocumentSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DocumentRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        this.templates = engine;
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
        this.oblique = font("DejaVuSans-Oblique.ttf");
        this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    public DocumentSettings settings() {
        return settings;
    }

    /** The Département's signature block (its configured signatory, never a login). */
    public Signatory departementSignatory() {
        return settings.departementSignatory("");
    }

    /** The document as a PDF file. */
    public byte[] pdf(OfficialDocument document) {
        String html = html(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(colourProfile);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(oblique), FONT_FAMILY, 400, FontStyle.ITALIC, true);
            builder.withProducer("Essor");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the document « " + document.title() + " »", e);
        }
        return out.toByteArray();
    }

    /** The XHTML the PDF is printed from (the template filled in). */
    String html(OfficialDocument document) {
        Context context = new Context(Locale.FRANCE);
        context.setVariable("doc", document);
        context.setVariable("settings", settings);
        context.setVariable("date", document.date() != null ? document.date() : LocalDate.now(clock.withZone(
                fr.essor.kit.ui.FrenchFormat.PARIS)));
        context.setVariable("fr", new Typography());
        return templates.process("kit/documents/document", context);
    }

    private static byte[] font(String file) {
        try (InputStream in = DocumentRenderer.class.getClassLoader().getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is not on the class path "
                        + "(net.sf.jasperreports:jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the template calls to set its texts in French typography. */
    public static final class Typography {

        public String text(String value) {
            return FrenchTypography.apply(value);
        }

        public String longDate(LocalDate date) {
            return FrenchTypography.longDate(date);
        }
    }
}
