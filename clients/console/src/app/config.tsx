// The runtime configuration (API base URL) for code that talks to the API without openapi-fetch.
import { createContext, useContext } from "react";
import { DEFAULT_CONFIG, type RuntimeConfig } from "@fasttrack/shared";

export const ConfigContext = createContext<RuntimeConfig>(DEFAULT_CONFIG);

export function useConfig(): RuntimeConfig {
  return useContext(ConfigContext);
}
