package fr.essor.procurement.contracts;

import fr.essor.procurement.contracts.domain.Reservation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A reservation's label on its own and as it reads inside a sentence (the contract page's « Marché … »). */
class ReservationTest {

    @Test
    void eachReservationReadsInsideASentenceWithItsAcronymsAndArticleIntact() {
        assertThat("Marché " + Reservation.L2113_12.inSentence())
                .isEqualTo("Marché réservé aux entreprises adaptées et ESAT (L2113-12)");
        assertThat("Marché " + Reservation.L2113_13.inSentence())
                .isEqualTo("Marché réservé aux structures d'insertion par l'activité économique (L2113-13)");
        assertThat("Marché " + Reservation.L2113_15.inSentence())
                .isEqualTo("Marché réservé aux entreprises de l'ESS (L2113-15)");
        assertThat("Marché " + Reservation.NONE.inSentence()).isEqualTo("Marché non réservé");
    }

    @Test
    void onItsOwnTheLabelStartsWithACapital() {
        for (Reservation reservation : Reservation.values()) {
            assertThat(Character.isUpperCase(reservation.label().charAt(0))).as(reservation.code()).isTrue();
            assertThat(reservation.inSentence()).as(reservation.code()).isNotEqualTo(reservation.label());
        }
    }
}
