package se.inera.kundportal.local.fuzz;

import java.util.List;
import java.util.Map;

/**
 * What the fuzzer needs from a running portal: real callers' tokens (cognito-local ID tokens) and path values that
 * reach past the first lookup (a registered customer's organisationsnummer, one of its users), so that generated
 * bad input meets the handlers and core rather than only the authorizer and a 404.
 *
 * @param tokens     valid ID tokens of real callers, e.g. the operator's and a customer administrator's
 * @param pathValues known good values by path parameter name (e.g. {@code organisationsnummer}); others are made up
 */
public record FuzzTargets(List<String> tokens, Map<String, List<String>> pathValues) {
}
