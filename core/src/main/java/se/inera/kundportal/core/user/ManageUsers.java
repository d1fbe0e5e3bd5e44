package se.inera.kundportal.core.user;

import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.PersonForm.PersonInput;

/**
 * Users and roles (step 3 of the routine): who calls and what they may do, "Visa roller", "Lägg upp ny användare och
 * tilldela roll", edit and remove a person, Kundinformation and Fakturauppgifter, "ready to order?", and customer
 * service's add or replace of an administrator.
 *
 * <p>Access is decided per request from the caller's membership item (never from the token), so a removed role or
 * person loses access at the next request. An organisation the caller has no role in answers as if it did not exist
 * ({@link se.inera.kundportal.core.error.NotFoundException}); a member without the needed role gets
 * {@link se.inera.kundportal.core.error.NotAllowedException}. Bad input is a
 * {@link se.inera.kundportal.core.error.ValidationException} naming every field.
 */
public interface ManageUsers {

    /** {@code GET /me}. */
    Me me(SignedIn caller);

    /** "Visa roller": administrators, agreement contacts (read-only) and operators. */
    RolesOverview showRoles(SignedIn caller, Organisationsnummer organisation);

    /** The members and roles for an operator's own use (find administrators, new temporary password). */
    OrganisationRoles showRoles(Organisationsnummer organisation, Actor operator);

    /** Adds the person (found by e-mail if they exist) with the roles: administrators only. */
    OrganisationMember addPerson(SignedIn caller, Organisationsnummer organisation, PersonInput person);

    /** Changes the person's details (not the e-mail, which is the login) and roles: administrators only. */
    OrganisationMember editPerson(SignedIn caller, Organisationsnummer organisation, String userId, PersonInput person);

    /** Removes the person from the organisation (and their login once they belong nowhere): administrators only. */
    void removePerson(SignedIn caller, Organisationsnummer organisation, String userId);

    /** Kundinformation: any member, and operators. */
    CustomerInformation customerInformation(SignedIn caller, Organisationsnummer organisation);

    /** Fakturauppgifter: administrators only; the organisationsnummer never changes. */
    CustomerInformation updateInvoicing(SignedIn caller, Organisationsnummer organisation, InvoicingForm.Input input);

    /** "Ready to order?": any member, and operators. */
    Readiness readiness(SignedIn caller, Organisationsnummer organisation);

    /**
     * Customer service adds an administrator to an organisation (one that has none, or lost theirs), or replaces
     * {@code replaceUserId}'s administrator role with the new person's.
     */
    OrganisationMember appointAdministrator(SignedIn operator, Organisationsnummer organisation, PersonInput person,
                                            Optional<String> replaceUserId);

    /** For ordering: the caller as an actor, if they hold {@code role} in the organisation now (404/403 otherwise). */
    Actor requireRole(SignedIn caller, Organisationsnummer organisation, Role role);

    /** For ordering: the organisation's attestants, with their mobile number and personnummer. */
    List<User> attestantsOf(Organisationsnummer organisation);
}
