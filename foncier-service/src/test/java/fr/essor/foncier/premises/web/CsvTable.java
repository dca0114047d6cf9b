package fr.essor.foncier.premises.web;

import fr.essor.kit.testing.CsvRecords;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A downloaded CSV read back as a spreadsheet does: byte order mark, {@code ;} separators, quoted cells with
 * doubled quotes and line breaks inside. Rows are maps from the header's names to the cells.
 */
record CsvTable(boolean hasBom, List<String> headers, List<Map<String, String>> rows) {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static CsvTable parse(byte[] bytes) {
        boolean bom = bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM);
        String text = new String(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
        List<List<String>> lines = CsvRecords.read(text);
        List<String> headers = lines.getFirst();
        List<Map<String, String>> rows = lines.subList(1, lines.size()).stream().map(cells -> {
            if (cells.size() != headers.size()) {
                throw new IllegalArgumentException("Row of " + cells.size() + " cells for " + headers.size()
                        + " headers: " + cells);
            }
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                row.put(headers.get(i), cells.get(i));
            }
            return row;
        }).toList();
        return new CsvTable(bom, headers, rows);
    }

    Optional<Map<String, String>> row(String reference) {
        return rows.stream().filter(r -> reference.equals(r.get("Référence"))).findFirst();
    }

    List<String> column(String header) {
        return rows.stream().map(r -> r.get(header)).collect(Collectors.toList());
    }

    Map<String, Map<String, String>> byReference() {
        return rows.stream().collect(Collectors.toMap(r -> r.get("Référence"), Function.identity()));
    }
}
