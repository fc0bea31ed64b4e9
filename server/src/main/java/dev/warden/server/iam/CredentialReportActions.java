package dev.warden.server.iam;

import dev.warden.core.iam.CredentialReportService;
import dev.warden.core.model.CredentialReport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * GenerateCredentialReport and GetCredentialReport. The report is a blob in the model, so its CSV
 * travels base64-encoded in {@code <Content>}; the SDKs decode it.
 */
final class CredentialReportActions {

    static final String REPORT_FORMAT = "text/csv";

    private CredentialReportActions() {}

    static void register(ActionTable table, IamApiContext context) {
        CredentialReportService reports = context.iam().credentialReports();
        table.add("GenerateCredentialReport", r -> {
            CredentialReportService.Generation generation = reports.generateCredentialReport();
            return xml -> {
                xml.element("State", generation.state().name());
                if (generation.description() != null) {
                    xml.element("Description", generation.description());
                }
            };
        });
        table.add("GetCredentialReport", r -> {
            CredentialReport report = reports.getCredentialReport();
            String content = Base64.getEncoder().encodeToString(report.csv().getBytes(StandardCharsets.UTF_8));
            return xml -> xml.element("Content", content)
                    .element("ReportFormat", REPORT_FORMAT)
                    .element("GeneratedTime", report.generatedAt());
        });
    }
}
