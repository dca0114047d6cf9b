package fr.essor.foncier.intermediation.web;

import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.foncier.intermediation.domain.Intermediation;
import fr.essor.foncier.intermediation.domain.Lease;
import fr.essor.foncier.intermediation.domain.Partner;
import fr.essor.kit.ui.FrenchFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The intermediations and their leases as one sheet: the cell's follow-up, from proposal to the lease's end. */
final class IntermediationWorkbook {

    static final List<String> HEADERS = List.of("Référence", "Étape", "Structure", "SIRET ou RNA", "Besoin",
            "Offre", "Adresse", "Commune", "Territoire", "Score", "Partenaires", "Bail", "Prise d'effet", "Fin prévue",
            "Surface louée (m²)", "Loyer annuel (€)", "Renouvellements", "Fin effective", "Fin à l'échéance",
            "Raison de la fin", "Proposée le", "Proposée par", "Modifiée le", "Modifiée par");
    static final Set<String> NUMBERS = Set.of("Score", "Surface louée (m²)", "Loyer annuel (€)", "Renouvellements");

    private IntermediationWorkbook() {
    }

    static byte[] of(List<Intermediation> intermediations) {
        List<List<String>> rows = new ArrayList<>();
        for (Intermediation i : intermediations) {
            var p = i.premises();
            Lease l = i.lease();
            var end = l == null ? null : l.ending();
            rows.add(List.of(i.id(), i.stage().label(), p.organisationName(), p.organisationId(), p.needId(),
                    p.offerId(), p.address(), p.communeName(), p.territoryCode() == null ? "" : p.territoryCode(),
                    Integer.toString(i.score()), i.partners().stream().sorted().map(Partner::label)
                            .collect(Collectors.joining(", ")),
                    l == null ? "" : l.id(), l == null ? "" : FrenchFormat.date(l.startDate()),
                    l == null ? "" : FrenchFormat.date(l.endDate()), l == null ? "" : Integer.toString(l.surface()),
                    l == null ? "" : l.annualRent().toPlainString().replace('.', ','),
                    l == null ? "" : Integer.toString(l.renewals()), end == null ? "" : FrenchFormat.date(end.endedOn()),
                    end == null ? "" : end.atTerm() ? "Oui" : "Non", end == null ? "" : end.reason().label(),
                    FrenchFormat.dateTime(i.proposedAt()), i.proposedBy(), FrenchFormat.dateTime(i.updatedAt()),
                    i.updatedBy()));
        }
        XlsxWorkbook workbook = XlsxWorkbook.create();
        workbook.sheet("Mises en relation et baux", HEADERS, rows, NUMBERS);
        return workbook.toBytes();
    }
}
