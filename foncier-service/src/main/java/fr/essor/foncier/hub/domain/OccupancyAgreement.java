package fr.essor.foncier.hub.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The occupancy agreement (convention d'occupation) drawn up from an allocation: the fee per m² and per month, the
 * rules of the hub, and once signed, who signed for the occupant, on which day, and who recorded it.
 *
 * @param feePerSquareMetreMonth euros per m² per month, excluding charges
 * @param signatory              name and capacity of the person who signed for the occupant; null until signed
 */
public record OccupancyAgreement(String number, BigDecimal feePerSquareMetreMonth, String rules,
                                 Instant draftedAt, String draftedBy, String signatory, LocalDate signedOn,
                                 Instant signatureRecordedAt, String signatureRecordedBy) {

    /** The hub's standard rules, written into every agreement unless the managers adapt them. */
    public static final String STANDARD_RULES = "L'occupant respecte le règlement intérieur du pôle, participe à la "
            + "vie collective du site et à sa gouvernance coopérative, assure les locaux qu'il occupe, ne les "
            + "sous-loue pas et les restitue en bon état à la fin de la convention.";

    public boolean signed() {
        return signedOn != null;
    }

    /** The monthly fee for the surface, rounded to the cent. */
    public BigDecimal monthlyFee(int surface) {
        return feePerSquareMetreMonth.multiply(BigDecimal.valueOf(surface)).setScale(2, RoundingMode.HALF_UP);
    }

    OccupancyAgreement signedBy(String newSignatory, LocalDate day, String by, Instant at) {
        return new OccupancyAgreement(number, feePerSquareMetreMonth, rules, draftedAt, draftedBy, newSignatory, day,
                at, by);
    }
}
