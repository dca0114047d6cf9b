package fr.essor.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-compatible store (mongo-java-server speaking the wire protocol) whose data lives in one H2 MVStore
 * file, durable per write: a write is committed to the MVStore and the file synced before its acknowledgement
 * leaves, so a {@code kill -9} loses nothing acknowledged (ARCHITECTURE §6; nor does a power cut, as far as the
 * device honours {@code fsync}: not tested). The MVStore is opened with its auto-commit off (H2's default commits
 * about once a second in the background, which lost the last second of acknowledged writes on a kill, issue 15);
 * {@link DurableBackend} commits and syncs, several concurrent writes sharing one sync (ADR-0013).
 * {@link #stop()} closes the server and then the MVStore.
 */
public final class MongoStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoStore.class);

    /**
     * Netty threads serving the connections. A thread waits while its write is synced (the reply must not leave
     * before), so their number bounds how many writes can share one sync: mongo-java-server's default (2 per core,
     * 4 here) gave 0.45 syncs per write with 16 writers, 16 threads give 0.21 (benchmarks/README.md).
     */
    static final int WORKER_THREADS = 16;

    private final Path file;
    private final int port;
    private MongoServer server;
    private MVStore mvStore;
    private DurableBackend backend;

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
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                // no background commit (delay 0) and none when unsaved changes pile up (buffer 0): every commit is
                // DurableBackend's, made between two commands, then synced
                .autoCommitDisabled()
                .autoCommitBufferSize(0)
                .open();
        // H2 keeps dead chunks 45 s before reusing their space, in case the OS has not yet written the newer ones;
        // here every commit is synced before the next one, and space is only reused inside a commit, while no
        // command runs (DurableBackend): reuse it at once, or the file grows by a chunk per write for 45 s
        store.setRetentionTime(0);
        DurableBackend opened;
        try {
            opened = new DurableBackend(new IdLookup.Backend(store), store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        MongoServer bound = new MongoServer(opened);
        try {
            bound.bind(new InetSocketAddress("localhost", port), 1, WORKER_THREADS);
        } catch (RuntimeException e) {
            opened.close();
            throw new IllegalStateException("Cannot bind the Mongo store on localhost:" + port, e);
        }
        mvStore = store;
        backend = opened;
        server = bound;
        log.info("Mongo store up on localhost:{} (data in {}, each write synced before it is acknowledged)", port, file);
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        long writes = backend.writes();
        long syncs = backend.syncs();
        try {
            server.shutdown();
        } finally {
            // MongoServer.shutdown() closes the backend too; closing the MVStore again is a no-op then
            if (!mvStore.isClosed()) {
                mvStore.close();
            }
            server = null;
            backend = null;
            mvStore = null;
        }
        log.info("Mongo store on localhost:{} stopped ({} writes, {} syncs)", port, writes, syncs);
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** How many commands that write this store has run since it started (0 when stopped). */
    public synchronized long writes() {
        return backend == null ? 0 : backend.writes();
    }

    /** How many times it synced its file since it started: fewer than {@link #writes()} when writes shared syncs. */
    public synchronized long syncs() {
        return backend == null ? 0 : backend.syncs();
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
