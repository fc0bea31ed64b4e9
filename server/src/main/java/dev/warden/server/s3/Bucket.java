package dev.warden.server.s3;

import java.time.Instant;

/** A bucket: its name and when it was created. */
record Bucket(String name, Instant created) {}
