/**
 * The operator view of executions, the local counterpart of the Step Functions console. The runtime
 * mounts {@link se.inera.kundportal.local.console.ExecutionsConsoleHandler} on its HTTP server:
 * <pre>{@code
 * server.createContext("/_local/executions", new ExecutionsConsoleHandler("/_local/executions", engine));
 * }</pre>
 * {@link se.inera.kundportal.local.console.ExecutionGraph} lays a definition out as boxes and edges and
 * {@link se.inera.kundportal.local.console.ExecutionPath} reads the path taken from an execution's
 * history; both are plain models, drawn to SVG by {@code GraphSvg}.
 */
package se.inera.kundportal.local.console;
