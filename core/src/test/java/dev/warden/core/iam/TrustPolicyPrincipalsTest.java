package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustPolicyPrincipalsTest {
    private static final String ALICE_ARN = "arn:aws:iam::123456789012:user/alice";
    private static final String ALICE_ID = "AIDAALICEALICEALICEAL";
    private static final String ROLE_ARN = "arn:aws:iam::123456789012:role/ops/r";
    private static final String ROLE_ID = "AROAROLEROLEROLEROLER";

    /** A fixed two-entity directory: this class is pure, so a map is its whole world. */
    private final PrincipalDirectory directory = new PrincipalDirectory() {
        private final Map<String, String> byArn = Map.of(ALICE_ARN, ALICE_ID, ROLE_ARN, ROLE_ID);

        @Override
        public Optional<String> uniqueIdOf(String arn) {
            return Optional.ofNullable(byArn.get(arn));
        }

        @Override
        public Optional<String> arnOf(String uniqueId) {
            return byArn.entrySet().stream().filter(e -> e.getValue().equals(uniqueId)).map(Map.Entry::getKey).findFirst();
        }
    };

    private final TrustPolicyPrincipals principals = new TrustPolicyPrincipals("123456789012");

    private static String doc(String awsValue) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":" + awsValue
                + "},\"Action\":\"sts:AssumeRole\"}]}";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"arn:aws:iam::123456789012:user/alice\"|\"AIDAALICEALICEALICEAL\"",
        "[\"arn:aws:iam::123456789012:user/alice\",\"arn:aws:iam::123456789012:role/ops/r\"]|[\"AIDAALICEALICEALICEAL\",\"AROAROLEROLEROLEROLER\"]",
        "[\"arn:aws:iam::123456789012:root\",\"arn:aws:iam::123456789012:user/alice\"]|[\"arn:aws:iam::123456789012:root\",\"AIDAALICEALICEALICEAL\"]"})
    void storageAndDisplayAreInverse(String shown, String stored) {
        assertThat(principals.toStorage(doc(shown), directory)).isEqualTo(doc(stored));
        assertThat(principals.toDisplay(doc(stored), directory)).isEqualTo(doc(shown));
    }

    @Test
    void unknownIdsStayRawOnDisplay() {
        String stored = doc("\"AROAGONEGONEGONEGONEG\"");
        assertThat(principals.toDisplay(stored, directory)).isEqualTo(stored);
    }

    @Test
    void documentsWithoutRewritesAreReturnedByteForByte() {
        String spaced = "{ \"Version\" : \"2012-10-17\",\n \"Statement\" : { \"Effect\":\"Allow\", \"Principal\":"
                + " {\"Service\": \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\" } }";
        assertThat(principals.toStorage(spaced, directory)).isSameAs(spaced);
        assertThat(principals.toDisplay(spaced, directory)).isSameAs(spaced);
    }

    @Test
    void missingPrincipalOfThisAccountIsInvalid() {
        failsWith(IamErrorCode.MALFORMED_POLICY_DOCUMENT,
                () -> principals.toStorage(doc("\"arn:aws:iam::123456789012:user/bob\""), directory))
                .hasMessage("Invalid principal in policy: \"AWS\":\"arn:aws:iam::123456789012:user/bob\"");
    }

    @Test
    void otherAccountsAndSessionsAreLeftAlone() {
        String other = doc("[\"arn:aws:iam::210987654321:user/x\",\"arn:aws:sts::123456789012:assumed-role/r/s\"]");
        assertThat(principals.toStorage(other, directory)).isEqualTo(other);
    }
}
