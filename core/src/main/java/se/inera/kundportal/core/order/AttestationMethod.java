package se.inera.kundportal.core.order;

/** How the attestant confirmed: a one-time code by SMS (engångslösenord) or BankID. */
public enum AttestationMethod {
    SMS_CODE,
    BANKID
}
