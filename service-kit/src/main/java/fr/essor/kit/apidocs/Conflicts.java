package fr.essor.kit.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an API read that can answer {@code 409} (writes are documented with it by default, {@link ApiContract}), or on a
 * write to say in French when it does (the sentence is added to the 409 response's description).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Conflicts {

    /** When the 409 is answered, in French. */
    String value();
}
