package se.inera.kundportal.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.user.OrganisationMember;
import se.inera.kundportal.core.user.OrganisationRoles;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.User;

class OrderingPreconditionsTest {
    private static final User ORDERER = Fixtures.user("olle", "Olle Beställare");
    private static final User ATTESTANT = Fixtures.user("anna", "Anna Attestant");
    private static final Organisation SIGNED = Fixtures.organisation(AgreementStanding.SIGNED);

    private static OrganisationRoles roles(OrganisationMember... members) {
        return new OrganisationRoles(REGION_STOCKHOLM, List.of(members));
    }

    @Test
    void signedAgreementWithOrdererAndAttestantAllowsOrdering() {
        OrganisationRoles roles = roles(new OrganisationMember(ORDERER, Set.of(Role.ORDERER)),
                new OrganisationMember(ATTESTANT, Set.of(Role.ATTESTANT)));
        assertThatNoException().isThrownBy(() -> OrderingPreconditions.requireMet(SIGNED, roles, ORDERER.id()));
    }

    @Test
    void rejectsOrderWhenAgreementIsNotSigned() {
        OrganisationRoles roles = roles(new OrganisationMember(ORDERER, Set.of(Role.ORDERER, Role.ATTESTANT)));
        assertThat(OrderingPreconditions.blockers(Fixtures.organisation(AgreementStanding.AWAITING_SIGNATURE), roles,
                ORDERER.id())).containsExactly(OrderingBlocker.AGREEMENT_NOT_SIGNED);
    }

    @Test
    void rejectsOrderWhenOrganisationHasNoAttestant() {
        OrganisationRoles roles = roles(new OrganisationMember(ORDERER, Set.of(Role.ORDERER)));
        assertThatThrownBy(() -> OrderingPreconditions.requireMet(SIGNED, roles, ORDERER.id()))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("ingen Attestant");
    }

    @Test
    void rejectsOrderWhenOrganisationHasNoOrderer() {
        OrganisationRoles roles = roles(new OrganisationMember(ATTESTANT, Set.of(Role.ATTESTANT)));
        assertThat(OrderingPreconditions.blockers(SIGNED, roles, ORDERER.id()))
                .containsExactly(OrderingBlocker.NO_ORDERER);
    }

    @Test
    void rejectsOrderByAUserWhoIsNotAnOrderer() {
        OrganisationRoles roles = roles(new OrganisationMember(ORDERER, Set.of(Role.ORDERER)),
                new OrganisationMember(ATTESTANT, Set.of(Role.ATTESTANT)));
        assertThat(OrderingPreconditions.blockers(SIGNED, roles, ATTESTANT.id()))
                .containsExactly(OrderingBlocker.USER_IS_NOT_ORDERER);
    }

    @Test
    void listsEveryBlockerAtOnce() {
        assertThat(OrderingPreconditions.blockers(Fixtures.organisation(AgreementStanding.AWAITING_SIGNATURE),
                roles(), ORDERER.id())).containsExactly(OrderingBlocker.AGREEMENT_NOT_SIGNED,
                OrderingBlocker.NO_ORDERER, OrderingBlocker.NO_ATTESTANT);
    }

    @Test
    void onePersonHoldingBothRolesSatisfiesTheRule() {
        OrganisationRoles roles = roles(new OrganisationMember(ORDERER, Set.of(Role.ORDERER, Role.ATTESTANT)));
        assertThat(OrderingPreconditions.blockers(SIGNED, roles, ORDERER.id())).isEmpty();
    }
}
