/**
 * Least privilege over a stored account: findings that need the whole account (keys, trust, use),
 * policies written from the audit log, who-can / what-can answered by the policy engine, and the
 * trust and access graph. Reads the account through the core's storage port; no HTTP.
 */
package dev.warden.insight;
