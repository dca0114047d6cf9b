package fr.essor.kit.ui;

/**
 * One entry of the navigation between the four services.
 *
 * @param current whether it is the service showing the page ({@code aria-current="page"})
 */
public record ServiceLink(String name, String label, String url, boolean current) {

    /** The value of the {@code aria-current} attribute, {@code null} (no attribute) for the other services. */
    public String ariaCurrent() {
        return current ? "page" : null;
    }
}
