package se.inera.kundportal.core.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.AgreementRepository;
import se.inera.kundportal.core.agreement.AgreementStatus;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.application.OrganisationClaim;
import se.inera.kundportal.core.attestation.AttestationLink;
import se.inera.kundportal.core.attestation.BankIdAttestationOrder;
import se.inera.kundportal.core.attestation.AttestationRepository;
import se.inera.kundportal.core.attestation.OneTimeCodeSender;
import se.inera.kundportal.core.attestation.SmsChallenge;
import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.catalogue.CatalogueRepository;
import se.inera.kundportal.core.catalogue.Service;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.order.OrderRepository;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.user.Membership;
import se.inera.kundportal.core.user.OrganisationMember;
import se.inera.kundportal.core.user.OrganisationRoles;
import se.inera.kundportal.core.user.MemberRoles;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RoleChange;
import se.inera.kundportal.core.user.RoleAssignment;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.core.user.UserRepository;

/** In-memory implementations of the core's ports, for use-case tests. */
public final class InMemoryPorts {
    private InMemoryPorts() {
    }

    public static final class Organisations implements OrganisationRepository {
        private final InMemoryStore<Organisationsnummer, Organisation> store =
                new InMemoryStore<>("Organisation", Organisation::number);

        @Override
        public Organisation register(Organisation organisation) {
            return store.create(organisation);
        }

        @Override
        public Optional<Organisation> findByNumber(Organisationsnummer number) {
            return store.find(number);
        }

        @Override
        public Organisation update(Organisation organisation) {
            return store.update(organisation);
        }
    }

    public static final class Agreements implements AgreementRepository {
        private final InMemoryStore<AgreementId, Agreement> store = new InMemoryStore<>("Agreement", Agreement::id);

        @Override
        public Agreement create(Agreement agreement) {
            return store.create(agreement);
        }

        @Override
        public Optional<Agreement> findById(AgreementId id) {
            return store.find(id);
        }

        @Override
        public Optional<Agreement> findBySigningLink(LinkId signingLink) {
            return store.all(a -> a.signingLink().equals(Optional.of(signingLink)),
                    Comparator.comparing(Agreement::createdAt)).stream().findFirst();
        }

        @Override
        public List<Agreement> findByOrganisation(Organisationsnummer organisation) {
            return store.all(a -> a.organisation().equals(organisation),
                    Comparator.comparing(Agreement::createdAt).reversed());
        }

        @Override
        public Agreement update(Agreement agreement) {
            return store.update(agreement);
        }

        @Override
        public Agreement transition(Agreement changed, AgreementStatus expectedFrom) {
            return store.transition(changed, Agreement::status, expectedFrom);
        }
    }

    public static final class Applications implements CustomerApplicationRepository {
        private final InMemoryStore<ApplicationId, CustomerApplication> store =
                new InMemoryStore<>("CustomerApplication", CustomerApplication::id);
        private final Map<Organisationsnummer, OrganisationClaim> claims = new ConcurrentHashMap<>();
        private static final Comparator<CustomerApplication> NEWEST_FIRST =
                Comparator.comparing(CustomerApplication::submittedAt).reversed();

        @Override
        public CustomerApplication create(CustomerApplication application) {
            return store.create(application);
        }

        @Override
        public Optional<CustomerApplication> findById(ApplicationId id) {
            return store.find(id);
        }

        @Override
        public Page<CustomerApplication> findByStatus(ApplicationStatus status, PageRequest page) {
            return store.page(a -> a.status() == status, NEWEST_FIRST, page);
        }

        @Override
        public List<CustomerApplication> findByOrganisation(Organisationsnummer organisation) {
            return store.all(a -> a.organisationsnummer().equals(organisation), NEWEST_FIRST);
        }

        @Override
        public Optional<OrganisationClaim> claimOrganisation(OrganisationClaim claim) {
            OrganisationClaim holder = claims.putIfAbsent(claim.organisation(), claim);
            return Optional.ofNullable(holder);
        }

        @Override
        public void releaseOrganisation(Organisationsnummer organisation, ApplicationId holder) {
            claims.computeIfPresent(organisation, (number, claim) -> claim.application().equals(holder) ? null : claim);
        }

        /** Who holds {@code organisation} now. */
        public Optional<OrganisationClaim> claimOf(Organisationsnummer organisation) {
            return Optional.ofNullable(claims.get(organisation));
        }

        @Override
        public CustomerApplication update(CustomerApplication application) {
            return store.update(application);
        }

        @Override
        public CustomerApplication transition(CustomerApplication changed, ApplicationStatus expectedFrom) {
            return store.transition(changed, CustomerApplication::status, expectedFrom);
        }
    }

    public static final class Users implements UserRepository {
        private final InMemoryStore<UserId, User> store = new InMemoryStore<>("User", User::id);
        private final Map<Organisationsnummer, Map<UserId, Set<Role>>> roles = new LinkedHashMap<>();
        private final Organisations organisations;

        public Users(Organisations organisations) {
            this.organisations = organisations;
        }

        @Override
        public User create(User user) {
            if (findByEmail(user.email()).isPresent()) {
                throw new se.inera.kundportal.core.error.AlreadyExistsException("User", user.email().value(),
                        Messages.EMAIL_IN_USE);
            }
            return store.create(user);
        }

        @Override
        public Optional<User> findById(UserId id) {
            return store.find(id);
        }

        @Override
        public Optional<User> findByEmail(EmailAddress email) {
            return store.all(u -> u.email().normalisedKey().equals(email.normalisedKey()),
                    Comparator.comparing(u -> u.id().value())).stream().findFirst();
        }

        @Override
        public User update(User user) {
            return store.update(user);
        }

        @Override
        public synchronized OrganisationRoles rolesOf(Organisationsnummer organisation) {
            List<OrganisationMember> members = new ArrayList<>();
            roles.getOrDefault(organisation, Map.of()).forEach((id, held) ->
                    members.add(new OrganisationMember(get(id), held)));
            return new OrganisationRoles(organisation, members);
        }

        @Override
        public synchronized List<Membership> membershipsOf(UserId user) {
            List<Membership> memberships = new ArrayList<>();
            roles.forEach((org, byUser) -> {
                if (byUser.containsKey(user)) {
                    memberships.add(new Membership(org, organisations.get(org).name(), byUser.get(user)));
                }
            });
            return memberships;
        }

        @Override
        public synchronized boolean assign(RoleAssignment assignment) {
            organisations.get(assignment.organisation());
            get(assignment.user());
            return roles.computeIfAbsent(assignment.organisation(), o -> new LinkedHashMap<>())
                    .computeIfAbsent(assignment.user(), u -> EnumSet.noneOf(Role.class)).add(assignment.role());
        }

        @Override
        public synchronized boolean revoke(Organisationsnummer organisation, UserId user, Role role) {
            Set<Role> held = roles.getOrDefault(organisation, Map.of()).get(user);
            return held != null && held.remove(role);
        }

        private final Map<String, UserId> logins = new LinkedHashMap<>();
        private final Map<Organisationsnummer, Map<UserId, Long>> versions = new LinkedHashMap<>();

        @Override
        public synchronized Optional<UserId> userOfLogin(String subject) {
            return Optional.ofNullable(logins.get(subject)).filter(id -> store.find(id).isPresent());
        }

        @Override
        public synchronized void bindLogin(String subject, UserId user) {
            logins.putIfAbsent(subject, user);
        }

        @Override
        public synchronized MemberRoles membership(Organisationsnummer organisation, UserId user) {
            Set<Role> held = roles.getOrDefault(organisation, Map.of()).getOrDefault(user, Set.of());
            return held.isEmpty() ? MemberRoles.NONE
                    : new MemberRoles(held, versions.getOrDefault(organisation, Map.of()).getOrDefault(user, 1L));
        }

        @Override
        public synchronized RoleChange changeRoles(Organisationsnummer organisation, UserId user, MemberRoles before,
                                                   Set<Role> after) {
            if (membership(organisation, user).version() != before.version()) {
                return RoleChange.STALE;
            }
            boolean losesAdministrator = before.has(Role.ADMINISTRATOR) && !after.contains(Role.ADMINISTRATOR);
            if (losesAdministrator && rolesOf(organisation).usersWith(Role.ADMINISTRATOR).size() <= 1) {
                return RoleChange.LAST_ADMINISTRATOR;
            }
            Map<UserId, Set<Role>> byUser = roles.computeIfAbsent(organisation, o -> new LinkedHashMap<>());
            if (after.isEmpty()) {
                byUser.remove(user);
                versions.getOrDefault(organisation, new LinkedHashMap<>()).remove(user);
                return RoleChange.changed(0);
            }
            byUser.put(user, EnumSet.copyOf(after));
            long version = before.version() + 1;
            versions.computeIfAbsent(organisation, o -> new LinkedHashMap<>()).put(user, version);
            return RoleChange.changed(version);
        }

        @Override
        public synchronized void delete(User user) {
            store.delete(user.id());
        }
    }

    public static final class Catalogue implements CatalogueRepository {
        private final Map<ServiceId, Service> services = new LinkedHashMap<>();

        @Override
        public List<Service> findAllServices() {
            return services.values().stream().sorted(Comparator.comparing(Service::name)).toList();
        }

        @Override
        public Optional<Service> findService(ServiceId id) {
            return Optional.ofNullable(services.get(id));
        }

        @Override
        public void save(Service service) {
            services.put(service.id(), service);
        }
    }

    public static final class Orders implements OrderRepository {
        private final InMemoryStore<OrderId, Order> store = new InMemoryStore<>("Order", Order::id);
        private final Organisations organisations;
        private static final Comparator<Order> NEWEST_FIRST = Comparator.comparing(Order::placedAt).reversed();

        public Orders(Organisations organisations) {
            this.organisations = organisations;
        }

        @Override
        public Order create(Order order) {
            if (organisations.findByNumber(order.organisation()).isEmpty()) {
                throw NotFoundException.of("Organisation", order.organisation(), "Organisationen finns inte.");
            }
            return store.create(order);
        }

        @Override
        public Optional<Order> findById(OrderId id) {
            return store.find(id);
        }

        @Override
        public Page<Order> findByOrganisation(Organisationsnummer organisation, PageRequest page) {
            return store.page(o -> o.organisation().equals(organisation), NEWEST_FIRST, page);
        }

        @Override
        public Page<Order> findByStatus(OrderStatus status, PageRequest page) {
            return store.page(o -> o.status() == status, NEWEST_FIRST, page);
        }

        @Override
        public Order update(Order order) {
            return store.update(order);
        }

        @Override
        public Order transition(Order changed, OrderStatus expectedFrom) {
            return store.transition(changed, Order::status, expectedFrom);
        }
    }

    public static final class Attestations implements AttestationRepository {
        private final InMemoryStore<LinkId, AttestationLink> links =
                new InMemoryStore<>("AttestationLink", AttestationLink::id);
        private final InMemoryStore<LinkId, SmsChallenge> challenges =
                new InMemoryStore<>("SmsChallenge", SmsChallenge::link);
        private final Map<LinkId, BankIdAttestationOrder> bankIdOrders = new ConcurrentHashMap<>();

        @Override
        public AttestationLink createLink(AttestationLink link) {
            return links.create(link);
        }

        @Override
        public Optional<AttestationLink> findLink(LinkId id) {
            return links.find(id);
        }

        @Override
        public List<AttestationLink> findLinksByOrder(OrderId order) {
            return links.all(l -> l.order().equals(order), Comparator.comparing(AttestationLink::createdAt));
        }

        @Override
        public AttestationLink updateLink(AttestationLink link) {
            return links.update(link);
        }

        @Override
        public synchronized SmsChallenge replaceChallenge(SmsChallenge challenge) {
            Optional<SmsChallenge> current = challenges.find(challenge.link());
            int storedCount = current.map(SmsChallenge::codesSent).orElse(0);
            if (storedCount != challenge.codesSent() - 1) {
                throw new StaleVersionException("SmsChallenge", challenge.order().value(), storedCount);
            }
            return current.isPresent()
                    ? challenges.update(challenge.withVersion(current.get().version()))
                    : challenges.create(challenge);
        }

        @Override
        public Optional<SmsChallenge> findChallenge(LinkId link) {
            return challenges.find(link);
        }

        @Override
        public SmsChallenge updateChallenge(SmsChallenge challenge) {
            return challenges.update(challenge);
        }

        @Override
        public void saveBankIdOrder(BankIdAttestationOrder order) {
            bankIdOrders.put(order.link(), order);
        }

        @Override
        public Optional<BankIdAttestationOrder> findBankIdOrder(LinkId link) {
            return Optional.ofNullable(bankIdOrders.get(link));
        }
    }

    /** Keeps the first record of each id, as the Dynamo adapter's conditional put does. */
    public static final class Audit implements AuditLog {
        private final List<AuditRecord> records = new ArrayList<>();

        @Override
        public synchronized void append(AuditRecord record) {
            if (records.stream().noneMatch(stored -> stored.id().equals(record.id()))) {
                records.add(record);
            }
        }

        @Override
        public synchronized Page<AuditRecord> findByOrganisation(Organisationsnummer organisation, PageRequest page) {
            return Page.last(records.stream().filter(r -> r.organisation().equals(Optional.of(organisation)))
                    .sorted(Comparator.comparing(AuditRecord::at).reversed()).limit(page.limit()).toList());
        }

        @Override
        public synchronized Page<AuditRecord> findBySubject(AuditSubject subject, PageRequest page) {
            return Page.last(records.stream().filter(r -> r.subject().equals(subject))
                    .sorted(Comparator.comparing(AuditRecord::at).reversed()).limit(page.limit()).toList());
        }

        /** The actions of every record, oldest first. */
        public synchronized List<String> actions() {
            return records.stream().map(AuditRecord::action).toList();
        }

        /** Every record, oldest first. */
        public synchronized List<AuditRecord> records() {
            return List.copyOf(records);
        }
    }

    /** Remembers the codes it "sent", so a test can type the right one. */
    public static final class RecordingCodeSender implements OneTimeCodeSender {
        public record Sent(MobileNumber to, String code, OrderId order) {
        }

        private final List<Sent> sent = new ArrayList<>();

        @Override
        public synchronized void send(MobileNumber to, String code, OrderId order, String orderSummary) {
            sent.add(new Sent(to, code, order));
        }

        public synchronized List<Sent> sent() {
            return List.copyOf(sent);
        }

        public synchronized Sent last() {
            return sent.get(sent.size() - 1);
        }
    }
}
