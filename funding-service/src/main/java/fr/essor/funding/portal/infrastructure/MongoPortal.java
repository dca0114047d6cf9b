package fr.essor.funding.portal.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.essor.funding.portal.application.ApplicationDrafts;
import fr.essor.funding.portal.application.OrganisationLinks;
import fr.essor.funding.portal.domain.ApplicationDraft;
import fr.essor.funding.portal.domain.DraftFields;
import fr.essor.funding.portal.domain.LinkStatus;
import fr.essor.funding.portal.domain.OrganisationLink;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.outbox.OutboxStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The applicants' links and drafts in MongoDB, each change one document write with the version guard of the outbox
 * store (neither publishes a fact: the application a draft becomes does, through the Appel à Agir).
 */
public class MongoPortal implements OrganisationLinks, ApplicationDrafts, DeclaresIndexes {

    static final String LINKS = "portal_links";
    static final String DRAFTS = "portal_drafts";

    private final MongoTemplate mongo;
    private final OutboxStore store;

    public MongoPortal(MongoTemplate mongo, OutboxStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    // links

    @Override
    public Optional<OrganisationLink> find(String id) {
        return Optional.ofNullable(mongo.findById(id, LinkDocument.class, LINKS)).map(MongoPortal::toLink);
    }

    /**
     * The links of an account (by organisation name), of an organisation (by id), with a status (oldest request
     * first), and an account's drafts (latest first).
     */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(LINKS, "portal_links_account").asc("account").asc("organisationName"),
                QueryIndex.on(LINKS, "portal_links_organisation").asc("organisationId").asc("_id"),
                QueryIndex.on(LINKS, "portal_links_status").asc("status").asc("requestedAt"),
                QueryIndex.on(DRAFTS, "portal_drafts_account").asc("account").desc("updatedAt"));
    }

    @Override
    public List<OrganisationLink> ofAccount(String account) {
        return mongo.find(Query.query(Criteria.where("account").is(account)).with(Sort.by("organisationName")),
                LinkDocument.class, LINKS).stream().map(MongoPortal::toLink).toList();
    }

    @Override
    public List<OrganisationLink> ofOrganisation(String organisationId) {
        return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId)).with(Sort.by("_id")),
                LinkDocument.class, LINKS).stream().map(MongoPortal::toLink).toList();
    }

    @Override
    public List<OrganisationLink> withStatus(LinkStatus status) {
        return mongo.find(Query.query(Criteria.where("status").is(status.name())).with(Sort.by("requestedAt")),
                LinkDocument.class, LINKS).stream().map(MongoPortal::toLink).toList();
    }

    @Override
    public void add(OrganisationLink link) {
        try {
            store.insert(LINKS, toDocument(link), List.of());
        } catch (DuplicateKeyException e) {
            throw new AlreadyRequestedException(link.id());
        }
    }

    @Override
    public void save(OrganisationLink link, long expectedVersion) {
        store.update(LINKS, link.id(), expectedVersion, toDocument(link), List.of());
    }

    private static LinkDocument toDocument(OrganisationLink l) {
        return new LinkDocument(l.id(), l.account(), l.organisationId(), l.organisationName(), l.status().name(),
                l.note(), l.version(), l.requestedAt(), l.decidedAt(), l.decidedBy());
    }

    private static OrganisationLink toLink(LinkDocument d) {
        return new OrganisationLink(d.id(), d.account(), d.organisationId(), d.organisationName(),
                LinkStatus.valueOf(d.status()), d.note(), d.version(), d.requestedAt(), d.decidedAt(), d.decidedBy());
    }

    // drafts

    @Override
    public String nextId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public Optional<ApplicationDraft> findDraft(String id) {
        return Optional.ofNullable(mongo.findById(id, DraftDocument.class, DRAFTS)).map(MongoPortal::toDraft);
    }

    @Override
    public List<ApplicationDraft> draftsOf(String account) {
        return mongo.find(Query.query(Criteria.where("account").is(account))
                        .with(Sort.by(Sort.Direction.DESC, "updatedAt")), DraftDocument.class, DRAFTS).stream()
                .map(MongoPortal::toDraft).toList();
    }

    @Override
    public void add(ApplicationDraft draft) {
        store.insert(DRAFTS, toDocument(draft), List.of());
    }

    @Override
    public void save(ApplicationDraft draft, long expectedVersion) {
        store.update(DRAFTS, draft.id(), expectedVersion, toDocument(draft), List.of());
    }

    private static DraftDocument toDocument(ApplicationDraft d) {
        DraftFields f = d.fields();
        return new DraftDocument(d.id(), d.account(), d.organisationId(), d.organisationName(), d.callYear(), f.title(),
                f.summary(), f.theme(), f.firstYearOperating(), f.firstYearInvestment(), f.secondYearOperating(),
                f.secondYearInvestment(), f.durationYears(), f.communeInsees(), f.qpv(), f.projectBudget(),
                f.incubation(), d.applicationId(), d.version(), d.createdAt(), d.updatedAt(), d.updatedBy());
    }

    private static ApplicationDraft toDraft(DraftDocument d) {
        DraftFields fields = new DraftFields(d.title(), d.summary(), d.theme(), d.firstYearOperating(),
                d.firstYearInvestment(), d.secondYearOperating(), d.secondYearInvestment(), d.durationYears(),
                d.communeInsees(), d.qpv(), d.projectBudget(), d.incubation());
        return new ApplicationDraft(d.id(), d.account(), d.organisationId(), d.organisationName(), d.callYear(), fields,
                d.applicationId(), d.version(), d.createdAt(), d.updatedAt(), d.updatedBy());
    }
}
