/**
 * {@code warden lint --account}: every policy document a Warden account stores, linted as what it
 * is used as, privilege escalation judged per principal over all the policies that apply to it, and
 * the account facts (access keys, role use, unattached policies). The document checks themselves
 * live in {@code dev.warden.catalog.lint}; this package reads the account and puts them together.
 */
package dev.warden.insight.lint;
