package fr.essor.kit.testing;

import fr.essor.kit.organisations.domain.Siret;

import java.util.concurrent.atomic.AtomicLong;

/** Fresh SIRETs that pass the checksum, distinct within a run and, in practice, across runs. */
public final class Sirets {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 10);

    private Sirets() {
    }

    public static String next() {
        String body = String.format("%013d", SEQUENCE.incrementAndGet() % 10_000_000_000_000L);
        for (int check = 0; check <= 9; check++) {
            if (Siret.isValid(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("no check digit for " + body);
    }

    /** The same SIRET with its last digit changed: its checksum is then wrong. */
    /** A SIRET as people write it: « 418 166 096 00069 ». */
    public static String spaced(String siret) {
        return siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " "
                + siret.substring(9);
    }

    public static String withWrongChecksum(String siret) {
        return siret.substring(0, 13) + (char) ('0' + (siret.charAt(13) - '0' + 1) % 10);
    }
}
