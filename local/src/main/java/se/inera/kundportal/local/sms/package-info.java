/**
 * Local stand-in for Amazon SNS {@code Publish} to a phone number: captures the SMS that Kundportal sends
 * (one-time codes for attestation) and shows them as JSON ({@code GET /messages}) and HTML ({@code GET /}).
 * Point the {@code SnsClient}'s {@code endpointOverride} at the mount point of
 * {@link se.inera.kundportal.local.sms.SmsCaptureHandler}.
 */
package se.inera.kundportal.local.sms;
