package se.inera.kundportal.local.bankid;

import java.util.List;
import java.util.Optional;

/**
 * {@code requirement} of an auth or sign order (RP API v6.0). Absent booleans mean false.
 *
 * @param personalNumber      12 digits; when set, only that person's BankID can complete the order
 * @param pinCode             the user must confirm with the security code, not biometrics
 * @param mrtd                the user must also scan a passport or national ID card (step-up)
 * @param cardReader          {@code class1} or {@code class2}, for BankID on smart card
 * @param certificatePolicies allowed certificate policy OIDs; empty means BankID's default
 */
public record Requirement(
        Optional<String> personalNumber,
        boolean pinCode,
        boolean mrtd,
        Optional<String> cardReader,
        List<String> certificatePolicies) {

    public static final Requirement NONE = new Requirement(Optional.empty(), false, false, Optional.empty(), List.of());

    public Requirement {
        certificatePolicies = List.copyOf(certificatePolicies);
    }
}
