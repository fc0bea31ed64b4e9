package dev.warden.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatewayOperationsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "glue, AWSGlue.StartJobRun, StartJobRun, glue:StartJobRun",
        "glue, AWSGlue.DeleteJob, DeleteJob, glue:DeleteJob",
        "glue, AWSGlue.CreateJob, -, -",
        "states, AWSStepFunctions.StartExecution, StartExecution, states:StartExecution",
        "elasticmapreduce, ElasticMapReduce.DescribeCluster, DescribeCluster, elasticmapreduce:DescribeCluster",
        "glue, ElasticMapReduce.DescribeCluster, -, -",
    })
    void jsonOperationsAreFoundByTarget(String service, String target, String name, String action) {
        var op = GatewayOperations.byTarget(service, target);
        assertThat(op.map(GatewayOperation::name).orElse(null)).isEqualTo(name);
        assertThat(op.map(GatewayOperation::action).orElse(null)).isEqualTo(action);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "POST, /2015-03-31/functions/my-fn/invocations, Invoke, my-fn",
        "POST, /2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A1%3Afunction%3Af/invocations, Invoke, arn%3Aaws%3Alambda%3Aus-east-1%3A1%3Afunction%3Af",
        "DELETE, /2015-03-31/functions/my-fn, DeleteFunction, my-fn",
        "GET, /2015-03-31/functions/, ListFunctions, -",
        "GET, /2015-03-31/functions/my-fn, -, -",
        "POST, /2015-03-31/functions/a/b/invocations, -, -",
    })
    void restOperationsAreFoundByMethodAndPath(String method, String path, String name, String parameter) {
        var matched = GatewayOperations.byPath("lambda", method, path);
        assertThat(matched.map(m -> m.operation().name()).orElse(null)).isEqualTo(name);
        assertThat(matched.flatMap(m -> m.rawParameters().stream().findFirst()).orElse(null)).isEqualTo(parameter);
    }

    @Test
    void theServicesAreTheOnesTheExamplesUse() {
        assertThat(GatewayOperations.signingNames())
                .containsExactlyInAnyOrder("glue", "states", "elasticmapreduce", "lambda");
    }
}
