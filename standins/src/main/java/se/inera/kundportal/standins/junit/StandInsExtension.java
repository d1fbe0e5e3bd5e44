package se.inera.kundportal.standins.junit;

import java.net.URI;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import se.inera.kundportal.standins.RunningStandIn;
import se.inera.kundportal.standins.SamTemplate;
import se.inera.kundportal.standins.SesMailbox;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.StandInClients;
import se.inera.kundportal.standins.StandInOptions;
import se.inera.kundportal.standins.TableDefinition;
import se.inera.kundportal.standins.TestUserPool;

/**
 * The extension behind {@link StandIns}. Stand-ins live in the root store, so they start once per JVM, are shared by
 * all test classes, and are closed (process tree stopped) when the run ends, failed or not. Each class gets a
 * {@link StandInsEnvironment} with a fresh table and user pool in its own store.
 */
public final class StandInsExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StandInsExtension.class);

    /** SDK v2 system properties for region and credentials; set only where nobody set them already. */
    static final Map<String, String> SDK_DEFAULTS = Map.of(
            "aws.region", StandInClients.REGION.id(),
            "aws.accessKeyId", StandInClients.ACCESS_KEY_ID,
            "aws.secretAccessKey", StandInClients.SECRET_ACCESS_KEY);

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Set<StandIn> requested = requestedStandIns(testClass);
        ExtensionContext.Store shared = context.getRoot().getStore(NAMESPACE);
        Map<StandIn, URI> endpoints = new EnumMap<>(StandIn.class);
        for (StandIn standIn : requested) {
            RunningStandIn running = shared.getOrComputeIfAbsent(standIn, StandInsExtension::startAndPublish,
                    RunningStandIn.class);
            endpoints.put(standIn, running.endpoint());
        }
        context.getStore(NAMESPACE).getOrComputeIfAbsent(testClass,
                key -> createEnvironment(testClass, endpoints), StandInsEnvironment.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == StandInsEnvironment.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> testClass = extensionContext.getRequiredTestClass();
        StandInsEnvironment environment = extensionContext.getStore(NAMESPACE).get(testClass, StandInsEnvironment.class);
        if (environment == null) {
            throw new ExtensionConfigurationException("No stand-ins for " + testClass.getName()
                    + "; is it annotated with @StandIns?");
        }
        return environment;
    }

    /** Starts the stand-in (or takes the one given in the environment) and points the SDK at it, JVM-wide. */
    private static RunningStandIn startAndPublish(Object key) {
        StandIn standIn = (StandIn) key;
        RunningStandIn running = standIn.startUnlessGiven(System.getenv(), StandInOptions.defaults());
        publishToSdk(standIn, running.endpoint());
        return running;
    }

    static synchronized void publishToSdk(StandIn standIn, URI endpoint) {
        System.setProperty(standIn.endpointSystemProperty(), endpoint.toString());
        SDK_DEFAULTS.forEach((property, value) -> {
            if (System.getProperty(property) == null) {
                System.setProperty(property, value);
            }
        });
    }

    private static StandInsEnvironment createEnvironment(Class<?> testClass, Map<StandIn, URI> endpoints) {
        String resourceName = uniqueName(testClass);
        DynamoDbClient dynamoDb = null;
        String tableName = null;
        CognitoIdentityProviderClient cognito = null;
        TestUserPool userPool = null;
        SesMailbox mailbox = null;
        if (endpoints.containsKey(StandIn.DYNAMODB)) {
            dynamoDb = StandInClients.dynamoDb(endpoints.get(StandIn.DYNAMODB));
            tableName = resourceName;
            TableDefinition.fromTemplate(SamTemplate.ofProject()).createTable(dynamoDb, tableName);
        }
        if (endpoints.containsKey(StandIn.COGNITO)) {
            cognito = StandInClients.cognito(endpoints.get(StandIn.COGNITO));
            userPool = TestUserPool.create(cognito, SamTemplate.ofProject(), resourceName);
        }
        if (endpoints.containsKey(StandIn.SES)) {
            mailbox = new SesMailbox(endpoints.get(StandIn.SES));
        }
        return new StandInsEnvironment(testClass, endpoints, dynamoDb, tableName, cognito, userPool, mailbox);
    }

    /** E.g. {@code kundportal-TableFromTemplateIT-3f9a1c2e}: readable in listings, unique per class and run. */
    static String uniqueName(Class<?> testClass) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        return "kundportal-" + testClass.getSimpleName() + "-" + suffix;
    }

    private static Set<StandIn> requestedStandIns(Class<?> testClass) {
        Set<StandIn> requested = EnumSet.noneOf(StandIn.class);
        for (Class<?> current = testClass; current != null; current = current.getEnclosingClass()) {
            AnnotationSupport.findAnnotation(current, StandIns.class)
                    .ifPresent(annotation -> requested.addAll(Set.of(annotation.value())));
        }
        if (requested.isEmpty()) {
            throw new ExtensionConfigurationException(testClass.getName()
                    + " uses StandInsExtension without naming stand-ins; annotate it with @StandIns({...})");
        }
        return requested;
    }
}
