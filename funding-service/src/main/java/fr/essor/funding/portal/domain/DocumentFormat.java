package fr.essor.funding.portal.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats a document may have, recognised by their content (magic bytes), not only by the name's extension:
 * a file whose content is not one of them, or whose extension says another format, is refused.
 */
public enum DocumentFormat {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    /** Office Open XML and OpenDocument files are ZIP archives: the extension tells which one. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    /** The older Word and Excel files (OLE2 compound documents). */
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls");

    /** What the page says is accepted. */
    public static final String ACCEPTED = "PDF, PNG, JPEG, Word (DOC, DOCX), Excel (XLS, XLSX), OpenDocument (ODT, ODS)";

    private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final byte[] JPEG_MAGIC = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
    private static final byte[] OLE_MAGIC = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1,
            0x1a, (byte) 0xe1 };

    private final String mediaType;
    private final String[] extensions;

    DocumentFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of this content named so, if it is one of the accepted ones and the name agrees with the content. */
    public static Optional<DocumentFormat> recognise(String fileName, byte[] content) {
        String extension = extensionOf(fileName);
        Optional<DocumentFormat> byName = Arrays.stream(values())
                .filter(format -> Arrays.asList(format.extensions).contains(extension)).findFirst();
        if (byName.isEmpty() || content == null) {
            return Optional.empty();
        }
        boolean contentAgrees = switch (byName.get()) {
            case PDF -> startsWith(content, PDF_MAGIC);
            case PNG -> startsWith(content, PNG_MAGIC);
            case JPEG -> startsWith(content, JPEG_MAGIC);
            case DOCX, XLSX, ODT, ODS -> startsWith(content, ZIP_MAGIC);
            case DOC, XLS -> startsWith(content, OLE_MAGIC);
        };
        return contentAgrees ? byName : Optional.empty();
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
