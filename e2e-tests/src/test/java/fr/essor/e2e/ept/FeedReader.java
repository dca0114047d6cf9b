package fr.essor.e2e.ept;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One feed of the territory read as docs/integration-ept.md says: from its beginning (no {@code after}), then page
 * after page with {@code after} = the {@code next} of the previous page, until {@code hasMore} is false; the
 * position ({@code next}) is kept for the next read, which returns only what changed since. "Nothing new" is an
 * empty page giving back the same {@code next}.
 */
public final class FeedReader {

    private final EptClient.Service service;
    private final String operationId;
    private final String territory;
    private final int limit;
    private String position;
    private int pagesOfLastRead;

    /**
     * @param operationId the feed's operation in the service's document, e.g. {@code eptApplicationsAwaitingOpinion}
     * @param territory   the EPT's code (its token's)
     * @param limit       the page size, 1 to 200
     */
    public FeedReader(EptClient.Service service, String operationId, String territory, int limit) {
        this.service = service;
        this.operationId = operationId;
        this.territory = territory;
        this.limit = limit;
    }

    /** Reads every page from the current position to the end and returns their items, in the feed's order. */
    public List<JsonNode> readNew() {
        List<JsonNode> items = new ArrayList<>();
        pagesOfLastRead = 0;
        boolean more = true;
        while (more) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("limit", String.valueOf(limit));
            query.put("after", position);
            JsonNode page = service.call(operationId, Map.of("territory", territory), query, null);
            pagesOfLastRead++;
            if (!territory.equals(page.path("territoryCode").asString())) {
                throw new IllegalStateException(operationId + " answered a page of territory "
                        + page.path("territoryCode") + " to " + territory);
            }
            JsonNode next = page.path("next");
            String given = position;
            if (!page.path("items").isEmpty()) {
                page.path("items").forEach(items::add);
            } else if (given != null && !given.equals(next.asString(null))) {
                throw new IllegalStateException(operationId + ": an empty page moved the position from " + given
                        + " to " + next);
            }
            if (!next.isNull() && !next.isMissingNode()) {
                position = next.asString();
            }
            more = page.path("hasMore").asBoolean();
            if (pagesOfLastRead > 10_000) {
                throw new IllegalStateException(operationId + " never ends (hasMore stays true)");
            }
        }
        return items;
    }

    /** How many pages the last {@link #readNew()} requested. */
    public int pagesOfLastRead() {
        return pagesOfLastRead;
    }
}
