package fr.essor.kit.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A document the Département signs or sends, described block by block and printed by {@link DocumentRenderer} in the
 * one kit layout (ADR-0019): letterhead, title, reference and date, the blocks, the signature boxes, then the annexes
 * (a wide table may be printed on a landscape A4 annex page). Every text is set in French typography when printed.
 */
public final class OfficialDocument {

    private final String title;
    private String subtitle = "";
    private String reference = "";
    private LocalDate date;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Block> annexes = new ArrayList<>();
    private final List<Signatory> signatories = new ArrayList<>();
    private String signaturesHeading = "Signatures";

    private OfficialDocument(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A document needs a title");
        }
        this.title = title.strip();
    }

    public static OfficialDocument titled(String title) {
        return new OfficialDocument(title);
    }

    /** A line under the title, e.g. the call or the period the document covers. */
    public OfficialDocument subtitle(String subtitle) {
        this.subtitle = subtitle == null ? "" : subtitle.strip();
        return this;
    }

    /** The reference printed under the letterhead and at the foot of each page, e.g. the file number. */
    public OfficialDocument reference(String reference) {
        this.reference = reference == null ? "" : reference.strip();
        return this;
    }

    /** The date the document bears (« Bobigny, le 7 décembre 2026 »); the day it is printed when not set. */
    public OfficialDocument dated(LocalDate date) {
        this.date = date;
        return this;
    }

    public OfficialDocument heading(String text) {
        blocks.add(new Block(Kind.HEADING, text, List.of(), List.of(), List.of()));
        return this;
    }

    public OfficialDocument paragraph(String text) {
        blocks.add(new Block(Kind.PARAGRAPH, text, List.of(), List.of(), List.of()));
        return this;
    }

    /** A short line in bold, e.g. the name of a party or of an item followed by its details. */
    public OfficialDocument strong(String text) {
        blocks.add(new Block(Kind.STRONG, text, List.of(), List.of(), List.of()));
        return this;
    }

    /** A bulleted list. */
    public OfficialDocument list(List<String> items) {
        blocks.add(new Block(Kind.LIST, "", List.of(), List.of(), items.stream().map(i -> new Row(false, List.of(i)))
                .toList()));
        return this;
    }

    /** A table in the body of the document (portrait): relative column widths and the header row. */
    public Table table(float[] widths, String... headers) {
        return new Table(blocks, "", widths, headers);
    }

    /**
     * A wide table printed after the signatures on its own landscape A4 annex page, titled « Annexe n : title ».
     */
    public Table annexTable(String annexTitle, float[] widths, String... headers) {
        return new Table(annexes, "Annexe " + (annexes.size() + 1) + " : " + annexTitle, widths, headers);
    }

    /** The signature boxes, side by side, in this order. */
    public OfficialDocument signatures(Signatory... who) {
        signatories.addAll(Arrays.asList(who));
        return this;
    }

    /** The heading over the signature boxes (« Signatures » unless set). */
    public OfficialDocument signaturesHeading(String heading) {
        this.signaturesHeading = Objects.requireNonNull(heading);
        return this;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public String reference() {
        return reference;
    }

    public LocalDate date() {
        return date;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public List<Block> annexes() {
        return List.copyOf(annexes);
    }

    public List<Signatory> signatories() {
        return List.copyOf(signatories);
    }

    public String signaturesHeading() {
        return signaturesHeading;
    }

    /** What a block is. */
    public enum Kind { HEADING, PARAGRAPH, STRONG, LIST, TABLE }

    /**
     * One block: its text (heading, paragraph, strong line, or the title of an annex table), or the widths (in
     * percent), headers and rows of a table, or the items of a list (one cell each).
     */
    public record Block(Kind kind, String text, List<Float> widths, List<String> headers, List<Row> rows) {

        public Block {
            text = text == null ? "" : text;
        }

        public boolean is(String kind) {
            return this.kind.name().equals(kind);
        }
    }

    /** A row of a table: its cells, or a section line across the table (one cell). */
    public record Row(boolean section, List<String> cells) {
    }

    /** A table being filled, row by row. */
    public final class Table {

        private final List<Block> target;
        private final String annexTitle;
        private final List<Float> widths;
        private final List<String> headers;
        private final List<Row> rows = new ArrayList<>();

        private Table(List<Block> target, String annexTitle, float[] widths, String... headers) {
            if (widths.length != headers.length) {
                throw new IllegalArgumentException("A table needs one width per header");
            }
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            List<Float> percents = new ArrayList<>();
            for (float w : widths) {
                percents.add(w * 100 / total);
            }
            this.target = target;
            this.annexTitle = annexTitle;
            this.widths = List.copyOf(percents);
            this.headers = List.of(headers);
        }

        public Table row(String... cells) {
            if (cells.length != headers.size()) {
                throw new IllegalArgumentException("A row needs one cell per column");
            }
            rows.add(new Row(false, Arrays.stream(cells).map(c -> c == null ? "" : c).toList()));
            return this;
        }

        /** A bold line across the whole table, e.g. the group the next rows belong to. */
        public Table section(String label) {
            rows.add(new Row(true, List.of(label == null ? "" : label)));
            return this;
        }

        public OfficialDocument add() {
            target.add(new Block(Kind.TABLE, annexTitle, widths, headers, List.copyOf(rows)));
            return OfficialDocument.this;
        }
    }
}
