package fr.essor.kit.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The communes of Seine-Saint-Denis and their EPT, read once at start from the reference file
 * {@code reference/communes-93.csv} (INSEE code, name, EPT code, EPT name, note).
 * <p>
 * Communes that merged into another one (Pierrefitte-sur-Seine 93059 into Saint-Denis 93066 on 1 January 2025)
 * resolve to the commune that exists today, since older records may still carry the former code.
 */
public final class Communes {

    private static final String RESOURCE = "/reference/communes-93.csv";

    private final Map<String, Commune> current;
    private final Map<String, String> mergedInto;

    private Communes(Map<String, Commune> current, Map<String, String> mergedInto) {
        this.current = current;
        this.mergedInto = mergedInto;
    }

    public static Communes fromClasspath() {
        try (InputStream in = Communes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference file " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Communes read(InputStream csv) throws IOException {
        Map<String, Commune> current = new LinkedHashMap<>();
        Map<String, String> mergedInto = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("insee_code,")) {
                throw new IllegalStateException("Unexpected communes header: " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split(",", 5);
                String note = columns.length > 4 ? columns[4] : "";
                if (note.startsWith("merged into")) {
                    mergedInto.put(columns[0], note.replaceAll(".*\\((\\d{5})\\).*", "$1"));
                } else {
                    current.put(columns[0], new Commune(columns[0], columns[1], new Territory(columns[2], columns[3])));
                }
            }
        }
        return new Communes(current, mergedInto);
    }

    /** The commune that exists today for an INSEE code, following a merger if the code is a former commune's. */
    public Optional<Commune> find(String inseeCode) {
        if (inseeCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(current.get(mergedInto.getOrDefault(inseeCode, inseeCode)));
    }

    /** Every code {@link #find} knows: today's communes' and the former ones' that merged into them, sorted. */
    public List<String> codes() {
        java.util.TreeSet<String> codes = new java.util.TreeSet<>(current.keySet());
        codes.addAll(mergedInto.keySet());
        return List.copyOf(codes);
    }

    public List<Commune> all() {
        List<Commune> communes = new ArrayList<>(current.values());
        communes.sort(Comparator.comparing(Commune::name));
        return communes;
    }

    /** How a page names the EPT {@code code} (« Est Ensemble (T8) »); the code itself when it is not an EPT. */
    public String territoryLabel(String code) {
        return territories().stream().filter(t -> t.code().equals(code)).findFirst().map(Territory::label)
                .orElse(code);
    }

    public List<Territory> territories() {
        return current.values().stream().map(Commune::territory).distinct()
                .sorted(Comparator.comparing(Territory::code)).toList();
    }
}
