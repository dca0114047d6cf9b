package fr.essor.kit.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an API handler that answers {@code 201 Created} with a {@code Location} header (a create answered with
 * {@code ResponseEntity.created(…)}): the OpenAPI document then says so ({@link ApiContract}) instead of springdoc's
 * default {@code 200}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Created {

    /** What the {@code Location} header points to, in French (e.g. "L'adresse de la candidature créée."). */
    String value() default "L'adresse de la ressource créée.";

    /** {@code false} for a 201 without {@code Location} (an item added to a resource, answered with the resource). */
    boolean location() default true;
}
