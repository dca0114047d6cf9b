package fr.essor.procurement.contracts.infrastructure;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.kit.ept.MongoFeedQueries;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Communes;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.contracts.domain.Award;
import fr.essor.procurement.contracts.domain.Ccag;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractAwarded;
import fr.essor.procurement.contracts.domain.ContractFilter;
import fr.essor.procurement.contracts.domain.ContractStatus;
import fr.essor.procurement.contracts.domain.ContractTerms;
import fr.essor.procurement.contracts.domain.CpvCode;
import fr.essor.procurement.contracts.domain.EnvironmentalConsideration;
import fr.essor.procurement.contracts.domain.Grouping;
import fr.essor.procurement.contracts.domain.Holder;
import fr.essor.procurement.contracts.domain.Modification;
import fr.essor.procurement.contracts.domain.PriceForm;
import fr.essor.procurement.contracts.domain.PriorAward;
import fr.essor.procurement.contracts.domain.Procedure;
import fr.essor.procurement.contracts.domain.Reservation;
import fr.essor.procurement.contracts.domain.SocialConsideration;
import fr.essor.procurement.contracts.infrastructure.ContractDocument.AwardDocument;
import fr.essor.procurement.contracts.infrastructure.ContractDocument.HolderDocument;
import fr.essor.procurement.contracts.infrastructure.ContractDocument.ModificationDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Contracts in MongoDB (collection {@code contracts}), each save one single-document write through the outbox, with
 * the {@code contract-awarded.v1} facts of an award (topic {@code essor.procurement.contracts}, key = contract id).
 */
public class MongoContracts implements Contracts, DeclaresIndexes {

    static final String COLLECTION = "contracts";
    static final String TOPIC_FAMILY = "contracts";

    private final AggregateStore<ContractDocument> store;
    private final Communes communes;
    private final EventTypes eventTypes;
    private final JsonMapper json;

    public MongoContracts(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, Communes communes,
                          EventTypes eventTypes, JsonMapper json) {
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, ContractDocument.class);
        this.communes = communes;
        this.eventTypes = eventTypes;
        this.json = json;
    }

    @Override
    public Optional<Contract> find(String contractId) {
        return store.find(contractId).map(this::toContract);
    }

    @Override
    public void add(Contract contract) {
        if (!store.insertIfAbsent(toDocument(contract), List.of())) {
            throw new AlreadyExistsException(contract.id());
        }
    }

    @Override
    public void save(Contract contract, long expectedVersion, List<ContractAwarded> facts) {
        store.update(contract.id(), expectedVersion, toDocument(contract),
                facts.stream().map(this::toWire).toList());
    }

    private OutgoingEvent toWire(ContractAwarded fact) {
        ContractTerms t = fact.terms();
        Holder h = fact.holder();
        ContractAwardedPayload payload = new ContractAwardedPayload(fact.eventId(), fact.contractId(), fact.version(),
                t.reference(), t.object(), t.cpvCode().value(), t.buyerDirectorate(), t.reservation().code(),
                t.socialConsiderations().contains(SocialConsideration.SOCIAL_CLAUSE)
                        || t.socialConsiderations().contains(SocialConsideration.SOCIAL_CRITERION),
                !t.environmentalConsiderations().isEmpty(), h.amount(),
                fact.contractAmount(), fact.holderShare(), fact.holderCount(), fact.insertionHoursPlanned(),
                h.siret(), h.name(), h.ess(), t.territoryCode(), fact.award().notifiedOn().getYear(),
                fact.award().notifiedOn().toString(), fact.occurredAt().toString(), fact.recordedBy());
        return new OutgoingEvent(fact.eventId(), eventTypes.type("contract-awarded", 1), eventTypes.source(),
                fact.contractId(), eventTypes.topic(TOPIC_FAMILY), fact.occurredAt(), json.writeValueAsString(payload));
    }

    /**
     * {@link #search} (each filter's field, then the latest change first; a status is served by the feed's index read
     * backwards; two filters use the one that narrows most), the EPT feed {@link #awardedOnTerritory} (awarded, then
     * the page's order; the commune on fetch), {@link #awarded} by id, {@link #heldBy} and {@link #priorAwards}.
     */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(MongoFeedQueries.index(COLLECTION, "contracts_status_updated", "status", "updatedAt"),
                QueryIndex.on(COLLECTION, "contracts_reservation_updated").asc("reservation").desc("updatedAt"),
                QueryIndex.on(COLLECTION, "contracts_directorate_updated").asc("buyerDirectorate").desc("updatedAt"),
                QueryIndex.on(COLLECTION, "contracts_updated").desc("updatedAt"),
                QueryIndex.on(COLLECTION, "contracts_status_id").asc("status").asc("_id"),
                QueryIndex.on(COLLECTION, "contracts_holder").asc("holderSirets").asc("reservation"));
    }

    @Override
    public List<Contract> search(ContractFilter filter, int limit) {
        List<Criteria> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.reservation() != null) {
            conditions.add(Criteria.where("reservation").is(filter.reservation().name()));
        }
        if (filter.buyerDirectorate() != null) {
            conditions.add(Criteria.where("buyerDirectorate").is(filter.buyerDirectorate()));
        }
        Criteria criteria = conditions.isEmpty() ? new Criteria() : new Criteria().andOperator(conditions);
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "updatedAt")).limit(limit);
        return store.find(query).stream().map(this::toContract).toList();
    }

    @Override
    public List<Contract> awardedOnTerritory(String territoryCode, FeedWindow window) {
        return store.find(MongoFeedQueries.page(awardedOn(territoryCode), "updatedAt", window)).stream()
                .map(this::toContract).toList();
    }

    @Override
    public List<Contract> awardedOnTerritory(String territoryCode) {
        return store.find(Query.query(awardedOn(territoryCode))).stream().map(this::toContract).toList();
    }

    private Criteria awardedOn(String territoryCode) {
        List<String> territoryCommunes = communes.all().stream()
                .filter(commune -> commune.territory().code().equals(territoryCode)).map(Commune::inseeCode).toList();
        return Criteria.where("status").is(ContractStatus.AWARDED.name()).orOperator(
                Criteria.where("executionCommune").in(territoryCommunes), Criteria.where("executionCommune").is(null));
    }

    @Override
    public List<Contract> awarded() {
        Query query = Query.query(Criteria.where("status").is(ContractStatus.AWARDED.name())).with(Sort.by("_id"));
        return store.find(query).stream().map(this::toContract).toList();
    }

    @Override
    public List<Contract> heldBy(String siret) {
        Query query = Query.query(Criteria.where("holderSirets").is(siret));
        return store.find(query).stream().map(this::toContract)
                .sorted(Comparator.comparing((Contract c) -> c.award().notifiedOn()).reversed()).toList();
    }

    @Override
    public List<PriorAward> priorAwards(String siret, Reservation reservation) {
        Query query = Query.query(Criteria.where("holderSirets").is(siret)
                .and("reservation").is(reservation.name()));
        return store.find(query).stream()
                .map(doc -> new PriorAward(doc.id(), new CpvCode(doc.cpvCode()),
                        LocalDate.parse(doc.award().notifiedOn())))
                .toList();
    }

    private static ContractDocument toDocument(Contract contract) {
        ContractTerms t = contract.terms();
        Award a = contract.award();
        AwardDocument award = a == null ? null : new AwardDocument(a.holders().stream()
                .map(h -> new HolderDocument(h.siret(), h.name(), cents(h.amount()), h.registered(),
                        h.inclusionType() == null ? null : h.inclusionType().name(),
                        h.legalForm() == null ? null : h.legalForm().name(), h.esus()))
                .toList(), a.notifiedOn().toString(), a.offersReceived(), a.grouping().name(),
                a.subcontractingDeclared(), a.publishedOn().toString(), a.awardedAt(), a.awardedBy());
        List<ModificationDocument> modifications = contract.modifications().stream()
                .map(m -> new ModificationDocument(m.number(), m.notifiedOn().toString(), m.publishedOn().toString(),
                        m.durationMonths(), m.amount() == null ? null : cents(m.amount()), m.reason(), m.recordedAt(),
                        m.recordedBy()))
                .toList();
        return new ContractDocument(contract.id(), t.reference(), t.lot(), t.object(), t.procedure().name(),
                t.cpvCode().value(), cents(t.estimatedAmount()), t.durationMonths(), t.startOn().toString(),
                t.buyerDirectorate(), t.executionCommune() == null ? null : t.executionCommune().inseeCode(),
                t.reservation().name(), t.socialConsiderations().stream().sorted().map(Enum::name).toList(),
                t.environmentalConsiderations().stream().sorted().map(Enum::name).toList(),
                t.insertionHoursPlanned(), t.ccag().name(), t.priceForm().name(), t.frameworkAgreement(),
                contract.status().name(), award, modifications,
                a == null ? List.of() : a.holders().stream().map(Holder::siret).toList(), contract.version(),
                contract.createdAt(), contract.createdBy(), contract.updatedAt(), contract.updatedBy());
    }

    private Contract toContract(ContractDocument doc) {
        ContractTerms terms = new ContractTerms(doc.reference(), doc.lot(), doc.object(),
                Procedure.valueOf(doc.procedure()), new CpvCode(doc.cpvCode()), euros(doc.estimatedAmountCents()),
                doc.durationMonths(), LocalDate.parse(doc.startOn()), doc.buyerDirectorate(),
                doc.executionCommune() == null ? null : communes.find(doc.executionCommune()).orElseThrow(() ->
                        new IllegalStateException("Unknown commune " + doc.executionCommune() + " for " + doc.id())),
                Reservation.valueOf(doc.reservation()),
                doc.socialConsiderations().stream().map(SocialConsideration::valueOf)
                        .collect(java.util.stream.Collectors.toSet()),
                doc.environmentalConsiderations().stream().map(EnvironmentalConsideration::valueOf)
                        .collect(java.util.stream.Collectors.toSet()),
                doc.insertionHoursPlanned(), Ccag.valueOf(doc.ccag()), PriceForm.valueOf(doc.priceForm()),
                doc.frameworkAgreement());
        AwardDocument a = doc.award();
        Award award = a == null ? null : new Award(a.holders().stream()
                .map(h -> new Holder(h.siret(), h.name(), euros(h.amountCents()), h.registered(),
                        h.inclusionType() == null ? null : InclusionType.valueOf(h.inclusionType()),
                        h.legalForm() == null ? null : LegalForm.valueOf(h.legalForm()), h.esus()))
                .toList(), LocalDate.parse(a.notifiedOn()), a.offersReceived(), Grouping.valueOf(a.grouping()),
                a.subcontractingDeclared(), LocalDate.parse(a.publishedOn()), a.awardedAt(), a.awardedBy());
        List<Modification> modifications = doc.modifications() == null ? List.of() : doc.modifications().stream()
                .map(m -> new Modification(m.number(), LocalDate.parse(m.notifiedOn()), LocalDate.parse(m.publishedOn()),
                        m.durationMonths(), m.amountCents() == null ? null : euros(m.amountCents()), m.reason(),
                        m.recordedAt(), m.recordedBy()))
                .toList();
        return new Contract(doc.id(), terms, ContractStatus.valueOf(doc.status()), award, modifications,
                doc.version(), doc.createdAt(), doc.createdBy(), doc.updatedAt(), doc.updatedBy());
    }

    private static long cents(BigDecimal euros) {
        return euros.movePointRight(2).longValueExact();
    }

    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
