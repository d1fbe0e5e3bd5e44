package se.inera.kundportal.local.health;

import java.util.List;

/** The outcome of one round of probes, in registration order. */
public record HealthReport(List<ComponentHealth> components) {
    public HealthReport {
        components = List.copyOf(components);
    }

    public record ComponentHealth(String name, String url, boolean up, String detail) {}

    public boolean allUp() {
        return components.stream().allMatch(ComponentHealth::up);
    }
}
