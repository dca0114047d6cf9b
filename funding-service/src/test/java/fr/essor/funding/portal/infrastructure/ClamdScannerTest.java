package fr.essor.funding.portal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import fr.essor.funding.portal.application.AntivirusScanner;
import org.junit.jupiter.api.Test;

/** The clamd adapter against a small fake clamd speaking INSTREAM over TCP. */
class ClamdScannerTest {

    private static final String EICAR_MARK = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE";

    /** Reads one INSTREAM session, keeps what it received and answers like clamd. */
    private static ServerSocket fakeClamd(AtomicReference<byte[]> received, boolean answer) throws IOException {
        ServerSocket server = new ServerSocket(0);
        Thread.ofVirtual().start(() -> {
            try (Socket socket = server.accept()) {
                DataInputStream in = new DataInputStream(socket.getInputStream());
                byte[] command = new byte[10];
                in.readFully(command);
                if (!"zINSTREAM\0".equals(new String(command, StandardCharsets.US_ASCII))) {
                    socket.getOutputStream().write("UNKNOWN COMMAND\0".getBytes(StandardCharsets.US_ASCII));
                    return;
                }
                ByteArrayOutputStream stream = new ByteArrayOutputStream();
                for (int length = in.readInt(); length > 0; length = in.readInt()) {
                    stream.write(in.readNBytes(length));
                }
                received.set(stream.toByteArray());
                if (answer) {
                    String verdict = stream.toString(StandardCharsets.US_ASCII).contains(EICAR_MARK)
                            ? "stream: Win.Test.EICAR_HDB-1 FOUND" : "stream: OK";
                    socket.getOutputStream().write((verdict + "\0").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                // the test sees it as no answer
            }
        });
        return server;
    }

    @Test
    void aCleanFileIsStreamedInChunksAndPasses() throws IOException {
        AtomicReference<byte[]> received = new AtomicReference<>();
        byte[] large = new byte[200_000];
        large[199_999] = 42;
        try (ServerSocket clamd = fakeClamd(received, true)) {
            AntivirusScanner.Verdict verdict = new ClamdScanner("localhost", clamd.getLocalPort(),
                    Duration.ofSeconds(5)).scan(large);
            assertThat(verdict).isInstanceOf(AntivirusScanner.Clean.class);
            assertThat(received.get()).isEqualTo(large);
        }
    }

    @Test
    void anInfectedFileIsNamedAndASilentOrAbsentDaemonIsUnavailable() throws IOException {
        byte[] eicar = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + EICAR_MARK + "!$H+H*").getBytes(StandardCharsets.US_ASCII);
        try (ServerSocket clamd = fakeClamd(new AtomicReference<>(), true)) {
            assertThat(new ClamdScanner("localhost", clamd.getLocalPort(), Duration.ofSeconds(5)).scan(eicar))
                    .isInstanceOfSatisfying(AntivirusScanner.Infected.class,
                            infected -> assertThat(infected.signature()).isEqualTo("Win.Test.EICAR_HDB-1"));
        }
        try (ServerSocket silent = fakeClamd(new AtomicReference<>(), false)) {
            assertThat(new ClamdScanner("localhost", silent.getLocalPort(), Duration.ofSeconds(5)).scan(eicar))
                    .isInstanceOf(AntivirusScanner.Unavailable.class);
        }
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0)) {
            closedPort = gone.getLocalPort();
        }
        assertThat(new ClamdScanner("localhost", closedPort, Duration.ofSeconds(2)).scan(eicar))
                .isInstanceOf(AntivirusScanner.Unavailable.class);
    }
}
