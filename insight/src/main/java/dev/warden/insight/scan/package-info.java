/**
 * Hardcoded AWS credentials in files and git history: access key ids (shown in full, they identify),
 * secret access keys and session tokens (always masked, they authenticate), each checked offline
 * against the keys Warden itself issued. Pure Java over bytes; git history through the installed
 * {@code git} binary.
 */
package dev.warden.insight.scan;
