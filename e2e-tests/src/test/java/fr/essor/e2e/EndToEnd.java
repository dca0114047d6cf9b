package fr.essor.e2e;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that runs against the whole platform: started once for the module's test run, shared by every such
 * class, stopped at the end. Test methods and constructors may take the {@link EssorPlatform} as a parameter, and a
 * {@link Browser}: one per test class, quit when the class has run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PlatformExtension.class)
@ExtendWith(BrowserExtension.class)
@interface EndToEnd {
}
