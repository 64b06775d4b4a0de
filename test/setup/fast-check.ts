/**
 * Property tests run with a fixed seed in CI (so that a run is repeatable and a red build always
 * means the same input), and with a new seed on a developer's machine (so that new inputs keep
 * being tried). FC_SEED=<n> repeats any run; a failure prints its seed and counterexample.
 */
import fc from "fast-check";

const fixed = process.env.FC_SEED ?? (process.env.CI ? "20261129" : undefined);
if (fixed !== undefined) fc.configureGlobal({ seed: Number(fixed) });
