package fr.essor.platform;

import java.nio.file.Path;

/**
 * The Mongo store alone in its own JVM, for the tests that kill it: {@code MongoStoreProcess <file> <port>} opens
 * {@link MongoStore} on the file and the port, prints {@code READY} on a line of its own, then serves until its
 * standard input closes (the test's JVM went away: it then stops cleanly) or it is killed.
 */
public final class MongoStoreProcess {

    static final String READY = "READY";

    private MongoStoreProcess() {
    }

    public static void main(String[] args) throws Exception {
        MongoStore store = new MongoStore(Path.of(args[0]), Integer.parseInt(args[1]));
        store.start();
        System.out.println(READY);
        System.out.flush();
        while (System.in.read() != -1) {
            // serve until the parent closes our standard input
        }
        store.stop();
    }
}
