package dev.warden.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import dev.warden.core.audit.UserIdentity;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.Account;
import dev.warden.core.model.Group;
import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.ManagedPolicy;
import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.PolicyOwnerKind;
import dev.warden.core.model.PolicyVersion;
import dev.warden.core.model.Role;
import dev.warden.core.model.RoleLastUsed;
import dev.warden.core.model.ServiceSpecificCredential;
import dev.warden.core.model.Tag;
import dev.warden.core.model.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every Store implementation must do, run against a real database by each subclass. */
abstract class StoreContractTest {
    static final String ACCOUNT = "123456789012";

    protected Store store;

    /** Opens the store under test on the same database every time it is called within one test. */
    protected abstract Store openStore();

    @BeforeEach
    void openAndSeed() {
        store = openStore();
        store.write(tx -> {
            tx.accounts().insert(new Account(ACCOUNT, Instant.EPOCH));
            return null;
        });
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void reopeningKeepsDataAndDoesNotRemigrate() {
        store.write(tx -> {
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA1", "alice", 1));
            return null;
        });
        store.close();
        store = openStore();
        Optional<User> found = store.read(tx -> tx.users().findByName(ACCOUNT, "ALICE"));
        assertThat(found).isPresent();
        assertThat(found.get().tags()).isEmpty();
        assertThat(found.get().createDate()).isEqualTo(Instant.ofEpochMilli(1000));
    }

    @Test
    void failedUnitOfWorkLeavesNoTrace() {
        assertThatThrownBy(() -> store.write(tx -> {
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA1", "alice", 1));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        int count = store.read(tx -> tx.users().count(ACCOUNT));
        assertThat(count).isZero();
    }

    @Test
    void namesAreUniqueCaseInsensitively() {
        store.write(tx -> {
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA1", "Alice", 1));
            return null;
        });
        assertThatThrownBy(() -> store.write(tx -> {
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA2", "ALICE", 1));
            return null;
        })).isInstanceOf(StoreException.class);
    }

    @Test
    void staleVersionIsRejected() {
        User alice = user("AIDAAAAAAAAAAAAAAAAA1", "alice", 1);
        store.write(tx -> {
            tx.users().insert(alice);
            return null;
        });
        store.write(tx -> {
            tx.users().update(withTags(alice, List.of(new Tag("a", "1"))));
            return null;
        });
        assertThatThrownBy(() -> store.write(tx -> {
            tx.users().update(withTags(alice, List.of(new Tag("b", "2"))));
            return null;
        })).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void pagesByNameWithPathPrefix() {
        store.write(tx -> {
            int i = 0;
            for (String n : List.of("d", "B", "a", "C")) {
                tx.users().insert(new User(ACCOUNT, "AIDAAAAAAAAAAAAAAAAA" + i++, n, n.equals("a") ? "/x/" : "/y/z/",
                        Instant.EPOCH, null, List.of(), 1));
            }
            return null;
        });
        List<User> first = store.read(tx -> tx.users().list(ACCOUNT, new ListWindow(null, null, 3)));
        assertThat(first).extracting(User::userName).containsExactly("a", "B", "C");
        List<User> rest = store.read(tx -> tx.users().list(ACCOUNT, new ListWindow(null, "c", 3)));
        assertThat(rest).extracting(User::userName).containsExactly("d");
        List<User> y = store.read(tx -> tx.users().list(ACCOUNT, new ListWindow("/y/", null, 10)));
        assertThat(y).extracting(User::userName).containsExactly("B", "C", "d");
    }

    @Test
    void auditRowsRoundTripAndFilter() {
        AuditEvent e = new AuditEvent("e1", Instant.ofEpochMilli(5000), "iam.amazonaws.com", "CreateUser", "us-east-1",
                null, null, new UserIdentity("IAMUser", "AIDA", "arn:aws:iam::123456789012:user/a", ACCOUNT, null, null),
                null, null, "AccessDenied", "no", "r1", null);
        store.write(tx -> {
            tx.audit().append(e);
            return null;
        });
        List<AuditEvent> found = store.read(tx -> tx.audit().query(new AuditQuery(null, null, null, null, "AccessDenied", 5)));
        assertThat(found).containsExactly(e);
    }

    @Test
    void auditRowsAppendedAsABatchRoundTripLikeSingleOnes() {
        List<AuditEvent> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(new AuditEvent("b" + i, Instant.ofEpochMilli(6000 + i), "sts.amazonaws.com", "AssumeRole",
                    "eu-west-1", "127.0.0.1", "agent", new UserIdentity("IAMUser", "AIDA", "arn:aws:iam::123456789012:user/a",
                    ACCOUNT, "AKIA" + i, null), null, null, i % 2 == 0 ? null : "AccessDenied", null, "r" + i, null));
        }
        store.write(tx -> {
            tx.audit().appendAll(batch);
            return null;
        });
        List<AuditEvent> found = store.read(tx -> tx.audit().query(new AuditQuery(null, null, null, "AssumeRole", null, 10)));
        List<AuditEvent> newestFirst = new ArrayList<>(batch);
        java.util.Collections.reverse(newestFirst);
        assertThat(found).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void concurrentReadModifyWriteLosesNoUpdate() throws Exception {
        User alice = user("AIDAAAAAAAAAAAAAAAAA1", "alice", 1);
        store.write(tx -> {
            tx.users().insert(alice);
            return null;
        });
        int threads = 8;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    String key = "t" + thread + "-" + i;
                    store.write(tx -> {
                        User current = tx.users().findById(alice.userId()).orElseThrow();
                        List<Tag> tags = new ArrayList<>(current.tags());
                        tags.add(new Tag(key, "v"));
                        tx.users().update(withTags(current, tags));
                        return null;
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        User after = store.read(tx -> tx.users().findById(alice.userId()).orElseThrow());
        assertThat(after.tags()).hasSize(threads * perThread);
        assertThat(after.version()).isEqualTo(1 + threads * perThread);
    }

    @Test
    void roleLastUseKeepsTheLatestOfEachRoleAndGoesWithTheRole() {
        String r1 = "AROAAAAAAAAAAAAAAAAA1";
        String r2 = "AROAAAAAAAAAAAAAAAAA2";
        String gone = "AROAAAAAAAAAAAAAAAAA9";
        store.write(tx -> {
            for (String id : List.of(r1, r2)) {
                tx.roles().insert(new Role(ACCOUNT, id, "r" + id.charAt(id.length() - 1), "/", "{}", null, 3600, null,
                        List.of(), Instant.EPOCH, 1));
            }
            return null;
        });
        record Use(String roleId, RoleLastUsed use) {
        }
        RoleLastUsed t2 = new RoleLastUsed(Instant.ofEpochMilli(2_000), "eu-west-1");
        RoleLastUsed t1 = new RoleLastUsed(Instant.ofEpochMilli(1_000), "us-east-1");
        RoleLastUsed t3 = new RoleLastUsed(Instant.ofEpochMilli(3_000), null);
        // Each row: a use recorded in its own unit of work; the last column what r1 and r2 show after it.
        record Step(Use recorded, RoleLastUsed r1After, RoleLastUsed r2After) {
        }
        List<Step> steps = List.of(
                new Step(new Use(r1, t2), t2, null),
                new Step(new Use(r1, t1), t2, null), // an older use arriving late does not win
                new Step(new Use(r2, t1), t2, t1),
                new Step(new Use(r2, t3), t2, t3), // no Region is kept as none
                new Step(new Use(gone, t3), t2, t3)); // a role deleted before the save: nothing stored, no error
        for (Step step : steps) {
            store.write(tx -> {
                tx.roles().recordUse(step.recorded().roleId(), step.recorded().use());
                return null;
            });
            Map<String, RoleLastUsed> stored = store.read(tx -> tx.roles().lastUsed(List.of(r1, r2, gone)));
            Map<String, RoleLastUsed> expected = new java.util.HashMap<>();
            Optional.ofNullable(step.r1After()).ifPresent(u -> expected.put(r1, u));
            Optional.ofNullable(step.r2After()).ifPresent(u -> expected.put(r2, u));
            assertThat(stored).as("after %s", step.recorded()).isEqualTo(expected);
        }
        Map<String, RoleLastUsed> noneAsked = store.read(tx -> tx.roles().lastUsed(List.of()));
        assertThat(noneAsked).isEmpty();

        store.write(tx -> {
            tx.roles().delete(r1);
            return null;
        });
        Map<String, RoleLastUsed> afterDelete = store.read(tx -> tx.roles().lastUsed(List.of(r1, r2)));
        assertThat(afterDelete).containsOnlyKeys(r2);
    }

    @Test
    void accountWideReadsReturnOnlyThatAccountsRowsInOrder() {
        String other = "210987654321";
        String p1 = "arn:aws:iam::" + ACCOUNT + ":policy/p1";
        String aws = "arn:aws:iam::aws:policy/ReadOnlyAccess";
        store.write(tx -> {
            tx.accounts().insert(new Account(other, Instant.EPOCH));
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA1", "alice", 1));
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA2", "bob", 1));
            tx.users().insert(new User(other, "AIDAAAAAAAAAAAAAAAAA9", "mallory", "/", Instant.EPOCH, null, List.of(), 1));
            tx.roles().insert(new Role(ACCOUNT, "AROAAAAAAAAAAAAAAAAA1", "r", "/", "{}", null, 3600, null, List.of(),
                    Instant.EPOCH, 1));
            for (Group g : List.of(new Group(ACCOUNT, "AGPAAAAAAAAAAAAAAAA1", "zeta", "/", Instant.EPOCH, 1),
                    new Group(ACCOUNT, "AGPAAAAAAAAAAAAAAAA2", "Alpha", "/", Instant.EPOCH, 1),
                    new Group(other, "AGPAAAAAAAAAAAAAAAA9", "theirs", "/", Instant.EPOCH, 1))) {
                tx.groups().insert(g);
            }
            tx.groups().addMember("AGPAAAAAAAAAAAAAAAA1", "AIDAAAAAAAAAAAAAAAAA1", Instant.EPOCH);
            tx.groups().addMember("AGPAAAAAAAAAAAAAAAA2", "AIDAAAAAAAAAAAAAAAAA1", Instant.EPOCH);
            tx.groups().addMember("AGPAAAAAAAAAAAAAAAA9", "AIDAAAAAAAAAAAAAAAAA9", Instant.EPOCH);
            tx.policies().insert(new ManagedPolicy(ACCOUNT, "ANPAAAAAAAAAAAAAAAA1", "p1", "/", null, "v2", 3, List.of(),
                    Instant.EPOCH, Instant.EPOCH, 0, 0, 1));
            tx.policies().insertVersion(new PolicyVersion("ANPAAAAAAAAAAAAAAAA1", "v1", "{\"old\":1}", false, Instant.EPOCH));
            tx.policies().insertVersion(new PolicyVersion("ANPAAAAAAAAAAAAAAAA1", "v2", "{\"new\":2}", true,
                    Instant.ofEpochMilli(1)));
            tx.policies().insert(new ManagedPolicy(other, "ANPAAAAAAAAAAAAAAAA9", "p9", "/", null, "v1", 2, List.of(),
                    Instant.EPOCH, Instant.EPOCH, 0, 0, 1));
            tx.policies().insertVersion(new PolicyVersion("ANPAAAAAAAAAAAAAAAA9", "v1", "{}", true, Instant.EPOCH));
            for (String[] row : List.of(new String[] {"user", "AIDAAAAAAAAAAAAAAAAA1", "Second"},
                    new String[] {"user", "AIDAAAAAAAAAAAAAAAAA1", "first"}, new String[] {"user", "AIDAAAAAAAAAAAAAAAAA9", "x"},
                    new String[] {"role", "AROAAAAAAAAAAAAAAAAA1", "work"}, new String[] {"group", "AGPAAAAAAAAAAAAAAAA1", "g"},
                    new String[] {"group", "AGPAAAAAAAAAAAAAAAA9", "g"})) {
                tx.inlinePolicies().put(new InlinePolicy(owner(row[0], row[1]), row[2], "{\"" + row[2] + "\":0}"));
            }
            tx.attachments().attach(PolicyOwner.user("AIDAAAAAAAAAAAAAAAAA1"), p1, Instant.ofEpochMilli(2));
            tx.attachments().attach(PolicyOwner.user("AIDAAAAAAAAAAAAAAAAA1"), aws, Instant.ofEpochMilli(1));
            tx.attachments().attach(PolicyOwner.user("AIDAAAAAAAAAAAAAAAAA9"), aws, Instant.ofEpochMilli(1));
            tx.attachments().attach(PolicyOwner.role("AROAAAAAAAAAAAAAAAAA1"), aws, Instant.ofEpochMilli(1));
            tx.attachments().attach(PolicyOwner.group("AGPAAAAAAAAAAAAAAAA2"), p1, Instant.ofEpochMilli(1));
            tx.attachments().attach(PolicyOwner.group("AGPAAAAAAAAAAAAAAAA9"), aws, Instant.ofEpochMilli(1));
            return null;
        });

        store.read(tx -> {
            assertThat(tx.policies().defaultDocumentsInAccount(ACCOUNT)).containsExactly(Map.entry(p1, "{\"new\":2}"));
            assertThat(tx.groups().groupsOfUsersInAccount(ACCOUNT)).containsOnlyKeys("AIDAAAAAAAAAAAAAAAAA1");
            assertThat(tx.groups().groupsOfUsersInAccount(ACCOUNT).get("AIDAAAAAAAAAAAAAAAAA1"))
                    .extracting(Group::groupName).containsExactly("Alpha", "zeta");
            Map<String, List<InlinePolicy>> userInline = tx.inlinePolicies().listInAccount(PolicyOwnerKind.USER, ACCOUNT);
            assertThat(userInline).containsOnlyKeys("AIDAAAAAAAAAAAAAAAAA1");
            assertThat(userInline.get("AIDAAAAAAAAAAAAAAAAA1")).extracting(InlinePolicy::policyName)
                    .containsExactly("first", "Second");
            assertThat(tx.inlinePolicies().listInAccount(PolicyOwnerKind.ROLE, ACCOUNT))
                    .containsExactly(Map.entry("AROAAAAAAAAAAAAAAAAA1", List.of(new InlinePolicy(
                            PolicyOwner.role("AROAAAAAAAAAAAAAAAAA1"), "work", "{\"work\":0}"))));
            assertThat(tx.inlinePolicies().listInAccount(PolicyOwnerKind.GROUP, ACCOUNT)).containsOnlyKeys(
                    "AGPAAAAAAAAAAAAAAAA1");
            assertThat(tx.attachments().attachedInAccount(PolicyOwnerKind.USER, ACCOUNT))
                    .containsExactly(Map.entry("AIDAAAAAAAAAAAAAAAAA1", List.of(aws, p1)));
            assertThat(tx.attachments().attachedInAccount(PolicyOwnerKind.ROLE, ACCOUNT))
                    .containsExactly(Map.entry("AROAAAAAAAAAAAAAAAAA1", List.of(aws)));
            assertThat(tx.attachments().attachedInAccount(PolicyOwnerKind.GROUP, ACCOUNT))
                    .containsExactly(Map.entry("AGPAAAAAAAAAAAAAAAA2", List.of(p1)));
            assertThat(tx.attachments().attachedInAccount(PolicyOwnerKind.GROUP, other))
                    .containsExactly(Map.entry("AGPAAAAAAAAAAAAAAAA9", List.of(aws)));
            return null;
        });
    }

    @Test
    void serviceSpecificCredentialRowsKeepTheirSealedPasswordAndOptionalExpiry() {
        ServiceSpecificCredential git = new ServiceSpecificCredential("ACCAAAAAAAAAAAAAAAA1", "AIDAAAAAAAAAAAAAAAAA1",
                "alice", "codecommit.amazonaws.com", "alice-at-" + ACCOUNT, AccessKeyStatus.Active,
                Instant.ofEpochMilli(5), null);
        ServiceSpecificCredential bedrock = new ServiceSpecificCredential("ACCAAAAAAAAAAAAAAAA2", "AIDAAAAAAAAAAAAAAAAA1",
                "alice", "bedrock.amazonaws.com", "BedrockAPIKey-aaa2-at-" + ACCOUNT, AccessKeyStatus.Active,
                Instant.ofEpochMilli(6), Instant.ofEpochMilli(86_400_006L));
        store.write(tx -> {
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA1", "alice", 1));
            tx.serviceSpecificCredentials().insert(git, "v1:first");
            tx.serviceSpecificCredentials().insert(bedrock, "v1:other");
            return null;
        });
        store.write(tx -> {
            tx.serviceSpecificCredentials().replacePassword(git.credentialId(), "v1:second");
            tx.serviceSpecificCredentials().updateStatus(bedrock.credentialId(), AccessKeyStatus.Inactive);
            return null;
        });

        store.read(tx -> {
            var repo = tx.serviceSpecificCredentials();
            assertThat(repo.find(git.credentialId())).contains(git);
            assertThat(repo.sealedPassword(git.credentialId())).contains("v1:second");
            assertThat(repo.listForUser("AIDAAAAAAAAAAAAAAAAA1")).extracting(ServiceSpecificCredential::credentialId)
                    .containsExactly(git.credentialId(), bedrock.credentialId());
            assertThat(repo.find(bedrock.credentialId()).orElseThrow().expirationDate())
                    .isEqualTo(Instant.ofEpochMilli(86_400_006L));
            assertThat(repo.find(bedrock.credentialId()).orElseThrow().status()).isEqualTo(AccessKeyStatus.Inactive);
            assertThat(repo.listForAccount(ACCOUNT)).hasSize(2);
            assertThat(repo.listForAccount("210987654321")).isEmpty();
            return null;
        });
        store.write(tx -> {
            tx.serviceSpecificCredentials().delete(git.credentialId());
            return null;
        });
        store.read(tx -> {
            assertThat(tx.serviceSpecificCredentials().find(git.credentialId())).isEmpty();
            assertThat(tx.serviceSpecificCredentials().sealedPassword(git.credentialId())).isEmpty();
            return null;
        });
    }

    @Test
    void passwordHistoryKeepsTheNewestGenerationsPerUser() {
        store.write(tx -> {
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA1", "alice", 1));
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA2", "bob", 1));
            for (int i = 1; i <= 5; i++) {
                tx.passwordHistory().add("AIDAAAAAAAAAAAAAAAAA1", "h" + i, Instant.ofEpochMilli(7));
            }
            tx.passwordHistory().add("AIDAAAAAAAAAAAAAAAAA2", "bob1", Instant.ofEpochMilli(7));
            tx.passwordHistory().trim("AIDAAAAAAAAAAAAAAAAA1", 3);
            return null;
        });
        store.read(tx -> {
            assertThat(tx.passwordHistory().latest("AIDAAAAAAAAAAAAAAAAA1", 10)).containsExactly("h5", "h4", "h3");
            assertThat(tx.passwordHistory().latest("AIDAAAAAAAAAAAAAAAAA1", 2)).containsExactly("h5", "h4");
            assertThat(tx.passwordHistory().latest("AIDAAAAAAAAAAAAAAAAA2", 10)).containsExactly("bob1");
            return null;
        });
        store.write(tx -> {
            tx.passwordHistory().add("AIDAAAAAAAAAAAAAAAAA1", "h6", Instant.ofEpochMilli(8));
            tx.passwordHistory().deleteForUser("AIDAAAAAAAAAAAAAAAAA2");
            return null;
        });
        store.read(tx -> {
            assertThat(tx.passwordHistory().latest("AIDAAAAAAAAAAAAAAAAA1", 1)).containsExactly("h6");
            assertThat(tx.passwordHistory().latest("AIDAAAAAAAAAAAAAAAAA2", 10)).isEmpty();
            return null;
        });
    }

    private static PolicyOwner owner(String kind, String id) {
        return switch (kind) {
            case "user" -> PolicyOwner.user(id);
            case "role" -> PolicyOwner.role(id);
            default -> PolicyOwner.group(id);
        };
    }

    static User user(String id, String name, long version) {
        return new User(ACCOUNT, id, name, "/", Instant.ofEpochMilli(1000), null, List.of(), version);
    }

    static User withTags(User u, List<Tag> tags) {
        return new User(u.accountId(), u.userId(), u.userName(), u.path(), u.createDate(), u.permissionsBoundaryArn(),
                tags, u.version());
    }
}
