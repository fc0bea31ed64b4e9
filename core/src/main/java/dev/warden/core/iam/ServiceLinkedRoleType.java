package dev.warden.core.iam;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What AWS creates for {@code CreateServiceLinkedRole} with one service principal: the role's name
 * and the AWS managed permissions policy ({@code arn:aws:iam::aws:policy/aws-service-role/...}) it
 * carries. The services below use the names their service-linked-role documentation states (e.g.
 * Amazon EMR: {@code AWSServiceRoleForEMRCleanup} with {@code AmazonEMRCleanupPolicy}). Any other
 * {@code *.amazonaws.com} service follows the documented convention {@code AWSServiceRoleFor<Service>}
 * with its first DNS label capitalised, and no permissions policy (Warden cannot know it).
 *
 * @param policyName null when no permissions policy is known
 */
public record ServiceLinkedRoleType(String serviceName, String roleName, String policyName) {

    private static final String SUFFIX = ".amazonaws.com";

    private static final Map<String, ServiceLinkedRoleType> DOCUMENTED = Map.ofEntries(
            documented("elasticmapreduce.amazonaws.com", "EMRCleanup", "AmazonEMRCleanupPolicy"),
            documented("emr-serverless.amazonaws.com", "AmazonEMRServerless", "AmazonEMRServerlessServiceRolePolicy"),
            documented("autoscaling.amazonaws.com", "AutoScaling", "AutoScalingServiceRolePolicy"),
            documented("dynamodb.application-autoscaling.amazonaws.com", "ApplicationAutoScaling_DynamoDBTable",
                    "AWSApplicationAutoscalingDynamoDBTablePolicy"),
            documented("ecs.amazonaws.com", "ECS", "AmazonECSServiceRolePolicy"),
            documented("eks.amazonaws.com", "AmazonEKS", "AmazonEKSServiceRolePolicy"),
            documented("elasticloadbalancing.amazonaws.com", "ElasticLoadBalancing",
                    "AWSElasticLoadBalancingServiceRolePolicy"),
            documented("spot.amazonaws.com", "EC2Spot", "AWSEC2SpotServiceRolePolicy"),
            documented("rds.amazonaws.com", "RDS", "AmazonRDSServiceRolePolicy"),
            documented("elasticache.amazonaws.com", "ElastiCache", "ElastiCacheServiceRolePolicy"),
            documented("config.amazonaws.com", "Config", "AWSConfigServiceRolePolicy"),
            documented("organizations.amazonaws.com", "Organizations", "AWSOrganizationsServiceTrustPolicy"),
            documented("support.amazonaws.com", "Support", "AWSSupportServiceRolePolicy"),
            documented("trustedadvisor.amazonaws.com", "TrustedAdvisor", "AWSTrustedAdvisorServiceRolePolicy"),
            documented("guardduty.amazonaws.com", "AmazonGuardDuty", "AmazonGuardDutyServiceRolePolicy"),
            documented("replicator.lambda.amazonaws.com", "LambdaReplicator", "AWSLambdaReplicator"));

    /** The type for a service principal, or empty when it is not an AWS service principal. */
    public static Optional<ServiceLinkedRoleType> forService(String serviceName) {
        ServiceLinkedRoleType known = DOCUMENTED.get(serviceName);
        if (known != null) {
            return Optional.of(known);
        }
        if (!serviceName.endsWith(SUFFIX) || serviceName.length() == SUFFIX.length()) {
            return Optional.empty();
        }
        String label = serviceName.substring(0, serviceName.indexOf('.'));
        StringBuilder service = new StringBuilder();
        for (String part : label.split("-")) {
            if (!part.isEmpty()) {
                service.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return Optional.of(new ServiceLinkedRoleType(serviceName, "AWSServiceRoleFor" + service, null));
    }

    /** The role's path: {@code /aws-service-role/<service>/}. */
    public String path() {
        return ServiceLinkedRoles.PATH_PREFIX + serviceName + "/";
    }

    /** The ARN of the permissions policy, if one is known. */
    public Optional<String> policyArn() {
        return Optional.ofNullable(policyName).map(name -> "arn:aws:iam::aws:policy/aws-service-role/" + name);
    }

    /** The trust policy AWS fixes for the role: only the service may assume it. */
    public String trustPolicy() {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\""
                + serviceName + "\"},\"Action\":\"sts:AssumeRole\"}]}";
    }

    private static Map.Entry<String, ServiceLinkedRoleType> documented(String service, String roleSuffix, String policy) {
        return Map.entry(service, new ServiceLinkedRoleType(service, "AWSServiceRoleFor" + roleSuffix, policy));
    }
}
