package dev.warden.catalog;

/**
 * Where an embedded data set came from: the npm package and exact version the refresh tool read.
 *
 * @param updatedAt the upstream data timestamp, empty when the package does not publish one
 */
public record CatalogSource(String npmPackage, String version, String license, String updatedAt) {}
