package dev.warden.core.iam;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.id.IdPrefix;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.Page;
import dev.warden.core.model.ServiceSpecificCredential;
import dev.warden.core.model.ServiceSpecificCredentialStatus;
import dev.warden.core.model.User;
import dev.warden.core.secret.ServicePassword;
import dev.warden.core.store.StoreTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Service-specific credentials of IAM users (CreateServiceSpecificCredential and friends): a user name
 * and a generated password that work for one service only, at most {@value #PER_USER_PER_SERVICE} per
 * user and service. The password is sealed before it reaches the store and is handed out only by
 * create and reset.
 */
public final class ServiceSpecificCredentialService {

    /** "You can have a maximum of two sets of service-specific credentials for each supported service per user." */
    public static final int PER_USER_PER_SERVICE = 2;

    public static final String CODECOMMIT = "codecommit.amazonaws.com";
    public static final String KEYSPACES = "cassandra.amazonaws.com";
    public static final String BEDROCK = "bedrock.amazonaws.com";
    /** The services AWS's API reference names for service-specific credentials. */
    public static final Set<String> SUPPORTED_SERVICES = Set.of(CODECOMMIT, KEYSPACES, BEDROCK);

    private static final int MAX_CREDENTIAL_AGE_DAYS = 36_600;
    private static final String ID_PATTERN_TEXT = "[\\w]+";
    private static final Pattern ID_PATTERN = Pattern.compile(ID_PATTERN_TEXT);

    /** CreateServiceSpecificCredential's input; {@code credentialAgeDays} is null unless given. */
    public record CreateRequest(String userName, String serviceName, Integer credentialAgeDays) {
    }

    /** ListServiceSpecificCredentials' filters; {@code userName} is ignored when {@code allUsers}. */
    public record ListRequest(String userName, String serviceName, boolean allUsers, ListOptions options) {
    }

    private final IamContext ctx;
    private final UserCredentials<ServiceSpecificCredential> credentials;

    public ServiceSpecificCredentialService(IamContext ctx) {
        this.ctx = ctx;
        this.credentials = new UserCredentials<>(ctx, StoreTransaction::serviceSpecificCredentials,
                ServiceSpecificCredential::userId, ServiceSpecificCredential::credentialId,
                ServiceSpecificCredential::createDate, "Service Specific Credential");
    }

    public CreatedServiceSpecificCredential create(CreateRequest request) {
        String name = IamInputRules.userName(request.userName());
        String service = supportedService(request.serviceName());
        Integer ageDays = request.credentialAgeDays();
        if (ageDays != null) {
            if (ageDays < 1 || ageDays > MAX_CREDENTIAL_AGE_DAYS) {
                throw IamException.validation("credentialAgeDays", String.valueOf(ageDays),
                        "Member must have value between 1 and " + MAX_CREDENTIAL_AGE_DAYS);
            }
            if (!service.equals(BEDROCK)) {
                throw IamException.invalidInput("CredentialAgeDays is only valid for Bedrock API keys.");
            }
        }
        ServicePassword password = ServicePassword.generate(ctx.random());
        String id = ctx.ids().next(IdPrefix.SERVICE_SPECIFIC_CREDENTIAL);
        String sealed = ctx.secretCipher().encryptServicePassword(password, id);
        ServiceSpecificCredential created = ctx.store().write(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            List<ServiceSpecificCredential> sameService = tx.serviceSpecificCredentials().listForUser(user.userId())
                    .stream().filter(c -> c.serviceName().equals(service)).toList();
            if (sameService.size() >= PER_USER_PER_SERVICE) {
                throw IamException.limitExceeded("Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: "
                        + PER_USER_PER_SERVICE);
            }
            Instant now = ctx.now();
            ServiceSpecificCredential credential = new ServiceSpecificCredential(id, user.userId(), user.userName(),
                    service, serviceUserName(user, service, id, sameService), AccessKeyStatus.Active, now,
                    ageDays == null ? null : now.plus(Duration.ofDays(ageDays)));
            tx.serviceSpecificCredentials().insert(credential, sealed);
            return credential;
        });
        return new CreatedServiceSpecificCredential(created, password);
    }

    public Page<ServiceSpecificCredential> list(ListRequest request) {
        String service = request.serviceName() == null ? null : supportedService(request.serviceName());
        String userName = request.allUsers() ? null : IamInputRules.userName(request.userName());
        List<ServiceSpecificCredential> all = ctx.store().read(tx -> request.allUsers()
                ? tx.serviceSpecificCredentials().listForAccount(ctx.accountId())
                : tx.serviceSpecificCredentials().listForUser(
                        EntityLookup.user(tx, ctx.accountId(), userName).userId()));
        List<ServiceSpecificCredential> matching = all.stream()
                .filter(c -> service == null || c.serviceName().equals(service))
                .sorted(Comparator.comparing(ServiceSpecificCredentialService::listingKey))
                .toList();
        ListOptions options = request.options();
        return Pagination.pageInMemory(matching, new ListOptions(null, options.marker(), options.maxItems()),
                ServiceSpecificCredentialService::listingKey);
    }

    /** A new password for an existing credential; the old one stops working at once. */
    public CreatedServiceSpecificCredential reset(String userName, String credentialId) {
        String name = IamInputRules.userName(userName);
        String id = credentialId(credentialId);
        ServicePassword password = ServicePassword.generate(ctx.random());
        String sealed = ctx.secretCipher().encryptServicePassword(password, id);
        ServiceSpecificCredential credential = ctx.store().write(tx -> {
            ServiceSpecificCredential owned = credentials.owned(tx, name, id);
            tx.serviceSpecificCredentials().replacePassword(id, sealed);
            return owned;
        });
        return new CreatedServiceSpecificCredential(credential, password);
    }

    public void updateStatus(String userName, String credentialId, String status) {
        credentials.updateStatus(IamInputRules.userName(userName), credentialId(credentialId), status);
    }

    public void delete(String userName, String credentialId) {
        credentials.delete(IamInputRules.userName(userName), credentialId(credentialId));
    }

    /**
     * True when the credential exists, is active and unexpired, and its sealed password is
     * {@code candidate} (compared in constant time). For the services that will authenticate with these
     * credentials (none does in Warden yet), and the proof that what is sealed is what was handed out.
     */
    public boolean verifyPassword(String credentialId, ServicePassword candidate) {
        return ctx.store().read(tx -> tx.serviceSpecificCredentials().find(credentialId)
                .filter(c -> c.statusAt(ctx.now()) == ServiceSpecificCredentialStatus.Active)
                .flatMap(c -> tx.serviceSpecificCredentials().sealedPassword(credentialId))
                .map(sealed -> {
                    ServicePassword stored = ctx.secretCipher().decryptServicePassword(sealed, credentialId);
                    byte[] offered = candidate.bytes();
                    try {
                        return stored.matches(offered);
                    } finally {
                        Arrays.fill(offered, (byte) 0);
                        stored.destroy();
                    }
                })
                .orElse(false));
    }

    /**
     * {@code USER-at-ACCOUNT} for CodeCommit and Keyspaces, with {@code -1} for a user's second credential
     * of the service so that the service can tell them apart; Bedrock API keys get an alias of their own.
     */
    private String serviceUserName(User user, String service, String id, List<ServiceSpecificCredential> sameService) {
        if (service.equals(BEDROCK)) {
            return "BedrockAPIKey-" + id.substring(id.length() - 4).toLowerCase(Locale.ROOT) + "-at-"
                    + ctx.accountId();
        }
        String base = user.userName() + "-at-" + ctx.accountId();
        Set<String> taken = sameService.stream().map(ServiceSpecificCredential::serviceUserName)
                .collect(Collectors.toSet());
        String candidate = base;
        for (int suffix = 1; taken.contains(candidate); suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }

    private static String listingKey(ServiceSpecificCredential c) {
        return c.userId() + "/" + String.format("%020d", c.createDate().toEpochMilli()) + "/" + c.credentialId();
    }

    private static String supportedService(String serviceName) {
        IamInputRules.required("serviceName", serviceName);
        if (!SUPPORTED_SERVICES.contains(serviceName)) {
            throw new IamException(IamErrorCode.NOT_SUPPORTED_SERVICE,
                    "No such service " + serviceName + " is supported for Service-Specific Credentials");
        }
        return serviceName;
    }

    private static String credentialId(String value) {
        IamInputRules.required("serviceSpecificCredentialId", value);
        IamInputRules.length("serviceSpecificCredentialId", value, 20, 128);
        IamInputRules.pattern("serviceSpecificCredentialId", value, ID_PATTERN, ID_PATTERN_TEXT);
        return value;
    }
}
