package fr.essor.procurement.opendata.application;

import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.contracts.domain.Award;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractTerms;
import fr.essor.procurement.contracts.domain.EnvironmentalConsideration;
import fr.essor.procurement.contracts.domain.SocialConsideration;
import fr.essor.procurement.opendata.application.DecpDocument.ConsiderationsEnvironnementales;
import fr.essor.procurement.opendata.application.DecpDocument.ConsiderationsSociales;
import fr.essor.procurement.opendata.application.DecpDocument.Identifiant;
import fr.essor.procurement.opendata.application.DecpDocument.LieuExecution;
import fr.essor.procurement.opendata.application.DecpDocument.Marche;
import fr.essor.procurement.opendata.application.DecpDocument.ModalitesExecution;
import fr.essor.procurement.opendata.application.DecpDocument.ModificationEntry;
import fr.essor.procurement.opendata.application.DecpDocument.Techniques;
import fr.essor.procurement.opendata.application.DecpDocument.Titulaire;
import fr.essor.procurement.opendata.application.DecpDocument.TitulaireEntry;
import fr.essor.procurement.opendata.application.DecpDocument.TypesPrix;

import java.util.Comparator;
import java.util.List;

/**
 * Builds the DECP 2024 publication of the awarded contracts. What Essor does not track is published with the
 * format's neutral value: no innovation, no advance, firm definitive prices, "Sans objet" for techniques other than a
 * framework agreement.
 */
public class DecpExport {

    /** The département of Seine-Saint-Denis, as a DECP place of execution when no commune is given. */
    private static final String DEPARTEMENT = "93";

    private final Contracts contracts;
    private final String buyerSiret;

    public DecpExport(Contracts contracts, String buyerSiret) {
        this.contracts = contracts;
        this.buyerSiret = buyerSiret;
    }

    public DecpDocument publication() {
        return new DecpDocument(new DecpDocument.Marches(contracts.awarded().stream().map(this::marche).toList()));
    }

    private Marche marche(Contract contract) {
        ContractTerms t = contract.terms();
        Award a = contract.award();
        List<String> social = t.socialConsiderations().isEmpty() ? List.of("Pas de considération sociale")
                : t.socialConsiderations().stream().sorted().map(SocialConsideration::label).toList();
        List<String> environmental = t.environmentalConsiderations().isEmpty()
                ? List.of("Pas de considération environnementale")
                : t.environmentalConsiderations().stream().sorted().map(EnvironmentalConsideration::label).toList();
        LieuExecution place = t.executionCommune() == null ? new LieuExecution(DEPARTEMENT, "Code département")
                : new LieuExecution(t.executionCommune().inseeCode(), "Code commune");
        List<ModificationEntry> modifications = contract.modifications().stream()
                .sorted(Comparator.comparingInt(m -> m.number()))
                .map(m -> new ModificationEntry(new DecpDocument.Modification(m.number(), m.notifiedOn().toString(),
                        m.publishedOn().toString(), m.durationMonths(), m.amount())))
                .toList();
        return new Marche(contract.id(), new Identifiant(buyerSiret), "Marché", t.object(), t.cpvCode().value(),
                new Techniques(List.of(t.frameworkAgreement() ? "Accord-cadre" : "Sans objet")),
                new ModalitesExecution(List.of(t.frameworkAgreement() ? "Bons de commande" : "Sans objet")),
                false, t.ccag().label(), a.offersReceived(), false, a.grouping().label(),
                a.subcontractingDeclared(), t.procedure().label(), place, t.durationMonths(),
                a.notifiedOn().toString(), a.publishedOn().toString(), a.amount(),
                new TypesPrix(List.of("Définitif ferme")), t.priceForm().label(),
                a.holders().stream().map(h -> new TitulaireEntry(new Titulaire("SIRET", h.siret()))).toList(),
                new ConsiderationsSociales(social), new ConsiderationsEnvironnementales(environmental),
                modifications.isEmpty() ? null : modifications);
    }
}
