package fr.essor.roadmap.plan.infrastructure;

import fr.essor.roadmap.plan.application.PlanStructure;
import fr.essor.roadmap.plan.domain.RoadmapReference;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.Optional;

/** The challenges and objectives in one document (collection {@code plan_structure}), replaced at each load. */
public class MongoPlanStructure implements PlanStructure {

    static final String COLLECTION = "plan_structure";
    static final String ID = "roadmap-2024-2028";

    private final MongoTemplate mongo;

    public MongoPlanStructure(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void store(RoadmapReference reference) {
        Document document = new Document("_id", ID).append("challenges", reference.challenges().stream()
                .map(c -> new Document("code", c.code()).append("title", c.title())
                        .append("objectives", c.objectives().stream().map(o -> new Document("code", o.code())
                                .append("name", o.name()).append("title", o.title())).toList()))
                .toList());
        mongo.save(document, COLLECTION);
    }

    @Override
    public Optional<RoadmapReference> load() {
        Document document = mongo.findById(ID, Document.class, COLLECTION);
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(new RoadmapReference(document.getList("challenges", Document.class).stream()
                .map(c -> new RoadmapReference.Challenge(c.getString("code"), c.getString("title"),
                        c.getList("objectives", Document.class).stream()
                                .map(o -> new RoadmapReference.Objective(o.getString("code"), o.getString("name"),
                                        o.getString("title"), List.of()))
                                .toList()))
                .toList()));
    }
}
