package fr.essor.kit.apidocs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bounds a component of a request record keeps, stated once for the OpenAPI document ({@link RecordSchemas} turns
 * them into {@code maxLength}, {@code minimum}, {@code maximum}, {@code multipleOf}): the same ones the domain checks
 * with {@link fr.essor.kit.domain.InputBounds}, whose constants the amounts take. A date ({@code format: date}) of a
 * request body needs none: {@link ApiContract} states the window of {@code InputBounds.date} on every one. The
 * bad-input sweep of the tests sends just beyond each bound stated and expects a refusal.
 */
public final class Bounds {

    private Bounds() {
    }

    /** A text of at most {@code value} characters ({@code InputBounds.text}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
    public @interface Text {
        int value();
    }

    /** An amount in euros and cents from 0 to {@code InputBounds.MAX_AMOUNT} ({@code InputBounds.amount}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
    public @interface Amount {
        /** Above zero ({@code InputBounds.positiveAmount}): 0.01 at least. */
        boolean positive() default false;
    }

    /** An amount in euros and cents that may be negative, within ± {@code InputBounds.MAX_AMOUNT}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
    public @interface SignedAmount {
    }

    /** A whole number from {@code min} to {@code max} ({@code InputBounds.whole}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
    public @interface Whole {
        long min();

        long max();
    }
}
