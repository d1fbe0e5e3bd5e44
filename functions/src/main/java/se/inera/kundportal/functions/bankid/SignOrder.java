package se.inera.kundportal.functions.bankid;

import java.util.Arrays;
import java.util.Objects;

/**
 * What to ask BankID to sign.
 *
 * @param endUserIp          the user's IP address as our server sees it
 * @param personalNumber     {@code requirement.personalNumber}: only this person can sign (12 digits)
 * @param userVisibleText    shown in the app, in {@code simpleMarkdownV1}; sent base64 (UTF-8)
 * @param userNonVisibleData bound into the signature but not shown (e.g. a document hash); sent base64
 */
public record SignOrder(String endUserIp, String personalNumber, String userVisibleText, byte[] userNonVisibleData) {
    public SignOrder {
        Objects.requireNonNull(endUserIp, "endUserIp");
        Objects.requireNonNull(personalNumber, "personalNumber");
        Objects.requireNonNull(userVisibleText, "userVisibleText");
        userNonVisibleData = Objects.requireNonNull(userNonVisibleData, "userNonVisibleData").clone();
        if (!personalNumber.matches("\\d{12}")) {
            throw new IllegalArgumentException("personalNumber must have 12 digits");
        }
    }

    @Override
    public byte[] userNonVisibleData() {
        return userNonVisibleData.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignOrder that && endUserIp.equals(that.endUserIp)
                && personalNumber.equals(that.personalNumber) && userVisibleText.equals(that.userVisibleText)
                && Arrays.equals(userNonVisibleData, that.userNonVisibleData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(endUserIp, personalNumber, userVisibleText, Arrays.hashCode(userNonVisibleData));
    }

    @Override
    public String toString() {
        return "SignOrder[endUserIp=" + endUserIp + ", personalNumber=" + personalNumber.substring(0, 8) + "-****]";
    }
}
