package dev.warden.server.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;

/**
 * The operations the gateway knows. Adding one is one line: service, protocol, name, IAM action, the
 * resource ARN it is authorized on (service authorization reference) and its minimal answer.
 */
final class GatewayOperations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAMBDA_PATH = "/2015-03-31/functions";

    static final List<GatewayOperation> ALL = List.of(
            // AWS Glue (JSON 1.1)
            GatewayOperation.json("glue", GatewayProtocol.JSON_1_1, "AWSGlue", "StartJobRun", "glue:StartJobRun",
                    in -> arn(in, "glue", "job/" + in.text("JobName")),
                    in -> object().put("JobRunId", "jr_" + randomHex(32))),
            GatewayOperation.json("glue", GatewayProtocol.JSON_1_1, "AWSGlue", "DeleteJob", "glue:DeleteJob",
                    in -> arn(in, "glue", "job/" + in.text("JobName")),
                    in -> object().put("JobName", in.text("JobName"))),
            GatewayOperation.json("glue", GatewayProtocol.JSON_1_1, "AWSGlue", "GetJobs", "glue:GetJobs",
                    in -> arn(in, "glue", "job/*"),
                    in -> { ObjectNode o = object(); o.putArray("Jobs"); return o; }),
            // AWS Step Functions (JSON 1.0)
            GatewayOperation.json("states", GatewayProtocol.JSON_1_0, "AWSStepFunctions", "StartExecution",
                    "states:StartExecution", in -> in.text("stateMachineArn"),
                    in -> object().put("executionArn", in.text("stateMachineArn").replace(":stateMachine:",
                            ":execution:") + ":" + UUID.randomUUID()).put("startDate",
                            in.receivedAt().toEpochMilli() / 1000.0)),
            GatewayOperation.json("states", GatewayProtocol.JSON_1_0, "AWSStepFunctions", "ListStateMachines",
                    "states:ListStateMachines", in -> "*",
                    in -> { ObjectNode o = object(); o.putArray("stateMachines"); return o; }),
            // Amazon EMR (JSON 1.1)
            GatewayOperation.json("elasticmapreduce", GatewayProtocol.JSON_1_1, "ElasticMapReduce", "DescribeCluster",
                    "elasticmapreduce:DescribeCluster",
                    in -> arn(in, "elasticmapreduce", "cluster/" + in.text("ClusterId")),
                    in -> { ObjectNode o = object(); o.putObject("Cluster").put("Id", in.text("ClusterId")); return o; }),
            // describe-cluster in the CLI also lists the cluster's instance groups and bootstrap actions
            GatewayOperation.json("elasticmapreduce", GatewayProtocol.JSON_1_1, "ElasticMapReduce",
                    "ListInstanceGroups", "elasticmapreduce:ListInstanceGroups",
                    in -> arn(in, "elasticmapreduce", "cluster/" + in.text("ClusterId")),
                    in -> { ObjectNode o = object(); o.putArray("InstanceGroups"); return o; }),
            GatewayOperation.json("elasticmapreduce", GatewayProtocol.JSON_1_1, "ElasticMapReduce",
                    "ListInstanceFleets", "elasticmapreduce:ListInstanceFleets",
                    in -> arn(in, "elasticmapreduce", "cluster/" + in.text("ClusterId")),
                    in -> { ObjectNode o = object(); o.putArray("InstanceFleets"); return o; }),
            GatewayOperation.json("elasticmapreduce", GatewayProtocol.JSON_1_1, "ElasticMapReduce",
                    "ListBootstrapActions", "elasticmapreduce:ListBootstrapActions",
                    in -> arn(in, "elasticmapreduce", "cluster/" + in.text("ClusterId")),
                    in -> { ObjectNode o = object(); o.putArray("BootstrapActions"); return o; }),
            GatewayOperation.json("elasticmapreduce", GatewayProtocol.JSON_1_1, "ElasticMapReduce", "ListClusters",
                    "elasticmapreduce:ListClusters", in -> "*",
                    in -> { ObjectNode o = object(); o.putArray("Clusters"); return o; }),
            GatewayOperation.json("elasticmapreduce", GatewayProtocol.JSON_1_1, "ElasticMapReduce",
                    "TerminateJobFlows", "elasticmapreduce:TerminateJobFlows",
                    in -> arn(in, "elasticmapreduce", "cluster/" + in.body().path("JobFlowIds").path(0).asText("")),
                    in -> object()),
            // AWS Lambda (REST-JSON)
            GatewayOperation.rest("lambda", "Invoke", "POST", LAMBDA_PATH + "/([^/]+)/invocations",
                    "lambda:InvokeFunction", in -> function(in, in.path(0)), in -> object(), 200),
            GatewayOperation.rest("lambda", "DeleteFunction", "DELETE", LAMBDA_PATH + "/([^/]+)",
                    "lambda:DeleteFunction", in -> function(in, in.path(0)), in -> null, 204),
            GatewayOperation.rest("lambda", "ListFunctions", "GET", LAMBDA_PATH + "/?",
                    "lambda:ListFunctions", in -> "*",
                    in -> { ObjectNode o = object(); o.putArray("Functions"); return o; }, 200));

    private GatewayOperations() {}

    /** The JSON-protocol operation named by {@code X-Amz-Target}. */
    static Optional<GatewayOperation> byTarget(String signingName, String target) {
        return ALL.stream().filter(op -> op.signingName().equals(signingName))
                .filter(op -> op.target().filter(target::equals).isPresent()).findFirst();
    }

    /** The REST-JSON operation at this method and (raw) path, with its captured path parameters. */
    static Optional<Matched> byPath(String signingName, String method, String rawPath) {
        for (GatewayOperation op : ALL) {
            if (!op.signingName().equals(signingName) || op.path().isEmpty() || !op.method().equals(method)) {
                continue;
            }
            Matcher m = op.path().get().matcher(rawPath);
            if (m.matches()) {
                List<String> groups = new java.util.ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) {
                    groups.add(m.group(i));
                }
                return Optional.of(new Matched(op, groups));
            }
        }
        return Optional.empty();
    }

    /** @param rawParameters still percent-encoded */
    record Matched(GatewayOperation operation, List<String> rawParameters) {}

    static List<String> signingNames() {
        return ALL.stream().map(GatewayOperation::signingName).distinct().toList();
    }

    private static String arn(GatewayInput in, String service, String resource) {
        return "arn:aws:" + service + ":" + in.region() + ":" + in.account() + ":" + resource;
    }

    /** A function name may be given as a name, a partial ARN or a full ARN. */
    private static String function(GatewayInput in, String name) {
        if (name.startsWith("arn:")) {
            return name;
        }
        return arn(in, "lambda", "function:" + name);
    }

    private static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private static String randomHex(int length) {
        byte[] bytes = new byte[length / 2];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static JsonNode emptyBody() {
        return object();
    }
}
