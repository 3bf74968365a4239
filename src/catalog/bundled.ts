import type { Policy } from "../schema/types.js";

/**
 * A policy as the build ships it, its JSON text (see tsup.config.ts), or as the sources hold it, an
 * object (where the sources are read directly, as the tests do).
 *
 * @internal
 */
export function fromBundled(raw: unknown): Policy {
  return (typeof raw === "string" ? JSON.parse(raw) : raw) as Policy;
}
