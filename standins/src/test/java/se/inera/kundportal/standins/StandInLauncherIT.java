package se.inera.kundportal.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class StandInLauncherIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ParameterizedTest
    @EnumSource(StandIn.class)
    void startsOnLoopbackAnswersAndLeavesNoProcessBehind(StandIn standIn) throws Exception {
        RunningStandIn running = standIn.start(StandInOptions.defaults());
        List<ProcessHandle> tree;
        try {
            assertThat(running.isStartedHere()).isTrue();
            assertThat(running.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(statusAt(running)).isBetween(200, 599);
            ProcessHandle process = running.process().orElseThrow();
            tree = Stream.concat(Stream.of(process), process.descendants()).toList();
        } finally {
            running.close();
        }

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        assertThatThrownBy(() -> statusAt(running)).isInstanceOf(ConnectException.class);
    }

    @Test
    void dynamoDbWithADataFolderKeepsTablesAcrossRestarts(@TempDir Path dataFolder) {
        StandInOptions persistent = StandInOptions.defaults().withDataDirectory(dataFolder.resolve("dynamodb"));
        TableDefinition definition = TableDefinition.fromTemplate(SamTemplate.ofProject());

        try (RunningStandIn first = StandIn.DYNAMODB.start(persistent);
             DynamoDbClient dynamoDb = StandInClients.dynamoDb(first.endpoint())) {
            definition.createTable(dynamoDb, "kept");
        }
        try (RunningStandIn second = StandIn.DYNAMODB.start(persistent);
             DynamoDbClient dynamoDb = StandInClients.dynamoDb(second.endpoint())) {
            assertThat(dynamoDb.listTables().tableNames()).containsExactly("kept");
        }
    }

    @Test
    void usesAnEndpointGivenFromOutsideInsteadOfStartingOne() {
        try (RunningStandIn outside = StandIn.DYNAMODB.start(StandInOptions.defaults());
             DynamoDbClient dynamoDb = StandInClients.dynamoDb(outside.endpoint())) {
            TableDefinition.fromTemplate(SamTemplate.ofProject()).createTable(dynamoDb, "outside");
            Map<String, String> environment = Map.of("AWS_ENDPOINT_URL", outside.endpoint().toString());

            RunningStandIn given = StandIn.DYNAMODB.startUnlessGiven(environment, StandInOptions.defaults());
            given.close();

            assertThat(given.isStartedHere()).isFalse();
            assertThat(given.endpoint()).isEqualTo(outside.endpoint());
            assertThat(outside.process().orElseThrow().isAlive()).as("closing a given endpoint leaves it running").isTrue();
            try (DynamoDbClient throughGiven = StandInClients.dynamoDb(given.endpoint())) {
                assertThat(throughGiven.listTables().tableNames()).containsExactly("outside");
            }
        }
    }

    @Test
    void shutdownHookStopsStandInsNobodyClosed() throws Exception {
        long pid = pidOfStandInAbandonedByAChildJvm();

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    }

    /** PIT ends a minion with Runtime.halt (and its parent may kill it): no shutdown hook runs, yet no stand-in stays. */
    @Test
    void aStandInExitsByItselfWhenItsJvmEndsWithoutShutdownHooks() throws Exception {
        long pid = pidOfStandInAbandonedByAChildJvm("halt");

        Optional<ProcessHandle> standIn = ProcessHandle.of(pid);
        try {
            // the preload checks its parent every half second; 30 s is ample
            if (standIn.isPresent()) {
                standIn.get().onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (TimeoutException stillRunning) {
            standIn.get().destroyForcibly();
            throw new AssertionError("the stand-in outlived its halted JVM by 30 s", stillRunning);
        }
    }

    private static long pidOfStandInAbandonedByAChildJvm(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-D" + StandInOptions.STANDINS_DIRECTORY_PROPERTY + "="
                        + StandInOptions.defaults().standInsDirectory(),
                AbandonedStandInMain.class.getName()));
        command.addAll(List.of(arguments));
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(jvm.waitFor()).as(output).isZero();

        return Long.parseLong(output.lines().filter(line -> line.startsWith("pid=")).findFirst()
                .orElseThrow(() -> new AssertionError("no pid in: " + output)).substring("pid=".length()));
    }

    @Test
    void reportsTheOutputOfAStandInThatDiesAtStartup(@TempDir Path fakeStandIns) throws IOException {
        installFakeDynalite(fakeStandIns, "console.error('cannot open LevelDB: boom'); process.exit(3);");

        assertThatThrownBy(() -> StandIn.DYNAMODB.start(optionsFor(fakeStandIns, Duration.ofSeconds(30))))
                .isInstanceOf(StandInStartException.class)
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining("cannot open LevelDB: boom");
    }

    @Test
    void givesUpOnAStandInThatNeverAnswersAndStopsIt(@TempDir Path fakeStandIns) throws IOException {
        Path pidFile = fakeStandIns.resolve("pid");
        installFakeDynalite(fakeStandIns, "require('fs').writeFileSync(" + jsString(pidFile) + ", String(process.pid));"
                + " console.log('thinking'); setInterval(() => {}, 1000);");

        assertThatThrownBy(() -> StandIn.DYNAMODB.start(optionsFor(fakeStandIns, Duration.ofSeconds(3))))
                .isInstanceOf(StandInStartException.class)
                .hasMessageContaining("did not answer")
                .hasMessageContaining("thinking");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void explainsAMissingInstallation(@TempDir Path empty) {
        assertThatThrownBy(() -> StandIn.SES.start(optionsFor(empty, Duration.ofSeconds(1))))
                .isInstanceOf(StandInStartException.class)
                .hasMessageContaining("not installed")
                .hasMessageContaining("mvn -pl standins install");
    }

    private static int statusAt(RunningStandIn running) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(running.endpoint()).timeout(Duration.ofSeconds(5)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void installFakeDynalite(Path standIns, String script) throws IOException {
        Path cli = standIns.resolve("node_modules/dynalite/cli.js");
        Files.createDirectories(cli.getParent());
        Files.writeString(cli, script);
    }

    private static StandInOptions optionsFor(Path standIns, Duration timeout) {
        return new StandInOptions(standIns, java.util.Optional.empty(), StandInOptions.defaults().nodeExecutable(),
                timeout);
    }

    private static String jsString(Path path) {
        return "'" + path.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
