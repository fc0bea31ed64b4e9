package dev.warden.catalog;

/**
 * The embedded data is missing or not in the expected format. This is a build defect (the resources
 * are generated and committed), so it is unchecked; the golden-facts test exists to catch it first.
 */
public final class CatalogDataException extends RuntimeException {
  public CatalogDataException(String message) {
    super(message);
  }

  public CatalogDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
