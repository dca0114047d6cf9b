package fr.essor.procurement.contracts.application;

import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationDetails;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Communes;
import fr.essor.procurement.contracts.domain.AwardForm;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractForm;
import fr.essor.procurement.contracts.domain.Holder;
import fr.essor.procurement.contracts.domain.HolderLine;
import fr.essor.procurement.contracts.domain.ModificationForm;
import fr.essor.procurement.contracts.domain.PriorAward;
import fr.essor.procurement.contracts.domain.Reservation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The use cases of contracts: opening one (or a lot), awarding it, modifying it. Each loads the contract, calls one
 * domain method and saves once.
 * <p>
 * {@link #award} saves the contract and its {@code contract-awarded.v1} facts (one per holder) in the same write,
 * through the outbox (see {@code MongoContracts#save}).
 */
public class Contracting {

    private final Contracts contracts;
    private final Organisations organisations;
    private final Communes communes;
    private final Clock clock;

    public Contracting(Contracts contracts, Organisations organisations, Communes communes, Clock clock) {
        this.contracts = contracts;
        this.organisations = organisations;
        this.communes = communes;
        this.clock = clock;
    }

    public sealed interface Outcome permits Done, Rejected, Unknown, Conflict {
    }

    public record Done(Contract contract) implements Outcome {
    }

    public record Rejected(List<Violation> violations) implements Outcome {
    }

    public record Unknown(String contractId) implements Outcome {
    }

    /** The request contradicts the contract's state, e.g. awarding it twice. */
    public record Conflict(String message) implements Outcome {
    }

    public Outcome open(ContractForm form, String agent) {
        return switch (form.check(communes)) {
            case ContractForm.Invalid invalid -> new Rejected(invalid.violations());
            case ContractForm.Valid valid -> {
                Contract contract = Contract.open(valid.terms(), agent, clock.instant());
                try {
                    contracts.add(contract);
                } catch (Contracts.AlreadyExistsException e) {
                    yield new Conflict("Le marché " + contract.id() + " existe déjà.");
                }
                yield new Done(contract);
            }
        };
    }

    public Outcome award(String contractId, AwardForm form, String agent) {
        Optional<Contract> found = contracts.find(contractId);
        if (found.isEmpty()) {
            return new Unknown(contractId);
        }
        Contract contract = found.get();
        return switch (form.check(LocalDate.now(clock))) {
            case AwardForm.Invalid invalid -> new Rejected(invalid.violations());
            case AwardForm.Valid valid -> {
                Reservation reservation = contract.terms().reservation();
                List<Violation> unnamed = new ArrayList<>();
                List<Holder> holders = new ArrayList<>();
                List<List<PriorAward>> priorAwards = new ArrayList<>();
                for (int i = 0; i < valid.holders().size(); i++) {
                    HolderLine line = valid.holders().get(i);
                    Holder holder = holder(line);
                    if (!holder.registered() && !reservation.reserved() && line.name() == null) {
                        unnamed.add(new Violation("holders[" + i + "].name", "name.required", "Le SIRET "
                                + line.siret() + " n'est pas dans le registre des structures : indiquez la raison "
                                + "sociale du titulaire, ou enregistrez la structure."));
                    }
                    holders.add(holder);
                    priorAwards.add(reservation == Reservation.L2113_15
                            ? contracts.priorAwards(line.siret(), reservation) : List.of());
                }
                if (!unnamed.isEmpty()) {
                    yield new Rejected(unnamed);
                }
                yield switch (contract.award(valid, holders, priorAwards, agent, clock.instant())) {
                    case Contract.AwardRefused refused -> new Rejected(refused.violations());
                    case Contract.NotOpen notOpen -> new Conflict("Le marché " + contractId
                            + " est déjà attribué : enregistrez une modification plutôt qu'une nouvelle attribution.");
                    case Contract.Awarded awarded -> {
                        contracts.save(awarded.contract(), contract.version(), awarded.facts());
                        yield new Done(awarded.contract());
                    }
                };
            }
        };
    }

    public Outcome modify(String contractId, ModificationForm form, String agent) {
        Optional<Contract> found = contracts.find(contractId);
        if (found.isEmpty()) {
            return new Unknown(contractId);
        }
        Contract contract = found.get();
        return switch (contract.modify(form, agent, clock.instant())) {
            case Contract.ModificationRefused refused -> new Rejected(refused.violations());
            case Contract.NotAwarded notAwarded -> new Conflict("Le marché " + contractId
                    + " n'est pas encore attribué : il ne peut pas être modifié par avenant.");
            case Contract.Modified modified -> {
                contracts.save(modified.contract(), contract.version(), List.of());
                yield new Done(modified.contract());
            }
        };
    }

    private Holder holder(HolderLine line) {
        Optional<Organisation> known = organisations.findByIdentifier(line.siret());
        if (known.isEmpty()) {
            return new Holder(line.siret(), line.name() == null ? line.siret() : line.name(), line.amount(), false,
                    null, null, false);
        }
        OrganisationDetails details = known.get().details();
        return new Holder(line.siret(), details.name(), line.amount(), true, details.inclusionType(),
                details.legalForm(), details.esus());
    }
}
