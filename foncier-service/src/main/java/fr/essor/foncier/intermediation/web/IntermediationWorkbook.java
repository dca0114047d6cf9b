package fr.essor.foncier.intermediation.web;

import fr.essor.foncier.intermediation.domain.Intermediation;
import fr.essor.foncier.intermediation.domain.Lease;
import fr.essor.foncier.intermediation.domain.LeaseEnding;
import fr.essor.foncier.intermediation.domain.Partner;
import fr.essor.kit.exports.Coded;
import fr.essor.kit.exports.Column;
import fr.essor.kit.exports.XlsxWorkbook;

import java.util.List;
import java.util.stream.Collectors;

/** The intermediations and their leases as one sheet: the cell's follow-up, from proposal to the lease's end. */
final class IntermediationWorkbook {

    static final List<Column> COLUMNS = List.of(Column.text("Référence"), Column.text("Étape"),
            Column.text("Structure"), Column.text("SIRET ou RNA"), Column.text("Besoin"), Column.text("Offre"),
            Column.text("Adresse"), Column.text("Commune"), Column.codeAndName("Code EPT", "Territoire"),
            Column.integer("Score"), Column.text("Partenaires"), Column.text("Bail"), Column.date("Prise d'effet"),
            Column.date("Fin prévue"), Column.integer("Surface louée (m²)"), Column.amount("Loyer annuel (€)"),
            Column.integer("Renouvellements"), Column.date("Fin effective"), Column.text("Fin à l'échéance"),
            Column.text("Raison de la fin"), Column.dateTime("Proposée le"), Column.text("Proposée par"),
            Column.dateTime("Modifiée le"), Column.text("Modifiée par"));

    private IntermediationWorkbook() {
    }

    static byte[] of(List<Intermediation> intermediations) {
        XlsxWorkbook workbook = XlsxWorkbook.titled("Mises en relation et baux");
        XlsxWorkbook.Table sheet = workbook.sheet("Mises en relation et baux", COLUMNS);
        for (Intermediation i : intermediations) {
            var p = i.premises();
            Lease l = i.lease();
            LeaseEnding end = l == null ? null : l.ending();
            sheet.add(i.id(), i.stage().label(), p.organisationName(), p.organisationId(), p.needId(), p.offerId(),
                    p.address(), p.communeName(), Coded.territory(p.territoryCode()), i.score(),
                    i.partners().stream().sorted().map(Partner::label).collect(Collectors.joining(", ")),
                    l == null ? null : l.id(), l == null ? null : l.startDate(), l == null ? null : l.endDate(),
                    l == null ? null : l.surface(), l == null ? null : l.annualRent(),
                    l == null ? null : l.renewals(), end == null ? null : end.endedOn(),
                    end == null ? null : end.atTerm(), end == null ? null : end.reason().label(), i.proposedAt(),
                    i.proposedBy(), i.updatedAt(), i.updatedBy());
        }
        return workbook.toBytes();
    }
}
