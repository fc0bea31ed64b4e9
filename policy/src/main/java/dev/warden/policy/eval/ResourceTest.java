package dev.warden.policy.eval;

import dev.warden.policy.context.RequestContext;

/** The compiled Resource / NotResource element of a statement. */
interface ResourceTest {
  boolean matches(String resource, RequestContext context, Explainer explainer);
}
