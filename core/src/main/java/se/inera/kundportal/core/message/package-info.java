/**
 * The one home of the Swedish text that people are shown: every message a use case, a value type or the HTTP
 * layer reports to an applicant, a customer's user or an operator comes from a class in this package, so that
 * there is one place to read, correct and translate it. {@link se.inera.kundportal.core.message.Messages} holds
 * the use cases' texts (applying, deciding, signing; users, orders and attestation links); the other classes one
 * area each. The package depends on nothing else in core, since every other package uses it: values come in as
 * {@code Object} and are shown by their {@code toString()}. Mail templates (resources of {@code functions}) are
 * their own home; log messages are not shown to people and stay in English.
 */
package se.inera.kundportal.core.message;
