package fr.essor.procurement.opendata.application;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * The DECP 2024 publication (format v2.0.3, 139bercy/format-commande-publique): {@code {"marches": {"marche": […]}}}.
 * Field names are the format's own; optional fields left {@code null} are omitted, as the schema forbids nulls.
 */
public record DecpDocument(Marches marches) {

    public record Marches(List<Marche> marche) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Marche(String id, Identifiant acheteur, String nature, String objet, String codeCPV,
                         Techniques techniques, ModalitesExecution modalitesExecution, boolean marcheInnovant,
                         String ccag, int offresRecues, boolean attributionAvance, String typeGroupementOperateurs,
                         boolean sousTraitanceDeclaree, String procedure, LieuExecution lieuExecution, int dureeMois,
                         String dateNotification, String datePublicationDonnees, BigDecimal montant,
                         TypesPrix typesPrix, String formePrix, List<TitulaireEntry> titulaires,
                         ConsiderationsSociales considerationsSociales,
                         ConsiderationsEnvironnementales considerationsEnvironnementales,
                         List<ModificationEntry> modifications) {
    }

    public record Identifiant(String id) {
    }

    public record Techniques(List<String> technique) {
    }

    public record ModalitesExecution(List<String> modaliteExecution) {
    }

    public record LieuExecution(String code, String typeCode) {
    }

    public record TypesPrix(List<String> typePrix) {
    }

    public record TitulaireEntry(Titulaire titulaire) {
    }

    public record Titulaire(String typeIdentifiant, String id) {
    }

    public record ConsiderationsSociales(List<String> considerationSociale) {
    }

    public record ConsiderationsEnvironnementales(List<String> considerationEnvironnementale) {
    }

    public record ModificationEntry(Modification modification) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Modification(int id, String dateNotificationModification, String datePublicationDonneesModification,
                               Integer dureeMois, BigDecimal montant) {
    }
}
