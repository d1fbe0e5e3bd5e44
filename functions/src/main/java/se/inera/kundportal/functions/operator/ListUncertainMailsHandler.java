package se.inera.kundportal.functions.operator;

import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.mail.MailMessage;
import se.inera.kundportal.functions.mail.SentMailMarkers.MarkerState;
import se.inera.kundportal.functions.mail.SentMailMarkers.UnconfirmedMail;
import se.inera.kundportal.functions.mail.UncertainMails;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code GET /operator/mails/uncertain} (group Operators). Mails that may not have arrived, oldest
 * first: sends without an answer from SES, and claims whose sender died. Shows recipient and subject,
 * never the body (it may hold a temporary password).
 */
public final class ListUncertainMailsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** One mail on the list; {@code resendable} when a copy was kept. */
    public record UncertainMailView(String subjectId, String mailKey, String state, String since, String to,
                                    String subject, String reason, boolean resendable) {
        static UncertainMailView of(UnconfirmedMail mail) {
            return new UncertainMailView(mail.subjectId(), mail.mailKey(),
                    mail.state() == MarkerState.UNCERTAIN ? "UNCERTAIN" : "INTERRUPTED", mail.claimedAt().toString(),
                    mail.message().map(MailMessage::to).orElse(null),
                    mail.message().map(MailMessage::subject).orElse(null), mail.reason().orElse(null),
                    mail.message().isPresent());
        }
    }

    public record UncertainMailList(List<UncertainMailView> items) {
    }

    private final UncertainMails uncertainMails;

    public ListUncertainMailsHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public ListUncertainMailsHandler(Wiring wiring) {
        this(wiring.uncertainMails());
    }

    public ListUncertainMailsHandler(UncertainMails uncertainMails) {
        this.uncertainMails = uncertainMails;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            Caller.of(event).requireOperator();
            return HttpResponses.ok(new UncertainMailList(uncertainMails.needingAttention().stream()
                    .map(UncertainMailView::of).toList()));
        });
    }
}
