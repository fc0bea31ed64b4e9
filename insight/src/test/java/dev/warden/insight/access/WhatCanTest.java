package dev.warden.insight.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.catalog.AccessLevel;
import dev.warden.catalog.Catalog;
import dev.warden.insight.testing.SmallAccountTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WhatCanTest extends SmallAccountTest {

    @Test
    void listsExactlyTheGrantedActionsWithTheirAccessLevelAndConditions() {
        AccountPrincipal alice = account.principals().find(ARN + "user/alice").orElseThrow();
        List<WhatCanEntry> entries = WhatCan.ask(alice, Optional.empty(), Catalog.get());
        assertThat(entries).extracting(e -> e.action() + " " + e.resource() + " " + e.verdict().access())
                .containsExactlyInAnyOrder("iam:GetUser * ALLOWED", "iam:CreateUser * CONDITIONAL");
        assertThat(entries).filteredOn(e -> e.action().equals("iam:CreateUser")).singleElement()
                .satisfies(e -> {
                    assertThat(e.accessLevel()).isEqualTo(AccessLevel.WRITE);
                    assertThat(e.verdict().allowedIf().get(0).conditionText()).isEqualTo("aws:SourceIp IpAddress 10.0.0.0/8");
                });
    }

    @Test
    void theBoundaryLimitsWhatAnAdministratorCanDo() {
        AccountPrincipal carol = account.principals().find(ARN + "user/carol").orElseThrow();
        List<WhatCanEntry> iam = WhatCan.ask(carol, Optional.of("iam"), Catalog.get());
        assertThat(iam).isNotEmpty().allSatisfy(e -> assertThat(e.action()).startsWith("iam:Get"));
        assertThat(iam).extracting(WhatCanEntry::action).contains("iam:GetUser", "iam:GetRole");
    }

    @Test
    void resourcesAreThoseThePoliciesNameWhereTheActionActsOnThem() {
        AccountPrincipal dave = account.principals().find(ARN + "user/dave").orElseThrow();
        List<WhatCanEntry> iam = WhatCan.ask(dave, Optional.of("iam"), Catalog.get());
        assertThat(iam).extracting(e -> e.action() + " " + e.resource())
                .containsExactlyInAnyOrder("iam:TagUser *", "iam:PassRole " + ARN + "role/deployer");
    }
}
