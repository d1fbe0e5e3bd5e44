package se.inera.kundportal.local.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.inera.kundportal.local.fuzz.ApiOperations.Operation;
import se.inera.kundportal.local.fuzz.ApiOperations.Parameter;

/**
 * Derives bad requests from the contract, one at a time, from a {@link SplittableRandom}: the same seed gives the same
 * requests, so a failure is reproduced from the seed and the case number it prints. Each request is a plausible one
 * (a body built from the route's schema, the caller's real token, known path values) with one thing made wrong:
 * a body field (wrong type, missing, extra, null, huge, boundary numbers, unicode edge cases), the whole body
 * (malformed JSON, invalid UTF-8, lone surrogates), the content type, a path or query parameter (bad
 * percent-encoding, wrong types, huge), the token (missing, garbage, forged, expired, {@code alg: none}) or the
 * method.
 */
public final class BadRequests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "x".repeat(1024 * 1024);
    /** Strings that have broken parsers, validators and storage before. */
    private static final List<String> EDGE_STRINGS = List.of(
            "", " ", "\u0000", "a\u0000b", "\u202Eevil\u202C", "e\u0301\u0301\u0301\u0301", "\uD83D\uDE00\uD83D\uDC68\u200D\uD83D\uDC69",
            "\uFEFF", "\u200B", "\r\n", "\t", "<script>alert(1)</script>", "' OR '1'='1", "${jndi:ldap://x}", "%s%n",
            "../../etc/passwd", "\\", "\"", "{}", "null", "-1", "1e309", "NaN", "ÅÄÖåäö", "\uFFFF", "\uFFFD",
            "a".repeat(256), "a".repeat(10_001), "1".repeat(40), "19850101-9817\u0000", "+46701234567\u202E");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/xml", "application/json; charset=iso-8859-1",
            "application/jsonx", "json", "", "application/json, text/plain", "*/*", "application/merge-patch+json");
    private static final List<String> BAD_SEGMENTS = List.of("%", "%z", "%zz", "%C3%28", "%FF%FE", "%00", "%2F",
            "..%2F..%2F", "%2e%2e", "%E2%80%AE", "%F0%9F%98%80", "%ED%A0%80", "%C0%AF", "a%20b", "%25", "%u0041",
            "x".repeat(5000), "%0D%0ASet-Cookie:%20x=1", ";", "%3B", "~", "null", "-1", "0", "1e9");
    private static final List<String> WRONG_METHODS = List.of("PATCH", "DELETE", "PUT", "OPTIONS", "HEAD", "TRACE",
            "PROPFIND", "GET", "POST");

    private final List<Operation> operations;
    private final FuzzTargets targets;
    private final SplittableRandom random;
    private int count;

    public BadRequests(ApiOperations api, FuzzTargets targets, long seed) {
        this.operations = api.operations();
        this.targets = targets;
        this.random = new SplittableRandom(seed);
    }

    /** The next request; every operation comes up in turn, so a few hundred cases cover every route several times. */
    public BadRequest next() {
        Operation operation = operations.get(count % operations.size());
        count++;
        SplittableRandom one = random.split();
        return new Maker(operation, one, count).make();
    }

    private final class Maker {
        private final Operation operation;
        private final SplittableRandom r;
        private final int number;
        private String kind;
        private String method;
        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private final Map<String, String> rawSegments = new LinkedHashMap<>();
        private final List<String> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];

        Maker(Operation operation, SplittableRandom r, int number) {
            this.operation = operation;
            this.r = r;
            this.number = number;
            this.method = operation.method();
        }

        BadRequest make() {
            for (Parameter parameter : operation.in("path")) {
                pathValues.put(parameter.name(), goodPathValue(parameter));
            }
            for (Parameter parameter : operation.in("query")) {
                if (r.nextBoolean()) {
                    query.add(encode(parameter.name()) + "=" + encode(String.valueOf(valueOf(parameter.schema(), 0))));
                }
            }
            for (Parameter parameter : operation.in("header")) {
                headers.put(parameter.name(), uuid());
            }
            if (operation.secured()) {
                headers.put("Authorization", "Bearer " + pick(targets.tokens()));
            }
            Object goodBody = operation.bodySchema().map(schema -> valueOf(schema, 0)).orElse(null);
            if (goodBody != null) {
                headers.put("Content-Type", "application/json");
                body = json(goodBody);
            }

            List<Runnable> breakers = new ArrayList<>();
            if (goodBody != null) {
                breakers.add(() -> breakField(goodBody));
                breakers.add(() -> breakField(goodBody));
                breakers.add(() -> breakField(goodBody));
                breakers.add(this::breakWholeBody);
                breakers.add(this::breakContentType);
            } else {
                breakers.add(this::addUnwantedBody);
            }
            if (!pathValues.isEmpty()) {
                breakers.add(this::breakPathParameter);
                breakers.add(this::breakPathParameter);
            }
            if (!operation.in("query").isEmpty()) {
                breakers.add(this::breakQuery);
            }
            if (operation.secured()) {
                breakers.add(this::breakToken);
            }
            breakers.add(this::breakMethod);
            breakers.add(this::breakHeaders);
            breakers.get(r.nextInt(breakers.size())).run();
            return new BadRequest(number, kind, operation, method, target(), headers, body);
        }

        private String target() {
            String path = operation.pathTemplate();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                String segment = rawSegments.getOrDefault(value.getKey(), encode(value.getValue()));
                path = path.replace("{" + value.getKey() + "}", segment);
            }
            return query.isEmpty() ? path : path + "?" + String.join("&", query);
        }

        private String goodPathValue(Parameter parameter) {
            List<String> known = targets.pathValues().getOrDefault(parameter.name(), List.of());
            if (!known.isEmpty() && r.nextInt(4) > 0) {
                return pick(known);
            }
            if (parameter.name().equals("linkId")) {
                byte[] bytes = new byte[16];
                r.nextBytes(bytes);
                return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            }
            return String.valueOf(valueOf(parameter.schema(), 0));
        }

        // ---------------------------------------------------------------- body fields

        private void breakField(Object goodBody) {
            List<String> paths = new ArrayList<>();
            fieldPaths(goodBody, "", paths);
            if (paths.isEmpty()) {
                breakWholeBody();
                return;
            }
            String path = pick(paths);
            Object broken = copy(goodBody);
            String what = switch (r.nextInt(9)) {
                case 0 -> { remove(broken, path); yield "missing"; }
                case 1 -> { set(broken, path, wrongType(get(goodBody, path))); yield "wrongType"; }
                case 2 -> { set(broken, path, null); yield "null"; }
                case 3 -> { set(broken, path, HUGE); yield "huge"; }
                case 4 -> { set(broken, path, pick(EDGE_STRINGS)); yield "edgeString"; }
                case 5 -> { set(broken, path, boundaryNumber()); yield "boundaryNumber"; }
                case 6 -> { addExtra(broken, path); yield "extraField"; }
                case 7 -> { set(broken, path, nested(r.nextInt(50, 900))); yield "deepNesting"; }
                default -> { set(broken, path, List.of(pick(EDGE_STRINGS), r.nextLong())); yield "array"; }
            };
            kind = "body.field." + what + " " + path;
            body = json(broken);
        }

        private Object wrongType(Object good) {
            if (good instanceof String text) {
                return r.nextBoolean() ? (Object) r.nextLong() : Map.of("value", text);
            }
            if (good instanceof Number number) {
                return r.nextBoolean() ? "tolv" : number + "x";
            }
            if (good instanceof Boolean) {
                return r.nextBoolean() ? "true" : 1;
            }
            if (good instanceof List<?>) {
                return "not a list";
            }
            if (good instanceof Map<?, ?> object) {
                return r.nextBoolean() ? "not an object" : List.of(object);
            }
            return r.nextInt();
        }

        private Object boundaryNumber() {
            return switch (r.nextInt(8)) {
                case 0 -> 0;
                case 1 -> -1;
                case 2 -> Integer.MAX_VALUE;
                case 3 -> Long.MIN_VALUE;
                case 4 -> new java.math.BigInteger("9".repeat(400));
                case 5 -> 1.5e308;
                case 6 -> -0.0;
                default -> new java.math.BigDecimal("1e-400");
            };
        }

        private void addExtra(Object broken, String path) {
            Object parent = parentOf(broken, path);
            if (parent instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) map;
                fields.put(r.nextBoolean() ? "__proto__" : "extra" + r.nextInt(100), pick(EDGE_STRINGS));
                fields.put("constructor", Map.of("prototype", Map.of("admin", true)));
            }
        }

        // ---------------------------------------------------------------- whole body

        private void breakWholeBody() {
            String good = new String(body, StandardCharsets.UTF_8);
            int choice = r.nextInt(12);
            kind = "body.whole." + switch (choice) {
                case 0 -> { body = good.substring(0, r.nextInt(Math.max(1, good.length()))).getBytes(StandardCharsets.UTF_8); yield "truncated"; }
                case 1 -> { body = (good + "}").getBytes(StandardCharsets.UTF_8); yield "trailingGarbage"; }
                case 2 -> { body = good.replace('"', '\'').getBytes(StandardCharsets.UTF_8); yield "singleQuotes"; }
                case 3 -> { body = withInvalidUtf8(good); yield "invalidUtf8"; }
                case 4 -> { body = good.replaceFirst(":\"", ":\"\\\\uD800").getBytes(StandardCharsets.UTF_8); yield "loneSurrogateEscape"; }
                case 5 -> { body = good.replaceFirst(":\"", ":\"\\\\uDC00\\\\u0000").getBytes(StandardCharsets.UTF_8); yield "lowSurrogateAndNulEscape"; }
                case 6 -> { body = "[".repeat(100_000).getBytes(StandardCharsets.UTF_8); yield "deepArray"; }
                case 7 -> { body = pick(List.of("null", "[]", "\"text\"", "42", "true", "")).getBytes(StandardCharsets.UTF_8); yield "notAnObject"; }
                case 8 -> { body = good.replaceFirst("\\{", "{\"a\":1,\"a\":2,").getBytes(StandardCharsets.UTF_8); yield "duplicateKeys"; }
                case 9 -> { body = ("\uFEFF" + good).getBytes(StandardCharsets.UTF_8); yield "byteOrderMark"; }
                case 10 -> { body = good.getBytes(StandardCharsets.UTF_16); yield "utf16"; }
                default -> { body = (good + " /* comment */ " + good).getBytes(StandardCharsets.UTF_8); yield "twoDocuments"; }
            };
        }

        private byte[] withInvalidUtf8(String good) {
            int at = Math.max(0, good.indexOf(":\"") + 2);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] head = good.substring(0, at).getBytes(StandardCharsets.UTF_8);
            out.write(head, 0, head.length);
            byte[][] invalid = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}};
            byte[] chosen = invalid[r.nextInt(invalid.length)];
            out.write(chosen, 0, chosen.length);
            byte[] tail = good.substring(at).getBytes(StandardCharsets.UTF_8);
            out.write(tail, 0, tail.length);
            return out.toByteArray();
        }

        private void breakContentType() {
            String type = pick(CONTENT_TYPES);
            if (type.isEmpty()) {
                headers.remove("Content-Type");
                kind = "contentType.missing";
            } else {
                headers.put("Content-Type", type);
                kind = "contentType " + type;
            }
        }

        private void addUnwantedBody() {
            headers.put("Content-Type", r.nextBoolean() ? "application/json" : pick(CONTENT_TYPES));
            body = (r.nextBoolean() ? "{\"unexpected\":true}" : HUGE.substring(0, r.nextInt(1, 100_000)))
                    .getBytes(StandardCharsets.UTF_8);
            kind = "body.unwanted";
        }

        // ---------------------------------------------------------------- path, query, headers, method, token

        private void breakPathParameter() {
            String name = pick(new ArrayList<>(pathValues.keySet()));
            String segment = r.nextInt(3) == 0 ? encode(pick(EDGE_STRINGS)) : pick(BAD_SEGMENTS);
            rawSegments.put(name, segment);
            kind = "path." + name + " " + (segment.length() > 40 ? segment.substring(0, 40) + "…" : segment);
        }

        private void breakQuery() {
            Parameter parameter = pick(operation.in("query"));
            String value = switch (r.nextInt(6)) {
                case 0 -> pick(BAD_SEGMENTS);
                case 1 -> encode(pick(EDGE_STRINGS));
                case 2 -> pick(List.of("-1", "0", "101", "99999999999999999999", "1.5", "abc", "", "1e3", "0x10"));
                case 3 -> Base64.getUrlEncoder().encodeToString(("{\"pk\":\"" + pick(EDGE_STRINGS) + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
                case 4 -> "x".repeat(8000);
                default -> encode(String.valueOf(valueOf(parameter.schema(), 0))) + "&" + parameter.name() + "=2";
            };
            query.add(parameter.name() + "=" + value);
            kind = "query." + parameter.name();
        }

        private void breakHeaders() {
            switch (r.nextInt(4)) {
                case 0 -> {
                    headers.put("Idempotency-Key", r.nextBoolean() ? "k".repeat(5000) : "\u00e5\u00e4\u00f6-" + r.nextInt());
                    kind = "header.idempotencyKey";
                }
                case 1 -> {
                    headers.put("Origin", pick(List.of("null", "https://evil.example", "http://localhost:1")));
                    kind = "header.origin";
                }
                case 2 -> {
                    headers.put("X-Forwarded-For", pick(List.of("999.1.1.1", "::ffff:zz", "x".repeat(3000), "")));
                    kind = "header.forwardedFor";
                }
                default -> {
                    headers.put("Accept", pick(List.of("text/html", "application/xml", "*/*;q=x", "")));
                    kind = "header.accept";
                }
            }
        }

        /** A method the path does not take (one it takes would be a request of another route). */
        private void breakMethod() {
            List<String> declared = operations.stream()
                    .filter(each -> each.pathTemplate().equals(operation.pathTemplate())).map(Operation::method).toList();
            List<String> others = WRONG_METHODS.stream().filter(each -> !declared.contains(each)).toList();
            method = pick(others);
            kind = "method " + method;
        }

        private void breakToken() {
            int choice = r.nextInt(9);
            String token = switch (choice) {
                case 0 -> null;
                case 1 -> "";
                case 2 -> "garbage";
                case 3 -> forged(Map.of("alg", "none", "typ", "JWT"), claims(3600), "");
                case 4 -> forged(Map.of("alg", "RS256", "kid", "fuzz"), claims(3600), "c2lnbmF0dXJl");
                case 5 -> forged(Map.of("alg", "HS256"), claims(3600), "c2lnbmF0dXJl");
                case 6 -> forged(Map.of("alg", "RS256"), claims(-3600), "c2lnbmF0dXJl");
                case 7 -> tamperedPayload(pick(targets.tokens()));
                default -> pick(targets.tokens()) + "x";
            };
            String scheme = r.nextInt(5) == 0 ? "Basic " : "Bearer ";
            if (token == null) {
                headers.remove("Authorization");
                kind = "token.missing";
            } else {
                headers.put("Authorization", scheme + token);
                kind = "token." + List.of("missing", "empty", "garbage", "algNone", "forgedRs256", "hs256",
                        "expiredForged", "tamperedPayload", "badSignature").get(choice);
            }
        }

        private Map<String, Object> claims(long expiresInSeconds) {
            long now = System.currentTimeMillis() / 1000;
            return Map.of("sub", uuid(), "cognito:groups", List.of("Operators"),
                    "token_use", "id", "exp", now + expiresInSeconds, "iat", now - 60, "email", "fuzz@example.se");
        }

        private String forged(Map<String, Object> header, Map<String, Object> claims, String signature) {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            return b64.encodeToString(json(header)) + "." + b64.encodeToString(json(claims)) + "." + signature;
        }

        /** A real token with its claims changed (operator group added), the signature kept. */
        private String tamperedPayload(String real) {
            String[] parts = real.split("\\.");
            if (parts.length != 3) {
                return real + ".x";
            }
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
                Map<String, Object> changed = new LinkedHashMap<>(claims);
                changed.put("cognito:groups", List.of("Operators"));
                changed.put("exp", ((Number) claims.getOrDefault("exp", 0)).longValue() + 86_400);
                return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(json(changed)) + "." + parts[2];
            } catch (java.io.IOException | IllegalArgumentException e) {
                return real + ".x";
            }
        }

        // ---------------------------------------------------------------- values from schemas

        private Object valueOf(Map<String, Object> schema, int depth) {
            if (schema.containsKey("example") && r.nextInt(3) > 0) {
                return schema.get("example");
            }
            if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
                return values.get(r.nextInt(values.size()));
            }
            if (schema.get("allOf") instanceof List<?> parts) {
                Map<String, Object> merged = new LinkedHashMap<>();
                for (Object part : parts) {
                    if (valueOf(asMap(part), depth + 1) instanceof Map<?, ?> fields) {
                        fields.forEach((key, value) -> merged.put(String.valueOf(key), value));
                    }
                }
                return merged;
            }
            String type = String.valueOf(schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string"));
            return switch (type) {
                case "object" -> {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    List<?> required = schema.get("required") instanceof List<?> names ? names : List.of();
                    asMap(schema.get("properties")).forEach((name, property) -> {
                        if (depth < 6 && (required.contains(name) || r.nextInt(10) < 7)) {
                            fields.put(name, valueOf(asMap(property), depth + 1));
                        }
                    });
                    yield fields;
                }
                case "array" -> depth < 6 ? new ArrayList<>(List.of(valueOf(asMap(schema.get("items")), depth + 1)))
                        : new ArrayList<>();
                case "integer" -> {
                    long min = schema.get("minimum") instanceof Number n ? n.longValue() : 1;
                    long max = schema.get("maximum") instanceof Number n ? n.longValue() : Math.max(min, 10);
                    yield min + r.nextLong(max - min + 1);
                }
                case "number" -> 1 + r.nextInt(1000) / 10.0;
                case "boolean" -> r.nextBoolean();
                default -> stringOf(schema);
            };
        }

        private String stringOf(Map<String, Object> schema) {
            String format = String.valueOf(schema.getOrDefault("format", ""));
            return switch (format) {
                case "uuid" -> uuid();
                case "email" -> "fuzz-" + r.nextInt(1_000_000) + "@region.example.se";
                case "date" -> "2026-0" + r.nextInt(1, 10) + "-1" + r.nextInt(10);
                case "date-time" -> "2026-03-14T10:00:00Z";
                default -> "Fuzz " + r.nextInt(1000);
            };
        }

        // ---------------------------------------------------------------- helpers

        /** A version-4-shaped UUID from the seed, so that the same seed makes the same ids. */
        private String uuid() {
            long high = (r.nextLong() & ~0xF000L) | 0x4000L;
            long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(high, low).toString();
        }

        private <T> T pick(List<T> from) {
            return from.get(r.nextInt(from.size()));
        }

        private byte[] json(Object value) {
            try {
                return JSON.writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // -------------------------------------------------------------------- JSON trees of maps and lists

    private static void fieldPaths(Object node, String prefix, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                String path = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
                out.add(path);
                fieldPaths(value, path, out);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String path = prefix + "." + i;
                out.add(path);
                fieldPaths(list.get(i), path, out);
            }
        }
    }

    private static Object copy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copied = new LinkedHashMap<>();
            map.forEach((key, value) -> copied.put(String.valueOf(key), copy(value)));
            return copied;
        }
        if (node instanceof List<?> list) {
            List<Object> copied = new ArrayList<>();
            list.forEach(value -> copied.add(copy(value)));
            return copied;
        }
        return node;
    }

    private static Object get(Object root, String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            node = child(node, part);
        }
        return node;
    }

    private static Object child(Object node, String part) {
        if (node instanceof Map<?, ?> map) {
            return map.get(part);
        }
        if (node instanceof List<?> list && part.matches("\\d+") && Integer.parseInt(part) < list.size()) {
            return list.get(Integer.parseInt(part));
        }
        return null;
    }

    private static Object parentOf(Object root, String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? root : get(root, path.substring(0, dot));
    }

    @SuppressWarnings("unchecked")
    private static void set(Object root, String path, Object value) {
        Object parent = parentOf(root, path);
        String last = path.substring(path.lastIndexOf('.') + 1);
        if (parent instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(last, value);
        } else if (parent instanceof List<?> list) {
            ((List<Object>) list).set(Integer.parseInt(last), value);
        }
    }

    private static void remove(Object root, String path) {
        Object parent = parentOf(root, path);
        String last = path.substring(path.lastIndexOf('.') + 1);
        if (parent instanceof Map<?, ?> map) {
            map.remove(last);
        } else if (parent instanceof List<?> list) {
            list.remove(Integer.parseInt(last));
        }
    }

    private static Object nested(int depth) {
        Object node = "bottom";
        for (int i = 0; i < depth; i++) {
            node = Map.of("n", node);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
