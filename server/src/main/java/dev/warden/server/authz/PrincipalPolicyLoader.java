package dev.warden.server.authz;

import dev.warden.core.iam.Iam;
import dev.warden.core.model.Tag;
import dev.warden.insight.access.AccountPolicyLoader;
import dev.warden.insight.access.PrincipalPolicySet;
import dev.warden.server.principal.WardenPrincipal;
import java.util.List;
import java.util.Optional;

/**
 * A request's principal, with its session claims, handed to the shared {@link AccountPolicyLoader}:
 * the server authorizes with exactly the policies the analyses (who-can, what-can, graph, policy
 * generation) evaluate.
 */
public final class PrincipalPolicyLoader {

    private final AccountPolicyLoader shared;

    public PrincipalPolicyLoader(Iam iam, PolicyDocuments documents) {
        this.shared = new AccountPolicyLoader(iam, documents);
    }

    public CompiledPrincipal load(WardenPrincipal principal) {
        return CompiledPrincipal.from(shared.load(principal.caller(), principal.session()));
    }

    /** The current default version of a managed policy ARN, AWS managed or of this account. */
    public Optional<String> managedDocument(String arn) {
        return shared.managedDocument(arn);
    }

    /** Session tags override role tags with the same key, compared without case (IAM User Guide). */
    static List<Tag> overlay(List<Tag> base, List<Tag> overriding) {
        return AccountPolicyLoader.overlay(base, overriding);
    }
}
