import { config } from 'zod/v4/core';

// Zod compiles fast parsers with `new Function` when it can, and probes for that once. The app's
// Content-Security-Policy forbids eval, so the probe fails silently, but the browser still reports
// it as a policy violation (colinhacks/zod#4461). Parsing without it is just as correct. This runs
// before any page module defines a schema.
config({ jitless: true });
