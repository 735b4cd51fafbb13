// Linking one's LINE account: a one-time code to type into the Official Account's chat, where
// notifications go (e-mail, LINE or both), and unlinking.
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { keys, useApi } from "../../app/api";
import { useMe } from "../../app/auth";
import { ErrorMessage } from "../../app/ui";

const PREFERENCES = ["notification-preferences"] as const;
const CHOICES: Schemas["NotifyVia"][] = ["email", "line", "both"];

export default function LineLink() {
  const { t, dateTime } = useI18n();
  const me = useMe();
  const api = useApi();
  const queryClient = useQueryClient();
  const [code, setCode] = useState<Schemas["LineLinkCodeRead"] | null>(null);
  const linked = Boolean(me.line_linked_at);
  const preferences = useQuery({
    queryKey: PREFERENCES,
    enabled: linked,
    queryFn: () => unwrap(api.GET("/api/v1/users/me/notification-preferences")),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.me });
  const issue = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/users/me/line-link")),
    onSuccess: (issued) => setCode(issued),
  });
  const unlink = useMutation({
    mutationFn: async () => {
      await unwrap(api.DELETE("/api/v1/users/me/line-link"));
    },
    onSuccess: async () => {
      setCode(null);
      await queryClient.invalidateQueries({ queryKey: PREFERENCES });
      await refresh();
    },
  });
  const choose = useMutation({
    mutationFn: (via: Schemas["NotifyVia"]) =>
      unwrap(api.PATCH("/api/v1/users/me/notification-preferences", { body: { notify_via: via } })),
    onSuccess: (saved) => queryClient.setQueryData(PREFERENCES, saved),
  });
  const error = issue.error ?? unlink.error ?? choose.error;

  return (
    <section aria-labelledby="line-title">
      <h2 id="line-title">{t("line.title")}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      {linked && me.line_linked_at ? (
        <>
          <p role="status">{t("line.linked", { since: dateTime(me.line_linked_at) })}</p>
          <fieldset>
            <legend>{t("line.via")}</legend>
            {CHOICES.map((via) => (
              <label key={via} style={{ display: "block" }}>
                <input
                  type="radio"
                  name="notify-via"
                  value={via}
                  checked={preferences.data?.notify_via === via}
                  disabled={!preferences.data || choose.isPending}
                  onChange={() => choose.mutate(via)}
                />{" "}
                {t(`line.via.${via}`)}
              </label>
            ))}
          </fieldset>
          <div className="row-actions">
            <button type="button" onClick={() => unlink.mutate()} disabled={unlink.isPending}>
              {t("line.unlink")}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t("line.notLinked")}</p>
          {code ? (
            <div role="status">
              <p>{t("line.type")}</p>
              <p className="line-code" style={{ fontSize: "1.6rem", fontWeight: 700, letterSpacing: "0.1em" }}>
                {t("line.command", { code: code.code })}
              </p>
              <p>{t("line.expires", { at: dateTime(code.expires_at) })}</p>
            </div>
          ) : null}
          <div className="row-actions">
            <button type="button" className="primary" onClick={() => issue.mutate()} disabled={issue.isPending}>
              {code ? t("line.newCode") : t("line.link")}
            </button>
            {code ? (
              <button type="button" onClick={() => void refresh()}>
                {t("line.done")}
              </button>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
