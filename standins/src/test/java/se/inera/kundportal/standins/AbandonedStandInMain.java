package se.inera.kundportal.standins;

/**
 * Run in a child JVM by {@link StandInLauncherIT}: starts dynalite, prints its pid and ends without closing it,
 * like a test run that crashes. With no argument it exits (the launcher's shutdown hook must stop the stand-in);
 * with {@code halt} it halts, running no shutdown hook, as PIT's minions do (the stand-in must exit by itself).
 */
public final class AbandonedStandInMain {
    private AbandonedStandInMain() {
    }

    public static void main(String[] args) {
        RunningStandIn dynamoDb = StandIn.DYNAMODB.start(StandInOptions.defaults());
        System.out.println("pid=" + dynamoDb.process().orElseThrow().pid());
        System.out.flush();
        if (args.length > 0 && args[0].equals("halt")) {
            Runtime.getRuntime().halt(0);
        }
        System.exit(0);
    }
}
