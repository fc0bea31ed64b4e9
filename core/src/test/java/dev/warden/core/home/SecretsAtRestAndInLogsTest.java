package dev.warden.core.home;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.UserIdentity;
import dev.warden.core.error.IamException;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.LoginProfileRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.secret.Password;
import dev.warden.core.secret.PasswordHasher;
import dev.warden.core.sts.IssuedSession;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Deliverable 7: after a realistic session (bootstrap, keys, passwords, STS, audit of requests that
 * carried secrets), no secret appears in plain text in any database file nor in any log event, at
 * TRACE level for every logger.
 */
class SecretsAtRestAndInLogsTest {
    private static final String PASSWORD = "Correct-Horse-Battery-Staple-42";

    @TempDir
    Path tmp;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void captureAllLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previousLevel = root.getLevel();
        LoggerContext context = root.getLoggerContext();
        context.getLoggerList().forEach(l -> {
            if (l.getLevel() != null) {
                l.setLevel(Level.TRACE);
            }
        });
        root.setLevel(Level.TRACE);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restoreLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(captured);
        root.setLevel(previousLevel);
        ((LoggerContext) LoggerFactory.getILoggerFactory()).reset();
        try {
            new ch.qos.logback.classic.util.ContextInitializer((LoggerContext) LoggerFactory.getILoggerFactory())
                    .autoConfig();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noSecretInDatabaseFilesOrLogs() throws Exception {
        Path home = tmp.resolve("home");
        List<String> secrets = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (WardenHome w = WardenHome.open(WardenHomeSettings.defaults(home)
                .withArgon2(new PasswordHasher.Argon2Settings(64, 1, 1)))) {
            String credentials = Files.readString(w.credentialsFile());
            secrets.add(credentials.substring(credentials.indexOf("aws_secret_access_key = ") + 24).strip());

            w.iam().users().createUser(UserRequests.CreateUser.named("alice"));
            CreatedAccessKey key = w.iam().accessKeys().createAccessKey("alice");
            secrets.add(key.secretAccessKey().reveal());
            CreatedAccessKey second = w.iam().accessKeys().createAccessKey("alice");
            secrets.add(second.secretAccessKey().reveal());

            w.iam().loginProfiles().createLoginProfile(
                    new LoginProfileRequests.CreateLoginProfile("alice", Password.of(PASSWORD), false));
            secrets.add(PASSWORD);
            assertThat(w.iam().loginProfiles().verifyPassword("alice", Password.of(PASSWORD))).isTrue();
            try {
                w.iam().loginProfiles().updateLoginProfile(new LoginProfileRequests.UpdateLoginProfile("alice",
                        Password.of("x".repeat(129) + "Leaky-Password"), null));
            } catch (IamException expected) {
                LoggerFactory.getLogger(getClass()).warn("update failed", expected);
            }
            secrets.add("Leaky-Password");

            IssuedSession session = w.sessions().issue(SessionGrant.of(w.accountId(),
                    new SessionPrincipal.IamUser("AIDAEXAMPLE", "arn:aws:iam::" + w.accountId() + ":user/alice", "alice"),
                    Duration.ofHours(1)));
            secrets.add(session.secretAccessKey().reveal());
            secrets.add(session.sessionToken());

            w.audit().record(new AuditEvent(null, null, "sts.amazonaws.com", "GetSessionToken", "us-east-1", "127.0.0.1",
                    "test", UserIdentity.anonymous(),
                    json.readTree("{\"password\":\"" + PASSWORD + "\"}"),
                    json.readTree("{\"credentials\":{\"accessKeyId\":\"" + session.accessKeyId() + "\",\"secretAccessKey\":\""
                            + session.secretAccessKey().reveal() + "\",\"sessionToken\":\"" + session.sessionToken() + "\"}}"),
                    null, null, "req", null));
            LoggerFactory.getLogger(getClass()).info("issued {} for {}", session, key);
        }

        assertThat(secrets).hasSize(7).allSatisfy(s -> assertThat(s).isNotBlank());
        List<Path> dbFiles;
        try (Stream<Path> files = Files.list(home)) {
            dbFiles = files.filter(p -> p.getFileName().toString().startsWith("warden.db")).toList();
        }
        assertThat(dbFiles).isNotEmpty();
        for (Path file : dbFiles) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                // A boolean check, so a failure names the file without dumping it or the secret.
                assertThat(bytes.contains(secret)).as("secret #" + secrets.indexOf(secret) + " in " + file.getFileName())
                        .isFalse();
            }
        }

        assertThat(captured.list).isNotEmpty();
        for (ILoggingEvent event : captured.list) {
            String text = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String secret : secrets) {
                assertThat(text.contains(secret)).as("secret #" + secrets.indexOf(secret) + " in a log event from "
                        + event.getLoggerName()).isFalse();
            }
        }
        assertThat(captured.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("issued IssuedSession"));
    }
}
