package se.inera.kundportal.local.gateway.testhandlers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A stream handler: writes a response document whose base64 body is the request's body, still base64 as received. */
public final class StreamEchoHandler implements RequestStreamHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = JSON.readTree(input);
        ObjectNode response = JSON.createObjectNode();
        response.put("statusCode", 200);
        response.putObject("headers").put("content-type", event.path("headers").path("content-type").asText());
        response.put("body", event.path("body").asText());
        response.put("isBase64Encoded", event.path("isBase64Encoded").asBoolean());
        JSON.writeValue(output, response);
    }
}
