package fr.essor.platform;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * A {@link MongoBackend} whose answers leave only once what they wrote is committed and synced to disk.
 * <p>
 * mongo-java-server's wire handler calls the backend and writes the reply it returns on the connection
 * ({@code MongoDatabaseHandler.channelRead0}): so a command whose {@code handleMessage}/{@code handleCommand} returns
 * only after its changes are durable is acknowledged only then. Every command that is not a known read (see
 * {@link #READS}) is a write: it runs, then waits until a commit that contains it has been synced.
 * <p>
 * Group commit: the first waiting write becomes the leader; it takes the exclusive side of a read-write lock (so
 * no command is half-applied in memory at that instant), commits the MVStore (one chunk with every write applied
 * so far), releases the lock and syncs the file; the writes that queued during that sync share the next commit
 * and sync. Writes run concurrently with each other (under the shared side) and with a sync in progress.
 * <p>
 * Reads run under the shared side too, so the exclusive side means that no command at all is in flight: only then
 * may a commit reuse the space of chunks that died (see {@link MVStoreDisk}), and no read is ever walking them. A
 * read does not return what could still vanish either: it answers once every write that had started before it
 * ended is durable (at once when nothing is pending).
 */
final class DurableBackend implements MongoBackend {

    /** The commands that change nothing on disk (lower case); everything else is treated as a write. */
    static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "dbstats", "collstats", "validate", "explain", "ping", "hello",
            "ismaster", "buildinfo", "serverstatus", "whatsmyuri", "getlasterror", "reseterror", "connectionstatus",
            "hostinfo", "getcmdlineopts", "getfreemonitoringstatus", "replsetgetstatus", "getlog", "getparameter",
            "killcursors", "endsessions");

    /** Where the changes go: a commit (under the exclusive lock), then a sync (outside it). */
    interface Disk {
        /** Commits what is in memory; {@code true} if something was written. */
        boolean commit();

        /** Forces what was written to the storage device. */
        void sync();
    }

    private final MongoBackend delegate;
    private final Disk disk;
    private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();
    /** Sequence number of the last write that started. */
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong syncs = new AtomicLong();
    private final Object monitor = new Object();
    /** Every write numbered up to this one is durable. */
    private volatile long durable;
    /** A leader is committing and syncing (guarded by {@link #monitor}). */
    private boolean leading;
    /** Something was committed and not yet synced (only the leader touches it). */
    private boolean unsynced;

    DurableBackend(MongoBackend delegate, MVStore store) {
        this(delegate, new MVStoreDisk(store));
    }

    DurableBackend(MongoBackend delegate, Disk disk) {
        this.delegate = delegate;
        this.disk = disk;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document query = message.getDocument();
        String command = query.keySet().iterator().next();
        return isRead(command, query) ? read(() -> delegate.handleMessage(message))
                : write(() -> delegate.handleMessage(message));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return isRead(command, query) ? read(() -> delegate.handleCommand(channel, database, command, query))
                : write(() -> delegate.handleCommand(channel, database, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return read(() -> delegate.handleQuery(query));
    }

    @Override
    public void dropDatabase(String database) {
        write(() -> {
            delegate.dropDatabase(database);
            return null;
        });
    }

    static boolean isRead(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return !(query.get("pipeline") instanceof List<?> pipeline) || pipeline.stream().noneMatch(stage ->
                    stage instanceof Document document
                            && (document.containsKey("$out") || document.containsKey("$merge")));
        }
        return READS.contains(name);
    }

    private <T> T write(Supplier<T> command) {
        long ticket;
        T result = null;
        RuntimeException failure = null;
        commands.readLock().lock();
        try {
            ticket = started.incrementAndGet();
            try {
                result = command.get();
            } catch (RuntimeException e) {
                // a failed command may still have changed something (an ordered batch stopped half-way): sync it too
                failure = e;
            }
        } finally {
            commands.readLock().unlock();
        }
        awaitDurable(ticket);
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    private <T> T read(Supplier<T> query) {
        T result;
        commands.readLock().lock();
        try {
            result = query.get();
        } finally {
            commands.readLock().unlock();
        }
        awaitDurable(started.get());
        return result;
    }

    /** Returns once every write numbered up to {@code ticket} is committed and synced, leading a sync if needed. */
    private void awaitDurable(long ticket) {
        boolean interrupted = false;
        try {
            while (durable < ticket) {
                synchronized (monitor) {
                    while (leading && durable < ticket) {
                        try {
                            monitor.wait();
                        } catch (InterruptedException e) {
                            // the reply must not leave before its write is durable: wait on, interrupt afterwards
                            interrupted = true;
                        }
                    }
                    if (durable >= ticket) {
                        return;
                    }
                    leading = true;
                }
                try {
                    commitAndSync();
                } finally {
                    synchronized (monitor) {
                        leading = false;
                        monitor.notifyAll();
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The leader's work: commit every write applied so far, then sync them. Throws if the disk does. */
    private void commitAndSync() {
        long target;
        commands.writeLock().lock();
        try {
            target = started.get();
            if (disk.commit()) {
                unsynced = true;
            }
        } finally {
            commands.writeLock().unlock();
        }
        if (unsynced) {
            disk.sync();
            unsynced = false;
            syncs.incrementAndGet();
        }
        durable = target;
    }

    /**
     * The MVStore as the {@link Disk}, with the housekeeping H2's background thread would otherwise do: every
     * {@link #COMPACT_EVERY} commits, the live pages of chunks that are mostly dead are rewritten (they go out with
     * that commit), so whole chunks die and their space is reused. Without it, one chunk per commit (each keeping a
     * few live pages) made the file grow by about 25 KB per write: 100 MB after 4 000 writes.
     */
    static final class MVStoreDisk implements Disk {

        static final int COMPACT_EVERY = 16;
        /** Rewrite chunks while the live share of the chunks is below this percentage… */
        static final int COMPACT_TARGET_FILL_RATE = 90;
        /** …and at most about this many bytes of live pages at a time. */
        static final int COMPACT_WRITE_LIMIT = 1 << 20;

        private final MVStore store;
        private int commits;

        MVStoreDisk(MVStore store) {
            this.store = store;
        }

        @Override
        public boolean commit() {
            if (++commits % COMPACT_EVERY == 0) {
                store.compact(COMPACT_TARGET_FILL_RATE, COMPACT_WRITE_LIMIT);
            }
            return store.commit() >= 0;
        }

        @Override
        public void sync() {
            store.sync();
        }
    }

    /** How many writes started, how many syncs were made: their ratio is the group commit's gain. */
    long writes() {
        return started.get();
    }

    long syncs() {
        return syncs.get();
    }

    @Override
    public void close() {
        try {
            awaitDurable(started.get());
        } finally {
            delegate.close();
        }
    }

    @Override
    public void handleClose(Channel channel) {
        delegate.handleClose(channel);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return delegate.getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        return delegate.getServerStatus();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        delegate.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return delegate.getClock();
    }

    @Override
    public void enableOplog() {
        delegate.enableOplog();
    }

    @Override
    public void disableOplog() {
        delegate.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return delegate.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        delegate.version(version);
        return this;
    }
}
