package fr.essor.procurement.suppliers.infrastructure;

import fr.essor.kit.consuming.ApplyIfNewer;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.procurement.suppliers.application.ReportedFacts;
import fr.essor.procurement.suppliers.domain.SupplierFacts;
import fr.essor.procurement.suppliers.domain.SupplierGrant;
import fr.essor.procurement.suppliers.domain.SupplierPremises;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reported facts in MongoDB (collection {@code supplier_facts}), one document per upstream aggregate
 * ({@code grant:<applicationId>}, {@code lease:<leaseId>}). Applying a fact is one conditional upsert that matches
 * only while the stored version is lower ({@link ApplyIfNewer}): a redelivered, replayed or older fact matches nothing and its upsert
 * collides with the existing id. Amounts and surfaces are decimal strings, dates ISO days.
 */
public class MongoReportedFacts implements ReportedFacts, DeclaresIndexes {

    static final String COLLECTION = "supplier_facts";

    private final MongoTemplate mongo;
    private final ApplyIfNewer newer;

    public MongoReportedFacts(MongoTemplate mongo) {
        this.mongo = mongo;
        this.newer = new ApplyIfNewer(mongo, COLLECTION);
    }

    @Override
    public boolean record(SupplierGrant g) {
        return upsert("grant:" + g.applicationId(), g.version(), new Update().set("kind", "grant")
                .set("organisationId", g.organisationId()).set("applicationId", g.applicationId())
                .set("year", g.year()).set("projectTitle", g.projectTitle()).set("amount", text(g.amount()))
                .set("decidedOn", text(g.decidedOn())));
    }

    @Override
    public boolean record(SupplierPremises p) {
        return upsert("lease:" + p.leaseId(), p.version(), new Update().set("kind", "lease")
                .set("organisationId", p.organisationId()).set("leaseId", p.leaseId())
                .set("surface", text(p.surface())).set("communeInsee", p.communeInsee())
                .set("startDate", text(p.startDate())).set("endDate", text(p.endDate())));
    }

    private boolean upsert(String key, long version, Update apply) {
        return newer.apply(key, version, apply.inc("appliedFacts", 1));
    }

    /** {@link #of}: what the other services reported of an organisation. */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "supplier_facts_organisation").asc("organisationId"));
    }

    @Override
    public SupplierFacts of(String organisationId) {
        List<SupplierGrant> grants = new ArrayList<>();
        List<SupplierPremises> premises = new ArrayList<>();
        for (Document d : mongo.find(Query.query(Criteria.where("organisationId").is(organisationId)),
                Document.class, COLLECTION)) {
            long version = ((Number) d.get("version")).longValue();
            switch (d.getString("kind")) {
                case "grant" -> grants.add(new SupplierGrant(d.getString("applicationId"), version, organisationId,
                        d.getInteger("year"), d.getString("projectTitle"), decimal(d, "amount"),
                        day(d, "decidedOn")));
                case "lease" -> premises.add(new SupplierPremises(d.getString("leaseId"), version, organisationId,
                        decimal(d, "surface"), d.getString("communeInsee"), day(d, "startDate"),
                        day(d, "endDate")));
                default -> throw new IllegalStateException("Unknown fact kind in " + d.get("_id"));
            }
        }
        return new SupplierFacts(grants, premises);
    }

    /** How many facts were applied to one grant or lease: a duplicate or an outdated fact never raises it. */
    public long appliedFacts(String key) {
        Document document = mongo.findById(key, Document.class, COLLECTION);
        return document == null ? 0 : ((Number) document.get("appliedFacts")).longValue();
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal decimal ? decimal.toPlainString()
                : value.toString();
    }

    private static BigDecimal decimal(Document d, String field) {
        String value = d.getString(field);
        return value == null ? null : new BigDecimal(value);
    }

    private static LocalDate day(Document d, String field) {
        String value = d.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
