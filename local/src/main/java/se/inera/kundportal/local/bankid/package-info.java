/**
 * Local stand-in for BankID's Relying Party API v6.0 and for the user's BankID app.
 *
 * <p>Mount {@link se.inera.kundportal.local.bankid.BankIdSimulatorHandler} on a JDK {@code HttpServer} under
 * {@code /rp/v6.0} (or start {@link se.inera.kundportal.local.bankid.BankIdSimulatorServer}) and give the
 * project's BankID client {@code http://HOST:PORT/rp/v6.0} as base URL, without client certificate; everything
 * else is as against {@code https://appapi2.test.bankid.com/rp/v6.0}. Testers act as the user at
 * {@code /rp/v6.0/app}, whose QR codes are read and verified with the portal's own
 * {@link se.inera.kundportal.functions.bankid.AnimatedQrCode}.
 */
package se.inera.kundportal.local.bankid;
