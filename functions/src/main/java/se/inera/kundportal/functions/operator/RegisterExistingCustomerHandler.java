package se.inera.kundportal.functions.operator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.customer.RegisterExistingCustomer;
import se.inera.kundportal.core.customer.RegisterExistingCustomer.RegisterCommand;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.UserRepository;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.http.ServiceUnavailableException;
import se.inera.kundportal.functions.mail.MailNotSent;
import se.inera.kundportal.functions.operator.OperatorViews.CustomerView;
import se.inera.kundportal.functions.wiring.Wiring;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import se.inera.kundportal.core.message.CustomerMessages;

/**
 * API: {@code POST /operator/customers} (group Operators). Registers an organisation that already has
 * Kundavtal 2 directly, skipping the application: the organisation (signed from the start), Inera's
 * record of the agreement, and the administrator with the Administrator role; then gives the
 * administrator portal access ({@link ExistingCustomerAccess}: Cognito account and one mail with a
 * temporary password). 201 with the customer.
 *
 * <p>Retries: if the organisation is registered but its access mail never went out (the request
 * failed after the registration, e.g. SES was unreachable), the same request finishes the access
 * and answers 201 again; nothing is created twice and one mail is sent. Once the mail has gone out,
 * or for another administrator, a second registration of the organisationsnummer is 409.
 */
public final class RegisterExistingCustomerHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final RegisterExistingCustomer registerExistingCustomer;
    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final ExistingCustomerAccess access;
    private final Clock clock;

    public RegisterExistingCustomerHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public RegisterExistingCustomerHandler(Wiring wiring) {
        this(wiring.registerExistingCustomer(), wiring.store().organisations(), wiring.store().users(),
                new ExistingCustomerAccess(wiring.administratorAccounts(), wiring.onboardingMails(),
                        wiring.onceOnlyMailer()), wiring.clock());
    }

    /** With its collaborators given: for tests and for the local runtime, which wires stand-ins. */
    public RegisterExistingCustomerHandler(RegisterExistingCustomer registerExistingCustomer,
                                           OrganisationRepository organisations, UserRepository users,
                                           ExistingCustomerAccess access, Clock clock) {
        this.registerExistingCustomer = Objects.requireNonNull(registerExistingCustomer);
        this.organisations = Objects.requireNonNull(organisations);
        this.users = Objects.requireNonNull(users);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            Actor operator = Caller.of(event).requireOperator();
            RegisterCommand command = ExistingCustomerRequest.parse(JsonRequest.of(event), operator,
                    LocalDate.now(clock.withZone(SWEDEN)));
            Organisation registered;
            try {
                registered = registerExistingCustomer.register(command);
            } catch (AlreadyExistsException alreadyRegistered) {
                registered = unfinishedRegistration(command).orElseThrow(() -> alreadyRegistered);
            }
            grantAccess(registered, command);
            return HttpResponses.created(CustomerView.of(registered));
        });
    }

    /**
     * SES refusing the mail, or Cognito unreachable or throttling: 503, and the same request, retried,
     * finishes the job. Any other Cognito error is our configuration's: a 500.
     */
    private void grantAccess(Organisation registered, RegisterCommand command) {
        try {
            access.grant(registered, command.administrator());
        } catch (MailNotSent notSent) {
            throw new ServiceUnavailableException(CustomerMessages.ADMINISTRATOR_ACCESS_UNAVAILABLE, notSent);
        } catch (SdkException cognito) {
            if (cognito instanceof SdkClientException || cognito.retryable()) {
                throw new ServiceUnavailableException(CustomerMessages.ADMINISTRATOR_ACCESS_UNAVAILABLE, cognito);
            }
            throw cognito;
        }
    }

    /**
     * The organisation, if an earlier registration of it with this administrator stored everything
     * but never got the access mail out: this request is a retry of it, not a second registration.
     */
    private Optional<Organisation> unfinishedRegistration(RegisterCommand command) {
        var number = command.organisation().number();
        if (access.granted(number)) {
            return Optional.empty();
        }
        boolean sameAdministrator = users.rolesOf(number).usersWith(Role.ADMINISTRATOR).stream()
                .anyMatch(user -> user.email().normalisedKey().equals(command.administrator().email().normalisedKey()));
        return sameAdministrator ? organisations.findByNumber(number) : Optional.empty();
    }
}
