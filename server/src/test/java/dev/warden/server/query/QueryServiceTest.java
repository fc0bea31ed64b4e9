package dev.warden.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryServiceTest {

    @Test
    void knowsIamAndStsBySigningNameAndVersion() {
        assertThat(QueryService.bySigningName("iam")).contains(QueryService.IAM);
        assertThat(QueryService.bySigningName("sts")).contains(QueryService.STS);
        assertThat(QueryService.bySigningName("s3")).isEmpty();
        assertThat(QueryService.byVersion("2010-05-08")).contains(QueryService.IAM);
        assertThat(QueryService.byVersion("2011-06-15")).contains(QueryService.STS);
        assertThat(QueryService.byVersion("2012-01-01")).isEmpty();
        assertThat(QueryService.IAM.xmlNamespace()).isEqualTo("https://iam.amazonaws.com/doc/2010-05-08/");
        assertThat(QueryService.STS.xmlNamespace()).isEqualTo("https://sts.amazonaws.com/doc/2011-06-15/");
    }
}
