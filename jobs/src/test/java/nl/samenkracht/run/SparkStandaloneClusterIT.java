package nl.samenkracht.run;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A real Spark standalone cluster on loopback — one master and two workers started from the
 * project's own Maven dependencies (target/lib) — runs the sample study through the runnable jar
 * with {@code --master spark://…}; every table must equal the embedded local run's, byte for byte.
 * Executors find Spark in a SPARK_HOME whose jars/ links to target/lib, and the application jar
 * through spark.jars (the thin jar: kilobytes, not the 300 MB of dependencies). The cluster run has
 * Spark's code generation on, the local run (a small study) has it off: the two evaluation paths
 * must give the same bytes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkStandaloneClusterIT {
    private final List<Process> daemons = new ArrayList<>();
    private Path module;
    private Path tmp;
    private Path sparkHome;
    private int masterPort;

    @BeforeAll
    void startCluster() throws Exception {
        module = Path.of("").toAbsolutePath();
        assertTrue(Files.exists(module.resolve("target/samenkracht.jar")), "run after `package`");
        tmp = Files.createTempDirectory("samenkracht-cluster-");
        sparkHome = tmp.resolve("spark-home");
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        try (Stream<Path> libs = Files.list(module.resolve("target/lib"))) {
            for (Path lib : libs.toList()) Files.createSymbolicLink(jars.resolve(lib.getFileName()), lib);
        }
        masterPort = freePort();
        Path masterLog = tmp.resolve("master.log");
        daemons.add(daemon(masterLog, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(freePort())));
        String url = "spark://127.0.0.1:" + masterPort;
        for (int w = 1; w <= 2; w++) {
            Path work = Files.createDirectories(tmp.resolve("worker" + w));
            daemons.add(daemon(tmp.resolve("worker" + w + ".log"), "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--work-dir", work.toString(),
                    "--webui-port", String.valueOf(freePort()), url));
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (count(masterLog, "Registering worker") < 2) {
            if (Instant.now().isAfter(deadline)) fail("workers did not register:\n" + Files.readString(masterLog));
            Thread.sleep(500);
        }
    }

    @AfterAll
    void stopCluster() throws Exception {
        for (Process p : daemons) p.descendants().forEach(ProcessHandle::destroyForcibly);
        for (Process p : daemons) p.destroyForcibly().waitFor();
        OutputFolder.deleteTree(tmp);
    }

    @Test
    void theClusterRunGivesTheSameTablesAsTheEmbeddedRun() throws Exception {
        Path study = module.getParent().resolve("data-samples/study.yaml");
        Path jar = module.resolve("target/samenkracht.jar");
        int cluster = runJar(tmp.resolve("cluster.log"), "run", study.toString(), "--out", tmp.resolve("cluster").toString(),
                "--master", "spark://127.0.0.1:" + masterPort, "--conf", "spark.jars=" + jar,
                "--conf", "spark.executor.memory=512m", "--conf", "spark.cores.max=2",
                // The sample is a small study, which runs without code generation (SmallStudySettings);
                // here it is forced on, so the generated code is compared with the interpreted local run.
                "--conf", "spark.sql.codegen.wholeStage=true", "--conf", "spark.sql.codegen.factoryMode=FALLBACK");
        assertEquals(0, cluster, Files.readString(tmp.resolve("cluster.log")));
        int local = runJar(tmp.resolve("local.log"), "run", study.toString(), "--out", tmp.resolve("local").toString(),
                "--master", "local[2]");
        assertEquals(0, local, Files.readString(tmp.resolve("local.log")));
        assertTrue(Files.readString(tmp.resolve("master.log")).contains("Registering app"), "the app ran on the cluster");

        Path a = tmp.resolve("cluster/inwerken-kompasroos/2024-2025/tables");
        Path b = tmp.resolve("local/inwerken-kompasroos/2024-2025/tables");
        List<String> tables;
        try (Stream<Path> s = Files.list(b)) {
            tables = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(tables.size() >= 10, tables.toString());
        for (String t : tables) {
            assertArrayEquals(Files.readAllBytes(b.resolve(t)), Files.readAllBytes(a.resolve(t)), t + " differs between cluster and local");
        }
    }

    private int runJar(Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx1g", "-jar", module.resolve("target/samenkracht.jar").toString()));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(Map.of("SAMENKRACHT_KEY", "cluster-test-key-0123456789", "SPARK_LOCAL_IP", "127.0.0.1"));
        return pb.start().waitFor();
    }

    private Process daemon(Path log, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx512m"));
        cmd.addAll(Arrays.asList(System.getProperty("samenkracht.opens", "").trim().split("\\s+")));
        cmd.addAll(List.of("-Dio.netty.tryReflectionSetAccessible=true", "-cp", module.resolve("target/lib") + "/*", mainClass));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd.stream().filter(s -> !s.isEmpty()).toList())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13",
                "SPARK_LOCAL_IP", "127.0.0.1"));
        return pb.start();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long count(Path log, String text) throws IOException {
        if (!Files.exists(log)) return 0;
        return Files.readAllLines(log).stream().filter(l -> l.contains(text)).count();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
