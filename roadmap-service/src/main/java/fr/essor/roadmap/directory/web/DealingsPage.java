package fr.essor.roadmap.directory.web;

import fr.essor.kit.reference.Communes;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.roadmap.directory.domain.OrganisationDealings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The 360° sections of an organisation's page, written for French readers; nothing left to compute in Thymeleaf. */
record DealingsPage(boolean empty, List<GrantRow> grants, List<AgreementRow> agreements, List<StakeRow> stakes, List<ContractRow> contracts,
                    List<PremisesRow> premises, List<HubRow> hub) {

    record GrantRow(String year, String project, String amount, String nature, String decidedOn,
                    String application) {
    }

    record AgreementRow(String reference, String title, String years, String amount, String signedOn,
                        String decision) {
    }

    record StakeRow(String scic, String status, String capital, String share, String shares, String since,
                    String sale) {
    }

    record ContractRow(String reference, String object, String amount, String reservation, String year) {
    }

    record PremisesRow(String lease, String surface, String commune, String period, String kind, String status) {
    }

    record HubRow(String space, String surface, String since, String until, String status) {
    }

    static DealingsPage of(OrganisationDealings d, Communes communes, LocalDate today) {
        return new DealingsPage(d.isEmpty(),
                d.grants().stream().map(g -> new GrantRow(String.valueOf(g.callYear()), g.projectTitle(),
                        FrenchFormat.euros(g.amount()), nature(g.nature()), FrenchFormat.date(g.decidedOn()),
                        g.applicationId())).toList(),
                d.objectivesAgreements().stream().map(a -> new AgreementRow(a.agreementId(), a.title(),
                        a.fromYear() == a.toYear() ? String.valueOf(a.fromYear()) : a.fromYear() + "–" + a.toYear(),
                        FrenchFormat.euros(a.amount()), FrenchFormat.date(a.signedOn()),
                        a.decisionReference() == null ? "—" : a.decisionReference())).toList(),
                d.scicStakes().stream().map(s -> new StakeRow(s.scicName(), s.sold() ? "Parts cédées" : "Détenue",
                        FrenchFormat.euros(s.capitalHeld()),
                        s.sharePercent() == null ? "—" : number(s.sharePercent()) + " %",
                        s.sharesHeld() == null ? "—" : number(BigDecimal.valueOf(s.sharesHeld())),
                        s.since() == null ? "—" : FrenchFormat.date(s.since()),
                        s.sold() ? "Cédée le " + FrenchFormat.date(s.soldOn())
                                + (s.saleAmount() == null ? "" : " pour " + FrenchFormat.euros(s.saleAmount()))
                                : "—"))
                        .toList(),
                d.contractsWon().stream().map(c -> new ContractRow(c.contractReference(), c.object(),
                        FrenchFormat.euros(c.amount()), reservation(c.reservation()), String.valueOf(c.year())))
                        .toList(),
                d.premises().stream().map(p -> new PremisesRow(p.leaseId(), number(p.surface()) + " m²",
                        communes.find(p.communeInsee()).map(c -> c.name() + " (" + c.territory().name() + ")")
                                .orElse(p.communeInsee()),
                        "du " + FrenchFormat.date(p.startDate()) + (p.endDate() == null ? ", sans terme"
                                : " au " + FrenchFormat.date(p.endDate())),
                        p.temporaryOccupation() ? "Convention d'occupation temporaire" : "Bail",
                        switch (p.occupationOn(today)) {
                            case UPCOMING -> "À venir, à partir du " + FrenchFormat.date(p.startDate());
                            case CURRENT -> p.ended() ? "En cours, fin prévue le " + FrenchFormat.date(p.endedOn())
                                    : "En cours";
                            case ENDED -> "Terminé le " + FrenchFormat.date(p.ended() ? p.endedOn() : p.endDate());
                        })).toList(),
                d.hubOccupancies().stream().map(h -> new HubRow(h.spaceName() == null ? h.spaceId()
                        : h.spaceName() + " (" + h.spaceId() + ")", number(h.surface()) + " m²",
                        h.since() == null ? "—" : FrenchFormat.date(h.since()),
                        h.vacated() ? FrenchFormat.date(h.vacatedOn())
                                : h.until() == null ? "sans terme" : FrenchFormat.date(h.until()),
                        switch (h.occupationOn(today)) {
                            case UPCOMING -> "Attribué, occupé à partir du " + FrenchFormat.date(h.since());
                            case CURRENT -> h.vacated() ? "Occupé, libération prévue le "
                                    + FrenchFormat.date(h.vacatedOn()) : "Occupé";
                            case ENDED -> "Libéré le " + FrenchFormat.date(h.vacated() ? h.vacatedOn() : h.until());
                        })).toList());
    }

    /** {@code 1 234,5}: at most two decimals, narrow no-break space between thousands. */
    private static String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return FrenchFormat.number(value, "#,##0.##");
    }

    private static String nature(String nature) {
        return switch (nature == null ? "" : nature) {
            case "OPERATING" -> "Fonctionnement";
            case "INVESTMENT" -> "Investissement";
            case "MIXED" -> "Fonctionnement et investissement";
            default -> "—";
        };
    }

    private static String reservation(String reservation) {
        return switch (reservation == null ? "NONE" : reservation) {
            case "L2113-12" -> "Réservé (art. L2113-12 : EA, ESAT)";
            case "L2113-13" -> "Réservé (art. L2113-13 : SIAE)";
            case "L2113-15" -> "Réservé (art. L2113-15 : entreprises de l'ESS)";
            default -> "Non réservé";
        };
    }
}
