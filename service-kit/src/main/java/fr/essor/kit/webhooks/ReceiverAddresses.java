package fr.essor.kit.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Keeps the webhooks from being turned against the Département's own network (server-side request forgery): outside
 * the local profile, a receiver whose host is, or resolves to, a loopback, private, link-local (cloud metadata
 * {@code 169.254.169.254}), unique-local or unspecified address is refused, at subscription and again before each
 * attempt (a name may be re-pointed after it was accepted). A name that does not resolve yet is accepted at
 * subscription (the EPT's receiver may not be deployed); its attempts fail until it resolves to a public address.
 */
public final class ReceiverAddresses {

    private final boolean allowPrivate;

    public ReceiverAddresses(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The first non-public address the host resolves to, if any (never when private addresses are allowed). */
    public Optional<InetAddress> privateAddressOf(String host) {
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            return Arrays.stream(InetAddress.getAllByName(unbracketed(host))).filter(ReceiverAddresses::isPrivate)
                    .findFirst();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        // 100.64.0.0/10, shared address space (carrier-grade NAT)
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
