package fr.essor.kit.apidocs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bounds a component of a request record keeps, stated once for the OpenAPI document ({@link RecordSchemas} turns
 * them into {@code maxLength}, {@code minimum}, {@code maximum}, {@code multipleOf}, {@code pattern}, {@code enum}):
 * the same ones the domain checks with {@link fr.essor.kit.domain.InputBounds}, whose constants the amounts take, or
 * with the shape of the identifier or code it names. A date ({@code format: date}) of a
 * request body needs none: {@link ApiContract} states the window of {@code InputBounds.date} on every one. The
 * bad-input sweep of the tests sends just beyond each bound stated and expects a refusal.
 */
public final class Bounds {

    /**
     * A date typed as text, ISO ({@code 2026-09-01}) or French ({@code 01/09/2026}), as {@code FrenchFormat.parseDate}
     * reads it: the {@link Pattern} of the services that take dates in both ways.
     */
    public static final String TYPED_DATE = "\\d{4}-\\d{2}-\\d{2}|\\d{2}/\\d{2}/\\d{4}";
    public static final String TYPED_DATE_MESSAGE = "Date invalide : écrivez-la aaaa-mm-jj ou jj/mm/aaaa.";

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

    /**
     * A number from {@code min} to {@code max} with at most {@code decimals} decimals ({@code InputBounds.number}: a
     * surface, a measured value), written as decimal texts so that they can be constants.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
    public @interface Decimal {
        String min();

        String max();

        int decimals();
    }

    /**
     * A code or identifier of a fixed shape ({@code pattern}): the whole text matches the regular expression
     * {@code value} (written without anchors, in the syntax common to Java and ECMA-262: classes, {@code \d},
     * counts). The domain checks it (every violation at once); {@link StatedShapes} refuses beforehand what the
     * domain would take only once tidied, so that the service takes the stated form only.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
    public @interface Pattern {
        String value();

        /** What a person reads when the text is off the pattern ({@code <field>.format}). */
        String message() default "Ce champ n'a pas la forme attendue.";
    }

    /**
     * One of the codes of the kit's reference data ({@code enum}), read from it, never copied; held by
     * {@link StatedShapes}.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
    public @interface Reference {
        Codes value();
    }

    /** The code lists of {@link Reference}. */
    public enum Codes {
        /**
         * The INSEE code of a commune of Seine-Saint-Denis ({@code Communes.find}), a former commune's code included
         * (it resolves to the commune it merged into).
         */
        COMMUNE,
        /** The code of one of the four EPT ({@code Communes.territories()}: T6 to T9). */
        TERRITORY
    }

    /**
     * A text that is the name of one constant of {@code value} ({@code enum}), for a component kept as a
     * {@code String} that the domain parses into that enum; held by {@link StatedShapes}.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
    public @interface OneOf {
        Class<? extends Enum<?>> value();
    }
}
