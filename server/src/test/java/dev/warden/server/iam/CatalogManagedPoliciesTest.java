package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogManagedPoliciesTest {

    static final CatalogManagedPolicies DIRECTORY = new CatalogManagedPolicies();

    @ParameterizedTest
    @CsvSource({
        "arn:aws:iam::aws:policy/AdministratorAccess, true",
        "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole, true",
        "arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole, false",
        "arn:aws:iam::aws:policy/administratoraccess, false",
        "arn:aws:iam::aws:policy/NoSuchPolicyEver, false",
        "arn:aws-cn:iam::aws:policy/AdministratorAccess, false",
        "AdministratorAccess, false",
    })
    void existsOnlyForTheExactArn(String arn, boolean exists) {
        assertThat(DIRECTORY.exists(arn)).isEqualTo(exists);
    }
}
