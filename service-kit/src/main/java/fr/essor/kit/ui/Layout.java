package fr.essor.kit.ui;

import java.util.List;

/**
 * What the shared page layout shows around every page: the service, the navigation between the four
 * services and the signed-in user ({@code null} on the sign-in page).
 */
public record Layout(String serviceName, String serviceTitle, List<ServiceLink> services, SignedInUser user) {

    public boolean signedIn() {
        return user != null;
    }
}
