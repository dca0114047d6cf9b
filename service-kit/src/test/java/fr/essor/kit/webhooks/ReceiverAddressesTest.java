package fr.essor.kit.webhooks;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiverAddressesTest {

    private final ReceiverAddresses production = new ReceiverAddresses(false);

    @Test
    void outsideTheLocalProfileAReceiverOnTheInternalNetworkIsRefused() {
        for (String host : List.of("127.0.0.1", "localhost", "[::1]", "10.12.0.4", "172.16.5.1", "192.168.1.20",
                "169.254.169.254", "0.0.0.0", "100.64.3.2", "[fd12:3456::1]", "[fe80::1]")) {
            assertThat(production.privateAddressOf(host)).as(host).isPresent();
        }
    }

    @Test
    void aPublicAddressOrANameThatDoesNotResolveYetIsAccepted() {
        for (String host : List.of("93.184.216.34", "[2001:db8::1]", "8.8.8.8", "si-essor.invalid")) {
            assertThat(production.privateAddressOf(host)).as(host).isEmpty();
        }
    }

    @Test
    void theLocalProfileAcceptsLocalReceivers() {
        assertThat(new ReceiverAddresses(true).privateAddressOf("127.0.0.1")).isEmpty();
    }

    @Test
    void sharedAddressSpaceAndUniqueLocalAreInternalButTheirNeighboursAreNot() throws Exception {
        assertThat(ReceiverAddresses.isPrivate(InetAddress.getByName("100.127.255.255"))).isTrue();
        assertThat(ReceiverAddresses.isPrivate(InetAddress.getByName("100.128.0.1"))).isFalse();
        assertThat(ReceiverAddresses.isPrivate(InetAddress.getByName("fc00::1"))).isTrue();
        assertThat(ReceiverAddresses.isPrivate(InetAddress.getByName("fe00::1"))).isFalse();
    }
}
