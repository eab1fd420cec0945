import type { Command } from "./commands.js";

export const analyzeCommand: Command = {
  summary: "read crash text and show what went wrong",
  async run() {
    return 1;
  },
};
