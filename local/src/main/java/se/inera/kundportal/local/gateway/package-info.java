/**
 * The local HTTP API gateway: {@code template.yaml}'s {@code AWS::Serverless::HttpApi} served on one machine, with
 * the functions' handlers invoked in-process, the JWT authorizer, CORS and API Gateway's limits as API Gateway
 * applies them, and the web client's static files for every path no route takes.
 * <pre>{@code
 * HttpApiDefinition api = HttpApiDefinition.fromTemplate(SamTemplate.ofProject(), "HttpApi", TemplateValues.of(Map.of(
 *                 "Table", tableName, "UserPool", userPoolId, "UserPoolClient", clientId,
 *                 "AllowedOrigins", "http://localhost:8080", "OnboardingStateMachine", machineArn)))
 *         .withAuthorizer("CognitoJwt", jwt -> jwt.withIssuer(cognitoLocalEndpoint + "/" + userPoolId));
 * try (LocalHttpApiGateway.Started gateway = LocalHttpApiGateway.builder(api).staticFiles(Path.of("web")).build().start(8080)) {
 *     ...
 * }
 * }</pre>
 * A server of its own can mount the gateway instead: it is a {@link com.sun.net.httpserver.HttpHandler}.
 */
package se.inera.kundportal.local.gateway;
