import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider, LanguageSwitch, translate, useI18n } from "./i18n";

const catalogue = { th: { hello: "สวัสดี {name}", only_th: "ไทย" }, en: { hello: "Hello {name}" } };

function Greeting() {
  const { t, date } = useI18n();
  return (
    <p>
      {t("hello", { name: "สมชาย" })} {date("2026-11-29")} {t("status.resolved")}
    </p>
  );
}

describe("i18n", () => {
  it("fills placeholders and falls back to Thai, then to the key", () => {
    expect(translate(catalogue, "en", "hello", { name: "A" })).toBe("Hello A");
    expect(translate(catalogue, "en", "only_th")).toBe("ไทย");
    expect(translate(catalogue, "en", "missing")).toBe("missing");
  });

  it("starts in Thai and switches to English, dates and shared words included", () => {
    localStorage.clear();
    render(
      <I18nProvider messages={catalogue}>
        <LanguageSwitch />
        <Greeting />
      </I18nProvider>,
    );
    expect(screen.getByText(/สวัสดี สมชาย 29 พฤศจิกายน 2569 แก้ไขแล้ว/)).toBeTruthy();
    expect(document.documentElement.lang).toBe("th");
    act(() => screen.getByRole("button", { name: "English" }).click());
    expect(screen.getByText(/Hello สมชาย 29 November 2026 Resolved/)).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem("fasttrack.lang")).toBe("en");
  });
});
