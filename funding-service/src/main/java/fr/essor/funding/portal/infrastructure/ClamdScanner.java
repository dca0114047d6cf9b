package fr.essor.funding.portal.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import fr.essor.funding.portal.application.AntivirusScanner;

/**
 * ClamAV's daemon over TCP with its INSTREAM command: {@code zINSTREAM\0}, then the file in chunks each preceded by its
 * length (4 bytes, network order), then a zero length; clamd answers {@code stream: OK}, {@code stream: <name> FOUND}
 * or an error. Anything else than OK or FOUND, or no answer in time, is "unavailable": the file is not stored.
 */
public class ClamdScanner implements AntivirusScanner {

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration timeout;

    public ClamdScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public Verdict scan(byte[] content) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int length = Math.min(CHUNK, content.length - offset);
                out.writeInt(length);
                out.write(content, offset, length);
            }
            out.writeInt(0);
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            if (answer.endsWith("OK") && !answer.contains("ERROR")) {
                return new Clean();
            }
            if (answer.endsWith("FOUND")) {
                String signature = answer.substring(answer.indexOf(':') + 1, answer.length() - "FOUND".length()).strip();
                return new Infected(signature);
            }
            return new Unavailable("clamd: " + answer);
        } catch (IOException e) {
            return new Unavailable("clamd " + host + ":" + port + ": " + e.getMessage());
        }
    }

    @Override
    public boolean scans() {
        return true;
    }

    /** The answer up to its terminating NUL (z-commands) or the end of the stream. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != 0) {
            answer.write(b);
            if (answer.size() > 4096) {
                break;
            }
        }
        return answer.toString(StandardCharsets.US_ASCII).strip();
    }
}
