package se.inera.kundportal.standins;

/**
 * Run in a child JVM by {@link StandInLauncherIT}: starts dynalite, prints its pid and exits without closing it,
 * like a test run that crashes. The launcher's shutdown hook must still stop it.
 */
public final class AbandonedStandInMain {
    private AbandonedStandInMain() {
    }

    public static void main(String[] args) {
        RunningStandIn dynamoDb = StandIn.DYNAMODB.start(StandInOptions.defaults());
        System.out.println("pid=" + dynamoDb.process().orElseThrow().pid());
        System.exit(0);
    }
}
