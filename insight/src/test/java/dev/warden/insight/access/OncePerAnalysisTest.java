package dev.warden.insight.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.iam.PrincipalPolicies.ManagedPolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OncePerAnalysisTest {

    static final String ALLOW_S3 = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";
    static final String ALLOW_ALL = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
    static final String CUSTOMER = "arn:aws:iam::123456789012:policy/p";
    static final String AWS = "arn:aws:iam::aws:policy/AdministratorAccess";

    /** The shared compiler, counting what it is asked to compile. */
    static final class Counting implements StoredPolicyCompiler {
        final StoredPolicyDocuments real = new StoredPolicyDocuments(arn -> arn.equals(AWS) ? Optional.of(ALLOW_ALL) : Optional.empty());
        final List<String> compiled = new ArrayList<>();

        @Override
        public synchronized CompiledPolicy compileStored(String document, PolicyKind kind, String id, PolicyType type) {
            compiled.add(id + " " + type);
            return real.compileStored(document, kind, id, type);
        }

        @Override
        public Optional<CompiledPolicy> compileManaged(ManagedPolicyDocument managed, PolicyType type) {
            throw new AssertionError("the analysis resolves managed documents itself");
        }

        @Override
        public Optional<String> awsManagedDocument(String arn) {
            return real.awsManagedDocument(arn);
        }
    }

    @Test
    void eachDistinctDocumentIsCompiledOnce() {
        Counting shared = new Counting();
        OncePerAnalysis once = new OncePerAnalysis(shared);
        for (int principal = 0; principal < 3; principal++) {
            once.compileStored(ALLOW_S3, PolicyKind.IDENTITY_INLINE_GROUP, "group/devs/read", PolicyType.IDENTITY);
            once.compileManaged(new ManagedPolicyDocument(CUSTOMER, ALLOW_S3), PolicyType.IDENTITY);
            once.compileManaged(new ManagedPolicyDocument(CUSTOMER, ALLOW_S3), PolicyType.PERMISSIONS_BOUNDARY);
            once.compileManaged(new ManagedPolicyDocument(AWS, null), PolicyType.IDENTITY);
        }
        assertThat(shared.compiled).containsExactlyInAnyOrder("group/devs/read IDENTITY", CUSTOMER + " IDENTITY",
                CUSTOMER + " PERMISSIONS_BOUNDARY", AWS + " IDENTITY");
    }

    /** Table: what a managed policy reference compiles to, as the shared compiler reads it. */
    @Test
    void managedPoliciesResolveAsTheSharedCompilerDoes() {
        record Case(ManagedPolicyDocument managed, PolicyType type, boolean present) {}
        List<Case> cases = List.of(
                new Case(new ManagedPolicyDocument(CUSTOMER, ALLOW_S3), PolicyType.IDENTITY, true),
                new Case(new ManagedPolicyDocument(CUSTOMER, null), PolicyType.IDENTITY, false),
                new Case(new ManagedPolicyDocument(AWS, null), PolicyType.PERMISSIONS_BOUNDARY, true),
                new Case(new ManagedPolicyDocument("arn:aws:iam::aws:policy/Gone", null), PolicyType.IDENTITY, false));
        StoredPolicyDocuments reference = new Counting().real;
        OncePerAnalysis once = new OncePerAnalysis(new Counting());
        for (Case c : cases) {
            Optional<List<Object>> expected = reference.compileManaged(c.managed(), c.type()).map(OncePerAnalysisTest::parts);
            assertThat(once.compileManaged(c.managed(), c.type()).map(OncePerAnalysisTest::parts)).as(c.toString())
                    .isEqualTo(expected);
            assertThat(expected.isPresent()).as(c.toString()).isEqualTo(c.present());
        }
    }

    /** What a compiled policy is made of (compiled statements compare by identity). */
    static List<Object> parts(CompiledPolicy policy) {
        return List.of(policy.id(), policy.type(), policy.document(), policy.statements().toString());
    }
}
