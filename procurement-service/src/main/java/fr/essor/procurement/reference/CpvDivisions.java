package fr.essor.procurement.reference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The 45 divisions of the Common Procurement Vocabulary (2 first digits of a CPV code), with their French names. */
public final class CpvDivisions {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("03", "Produits agricoles, de l'élevage, de la pêche, de la sylviculture");
        LABELS.put("09", "Produits pétroliers, combustibles, électricité et autres sources d'énergie");
        LABELS.put("14", "Produits d'exploitation minière, métaux de base");
        LABELS.put("15", "Produits alimentaires, boissons, tabac");
        LABELS.put("16", "Machines agricoles");
        LABELS.put("18", "Vêtements, articles chaussants, bagages et accessoires");
        LABELS.put("19", "Cuir et textiles, plastiques et caoutchouc");
        LABELS.put("22", "Imprimés et produits connexes");
        LABELS.put("24", "Produits chimiques");
        LABELS.put("30", "Machines, matériel et fournitures de bureau et informatique");
        LABELS.put("31", "Machines, appareils, équipements et consommables électriques ; éclairage");
        LABELS.put("32", "Équipements de radio, de télévision, de communication");
        LABELS.put("33", "Matériels médicaux, pharmaceutiques et produits de soins personnels");
        LABELS.put("34", "Équipements de transport et produits auxiliaires pour le transport");
        LABELS.put("35", "Équipements de sécurité, de lutte contre l'incendie, de police et de défense");
        LABELS.put("37", "Instruments de musique, articles de sport, jeux, jouets, artisanat");
        LABELS.put("38", "Équipements de laboratoire, d'optique et de précision");
        LABELS.put("39", "Meubles, aménagements, appareils électroménagers et produits de nettoyage");
        LABELS.put("41", "Eau collectée et purifiée");
        LABELS.put("42", "Machines industrielles");
        LABELS.put("43", "Machines pour l'exploitation minière et le bâtiment");
        LABELS.put("44", "Structures et matériaux de construction");
        LABELS.put("45", "Travaux de construction");
        LABELS.put("48", "Logiciels et systèmes d'information");
        LABELS.put("50", "Services de réparation et d'entretien");
        LABELS.put("51", "Services d'installation");
        LABELS.put("55", "Services d'hôtellerie, de restauration et de commerce au détail");
        LABELS.put("60", "Services de transport");
        LABELS.put("63", "Services d'appui et services auxiliaires dans le domaine des transports");
        LABELS.put("64", "Services des postes et télécommunications");
        LABELS.put("65", "Services publics (eau, énergie)");
        LABELS.put("66", "Services financiers et d'assurance");
        LABELS.put("70", "Services immobiliers");
        LABELS.put("71", "Services d'architecture, de construction, d'ingénierie et d'inspection");
        LABELS.put("72", "Services de technologies de l'information");
        LABELS.put("73", "Services de recherche et développement");
        LABELS.put("75", "Services de l'administration publique, de la défense et de la sécurité sociale");
        LABELS.put("76", "Services relatifs à l'industrie du pétrole et du gaz");
        LABELS.put("77", "Services agricoles, sylvicoles, horticoles, aquacoles et apicoles");
        LABELS.put("79", "Services aux entreprises : droit, marketing, conseil, recrutement, impression, sécurité");
        LABELS.put("80", "Services d'enseignement et de formation");
        LABELS.put("85", "Services de santé et services sociaux");
        LABELS.put("90", "Services d'assainissement, de nettoyage, de gestion des déchets et environnementaux");
        LABELS.put("92", "Services récréatifs, culturels et sportifs");
        LABELS.put("98", "Autres services communautaires, sociaux et personnels");
    }

    private CpvDivisions() {
    }

    public static boolean isDivision(String code) {
        return code != null && LABELS.containsKey(code);
    }

    public static Optional<String> label(String code) {
        return Optional.ofNullable(code == null ? null : LABELS.get(code));
    }

    /** Every division, in code order. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(LABELS);
    }
}
