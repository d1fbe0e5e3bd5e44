package se.inera.kundportal.local.bankid;

import java.util.Map;
import java.util.Optional;

/**
 * A validated {@code /auth} or {@code /sign} request body.
 *
 * @param userVisibleData       base64 exactly as sent (it goes verbatim into the signature)
 * @param userVisibleText       the same, decoded as UTF-8, for the app to show
 * @param userNonVisibleData    base64 exactly as sent
 * @param device                the optional {@code app} or {@code web} object, by field name
 */
public record OrderRequest(
        OrderType type,
        String endUserIp,
        Optional<String> userVisibleData,
        Optional<String> userVisibleText,
        boolean simpleMarkdown,
        Optional<String> userNonVisibleData,
        Requirement requirement,
        Optional<String> returnUrl,
        boolean returnRisk,
        Map<String, String> device) {

    public OrderRequest {
        device = Map.copyOf(device);
    }
}
