package fr.essor.e2e;

import java.util.concurrent.atomic.AtomicLong;

/** Fresh SIRETs that pass the Luhn check, distinct within and across test runs. */
final class Sirets {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 10);

    private Sirets() {
    }

    static String next() {
        String body = String.format("%013d", SEQUENCE.incrementAndGet() % 10_000_000_000_000L);
        for (int check = 0; check <= 9; check++) {
            String candidate = body + check;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable: one of ten check digits always fits");
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
