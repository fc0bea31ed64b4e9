package dev.warden.bench.catalog;

import dev.warden.catalog.Catalog;
import dev.warden.catalog.ManagedPolicies;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

/**
 * Retained heap of the loaded catalogue: used heap after full GCs, before and after loading, with
 * the loaded objects kept reachable. Also prints the wall time of each cold load.
 * Run: {@code java -cp bench/target/benchmarks.jar dev.warden.bench.catalog.CatalogHeapMeasurement}
 * (add {@code -Xmx60m} to show the catalogue fits the budget with room for the JVM's own heap use).
 */
public final class CatalogHeapMeasurement {
  private CatalogHeapMeasurement() {}

  public static void main(String[] args) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long base = settledUsedHeap(memory);

    long start = System.nanoTime();
    Catalog catalog = Catalog.loadEmbedded();
    long referenceMillis = (System.nanoTime() - start) / 1_000_000;
    long afterReference = settledUsedHeap(memory);

    start = System.nanoTime();
    ManagedPolicies policies = ManagedPolicies.loadEmbedded();
    long policiesMillis = (System.nanoTime() - start) / 1_000_000;
    long afterPolicies = settledUsedHeap(memory);

    System.out.printf("reference:         %,d actions, %d services; cold load %d ms; retained %.1f MB%n",
        catalog.actions().size(), catalog.services().size(), referenceMillis, mb(afterReference - base));
    System.out.printf("managed policies:  %,d policies; cold load %d ms; retained %.1f MB%n",
        policies.all().size(), policiesMillis, mb(afterPolicies - afterReference));
    System.out.printf("total retained:    %.1f MB (max heap %.0f MB)%n",
        mb(afterPolicies - base), mb(Runtime.getRuntime().maxMemory()));
    Reference.reachabilityFence(catalog);
    Reference.reachabilityFence(policies);
  }

  private static long settledUsedHeap(MemoryMXBean memory) {
    long previous = Long.MAX_VALUE;
    long used = memory.getHeapMemoryUsage().getUsed();
    // Repeat full collections until the figure stops falling; one System.gc() may leave garbage.
    for (int i = 0; i < 10 && used < previous; i++) {
      previous = used;
      System.gc();
      used = memory.getHeapMemoryUsage().getUsed();
    }
    return used;
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
