package dev.warden.server.iam;

import dev.warden.server.testing.PerStoreSdkTest;
import dev.warden.server.testing.TestStore;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * An IAM SDK test class: for each available {@link TestStore}, one {@link IamServerFixture} and an
 * administrator's client, started before a subclass's own {@code @BeforeParameterizedClassInvocation}
 * method and closed after the store's run (see {@link PerStoreSdkTest}).
 */
abstract class IamSdkTest extends PerStoreSdkTest {

    static IamServerFixture warden;
    static IamClient iam;

    @BeforeParameterizedClassInvocation
    static void startServer(TestStore store) {
        warden = closeAfterStore(new IamServerFixture(folder.resolve(store.name()), store));
        iam = closeAfterStore(warden.client());
    }
}
