// Entry: read the runtime config, build the API client, render the portal.
import "@fasttrack/shared/fonts";
import "@fasttrack/shared/styles.css";
import "./portal.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createApiClient, initialLanguage, loadRuntimeConfig } from "@fasttrack/shared";
import { App } from "./app/App";

async function start() {
  const config = await loadRuntimeConfig();
  const api = createApiClient({
    baseUrl: config.apiBaseUrl,
    getLanguage: () => document.documentElement.lang || initialLanguage(),
  });
  const root = document.getElementById("root");
  if (!root) throw new Error("no #root element");
  createRoot(root).render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  );
}

void start();
