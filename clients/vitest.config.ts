// One Vitest run for every workspace: jsdom for components, node APIs for the rest.
import { defineConfig } from "vitest/config";

export default defineConfig({
  esbuild: { jsx: "automatic" },
  test: {
    environment: "jsdom",
    include: ["*/src/**/*.test.{ts,tsx}", "*/tests/**/*.test.{ts,tsx}"],
    exclude: ["**/node_modules/**", "**/dist/**", "*/e2e/**"],
    restoreMocks: true,
  },
});
