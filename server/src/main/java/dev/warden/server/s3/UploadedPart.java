package dev.warden.server.s3;

/** A part as CompleteMultipartUpload names it: its number and the ETag UploadPart answered. */
record UploadedPart(int partNumber, String etag) {}
