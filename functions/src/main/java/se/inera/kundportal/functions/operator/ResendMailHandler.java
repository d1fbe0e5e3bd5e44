package se.inera.kundportal.functions.operator;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.message.MailMessages;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.ServiceUnavailableException;
import se.inera.kundportal.functions.mail.MailNotSent;
import se.inera.kundportal.functions.mail.UncertainMails;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /operator/mails/{subjectId}/{mailKey}/resend} (group Operators). Sends an uncertain
 * mail once more: 200 with the outcome, 409 if another resend took it first (a double click) or no copy
 * was kept, 404 if it is not on the list, 503 if SES refused it (it stays on the list).
 */
public final class ResendMailHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    public record Resent(String subjectId, String mailKey, String outcome) {
    }

    private final UncertainMails uncertainMails;

    public ResendMailHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public ResendMailHandler(Wiring wiring) {
        this(wiring.uncertainMails());
    }

    public ResendMailHandler(UncertainMails uncertainMails) {
        this.uncertainMails = uncertainMails;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            Caller.of(event).requireOperator();
            String subjectId = SafePathParameters.of(event, "subjectId");
            String mailKey = SafePathParameters.of(event, "mailKey");
            try {
                return HttpResponses.ok(new Resent(subjectId, mailKey,
                        uncertainMails.resend(subjectId, mailKey).name()));
            } catch (MailNotSent refused) {
                throw new ServiceUnavailableException(MailMessages.MAIL_SERVICE_REFUSED,
                        refused);
            }
        });
    }
}
