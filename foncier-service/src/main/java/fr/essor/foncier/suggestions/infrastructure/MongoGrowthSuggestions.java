package fr.essor.foncier.suggestions.infrastructure;

import fr.essor.foncier.suggestions.application.GrowthSuggestions;
import fr.essor.foncier.suggestions.domain.GrantAward;
import fr.essor.foncier.suggestions.domain.GrowthReason;
import fr.essor.foncier.suggestions.domain.GrowthSuggestion;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Growth suggestions in MongoDB. They publish nothing: they are the cell's to-do list, not a fact for others. */
public class MongoGrowthSuggestions implements GrowthSuggestions, DeclaresIndexes {

    static final String COLLECTION = "growth_suggestions";

    private final MongoTemplate mongo;

    public MongoGrowthSuggestions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<GrowthSuggestion> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SuggestionDocument.class, COLLECTION)).map(this::toSuggestion);
    }

    /**
     * {@link #open} (not dismissed, latest suggestion first) and, read backwards, {@link #dismissed} (latest
     * dismissal first).
     */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "growth_suggestions_dismissed_suggested").asc("dismissedAt")
                .desc("suggestedAt"));
    }

    @Override
    public List<GrowthSuggestion> open(int limit) {
        Query query = Query.query(Criteria.where("dismissedAt").is(null))
                .with(Sort.by(Sort.Direction.DESC, "suggestedAt")).limit(limit);
        return mongo.find(query, SuggestionDocument.class, COLLECTION).stream().map(this::toSuggestion).toList();
    }

    @Override
    public List<GrowthSuggestion> dismissed(int limit) {
        Query query = Query.query(Criteria.where("dismissedAt").ne(null))
                .with(Sort.by(Sort.Direction.DESC, "dismissedAt")).limit(limit);
        return mongo.find(query, SuggestionDocument.class, COLLECTION).stream().map(this::toSuggestion).toList();
    }

    @Override
    public boolean addIfAbsent(GrowthSuggestion suggestion) {
        try {
            mongo.insert(toDocument(suggestion), COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadySuggested) {
            return false;
        }
    }

    @Override
    public boolean saveDismissal(GrowthSuggestion dismissed) {
        Query stillOpen = Query.query(Criteria.where("_id").is(dismissed.id()).and("dismissedAt").is(null));
        Update update = new Update().set("dismissedAt", dismissed.dismissedAt()).set("dismissedBy",
                dismissed.dismissedBy());
        return mongo.updateFirst(stillOpen, update, COLLECTION).getModifiedCount() == 1;
    }

    private static SuggestionDocument toDocument(GrowthSuggestion s) {
        GrantAward a = s.award();
        return new SuggestionDocument(s.id(), a.programme(), a.callId(), a.organisationId(), a.organisationName(),
                a.projectTitle(), a.amount() == null ? null : a.amount().toPlainString(), a.nature(),
                a.territoryCode(), a.communesInsee(), a.decidedOn() == null ? null : a.decidedOn().toString(),
                a.awardedAt(), s.reason().name(), s.suggestedAt(), s.dismissedAt(), s.dismissedBy());
    }

    private GrowthSuggestion toSuggestion(SuggestionDocument d) {
        GrantAward award = new GrantAward(d.id(), d.programme(), d.callId(), d.organisationId(), d.organisationName(),
                d.projectTitle(), d.amount() == null ? null : new BigDecimal(d.amount()), d.nature(),
                d.territoryCode(), d.communesInsee(), d.decidedOn() == null ? null : LocalDate.parse(d.decidedOn()),
                d.awardedAt());
        return new GrowthSuggestion(d.id(), award, GrowthReason.valueOf(d.reason()), d.suggestedAt(),
                d.dismissedAt(), d.dismissedBy());
    }
}
