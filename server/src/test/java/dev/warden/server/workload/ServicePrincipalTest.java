package dev.warden.server.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.error.AwsError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServicePrincipalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "lambda, lambda.amazonaws.com, arn:aws:lambda:eu-west-1:123456789012:function:job",
        "Lambda.amazonaws.com, lambda.amazonaws.com, arn:aws:lambda:eu-west-1:123456789012:function:job",
        "ecs-tasks, ecs-tasks.amazonaws.com, arn:aws:ecs:eu-west-1:123456789012:task/warden/job",
        "ec2, ec2.amazonaws.com, arn:aws:ec2:eu-west-1:123456789012:instance/job",
        "glue, glue.amazonaws.com, arn:aws:glue:eu-west-1:123456789012:job/job",
        "states, states.amazonaws.com, arn:aws:states:eu-west-1:123456789012:stateMachine:job",
        "elasticmapreduce, elasticmapreduce.amazonaws.com, arn:aws:elasticmapreduce:eu-west-1:123456789012:cluster/job",
        "sagemaker, sagemaker.amazonaws.com, arn:aws:sagemaker:eu-west-1:123456789012:job",
    })
    void namesTheServicePrincipalAndTheWorkloadsArn(String given, String principal, String sourceArn) {
        ServicePrincipal service = ServicePrincipal.parse(given);

        assertThat(service.name()).isEqualTo(principal);
        assertThat(service.sourceArn("eu-west-1", "123456789012", "job")).isEqualTo(sourceArn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-x", "a b", "lambda.amazonaws.com.evil", "arn:aws:iam::1:role/x"})
    void refusesWhatIsNoServiceName(String given) {
        assertThatThrownBy(() -> ServicePrincipal.parse(given)).isInstanceOf(AwsError.class)
                .hasMessageContaining("at 'service'");
    }
}
