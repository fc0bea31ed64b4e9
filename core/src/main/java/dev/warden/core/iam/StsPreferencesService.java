package dev.warden.core.iam;

/**
 * SetSecurityTokenServicePreferences: the account's choice of global endpoint token version, kept in
 * the store so every node and every restart reports the same GlobalEndpointTokenVersion in
 * GetAccountSummary. Warden has no Regions to enable, so its STS issues the same session tokens
 * whichever version is set: the preference is recorded and reported, which is what clients and
 * account audits read.
 */
public final class StsPreferencesService {
    private final IamContext ctx;

    public StsPreferencesService(IamContext ctx) {
        this.ctx = ctx;
    }

    public void setGlobalEndpointTokenVersion(String version) {
        GlobalEndpointTokenVersion parsed = GlobalEndpointTokenVersion.parse(version);
        ctx.store().write(tx -> {
            tx.stsPreferences().putGlobalEndpointTokenVersion(ctx.accountId(), parsed, ctx.now());
            return null;
        });
    }

    public GlobalEndpointTokenVersion globalEndpointTokenVersion() {
        return ctx.store().read(tx -> tx.stsPreferences().globalEndpointTokenVersion(ctx.accountId()))
                .orElse(GlobalEndpointTokenVersion.DEFAULT);
    }
}
