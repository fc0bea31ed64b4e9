package dev.warden.server.iam;

import java.util.Map;

/** GetAccountSummary: the SummaryMap, as a Query map ({@code <entry><key/><value/></entry>}). */
final class AccountSummaryActions {

    private AccountSummaryActions() {}

    static void register(ActionTable table, IamApiContext context) {
        table.add("GetAccountSummary", r -> {
            Map<String, Integer> summary = context.iam().accountSummary().getAccountSummary();
            return xml -> {
                xml.start("SummaryMap");
                summary.forEach((key, value) -> xml.start("entry").element("key", key).element("value", value).end());
                xml.end();
            };
        });
    }
}
