package fr.essor.roadmap.directory.infrastructure;

import fr.essor.kit.consuming.ApplyIfNewer;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.roadmap.directory.application.Dealings;
import fr.essor.roadmap.directory.domain.Dealing;
import fr.essor.roadmap.directory.domain.Grant;
import fr.essor.roadmap.directory.domain.HubOccupancy;
import fr.essor.roadmap.directory.domain.HubVacancy;
import fr.essor.roadmap.directory.domain.LeaseEnd;
import fr.essor.roadmap.directory.domain.ObjectivesAgreement;
import fr.essor.roadmap.directory.domain.OrganisationDealings;
import fr.essor.roadmap.directory.domain.Premises;
import fr.essor.roadmap.directory.domain.ScicStake;
import fr.essor.roadmap.directory.domain.ScicStakeSale;
import fr.essor.roadmap.directory.domain.WonContract;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The 360° projection in MongoDB (collection {@code directory_dealings}), one document per upstream aggregate
 * (application, CPO, stake, contract holder, lease, hub allocation) under the dealing's key. Applying a fact is one
 * conditional upsert that only matches while the stored version is lower ({@link ApplyIfNewer}): a redelivered, replayed or older fact
 * matches nothing and its upsert collides with the existing id. Amounts are kept as decimal strings, dates as ISO days.
 */
public class MongoDealings implements Dealings, DeclaresIndexes {

    static final String COLLECTION = "directory_dealings";

    private final MongoTemplate mongo;
    private final ApplyIfNewer newer;

    public MongoDealings(MongoTemplate mongo) {
        this.mongo = mongo;
        this.newer = new ApplyIfNewer(mongo, COLLECTION);
    }

    @Override
    public boolean record(Dealing dealing) {
        Update apply = new Update().set("organisationId", dealing.organisationId()).inc("appliedFacts", 1);
        switch (dealing) {
            case Grant g -> apply.set("kind", "grant").set("applicationId", g.applicationId())
                    .set("programme", g.programme()).set("callYear", g.callYear())
                    .set("projectTitle", g.projectTitle()).set("amount", text(g.amount()))
                    .set("nature", g.nature()).set("decidedOn", text(g.decidedOn()));
            case ObjectivesAgreement a -> apply.set("kind", "cpo").set("agreementId", a.agreementId())
                    .set("title", a.title()).set("leadDirectorate", a.leadDirectorate())
                    .set("amount", text(a.amount())).set("fromYear", a.fromYear()).set("toYear", a.toYear())
                    .set("decisionReference", a.decisionReference()).set("signedOn", text(a.signedOn()));
            case ScicStake s -> {
                apply.set("kind", "scic-stake").set("stakeId", s.stakeId()).set("scicName", s.scicName())
                        .set("sharesHeld", s.sharesHeld()).set("capitalHeld", text(s.capitalHeld()))
                        .set("sharePercent", text(s.sharePercent())).unset("soldOn").unset("saleAmount");
                if (s.since() != null) { // a change does not repeat the acquisition day
                    apply.set("since", text(s.since()));
                }
            }
            case ScicStakeSale s -> apply.set("kind", "scic-stake").set("stakeId", s.stakeId())
                    .set("scicName", s.scicName()).set("soldOn", text(s.soldOn()))
                    .set("saleAmount", text(s.saleAmount()));
            case WonContract c -> apply.set("kind", "contract").set("contractId", c.contractId())
                    .set("contractReference", c.contractReference()).set("object", c.object())
                    .set("amount", text(c.amount())).set("reservation", c.reservation()).set("year", c.year())
                    .set("awardedOn", text(c.awardedOn()));
            case Premises p -> apply.set("kind", "lease").set("leaseId", p.leaseId())
                    .set("surface", text(p.surface())).set("communeInsee", p.communeInsee())
                    .set("territoryCode", p.territoryCode()).set("startDate", text(p.startDate()))
                    .set("endDate", text(p.endDate())).set("temporaryOccupation", p.temporaryOccupation())
                    .unset("endedOn");
            case LeaseEnd e -> apply.set("kind", "lease").set("leaseId", e.leaseId())
                    .set("endedOn", text(e.endedOn())).set("endedAtTerm", e.atTerm());
            case HubOccupancy h -> apply.set("kind", "hub-allocation").set("allocationId", h.allocationId())
                    .set("spaceId", h.spaceId()).set("spaceName", h.spaceName()).set("surface", text(h.surface()))
                    .set("since", text(h.since())).set("until", text(h.until())).unset("vacatedOn");
            case HubVacancy h -> apply.set("kind", "hub-allocation").set("allocationId", h.allocationId())
                    .set("spaceId", h.spaceId()).set("surface", text(h.surface()))
                    .set("vacatedOn", text(h.vacatedOn()));
        }
        return newer.apply(dealing.key(), dealing.version(), apply);
    }

    /** {@link #of}: the dealings of a set of organisations (an entry's 360° view). */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "directory_dealings_organisation").asc("organisationId"));
    }

    @Override
    public long clear() {
        return mongo.remove(new Query(), COLLECTION).getDeletedCount();
    }

    @Override
    public OrganisationDealings of(Collection<String> organisationIds) {
        List<Grant> grants = new ArrayList<>();
        List<ObjectivesAgreement> agreements = new ArrayList<>();
        List<ScicStake> stakes = new ArrayList<>();
        List<WonContract> contracts = new ArrayList<>();
        List<Premises> premises = new ArrayList<>();
        List<HubOccupancy> occupancies = new ArrayList<>();
        Query query = Query.query(Criteria.where("organisationId").in(organisationIds));
        for (Document d : mongo.find(query, Document.class, COLLECTION)) {
            long version = ((Number) d.get("version")).longValue();
            String organisationId = d.getString("organisationId");
            switch (d.getString("kind")) {
                case "grant" -> grants.add(new Grant(d.getString("applicationId"), version, organisationId,
                        d.getString("programme"), d.getInteger("callYear"), d.getString("projectTitle"),
                        amount(d, "amount"), d.getString("nature"), day(d, "decidedOn")));
                case "cpo" -> agreements.add(new ObjectivesAgreement(d.getString("agreementId"), version,
                        organisationId, d.getString("title"), d.getString("leadDirectorate"), amount(d, "amount"),
                        d.getInteger("fromYear"), d.getInteger("toYear"), d.getString("decisionReference"),
                        day(d, "signedOn")));
                case "scic-stake" -> stakes.add(new ScicStake(d.getString("stakeId"), version, organisationId,
                        d.getString("scicName"), d.get("sharesHeld") == null ? null
                        : ((Number) d.get("sharesHeld")).longValue(), amount(d, "capitalHeld"),
                        amount(d, "sharePercent"), day(d, "since"), day(d, "soldOn"), amount(d, "saleAmount")));
                case "contract" -> contracts.add(new WonContract(d.getString("contractId"), version,
                        organisationId, d.getString("contractReference"), d.getString("object"),
                        amount(d, "amount"), d.getString("reservation"), d.getInteger("year"),
                        day(d, "awardedOn")));
                case "lease" -> premises.add(new Premises(d.getString("leaseId"), version, organisationId,
                        amount(d, "surface"), d.getString("communeInsee"), d.getString("territoryCode"),
                        day(d, "startDate"), day(d, "endDate"), d.getBoolean("temporaryOccupation", false),
                        day(d, "endedOn")));
                case "hub-allocation" -> occupancies.add(new HubOccupancy(d.getString("allocationId"), version,
                        organisationId, d.getString("spaceId"), d.getString("spaceName"), amount(d, "surface"),
                        day(d, "since"), day(d, "until"), day(d, "vacatedOn")));
                default -> throw new IllegalStateException("Unknown dealing kind in " + d.get("_id"));
            }
        }
        return new OrganisationDealings(grants, agreements, stakes, contracts, premises, occupancies);
    }

    /** How many facts were applied to one dealing: a duplicate or an outdated fact never raises it. */
    public long appliedFacts(String key) {
        Document document = mongo.findById(key, Document.class, COLLECTION);
        return document == null ? 0 : ((Number) document.get("appliedFacts")).longValue();
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal decimal ? decimal.toPlainString()
                : value.toString();
    }

    private static BigDecimal amount(Document d, String field) {
        String value = d.getString(field);
        return value == null ? null : new BigDecimal(value);
    }

    private static LocalDate day(Document d, String field) {
        String value = d.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
