// Entry: read the runtime config, build the API client, render the console.
import "@fasttrack/shared/fonts";
import "@fasttrack/shared/styles.css";
import "./console.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createApiClient, initialLanguage, loadRuntimeConfig } from "@fasttrack/shared";
import { App } from "./app/App";
import { tokenHolder, UNAUTHORIZED_EVENT } from "./app/auth";

async function start() {
  const config = await loadRuntimeConfig();
  const api = createApiClient({
    baseUrl: config.apiBaseUrl,
    getToken: () => tokenHolder.current,
    getLanguage: () => document.documentElement.lang || initialLanguage(),
    onUnauthorized: () => window.dispatchEvent(new Event(UNAUTHORIZED_EVENT)),
  });
  const root = document.getElementById("root");
  if (!root) throw new Error("no #root element");
  createRoot(root).render(
    <StrictMode>
      <App api={api} config={config} />
    </StrictMode>,
  );
}

void start();
