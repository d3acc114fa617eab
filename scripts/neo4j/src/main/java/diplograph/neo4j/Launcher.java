package diplograph.neo4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts an embedded Neo4j (Community) DBMS with Bolt on 127.0.0.1 and keeps it running until SIGTERM or
 * SIGINT, when a shutdown hook closes it cleanly (checkpoint, no data loss).
 *
 * <p>Auth is on: user {@code neo4j} with the password read from {@code --password-file} (written by
 * diplograph, mode 0600). Loopback alone protects nothing from a web page: Bolt also speaks WebSocket,
 * which no browser rule keeps a foreign page from opening. {@code LOAD CSV} from file URLs is off.
 *
 * <p>stdout carries exactly one line, {@code diplograph-neo4j: bolt ready on 127.0.0.1:PORT}, printed
 * only once Bolt accepts TCP connections; everything else goes to stderr or to Neo4j's own logs under
 * {@code HOME/logs}. Exit codes: 2 bad arguments, 3 port already in use, 1 any other start failure.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";
    private static final String PREFIX = "diplograph-neo4j: ";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private Launcher() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail(2, e.getMessage() + "\n" + Options.USAGE);
            return;
        }
        if (options.help) {
            System.out.println(Options.USAGE);
            return;
        }
        if (!portIsFree(options.port)) {
            fail(3, "port " + options.port + " on " + HOST + " is already in use (another Neo4j or service?); "
                    + "stop it or choose another port");
        }
        DatabaseManagementService dbms;
        try {
            applyPassword(options);
            dbms = builder(options, true).build();
        } catch (RuntimeException | IOException e) {
            e.printStackTrace();
            fail(1, "Neo4j failed to start in " + options.home + ": " + rootMessage(e)
                    + " (see " + options.home.resolve("logs") + ")");
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(dbms, stopped), "diplograph-shutdown"));
        if (!waitForBolt(options.port)) {
            fail(1, "Bolt did not accept connections on " + HOST + ":" + options.port + " within "
                    + READY_TIMEOUT.toSeconds() + "s");
        }
        System.out.println(PREFIX + "bolt ready on " + HOST + ":" + options.port);
        System.out.flush();
        awaitQuietly(stopped);
    }

    private static DatabaseManagementServiceBuilder builder(Options options, boolean bolt) {
        return new DatabaseManagementServiceBuilder(options.home)
                .setConfig(BoltConnector.enabled, bolt)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
                // Every Bolt client (a web page's WebSocket, another local user) must log in.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // LOAD CSV may not read the machine's files, only URLs of the import folder (kept empty).
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, options.home.resolve("import"))
                // No internet here, and nobody asked to be counted.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
                // An upper bound so a runaway query cannot hold locks forever; clients ask for less.
                .setConfig(GraphDatabaseSettings.transaction_timeout, options.transactionTimeout)
                // Keep transaction logs small: this is a rebuildable knowledge graph, not a ledger. Without
                // this, each database (neo4j, system) preallocates a 256 MB log file before Bolt opens.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Bolt stops after the databases are checkpointed and closed, then waits 5s + 5s for its
                // Netty event loops, which run out the clock anyway. 1s each makes a stop take ~2s instead of
                // ~11s; the two "forcefully terminated" warnings in debug.log come after the data is safe.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
    }

    /**
     * Makes the password of user neo4j the one in the password file, before Bolt ever opens: when the
     * file's digest differs from the one recorded at the last change (first start, a home made before
     * auth was on, a deleted password file), the DBMS starts once without Bolt and the user is altered.
     */
    private static void applyPassword(Options options) throws IOException {
        String password = Files.readString(options.passwordFile, StandardCharsets.UTF_8).strip();
        if (password.length() < 8) throw new IllegalStateException("the password in " + options.passwordFile + " is shorter than 8 characters");
        Path applied = options.home.resolve("neo4j-password.applied");
        String digest = sha256(password);
        if (Files.exists(applied) && Files.readString(applied, StandardCharsets.UTF_8).strip().equals(digest)) return;
        DatabaseManagementService dbms = builder(options, false).build();
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // The recorded digest was lost but the password is already this one: nothing to change.
            if (!String.valueOf(rootMessage(e)).contains("cannot be the same")) throw e;
        } finally {
            dbms.shutdown();
        }
        Files.writeString(applied, digest + "\n", StandardCharsets.UTF_8);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void shutdown(DatabaseManagementService dbms, CountDownLatch stopped) {
        System.err.println(PREFIX + "shutting down");
        try {
            dbms.shutdown();
            System.err.println(PREFIX + "stopped cleanly");
        } catch (RuntimeException e) {
            System.err.println(PREFIX + "error during shutdown: " + rootMessage(e));
        } finally {
            stopped.countDown();
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(HOST, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Bolt is ready when a plain TCP connect succeeds; the builder has started it, but check for real. */
    private static boolean waitForBolt(int port) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return true;
            } catch (IOException e) {
                sleep(100);
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + root + ")";
    }

    private static void fail(int code, String message) {
        System.err.println(PREFIX + "error: " + message);
        System.exit(code);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Command-line flags; every one has a default except the home folder. */
    static final class Options {
        static final String USAGE = "usage: Launcher --home DIR --password-file FILE [--port 7687] [--page-cache 512m] [--tx-timeout-seconds 600]\n"
                + "  Data goes to DIR/data, Neo4j's logs to DIR/logs; Bolt listens on 127.0.0.1:PORT; user neo4j logs in\n"
                + "  with the password in FILE (8+ characters).";

        Path home;
        Path passwordFile;
        int port = 7687;
        long pageCacheBytes = ByteUnit.parse("512m");
        Duration transactionTimeout = Duration.ofMinutes(10);
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (flag.equals("-h") || flag.equals("--help")) {
                    o.help = true;
                    continue;
                }
                if (i + 1 >= args.length) throw new IllegalArgumentException("missing value after " + flag);
                String value = args[++i];
                switch (flag) {
                    case "--home" -> o.home = Path.of(value).toAbsolutePath().normalize();
                    case "--password-file" -> o.passwordFile = Path.of(value).toAbsolutePath().normalize();
                    case "--port" -> o.port = parsePort(value);
                    case "--page-cache" -> o.pageCacheBytes = parseBytes(value);
                    case "--tx-timeout-seconds" -> o.transactionTimeout = Duration.ofSeconds(parsePositive(value, flag));
                    default -> throw new IllegalArgumentException("unknown flag " + flag);
                }
            }
            if (o.home == null && !o.help) throw new IllegalArgumentException("--home is required");
            if (o.passwordFile == null && !o.help) throw new IllegalArgumentException("--password-file is required");
            return o;
        }

        private static int parsePort(String value) {
            int port = (int) parsePositive(value, "--port");
            if (port > 65535) throw new IllegalArgumentException("--port must be 1-65535, got " + value);
            return port;
        }

        private static long parseBytes(String value) {
            try {
                return ByteUnit.parse(value);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--page-cache must be a size like 512m or 1g, got " + value);
            }
        }

        private static long parsePositive(String value, String flag) {
            try {
                long n = Long.parseLong(value);
                if (n > 0) return n;
            } catch (NumberFormatException ignored) {
                // fall through to the error below
            }
            throw new IllegalArgumentException(flag + " must be a positive integer, got " + value);
        }
    }
}
