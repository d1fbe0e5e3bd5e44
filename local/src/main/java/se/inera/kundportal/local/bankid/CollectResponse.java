package se.inera.kundportal.local.bankid;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to {@code /collect}: {@code status} is {@code pending}, {@code failed} or {@code complete};
 * {@code hintCode} accompanies pending and failed, {@code completionData} only complete.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectResponse(String orderRef, String status, String hintCode, CompletionData completionData) {

    static CollectResponse pending(String orderRef, String hintCode) {
        return new CollectResponse(orderRef, "pending", hintCode, null);
    }

    static CollectResponse failed(String orderRef, String hintCode) {
        return new CollectResponse(orderRef, "failed", hintCode, null);
    }

    static CollectResponse complete(String orderRef, CompletionData completionData) {
        return new CollectResponse(orderRef, "complete", null, completionData);
    }
}
