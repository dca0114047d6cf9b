package fr.essor.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class's constructor or methods a {@link Browser}: one per test class, opened when first asked for and
 * kept in the class's store, which JUnit closes (and so quits the browser) once the class has run, failed or not.
 */
final class BrowserExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return classContext(context).getStore(NAMESPACE)
                .computeIfAbsent(Browser.class, key -> Browser.open(), Browser.class);
    }

    /** The test class's context, also when asked from a method's (or a parameterized invocation's). */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }
}
