// Fatal errors of the crypto packages (go1.24+): crypto/rand and the FIPS 140-3 module call
// the runtime's fatal (linknamed) when they cannot go on safely.

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const RAND: Explanation = {
  title: "crypto/rand could not read random data",
  what: "The operating system refused to give the program random bytes (getrandom, /dev/urandom, or the platform's equivalent failed). Since go1.24 `crypto/rand.Read` never returns an error: a program without secure randomness must not go on, so it stops with a fatal error that recover cannot catch.",
  mechanism: [
    {
      since: "go1.24",
      text: "`crypto/rand.Read` (and the internal `sysrand` used by crypto packages) call the runtime's `fatal` with `crypto/rand: failed to read random data (see https://go.dev/issue/66821): <error>`.",
    },
    {
      until: "go1.23",
      text: "`crypto/rand.Read` returned the error to the caller instead.",
    },
  ],
  causes: [
    "A seccomp profile or sandbox that blocks the `getrandom` system call (old container runtimes, restrictive profiles).",
    "A chroot or minimal container without /dev/urandom on a kernel that lacks getrandom.",
    "Very early boot, before the kernel's entropy pool is initialised.",
  ],
  fix: "Allow `getrandom` in the seccomp profile (or update the container runtime), or provide /dev/urandom in the filesystem the program runs in.",
  example: `# check the syscall is allowed in the container:
#   docker run --security-opt seccomp=unconfined … (to test)
#   strace -f -e trace=getrandom ./app`,
  confirm: [
    "The error after the colon names the failing call and errno (`operation not permitted` means seccomp)",
    "`strace -f -e trace=getrandom ./app`",
  ],
};

const FIPS: Explanation = {
  title: "FIPS 140-3 self-test failed",
  what: "The Go Cryptographic Module ran in FIPS 140-3 mode (`GODEBUG=fips140=on` or `only`) and one of its known-answer self-tests failed, so every cryptographic operation is unsafe and the program stops.",
  mechanism: [
    {
      since: "go1.24",
      text: "`crypto/internal/fips140` runs its self-tests (CASTs and pairwise consistency tests) before first use and calls the runtime's `fatal` with `FIPS 140-3 self-test failed: <test>: <error>`.",
    },
  ],
  causes: [
    "A corrupted binary or memory (the module's integrity check or an algorithm gives wrong answers).",
    "`GODEBUG=failfipscast=<name>` set to force a failure (used for testing).",
  ],
  fix: "Check `GODEBUG` for `failfipscast`, rebuild the binary, and test the hardware if the failure is random.",
  example: `# GODEBUG=fips140=on ./app   (FIPS mode)
# unset any failfipscast setting`,
  confirm: [
    "`go version -m ./app` shows the FIPS module version and GODEBUG defaults; `echo $GODEBUG`",
  ],
};

export const CRYPTO_RULES: Rule[] = [
  rule({
    id: "crypto-rand-failed",
    category: "other",
    kind: "user-fatal",
    since: "go1.24",
    pattern:
      /^crypto\/rand: failed to read random data \(see https:\/\/go\.dev\/issue\/66821\): (?<error>.+)$/,
    summary: (v) => `The OS gave no random data: ${v.error}.`,
    explanation: RAND,
  }),
  rule({
    id: "fips-self-test-failed",
    category: "other",
    kind: "user-fatal",
    since: "go1.24",
    pattern: /^FIPS 140-3 self-test failed: (?<test>[^:]+): (?<error>.+)$/,
    explanation: FIPS,
  }),
];
