package fr.essor.procurement.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The official DECP 2024 JSON Schema (v2.0.3, draft-07), copied into the test resources. */
final class DecpSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Schema schema;

    private DecpSchema(Schema schema) {
        this.schema = schema;
    }

    static DecpSchema load() {
        try (InputStream in = resource("decp-schema-v2.0.3.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
            schema.initializeValidators();
            return new DecpSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> violations(String json) {
        try {
            JsonNode document = JSON.readTree(json);
            return schema.validate(document).stream().map(Error::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String officialExample() {
        try (InputStream in = resource("decp-example-marches-concessions.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DecpSchema.class.getResourceAsStream("/decp/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing test resource /decp/" + name);
        }
        return in;
    }
}
