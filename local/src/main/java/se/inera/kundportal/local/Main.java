package se.inera.kundportal.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import se.inera.kundportal.local.asl.conformance.ConformanceRunner;
import se.inera.kundportal.local.http.SlowClients;
import se.inera.kundportal.local.runtime.LocalRuntime;

/**
 * Entry point of kundportal-local.jar: {@code local} runs Kundportal on this machine,
 * {@code asl-conformance DIR} runs the recorded ASL corpus.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        SlowClients.cutOff(); // before any HTTP server is made: the JDK reads it once
        if (args.length >= 1 && args[0].equals("local")) {
            int status = LocalRuntime.run(List.of(args).subList(1, args.length));
            if (status != 0) {
                System.exit(status);
            }
            return;
        }
        if (args.length == 2 && args[0].equals("asl-conformance")) {
            new ConformanceRunner().run(Path.of(args[1])).print(System.out);
            return;
        }
        System.err.println("usage: java -jar kundportal-local.jar local [--help]");
        System.err.println("       java -jar kundportal-local.jar asl-conformance CORPUS_DIR");
        System.exit(2);
    }
}
