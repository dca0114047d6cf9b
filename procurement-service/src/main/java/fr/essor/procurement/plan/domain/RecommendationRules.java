package fr.essor.procurement.plan.domain;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.procurement.contracts.domain.Reservation;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How the purchase plan recommends opening a planned purchase to inclusive and ESS suppliers. The first rule that
 * applies wins:
 * <ol>
 * <li><b>R1</b> at least {@value #FULL_RESERVATION_MIN_SUPPLIERS} SIAE of the directory work in the purchase's CPV
 * division, serve its territory and can take on its estimated amount: reserve the whole contract to SIAE
 * (L2113-13). Three is the least that still gives the buyer a real competition.</li>
 * <li><b>R2</b> the same with entreprises adaptées and ESAT: reserve it to them (L2113-12).</li>
 * <li><b>R3</b> the purchase is one of the social and other specific services that L2113-15 lets a buyer reserve,
 * and at least {@value #FULL_RESERVATION_MIN_SUPPLIERS} ESS suppliers can take it on: reserve it to ESS companies
 * (L2113-15).</li>
 * <li><b>R4</b> fewer suppliers, or suppliers too small for the whole amount (or with an unknown capacity), but at
 * least one SIAE, EA or ESAT (or, for the services of R3, one ESS supplier) matches: reserve a lot sized for them,
 * under the article of the most numerous kind (SIAE first on a tie).</li>
 * <li><b>R5</b> no inclusive supplier, but a labour-intensive CPV division ({@link #LABOUR_INTENSIVE_DIVISIONS}:
 * works, repair and maintenance, catering, transport, green spaces, cleaning and waste, personal services) and an
 * estimate of at least {@value #INSERTION_CLAUSE_MIN_AMOUNT} € HT: an insertion clause. Below that amount a clause
 * yields too few hours for a facilitator to follow.</li>
 * <li><b>R6</b> otherwise, nothing to recommend: the buyer can post a sourcing need to find suppliers.</li>
 * </ol>
 */
public final class RecommendationRules {

    public static final int FULL_RESERVATION_MIN_SUPPLIERS = 3;
    public static final int INSERTION_CLAUSE_MIN_AMOUNT = 90_000;
    public static final Set<String> LABOUR_INTENSIVE_DIVISIONS = Set.of("45", "50", "55", "60", "77", "90", "98");

    private RecommendationRules() {
    }

    public static Recommendation recommend(PurchaseTerms purchase, InclusivePotential potential) {
        String where = "en division CPV " + potential.division() + (potential.territoryCode() == null
                ? " dans le département" : " sur le territoire " + potential.territoryCode());
        String amount = euros(purchase.estimatedAmount());
        int min = FULL_RESERVATION_MIN_SUPPLIERS;
        if (potential.siaeWithCapacity() >= min) {
            return new Recommendation(RecommendationKind.RESERVED_CONTRACT, Reservation.L2113_13, "R1",
                    potential.siaeWithCapacity() + " SIAE de l'annuaire interviennent " + where + " et peuvent "
                            + "prendre un marché de " + amount + " (règle R1 : au moins " + min + ") : réserver "
                            + "le marché aux structures d'insertion par l'activité économique (L2113-13).");
        }
        if (potential.disabilityEmployersWithCapacity() >= min) {
            return new Recommendation(RecommendationKind.RESERVED_CONTRACT, Reservation.L2113_12, "R2",
                    potential.disabilityEmployersWithCapacity() + " EA ou ESAT de l'annuaire interviennent " + where
                            + " et peuvent prendre un marché de " + amount + " (règle R2 : au moins " + min
                            + ") : réserver le marché aux entreprises adaptées et ESAT (L2113-12).");
        }
        boolean essReservable = purchase.cpvCode().isReservableToEssCompanies();
        if (essReservable && potential.essWithCapacity() >= min) {
            return new Recommendation(RecommendationKind.RESERVED_CONTRACT, Reservation.L2113_15, "R3",
                    "Le code CPV " + purchase.cpvCode() + " fait partie des services sociaux et spécifiques que "
                            + "l'article L2113-15 permet de réserver, et " + potential.essWithCapacity()
                            + " structures de l'ESS de l'annuaire interviennent " + where + " et peuvent prendre "
                            + "un marché de " + amount + " (règle R3 : au moins " + min + ") : réserver le marché "
                            + "aux entreprises de l'ESS (L2113-15).");
        }
        int siae = potential.siae();
        int disability = potential.disabilityEmployers();
        if (siae + disability > 0) {
            Reservation article = siae >= disability ? Reservation.L2113_13 : Reservation.L2113_12;
            return new Recommendation(RecommendationKind.RESERVED_LOT, article, "R4", siae + " SIAE et "
                    + disability + " EA ou ESAT de l'annuaire interviennent " + where + ", mais pas au moins " + min
                    + " d'un même type capables de prendre " + amount + " (règle R4) : réserver un lot à leur "
                    + "mesure (" + article.code() + ").");
        }
        if (essReservable && potential.count() > 0) {
            return new Recommendation(RecommendationKind.RESERVED_LOT, Reservation.L2113_15, "R4",
                    (potential.count() == 1 ? "1 structure de l'ESS de l'annuaire intervient "
                            : potential.count() + " structures de l'ESS de l'annuaire interviennent ") + where
                            + " pour des services que l'article L2113-15 permet de réserver, mais pas au moins "
                            + min + " capables de prendre " + amount + " (règle R4) : réserver un lot à leur mesure "
                            + "(L2113-15).");
        }
        boolean labourIntensive = LABOUR_INTENSIVE_DIVISIONS.contains(potential.division());
        boolean largeEnough = purchase.estimatedAmount().compareTo(BigDecimal.valueOf(INSERTION_CLAUSE_MIN_AMOUNT))
                >= 0;
        if (labourIntensive && largeEnough) {
            return new Recommendation(RecommendationKind.INSERTION_CLAUSE, Reservation.NONE, "R5",
                    "Aucune SIAE, EA ou ESAT de l'annuaire n'intervient " + where + ", mais cette division "
                            + "emploie beaucoup de main-d'œuvre et l'achat atteint le seuil de " + euros(BigDecimal.valueOf(
                            INSERTION_CLAUSE_MIN_AMOUNT)) + " (règle R5) : prévoir une clause sociale d'insertion.");
        }
        String why = labourIntensive
                ? "la division emploie beaucoup de main-d'œuvre mais l'achat (" + amount + ") est sous le seuil de "
                + euros(BigDecimal.valueOf(INSERTION_CLAUSE_MIN_AMOUNT)) + " d'une clause d'insertion"
                : "la division n'est pas de celles où une clause d'insertion est recommandée";
        return new Recommendation(RecommendationKind.NONE, Reservation.NONE, "R6",
                "Aucune SIAE, EA ou ESAT de l'annuaire n'intervient " + where + " et " + why + " (règle R6) : "
                        + "publier un besoin de sourcing pour trouver des fournisseurs de l'ESS.");
    }

    private static String euros(BigDecimal amount) {
        return FrenchFormat.euros(amount) + " HT";
    }
}
