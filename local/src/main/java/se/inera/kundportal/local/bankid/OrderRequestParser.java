package se.inera.kundportal.local.bankid;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates {@code /auth} and {@code /sign} bodies the way the RP API v6.0 does, answering
 * {@code invalidParameters} with a short {@code details} naming the offending field.
 *
 * <p>Stricter than strictly necessary in one respect: unknown fields are refused, so that a misspelt or
 * v5-style field (e.g. a top-level {@code personalNumber}) fails locally instead of being silently ignored.
 */
final class OrderRequestParser {
    /** BankID's documented limits, counted in characters of the base64 text. */
    static final int MAX_USER_VISIBLE_DATA = 40_000;
    static final int MAX_USER_NON_VISIBLE_DATA = 200_000;
    static final String SIMPLE_MARKDOWN_V1 = "simpleMarkdownV1";

    private static final Set<String> ORDER_FIELDS = Set.of("endUserIp", "requirement", "userVisibleData",
            "userNonVisibleData", "userVisibleDataFormat", "returnUrl", "returnRisk", "app", "web");
    private static final Set<String> REQUIREMENT_FIELDS =
            Set.of("personalNumber", "pinCode", "mrtd", "cardReader", "certificatePolicies");
    private static final Set<String> APP_FIELDS =
            Set.of("appIdentifier", "deviceOS", "deviceModelName", "deviceIdentifier");
    private static final Set<String> WEB_FIELDS = Set.of("deviceIdentifier", "referringDomain", "userAgent");
    private static final Set<String> CARD_READERS = Set.of("class1", "class2");

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9]\\d*))+");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");

    OrderRequest parse(OrderType type, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw BankIdApiException.invalidParameters("Request body must be a JSON object");
        }
        rejectUnknownFields(body, ORDER_FIELDS, "");

        String endUserIp = requiredText(body, "endUserIp");
        if (!isIpAddress(endUserIp)) {
            throw BankIdApiException.invalidParameters("Invalid endUserIp");
        }

        Optional<String> userVisibleData = optionalText(body, "userVisibleData");
        if (type == OrderType.SIGN && userVisibleData.isEmpty()) {
            throw BankIdApiException.invalidParameters("Missing userVisibleData");
        }
        Optional<String> userVisibleText =
                userVisibleData.map(data -> decodeText(data, "userVisibleData", MAX_USER_VISIBLE_DATA));

        Optional<String> format = optionalText(body, "userVisibleDataFormat");
        if (format.isPresent() && !format.get().equals(SIMPLE_MARKDOWN_V1)) {
            throw BankIdApiException.invalidParameters("Invalid userVisibleDataFormat");
        }
        if (format.isPresent() && userVisibleData.isEmpty()) {
            throw BankIdApiException.invalidParameters("userVisibleDataFormat requires userVisibleData");
        }

        Optional<String> userNonVisibleData = optionalText(body, "userNonVisibleData");
        userNonVisibleData.ifPresent(data -> checkBase64(data, "userNonVisibleData", MAX_USER_NON_VISIBLE_DATA));

        Optional<String> returnUrl = optionalText(body, "returnUrl");
        returnUrl.ifPresent(OrderRequestParser::checkReturnUrl);

        boolean returnRisk = optionalBoolean(body, "returnRisk", "returnRisk");
        Requirement requirement = body.has("requirement") ? requirement(body.get("requirement")) : Requirement.NONE;

        if (body.has("app") && body.has("web")) {
            throw BankIdApiException.invalidParameters("Only one of app and web may be given");
        }
        Map<String, String> device = Map.of();
        if (body.has("app")) {
            device = stringObject(body.get("app"), "app", APP_FIELDS);
        } else if (body.has("web")) {
            device = stringObject(body.get("web"), "web", WEB_FIELDS);
        }

        return new OrderRequest(type, endUserIp, userVisibleData, userVisibleText, format.isPresent(),
                userNonVisibleData, requirement, returnUrl, returnRisk, device);
    }

    /** {@code {"orderRef": "..."}} of collect and cancel. */
    String orderRef(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw BankIdApiException.invalidParameters("Request body must be a JSON object");
        }
        rejectUnknownFields(body, Set.of("orderRef"), "");
        return requiredText(body, "orderRef");
    }

    private static Requirement requirement(JsonNode node) {
        if (!node.isObject()) {
            throw BankIdApiException.invalidParameters("Invalid requirement");
        }
        rejectUnknownFields(node, REQUIREMENT_FIELDS, "requirement.");
        Optional<String> personalNumber = optionalText(node, "personalNumber", "requirement.personalNumber");
        if (personalNumber.isPresent() && !isPersonalNumber(personalNumber.get())) {
            throw BankIdApiException.invalidParameters("Invalid personalNumber");
        }
        Optional<String> cardReader = optionalText(node, "cardReader", "requirement.cardReader");
        if (cardReader.isPresent() && !CARD_READERS.contains(cardReader.get())) {
            throw BankIdApiException.invalidParameters("Invalid cardReader");
        }
        List<String> policies = new ArrayList<>();
        if (node.has("certificatePolicies")) {
            JsonNode array = node.get("certificatePolicies");
            if (!array.isArray() || array.isEmpty()) {
                throw BankIdApiException.invalidParameters("Invalid certificatePolicies");
            }
            for (JsonNode policy : array) {
                if (!policy.isTextual() || !OID.matcher(policy.asText()).matches()) {
                    throw BankIdApiException.invalidParameters("Invalid certificatePolicies");
                }
                policies.add(policy.asText());
            }
        }
        return new Requirement(personalNumber,
                optionalBoolean(node, "pinCode", "requirement.pinCode"),
                optionalBoolean(node, "mrtd", "requirement.mrtd"),
                cardReader, policies);
    }

    /**
     * A personnummer or samordningsnummer in BankID's 12-digit form {@code YYYYMMDDNNNC}: a real date (day + 60
     * for a samordningsnummer) and a Luhn check digit over the last ten digits.
     */
    static boolean isPersonalNumber(String candidate) {
        if (!TWELVE_DIGITS.matcher(candidate).matches()) {
            return false;
        }
        int year = Integer.parseInt(candidate.substring(0, 4));
        int month = Integer.parseInt(candidate.substring(4, 6));
        int day = Integer.parseInt(candidate.substring(6, 8));
        if (day > 60) {
            day -= 60;
        }
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            return false;
        }
        return hasLuhnCheckDigit(candidate.substring(2));
    }

    private static boolean hasLuhnCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
            }
            sum += digit / 10 + digit % 10;
        }
        return sum % 10 == 0;
    }

    private static boolean isIpAddress(String candidate) {
        if (IPV4.matcher(candidate).matches()) {
            return true;
        }
        if (!candidate.contains(":") || !IPV6_CHARACTERS.matcher(candidate).matches()) {
            return false;
        }
        try {
            // A literal with ':' is parsed as IPv6 without any name lookup.
            return java.net.InetAddress.getByName(candidate) instanceof java.net.Inet6Address;
        } catch (java.net.UnknownHostException notAnAddress) {
            return false;
        }
    }

    private static String decodeText(String base64, String field, int maxLength) {
        byte[] bytes = checkBase64(base64, field, maxLength);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw BankIdApiException.invalidParameters("Invalid " + field + ": not UTF-8");
        }
    }

    private static byte[] checkBase64(String base64, String field, int maxLength) {
        if (base64.isEmpty() || base64.length() > maxLength) {
            throw BankIdApiException.invalidParameters("Invalid " + field + ": length must be 1-" + maxLength);
        }
        if (base64.length() % 4 != 0 || !BASE64.matcher(base64).matches()) {
            throw BankIdApiException.invalidParameters("Invalid " + field + ": not base64");
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw BankIdApiException.invalidParameters("Invalid " + field + ": not base64");
        }
    }

    private static void checkReturnUrl(String returnUrl) {
        try {
            URI uri = new URI(returnUrl);
            if (!uri.isAbsolute()) {
                throw BankIdApiException.invalidParameters("Invalid returnUrl");
            }
        } catch (URISyntaxException notAUri) {
            throw BankIdApiException.invalidParameters("Invalid returnUrl");
        }
    }

    private static Map<String, String> stringObject(JsonNode node, String field, Set<String> allowed) {
        if (!node.isObject()) {
            throw BankIdApiException.invalidParameters("Invalid " + field);
        }
        rejectUnknownFields(node, allowed, field + ".");
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isTextual()) {
                throw BankIdApiException.invalidParameters("Invalid " + field + "." + entry.getKey());
            }
            values.put(field + "." + entry.getKey(), entry.getValue().asText());
        }
        return values;
    }

    private static void rejectUnknownFields(JsonNode node, Set<String> allowed, String prefix) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw BankIdApiException.invalidParameters("Unknown parameter: " + prefix + name);
            }
        }
    }

    private static String requiredText(JsonNode node, String field) {
        return optionalText(node, field)
                .orElseThrow(() -> BankIdApiException.invalidParameters("Missing " + field));
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        return optionalText(node, field, field);
    }

    private static Optional<String> optionalText(JsonNode node, String field, String nameInDetails) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw BankIdApiException.invalidParameters("Invalid " + nameInDetails + ": must be a string");
        }
        return Optional.of(value.asText());
    }

    private static boolean optionalBoolean(JsonNode node, String field, String nameInDetails) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw BankIdApiException.invalidParameters("Invalid " + nameInDetails + ": must be true or false");
        }
        return value.asBoolean();
    }
}
