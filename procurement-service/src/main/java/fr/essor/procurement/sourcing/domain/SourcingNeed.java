package fr.essor.procurement.sourcing.domain;

import fr.essor.kit.domain.Violation;
import fr.essor.procurement.suppliers.domain.SupplierMatch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A sourcing need a buyer directorate posts so that ESS and inclusive suppliers come forward: the directory suppliers
 * matching it at publication are kept (and notified through {@link SourcingNeedPublished}), agents record the
 * suppliers' interest on their behalf, and the buyer records the outcome. Every change says who and when.
 */
public final class SourcingNeed {

    public static final int MAX_NOTE = 1000;
    /** The shape of a need's id ({@code BS-3F2A9C1D}). */
    public static final String ID_PATTERN = "BS-[0-9A-F]{8}";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String id;
    private final NeedTerms terms;
    private final List<String> matchedSupplierIds;
    private final List<Interest> interests;
    private final NeedOutcome outcome;
    private final long version;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant updatedAt;
    private final String updatedBy;

    public SourcingNeed(String id, NeedTerms terms, List<String> matchedSupplierIds, List<Interest> interests,
                        NeedOutcome outcome, long version, Instant createdAt, String createdBy, Instant updatedAt,
                        String updatedBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.matchedSupplierIds = List.copyOf(matchedSupplierIds);
        this.interests = List.copyOf(interests);
        this.outcome = outcome;
        this.version = version;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public sealed interface Publication permits Published, Refused {
    }

    public record Published(SourcingNeed need, SourcingNeedPublished fact) implements Publication {
    }

    /** The request is wrong, field by field. */
    public record Refused(List<Violation> violations) implements Publication, Change {
    }

    public sealed interface Change permits Changed, Refused, Closed {
    }

    public record Changed(SourcingNeed need) implements Change {
    }

    /** The need already has its outcome: nothing more can be recorded on it. */
    public record Closed(NeedStatus status) implements Change {
    }

    /**
     * Publishes a need under this id, if the form holds, with the suppliers the directory matches for its terms.
     *
     * @param matching the directory suppliers matching checked terms
     */
    public static Publication publish(String id, NeedForm form, Set<String> territoryCodes, LocalDate today,
                                      Function<NeedTerms, List<SupplierMatch>> matching, String by, Instant at) {
        return switch (form.check(territoryCodes, today)) {
            case NeedForm.Invalid invalid -> new Refused(invalid.violations());
            case NeedForm.Valid valid -> {
                List<String> matched = matching.apply(valid.terms()).stream().map(SupplierMatch::siret).distinct()
                        .toList();
                SourcingNeed need = new SourcingNeed(id, valid.terms(), matched, List.of(), null, 1, at, by, at, by);
                yield new Published(need, new SourcingNeedPublished(UUID.randomUUID(), id, 1, valid.terms(), matched,
                        at, by));
            }
        };
    }

    /**
     * Records that a directory supplier is interested, told to an agent; until the need is closed, up to its answer
     * date, once per supplier.
     */
    public Change recordInterest(String siret, String supplierName, String note, LocalDate today, String by,
                                 Instant at) {
        if (outcome != null) {
            return new Closed(status());
        }
        List<Violation> violations = new ArrayList<>();
        if (today.isAfter(terms.answerBy())) {
            violations.add(new Violation("siret", "answerBy.passed", "La date limite de réponse ("
                    + FRENCH_DATE.format(terms.answerBy()) + ") est passée : l'intérêt ne peut plus être enregistré."));
        }
        if (isInterested(siret)) {
            violations.add(new Violation("siret", "interest.duplicate",
                    "L'intérêt de ce fournisseur est déjà enregistré pour ce besoin."));
        }
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > MAX_NOTE) {
            violations.add(new Violation("note", "note.size",
                    "La note ne doit pas dépasser " + MAX_NOTE + " caractères."));
        }
        if (!violations.isEmpty()) {
            return new Refused(List.copyOf(violations));
        }
        List<Interest> next = new ArrayList<>(interests);
        next.add(new Interest(siret, supplierName, text, at, by));
        return new Changed(new SourcingNeed(id, terms, matchedSupplierIds, next, null, version + 1, createdAt,
                createdBy, at, by));
    }

    /**
     * Records how the need ended, once: a contract awarded (it must exist) or none, with the reason.
     *
     * @param contractExists whether the contract named by the form is a contract of the service
     */
    public Change close(OutcomeForm form, boolean contractExists, String by, Instant at) {
        if (outcome != null) {
            return new Closed(status());
        }
        List<Violation> violations = new ArrayList<>();
        String contractId = form.contractId() == null || form.contractId().isBlank() ? null
                : form.contractId().trim();
        String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().trim();
        if (form.awarded() == null) {
            violations.add(new Violation("awarded", "awarded.required",
                    "Indiquez si un marché a été attribué pour ce besoin."));
        } else if (form.awarded()) {
            if (contractId == null) {
                violations.add(new Violation("contractId", "contractId.required",
                        "Indiquez le numéro du marché attribué (ex. MAR-2026-0117-L1)."));
            } else if (!contractExists) {
                violations.add(new Violation("contractId", "contractId.unknown",
                        "Le marché " + contractId + " n'existe pas : ouvrez-le d'abord dans les marchés."));
            }
        } else {
            if (reason == null) {
                violations.add(new Violation("reason", "reason.required",
                        "Indiquez pourquoi aucun marché n'a été attribué."));
            }
            if (contractId != null) {
                violations.add(new Violation("contractId", "contractId.notAwarded",
                        "Un besoin sans suite n'a pas de marché : laissez le numéro vide."));
            }
        }
        if (reason != null && reason.length() > MAX_NOTE) {
            violations.add(new Violation("reason", "reason.size",
                    "La raison ne doit pas dépasser " + MAX_NOTE + " caractères."));
        }
        if (!violations.isEmpty()) {
            return new Refused(List.copyOf(violations));
        }
        return new Changed(new SourcingNeed(id, terms, matchedSupplierIds, interests,
                new NeedOutcome(form.awarded(), contractId, reason, at, by), version + 1, createdAt, createdBy, at, by));
    }

    public boolean isInterested(String siret) {
        return interests.stream().anyMatch(i -> i.siret().equals(siret));
    }

    public NeedStatus status() {
        if (outcome == null) {
            return NeedStatus.OPEN;
        }
        return outcome.awarded() ? NeedStatus.AWARDED : NeedStatus.NOT_AWARDED;
    }

    public String id() {
        return id;
    }

    public NeedTerms terms() {
        return terms;
    }

    /** SIRETs of the directory suppliers matched at publication (notified), in the directory's order. */
    public List<String> matchedSupplierIds() {
        return matchedSupplierIds;
    }

    public List<Interest> interests() {
        return interests;
    }

    /** The outcome, {@code null} while the need is open. */
    public NeedOutcome outcome() {
        return outcome;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
