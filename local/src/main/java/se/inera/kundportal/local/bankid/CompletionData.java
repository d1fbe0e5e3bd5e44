package se.inera.kundportal.local.bankid;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code completionData} of a complete order, field for field as the RP API v6.0 returns it.
 * Null fields are left out of the JSON, as BankID leaves out what was not asked for.
 *
 * @param stepUp       present only when {@code requirement.mrtd} was asked for
 * @param signature    base64 of the XML signature document
 * @param ocspResponse base64 of the DER OCSP response for the user's certificate
 * @param risk         present only when the order asked for {@code returnRisk}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompletionData(
        User user,
        Device device,
        String bankIdIssueDate,
        StepUp stepUp,
        String signature,
        String ocspResponse,
        String risk) {

    /** The BankID holder. */
    public record User(String personalNumber, String name, String givenName, String surname) {}

    /** The device that signed, as the BankID server saw it; {@code uhi} is a unique hardware identifier. */
    public record Device(String ipAddress, String uhi) {}

    /** Extra checks done during the order. */
    public record StepUp(boolean mrtd) {}
}
