/**
 * {@code GET /_local/health}: which parts of the local system answer. The runtime mounts a
 * {@link se.inera.kundportal.local.health.HealthHandler} and registers each component it starts:
 * <pre>{@code
 * HealthHandler health = new HealthHandler();
 * health.register(HealthComponent.http("Step Functions", "http://localhost:8083/"))
 *       .register(HealthComponent.tcp("SMTP", "smtp://localhost:2525", "localhost", 2525));
 * server.createContext("/_local/health", health);
 * }</pre>
 */
package se.inera.kundportal.local.health;
