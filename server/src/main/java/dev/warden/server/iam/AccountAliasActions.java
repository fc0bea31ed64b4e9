package dev.warden.server.iam;

import dev.warden.core.iam.AccountAliasService;
import dev.warden.core.model.Page;
import dev.warden.server.xml.XmlResult;

/** The account alias actions: one alias per account, replaced by CreateAccountAlias, listed as a list of one. */
final class AccountAliasActions {

    private AccountAliasActions() {}

    static void register(ActionTable table, IamApiContext context) {
        AccountAliasService aliases = context.iam().accountAliases();
        table.add("CreateAccountAlias", r -> {
            aliases.createAccountAlias(r.required("AccountAlias"));
            return XmlResult.NONE;
        });
        table.add("DeleteAccountAlias", r -> {
            aliases.deleteAccountAlias(r.required("AccountAlias"));
            return XmlResult.NONE;
        });
        table.add("ListAccountAliases", r -> {
            Page<String> page = aliases.listAccountAliases(r.pageOptions());
            return xml -> {
                xml.stringList("AccountAliases", page.items());
                PageXml.write(xml, page);
            };
        });
    }
}
