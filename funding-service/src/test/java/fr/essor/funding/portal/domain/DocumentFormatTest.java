package fr.essor.funding.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DocumentFormatTest {

    private static final byte[] PDF = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 };
    private static final byte[] ZIP = { 'P', 'K', 3, 4, 20, 0 };
    private static final byte[] OLE = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
            (byte) 0xe1, 0 };

    @Test
    void theContentMustBeWhatTheNameSays() {
        assertThat(DocumentFormat.recognise("Statuts.PDF", PDF)).contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.recognise("rib.png", PNG)).contains(DocumentFormat.PNG);
        assertThat(DocumentFormat.recognise("budget.xlsx", ZIP)).contains(DocumentFormat.XLSX);
        assertThat(DocumentFormat.recognise("rapport.odt", ZIP)).contains(DocumentFormat.ODT);
        assertThat(DocumentFormat.recognise("comptes.xls", OLE)).contains(DocumentFormat.XLS);

        assertThat(DocumentFormat.recognise("statuts.pdf", PNG)).isEmpty();
        assertThat(DocumentFormat.recognise("budget.docx", PDF)).isEmpty();
        assertThat(DocumentFormat.recognise("programme.exe", "MZ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DocumentFormat.recognise("sans-extension", PDF)).isEmpty();
        assertThat(DocumentFormat.recognise("vide.pdf", new byte[0])).isEmpty();
        assertThat(DocumentFormat.recognise(null, PDF)).isEmpty();
    }
}
