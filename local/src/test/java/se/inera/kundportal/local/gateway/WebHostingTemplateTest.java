package se.inera.kundportal.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.standins.SamTemplate;

/**
 * The deployed web client (template.yaml: a private bucket behind CloudFront, the API on the same origin) keeps
 * the promises the local runtime's {@link StaticFiles} makes: the same strict Content-Security-Policy (only
 * connect-src differs: the region's Cognito instead of loopback), no framing, no sniffing, no referrer, and HSTS on
 * top; the bucket is readable only by the distribution; every API route reaches the API and no page of the web
 * client does.
 */
class WebHostingTemplateTest {
    private static final Path PROJECT = projectDirectory();
    /** A literal route of web/app/main.js: { pattern: /^\/ansok\/?$/, page: renderApplication }. */
    private static final Pattern WEB_ROUTE = Pattern.compile("\\{ pattern: /(.+?)/, page: (\\w+) }");
    /**
     * One path of every page of the web client, and of its files: none may be sent to the API. A page added to
     * main.js without a path here fails {@link #noPageOrFileOfTheWebClientIsSentToTheApi()}.
     */
    private static final List<String> WEB_PATHS = List.of("/", "/ansok", "/signera/Ab3dEf", "/attestera/Ab3dEf",
            "/inera", "/inera/ansokningar/app-1", "/inera/utskick", "/inera/administratorer", "/inera/leveranser",
            "/inera/kunder", "/inera/befintlig-kund", "/inera/misslyckade", "/bestall", "/bestallningar",
            "/logga-in", "/glomt-losenord", "/organisation", "/organisation/5566778899",
            "/organisation/5566778899/anvandare", "/organisation/5566778899/anvandare/user-1",
            "/organisation/5566778899/kundinformation", "/index.html", "/config.json", "/styles.css",
            "/favicon.svg", "/app/main.js", "/app/pages/apply.js");

    private final SamTemplate template = SamTemplate.ofProject();

    @Test
    void theDeployedClientGetsTheLocalRuntimesSecurityHeadersPlusHsts() {
        Map<String, Object> security = map(map(properties("AWS::CloudFront::ResponseHeadersPolicy",
                "WebSecurityHeadersPolicy").get("ResponseHeadersPolicyConfig")).get("SecurityHeadersConfig"));

        String deployed = String.valueOf(map(map(security.get("ContentSecurityPolicy"))
                .get("ContentSecurityPolicy")).get("Fn::Sub"));
        assertThat(deployed.replace("connect-src 'self' https://cognito-idp.${AWS::Region}.amazonaws.com",
                "connect-src 'self' http://localhost:* http://127.0.0.1:*"))
                .isEqualTo(StaticFiles.CONTENT_SECURITY_POLICY);
        assertThat(map(security.get("FrameOptions"))).containsEntry("FrameOption", "DENY");
        assertThat(map(security.get("ReferrerPolicy"))).containsEntry("ReferrerPolicy", "no-referrer");
        assertThat(security).containsKey("ContentTypeOptions");
        Map<String, Object> hsts = map(security.get("StrictTransportSecurity"));
        assertThat(((Number) hsts.get("AccessControlMaxAgeSec")).longValue()).isGreaterThanOrEqualTo(31_536_000);
        security.values().forEach(header -> assertThat(map(header)).containsEntry("Override", true));

        behaviours().forEach(behaviour -> assertThat(behaviour)
                .containsEntry("ResponseHeadersPolicyId", Map.of("Ref", "WebSecurityHeadersPolicy")));
    }

    @Test
    void onlyTheDistributionReadsTheBucketAndOnlyOverTls() {
        Map<String, Object> bucket = properties("AWS::S3::Bucket", "WebBucket");
        assertThat(map(bucket.get("PublicAccessBlockConfiguration"))).containsOnly(
                Map.entry("BlockPublicAcls", true), Map.entry("BlockPublicPolicy", true),
                Map.entry("IgnorePublicAcls", true), Map.entry("RestrictPublicBuckets", true));

        List<Map<String, Object>> statements = list(map(properties("AWS::S3::BucketPolicy", "WebBucketPolicy")
                .get("PolicyDocument")).get("Statement"));
        List<Map<String, Object>> allows = statements.stream().filter(s -> "Allow".equals(s.get("Effect"))).toList();
        assertThat(allows).singleElement().satisfies(allow -> {
            assertThat(allow.get("Principal")).isEqualTo(Map.of("Service", "cloudfront.amazonaws.com"));
            assertThat(allow.get("Action")).isEqualTo("s3:GetObject");
            assertThat(String.valueOf(allow.get("Condition"))).contains("AWS:SourceArn", "${WebDistribution}");
        });
        assertThat(statements).anySatisfy(deny -> {
            assertThat(deny.get("Effect")).isEqualTo("Deny");
            assertThat(String.valueOf(deny.get("Condition"))).contains("aws:SecureTransport=false");
        });

        Map<String, Object> control = map(properties("AWS::CloudFront::OriginAccessControl", "WebOriginAccessControl")
                .get("OriginAccessControlConfig"));
        assertThat(control).containsEntry("SigningBehavior", "always").containsEntry("SigningProtocol", "sigv4");
        assertThat(origins()).anySatisfy(origin -> {
            assertThat(origin).containsEntry("Id", "web-client");
            assertThat(String.valueOf(origin.get("OriginAccessControlId"))).contains("WebOriginAccessControl");
        });
        assertThat(behaviours()).allSatisfy(behaviour -> assertThat(behaviour.get("ViewerProtocolPolicy"))
                .isIn("https-only", "redirect-to-https"));
    }

    @Test
    void everyApiRouteIsSentToTheApiUncached() {
        List<String> apiPatterns = apiPathPatterns();
        for (String route : apiRoutePaths()) {
            String example = route.replaceAll("\\{[^}]+}", "x1");
            assertThat(apiPatterns.stream().filter(pattern -> matches(pattern, example)))
                    .as("CloudFront behaviours for the API route %s", route).hasSize(1);
        }
        behaviours().stream().filter(behaviour -> "api".equals(behaviour.get("TargetOriginId")))
                .forEach(behaviour -> assertThat(behaviour)
                        .containsEntry("CachePolicyId", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad") // CachingDisabled
                        .containsEntry("OriginRequestPolicyId", "b689b0a8-53d0-40ab-baf2-68738e2966ac")); // no Host
    }

    @Test
    void noPageOrFileOfTheWebClientIsSentToTheApi() throws IOException {
        Matcher route = WEB_ROUTE.matcher(Files.readString(PROJECT.resolve("web/app/main.js")));
        while (route.find()) {
            Pattern page = Pattern.compile(route.group(1));
            assertThat(WEB_PATHS).as("a path of %s (%s) in WEB_PATHS", route.group(2), route.group(1))
                    .anyMatch(path -> page.matcher(path).matches());
        }
        for (String path : WEB_PATHS) {
            assertThat(apiPathPatterns()).as("behaviours sending %s to the API", path)
                    .noneMatch(pattern -> matches(pattern, path));
        }
    }

    /** CloudFront's path patterns: {@code *} is any run of characters (slashes too), {@code ?} one character. */
    private static boolean matches(String pathPattern, String path) {
        StringBuilder regex = new StringBuilder();
        for (char c : pathPattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return path.matches(regex.toString());
    }

    private List<String> apiPathPatterns() {
        return behaviours().stream().filter(behaviour -> "api".equals(behaviour.get("TargetOriginId")))
                .map(behaviour -> String.valueOf(behaviour.get("PathPattern"))).toList();
    }

    private List<String> apiRoutePaths() {
        List<String> paths = new ArrayList<>();
        template.resourcesOfType("AWS::Serverless::Function").values().forEach(function -> {
            Object events = map(function.get("Properties")).get("Events");
            if (events instanceof Map<?, ?> all) {
                all.values().stream().map(WebHostingTemplateTest::map)
                        .filter(event -> "HttpApi".equals(event.get("Type")))
                        .forEach(event -> paths.add(String.valueOf(map(event.get("Properties")).get("Path"))));
            }
        });
        assertThat(paths).isNotEmpty();
        return paths;
    }

    private List<Map<String, Object>> behaviours() {
        Map<String, Object> config = distributionConfig();
        List<Map<String, Object>> behaviours = new ArrayList<>(list(config.get("CacheBehaviors")));
        behaviours.add(map(config.get("DefaultCacheBehavior")));
        return behaviours;
    }

    private List<Map<String, Object>> origins() {
        return list(distributionConfig().get("Origins"));
    }

    private Map<String, Object> distributionConfig() {
        return map(properties("AWS::CloudFront::Distribution", "WebDistribution").get("DistributionConfig"));
    }

    private Map<String, Object> properties(String type, String logicalId) {
        Map<String, Object> resource = template.resourcesOfType(type).get(logicalId);
        assertThat(resource).as("%s %s in template.yaml", type, logicalId).isNotNull();
        return map(resource.get("Properties"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }

    private static Path projectDirectory() {
        String configured = System.getProperty(SamTemplate.PROJECT_DIRECTORY_PROPERTY);
        return (configured != null ? Path.of(configured) : Path.of("..")).toAbsolutePath().normalize();
    }
}
