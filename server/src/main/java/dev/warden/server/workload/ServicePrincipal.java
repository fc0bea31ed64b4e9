package dev.warden.server.workload;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The AWS service a workload runs as, e.g. {@code lambda.amazonaws.com}, and the ARN AWS would give
 * the workload in that service, used as {@code aws:SourceArn} when the service assumes the role.
 *
 * <p>Warden runs no such resource; the ARN is chosen per service in the shape AWS uses for the thing
 * that carries the role (a Lambda function, an ECS task, an EC2 instance, a Glue job, a state machine,
 * an EMR cluster), named after the session so that confused-deputy conditions can be written against it.
 */
public record ServicePrincipal(String name) {

    private static final String SUFFIX = ".amazonaws.com";
    private static final Pattern SHORT_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,62}");

    public ServicePrincipal {
        String shortName = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : "";
        if (!SHORT_NAME.matcher(shortName).matches() || shortName.contains(".amazonaws")) {
            throw new AwsError(AwsErrorCode.VALIDATION_ERROR, "1 validation error detected: Value '" + name
                    + "' at 'service' failed to satisfy constraint: Member must be a service name such as lambda"
                    + " or a service principal such as lambda.amazonaws.com");
        }
    }

    /** {@code lambda} and {@code lambda.amazonaws.com} both name the Lambda service principal. */
    public static ServicePrincipal parse(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        return new ServicePrincipal(lower.endsWith(SUFFIX) ? lower : lower + SUFFIX);
    }

    /** The service's short name: {@code lambda} for {@code lambda.amazonaws.com}. */
    public String shortName() {
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** The ARN of the workload in this service's format, for {@code aws:SourceArn}. */
    public String sourceArn(String region, String account, String workloadName) {
        return switch (shortName()) {
            case "lambda" -> "arn:aws:lambda:" + region + ":" + account + ":function:" + workloadName;
            case "ecs-tasks", "ecs" -> "arn:aws:ecs:" + region + ":" + account + ":task/warden/" + workloadName;
            case "ec2" -> "arn:aws:ec2:" + region + ":" + account + ":instance/" + workloadName;
            case "glue" -> "arn:aws:glue:" + region + ":" + account + ":job/" + workloadName;
            case "states" -> "arn:aws:states:" + region + ":" + account + ":stateMachine:" + workloadName;
            case "elasticmapreduce" -> "arn:aws:elasticmapreduce:" + region + ":" + account + ":cluster/"
                    + workloadName;
            default -> "arn:aws:" + shortName() + ":" + region + ":" + account + ":" + workloadName;
        };
    }
}
