package fr.essor.funding.ept.web;

import fr.essor.funding.aaa.domain.GrantNature;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.Trigger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A grant to a project of the territory (its main territory: the one of its first commune of action) as an EPT may
 * read it: the laureate (a legal entity), the amount, the agreement, the instalments and the payments made. Never who
 * recorded a payment.
 */
record EptGrantView(String applicationId, int callYear, String organisationId, String organisationName,
                    String projectTitle, BigDecimal amount, GrantNature nature, int durationYears, String territoryCode,
                    String decisionReference, LocalDate decidedOn, LocalDate signedOn, List<InstalmentView> schedule,
                    List<PaymentView> payments, BigDecimal totalPaid, boolean settled, Instant changedAt) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "EptInstalmentView")
    record InstalmentView(int number, Trigger trigger, int projectYear, BigDecimal amount, String label) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "EptPaymentView")
    record PaymentView(int number, int instalment, BigDecimal amount, LocalDate paidOn) {
    }

    static EptGrantView of(GrantFile file) {
        return new EptGrantView(file.id(), file.callYear(), file.organisationId(), file.organisationName(),
                file.projectTitle(), file.amount(), file.nature(), file.durationYears(), file.territoryCode(),
                file.decisionReference(), file.decidedOn(), file.signedOn().orElse(null),
                file.schedule().instalments().stream().map(i -> new InstalmentView(i.number(), i.trigger(),
                        i.projectYear(), i.amount(), i.label())).toList(),
                file.payments().stream().map(p -> new PaymentView(p.number(), p.instalment(), p.amount(),
                        p.paidOn())).toList(), file.totalPaid(), file.settled(), file.updatedAt());
    }
}
