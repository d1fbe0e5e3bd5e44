package se.inera.kundportal.local.bankid;

/** The answer to {@code /auth} and {@code /sign}. All four values are random UUIDs, as BankID's are. */
public record OrderStartResponse(String orderRef, String autoStartToken, String qrStartToken, String qrStartSecret) {}
