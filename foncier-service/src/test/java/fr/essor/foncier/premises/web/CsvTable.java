package fr.essor.foncier.premises.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        List<List<String>> lines = records(text);
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

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(cells);
        }
        return records;
    }
}
