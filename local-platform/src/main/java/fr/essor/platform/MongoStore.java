package fr.essor.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-compatible store (mongo-java-server speaking the wire protocol) whose data lives in one H2 MVStore
 * file. {@link #stop()} closes the server and then the MVStore, so everything written before it survives a
 * restart on the same file.
 */
public final class MongoStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoStore.class);

    private final Path file;
    private final int port;
    private MongoServer server;
    private H2Backend backend;

    /**
     * @param file the H2 MVStore file (its directory is created if missing)
     * @param port the port bound on localhost
     */
    public MongoStore(Path file, int port) {
        this.file = file.toAbsolutePath();
        this.port = port;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the Mongo data directory " + file.getParent(), e);
        }
        H2Backend opened = new H2Backend(file.toString());
        MongoServer bound = new MongoServer(opened);
        try {
            bound.bind("localhost", port);
        } catch (RuntimeException e) {
            opened.close();
            throw new IllegalStateException("Cannot bind the Mongo store on localhost:" + port, e);
        }
        backend = opened;
        server = bound;
        log.info("Mongo store up on localhost:{} (data in {})", port, file);
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
        } finally {
            // MongoServer.shutdown() closes the backend too; closing the MVStore again is a no-op then
            if (!backend.getMvStore().isClosed()) {
                backend.getMvStore().close();
            }
            server = null;
            backend = null;
        }
        log.info("Mongo store on localhost:{} stopped", port);
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The connection string of one database of this store, e.g. {@code mongodb://localhost:27017/essor-funding}. */
    public String connectionString(String database) {
        return "mongodb://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        stop();
    }
}
