package fr.essor.benchmarks.paths;

import fr.essor.benchmarks.Scratch;
import fr.essor.platform.KafkaBroker;
import fr.essor.platform.MongoStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The kit's event path against the frameworkless floor (issue 14, point 1), on the embedded default's real broker and
 * store, in one run: both paths share one broker (KRaft) and one store (synced per write, ADR-0013), each with its own
 * topic and collections, and take the same loads one after the other:
 * <ol>
 * <li>a warm-up burst (not reported);</li>
 * <li><b>burst</b>: {@code --burst} events by {@code --writers} threads, as fast as they can: the sustained throughput
 * is the applied rate (first write → last applied);</li>
 * <li><b>steady</b>: half the floor's burst rate, for {@code --steady-seconds}, the same rate for both;</li>
 * <li><b>idle</b>: {@code --idle} events, one every {@code --idle-gap-ms}.</li>
 * </ol>
 * Prints one Markdown row per path and load, then the ratios the issue sets targets for.
 * Run: {@code java -Xmx768m -jar benchmarks/target/benchmarks.jar} (see benchmarks/README.md).
 */
public final class PathComparison {

    private PathComparison() {
    }

    public static void main(String[] args) throws Exception {
        int burst = intArg(args, "burst", 5000);
        int writers = intArg(args, "writers", 4);
        int steadySeconds = intArg(args, "steady-seconds", 30);
        int idle = intArg(args, "idle", 1000);
        int idleGap = intArg(args, "idle-gap-ms", 50);
        Path dir = Files.createTempDirectory("essor-paths");
        try (KafkaBroker broker = new KafkaBroker(dir.resolve("kafka"), Scratch.freePort(), Scratch.freePort());
             MongoStore store = new MongoStore(dir.resolve("mongo/essor.mv.db"), Scratch.freePort())) {
            broker.start();
            store.start();
            try (EventPath floor = new FloorPath(store.connectionString("essor-floor"), broker.bootstrapServers());
                 EventPath kit = new KitPath(store.connectionString("essor-bench"), broker.bootstrapServers())) {
                List<PathRun> runs = new ArrayList<>();
                for (EventPath path : List.of(floor, kit)) {
                    path.run(LoadShape.burst(Math.min(burst, 1000), writers)); // warm-up
                }
                PathRun floorBurst = report(runs, floor.run(LoadShape.burst(burst, writers)));
                PathRun kitBurst = report(runs, kit.run(LoadShape.burst(burst, writers)));
                LoadShape steady = LoadShape.steady(floorBurst.appliedPerSecond() / 2, steadySeconds, writers);
                PathRun floorSteady = report(runs, floor.run(steady));
                PathRun kitSteady = report(runs, kit.run(steady));
                LoadShape quiet = LoadShape.idle(idle, idleGap);
                PathRun floorIdle = report(runs, floor.run(quiet));
                PathRun kitIdle = report(runs, kit.run(quiet));

                System.out.println();
                System.out.println(PathRun.header());
                runs.forEach(run -> System.out.println(run.row()));
                System.out.println();
                System.out.println("| ratio kit / floor | measured | target |");
                System.out.println("|---|---|---|");
                ratio("sustained throughput (burst, applied/s)", kitBurst.appliedPerSecond(),
                        floorBurst.appliedPerSecond(), "≥ 0.50");
                ratio("steady load, write→applied p50", kitSteady.appliedPercentile(50),
                        floorSteady.appliedPercentile(50), "≤ 2");
                ratio("steady load, write→applied p99", kitSteady.appliedPercentile(99),
                        floorSteady.appliedPercentile(99), "≤ 3");
                ratio("idle, write→applied p50", kitIdle.appliedPercentile(50), floorIdle.appliedPercentile(50),
                        "reported");
                ratio("idle, write→applied p99", kitIdle.appliedPercentile(99), floorIdle.appliedPercentile(99),
                        "reported");
            }
        } finally {
            Scratch.deleteQuietly(dir);
        }
    }

    private static PathRun report(List<PathRun> runs, PathRun run) {
        runs.add(run);
        System.out.println(run.row());
        return run;
    }

    private static void ratio(String what, double kit, double floor, String target) {
        System.out.printf(Locale.ROOT, "| %s | %.2f (%.0f / %.0f) | %s |%n", what, kit / Math.max(floor, 1e-9), kit,
                floor, target);
    }

    static int intArg(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 3));
            }
        }
        return fallback;
    }
}
