package fr.essor.funding.guarantees.application;

import fr.essor.funding.guarantees.domain.GuaranteeTerms;
import fr.essor.funding.guarantees.domain.LoanGuarantee;
import fr.essor.kit.apidocs.Bounds;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.Siret;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The use cases of loan guarantees (DIEESS and administration): grant one, record its outstanding principal. */
public class GuaranteeBook {

    private final LoanGuarantees guarantees;
    private final Organisations organisations;
    private final Clock clock;

    public GuaranteeBook(LoanGuarantees guarantees, Organisations organisations, Clock clock) {
        this.guarantees = guarantees;
        this.organisations = organisations;
        this.clock = clock;
    }

    public sealed interface Result permits Done, Unknown, Forbidden {
    }

    public record Done(LoanGuarantee.Outcome outcome) implements Result {
    }

    public record Unknown(String id) implements Result {
    }

    public record Forbidden(String reason) implements Result {
    }

    /** The terms as typed in, the borrower named by its SIRET or RNA. */
    /** The bounds documented here are the domain's ({@code GuaranteeTerms.check}, the kit's {@code InputBounds}). */
    public record GrantRequest(@Bounds.Pattern(value = Siret.SIRET_OR_RNA, message = Siret.SIRET_OR_RNA_MESSAGE)
                               String organisation,
                               @Schema(maxLength = 200) String lender,
                               @Schema(minimum = "0.01", maximum = "1000000000",
                                       description = "En euros, deux décimales au plus") BigDecimal loanAmount,
                               @Schema(minimum = "0.01", maximum = "100",
                                       description = "En pourcentage du prêt, deux décimales au plus")
                               BigDecimal guaranteedShare,
                               @Schema(minimum = "1", maximum = "600") Integer durationMonths,
                               @Schema(description = "Entre 1990-01-01 et 2100-12-31") LocalDate grantedOn,
                               @Schema(maxLength = 100) String deliberationReference,
                               @Schema(maxLength = 500) String purpose) {
    }

    public static boolean mayManage(Actor actor) {
        return actor.hasAnyRole(Role.DIEESS, Role.ADMIN);
    }

    public Result grant(GrantRequest r, Actor actor) {
        if (!mayManage(actor)) {
            return forbidden();
        }
        String identifier = r.organisation() == null ? "" : r.organisation().replace(" ", "").strip();
        Optional<Organisation> borrower = identifier.isEmpty() ? Optional.empty()
                : organisations.findByIdentifier(identifier);
        if (!identifier.isEmpty() && borrower.isEmpty()) {
            return new Done(new LoanGuarantee.Invalid(List.of(new Violation("organisation",
                    "organisation.unknown", "Aucune structure n'est enregistrée sous " + identifier
                    + " : enregistrez d'abord l'emprunteur dans le registre des structures."))));
        }
        GuaranteeTerms terms = new GuaranteeTerms(borrower.map(Organisation::id).orElse(null),
                borrower.map(o -> o.details().name()).orElse(null),
                borrower.map(o -> o.details().commune().territory().code()).orElse(null), r.lender(), r.loanAmount(),
                r.guaranteedShare(), r.durationMonths(), r.grantedOn(), r.deliberationReference(), r.purpose());
        if (!terms.check().isEmpty()) {
            return new Done(new LoanGuarantee.Invalid(terms.check()));
        }
        LoanGuarantee.Outcome outcome = LoanGuarantee.grant(guarantees.nextId(r.grantedOn().getYear()), terms,
                actor.username(), clock.instant());
        if (outcome instanceof LoanGuarantee.Granted granted) {
            guarantees.add(granted.guarantee(), granted.event());
        }
        return new Done(outcome);
    }

    public Result recordOutstanding(String id, BigDecimal principal, LocalDate on, Actor actor) {
        if (!mayManage(actor)) {
            return forbidden();
        }
        Optional<LoanGuarantee> found = guarantees.find(id);
        if (found.isEmpty()) {
            return new Unknown(id);
        }
        LoanGuarantee.Outcome outcome = found.get().recordOutstanding(principal, on, actor.username(),
                clock.instant());
        if (outcome instanceof LoanGuarantee.Updated updated) {
            guarantees.save(updated.guarantee(), found.get().version());
        }
        return new Done(outcome);
    }

    private static Forbidden forbidden() {
        return new Forbidden("Seules la DIEESS et l'administration enregistrent les garanties d'emprunt.");
    }
}
