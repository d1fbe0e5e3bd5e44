package se.inera.kundportal.local;

/** Entry point of kundportal-local.jar; sub-commands arrive with the ASL engine and local runtime. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.err.println("usage: java -jar kundportal-local.jar <command>");
        System.exit(2);
    }
}
