package dev.warden.server.testing;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.JsonPolicyDocumentCheck;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.sts.IssuedSession;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.server.QueryCall;
import dev.warden.server.auth.AuthLocation;
import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.auth.CredentialScope;
import dev.warden.server.auth.SigningIdentity;
import dev.warden.server.principal.CoreCredentialStore;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.QueryService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Warden home (SQLite, master key, IAM core, token service) in a temporary folder, with
 * helpers to create entities and to build the {@link QueryCall}s the server would hand to handlers
 * and authorizers, with principals resolved by {@link CoreCredentialStore}.
 */
public final class CoreTestHome implements AutoCloseable {

    public static final String ACCOUNT = "123456789012";

    private final WardenHome home;
    private final CoreCredentialStore credentials;
    private final Clock clock;

    public CoreTestHome(Path folder, Clock clock) {
        this.clock = clock;
        this.home = WardenHome.open(WardenHomeSettings.defaults(folder).withAccountId(ACCOUNT).withClock(clock)
                .withPolicyCheck(new JsonPolicyDocumentCheck(), arn -> ManagedPolicies.get().find(arn).isPresent()));
        this.credentials = new CoreCredentialStore(home.iam(), home.sessions());
    }

    public WardenHome home() {
        return home;
    }

    public Iam iam() {
        return home.iam();
    }

    public CoreCredentialStore credentials() {
        return credentials;
    }

    /** Creates a user with one access key (and optional tags). */
    public CreatedAccessKey user(String name, Tag... tags) {
        iam().users().createUser(new UserRequests.CreateUser(name, null, null, List.of(tags)));
        return iam().accessKeys().createAccessKey(name);
    }

    public void userPolicy(String user, String document) {
        iam().inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy(user, "p" + document.hashCode(), document));
    }

    public Role role(String name, String trust, String permissions) {
        Role role = iam().roles().createRole(RoleRequests.CreateRole.of(name, trust));
        if (permissions != null) {
            iam().inlinePolicies().putRolePolicy(new InlinePolicyRequests.PutPolicy(name, "permissions", permissions));
        }
        return role;
    }

    public static String trustNaming(String... principalArns) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\""
                + String.join("\",\"", principalArns) + "\"]},\"Action\":\"sts:AssumeRole\"}]}";
    }

    public static String allow(String action) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"" + action
                + "\",\"Resource\":\"*\"}]}";
    }

    /** Signs in with a long-term key, as the credential store resolves it. */
    public WardenPrincipal principal(CreatedAccessKey key) {
        return credentials.resolve(key.accessKey().accessKeyId(), Optional.empty()).orElseThrow().principal();
    }

    /** Issues a session and resolves it, as a request signed with it would be. */
    public SigningIdentity<WardenPrincipal> session(SessionGrant grant) {
        IssuedSession session = home.sessions().issue(grant);
        return credentials.resolve(session.accessKeyId(), Optional.of(session.sessionToken())).orElseThrow();
    }

    public WardenPrincipal roleSession(Role role, String sessionName) {
        return session(SessionGrant.of(ACCOUNT, new SessionPrincipal.AssumedRole(role.roleId(), role.arn(),
                role.roleName(), sessionName), Duration.ofHours(1))).principal();
    }

    /** The call the server would build for {@code service}/{@code action} signed by {@code principal}. */
    public QueryCall<WardenPrincipal> call(QueryService service, String action, WardenPrincipal principal,
            Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Action", action);
        all.put("Version", service.version());
        all.putAll(params);
        AuthenticatedCaller<WardenPrincipal> caller = new AuthenticatedCaller<>(
                new dev.warden.server.auth.CallerIdentity("id", ACCOUNT, principal.caller().arn()),
                principal.accessKeyId(), new CredentialScope("20260101", "us-east-1", service.signingName(),
                        CredentialScope.TERMINATOR),
                AuthLocation.HEADER, principal.temporary(), principal.session().map(s -> s.expiresAt()), principal);
        return new QueryCall<>("request-1", service, action, QueryParameters.of(all), Optional.of(caller),
                clock.instant(), "10.1.2.3", "test-agent", true);
    }

    /** The call the server would build for an unsigned {@code service}/{@code action} (no caller). */
    public QueryCall<WardenPrincipal> unsignedCall(QueryService service, String action, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Action", action);
        all.put("Version", service.version());
        all.putAll(params);
        return new QueryCall<>("request-1", service, action, QueryParameters.of(all), Optional.empty(),
                clock.instant(), "10.1.2.3", "test-agent", true);
    }

    @Override
    public void close() {
        home.close();
    }
}
