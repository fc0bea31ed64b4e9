package dev.warden.insight.access;

import dev.warden.catalog.AccessLevel;

/** One action a principal may perform on one resource (as its policies name it), and how. */
public record WhatCanEntry(String service, AccessLevel accessLevel, String action, String resource, AccessVerdict verdict) {}
