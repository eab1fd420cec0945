// crypto 包的致命错误（go1.24 起；crypto.ts 的中文版）。

import type { Explanation } from "../../../diagnose/types.js";
import type { RuleTexts } from "../../types.js";

const RAND: Explanation = {
  title: "crypto/rand 无法读取随机数据",
  what: "操作系统拒绝给程序提供随机字节（`getrandom`、/dev/urandom 或平台上的等价机制失败了）。go1.24 起 `crypto/rand.Read` 从不返回错误：没有安全随机数的程序不能继续运行，因此它以 `recover` 无法捕获的致命错误终止。",
  mechanism: [
    {
      since: "go1.24",
      text: "`crypto/rand.Read`（以及 `crypto` 各包内部使用的 `sysrand`）以 `crypto/rand: failed to read random data (see https://go.dev/issue/66821): <error>` 调用运行时的 `fatal`。",
    },
    {
      until: "go1.23",
      text: "`crypto/rand.Read` 会把错误返回给调用方。",
    },
  ],
  causes: [
    "seccomp 配置或沙箱拦截了 `getrandom` 系统调用（旧的容器运行时、过于严格的配置）。",
    "在缺少 `getrandom` 的内核上，chroot 或精简容器中没有 /dev/urandom。",
    "系统启动极早期，内核熵池尚未初始化。",
  ],
  fix: "在 seccomp 配置中放行 `getrandom`（或更新容器运行时），或者在程序运行的文件系统中提供 /dev/urandom。",
  example: `# 检查容器中是否放行了该系统调用：
#   docker run --security-opt seccomp=unconfined …（用于测试）
#   strace -f -e trace=getrandom ./app`,
  confirm: [
    "冒号后面的错误给出了失败的调用和 errno（`operation not permitted` 表示是 seccomp）",
    "`strace -f -e trace=getrandom ./app`",
  ],
};

const FIPS: Explanation = {
  title: "FIPS 140-3 自检失败",
  what: "Go 密码模块运行在 FIPS 140-3 模式下（`GODEBUG=fips140=on` 或 `only`），其某项已知答案自检失败了，因此所有密码运算都不再安全，程序终止。",
  mechanism: [
    {
      since: "go1.24",
      text: "`crypto/internal/fips140` 在首次使用前运行自检（CAST 和成对一致性测试），失败时以 `FIPS 140-3 self-test failed: <test>: <error>` 调用运行时的 `fatal`。",
    },
  ],
  causes: [
    "二进制或内存已损坏（模块的完整性检查或某个算法给出了错误答案）。",
    "设置了 `GODEBUG=failfipscast=<name>` 来强制失败（用于测试）。",
  ],
  fix: "检查 `GODEBUG` 中是否有 `failfipscast`，重新构建二进制；如果失败是随机出现的，检测硬件。",
  example: `# GODEBUG=fips140=on ./app   （FIPS 模式）
# 取消所有 failfipscast 设置`,
  confirm: ["`go version -m ./app` 显示 FIPS 模块版本和 GODEBUG 默认值；`echo $GODEBUG`"],
};

export const ZH_CRYPTO: RuleTexts = {
  "crypto-rand-failed": {
    summary: (v) => `操作系统没有提供随机数据：${v.error}。`,
    explanation: RAND,
  },
  "fips-self-test-failed": { explanation: FIPS },
};
