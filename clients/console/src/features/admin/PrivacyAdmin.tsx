// Privacy notices: the one in force (what the portal shows and complainants consent to) and
// publishing the next version. Published versions are immutable: a change is a new version.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { ErrorMessage, Loading } from "../../app/ui";
import { CreatePanel } from "./RecordForm";

const noticeKey = ["privacy-notice"] as const;

export function PrivacyAdmin() {
  const { t, dateTime } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const notice = useQuery({
    queryKey: noticeKey,
    queryFn: async () => {
      try {
        return await unwrap(api.GET("/api/v1/public/privacy-notice"));
      } catch (e) {
        // none published yet
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
  return (
    <>
      <section className="panel" aria-labelledby="notice-title">
        <h2 id="notice-title">{t("admin.noticeInForce")}</h2>
        {notice.isPending ? <Loading /> : notice.isError ? <ErrorMessage error={notice.error} /> : notice.data === null ? (
          <p>{t("admin.noNotice")}</p>
        ) : (
          <>
            <p>
              {t("admin.noticeVersion")}: <strong data-testid="notice-version">{notice.data.version}</strong> · {t("admin.published")}{" "}
              {dateTime(notice.data.published_at)}
            </p>
            <div className="grid2">
              <div>
                <h3 lang="th">ภาษาไทย</h3>
                <p className="entry-text" lang="th">{notice.data.text_th}</p>
              </div>
              <div>
                <h3 lang="en">English</h3>
                <p className="entry-text" lang="en">{notice.data.text_en}</p>
              </div>
            </div>
          </>
        )}
      </section>
      <CreatePanel
        id="notice-new"
        title={t("admin.publishNotice")}
        submitLabel={t("admin.publish")}
        doneText={t("admin.publishedDone")}
        specs={[
          { name: "version", label: "admin.noticeVersion", kind: "text", required: true, hint: "admin.noticeVersionHint" },
          { name: "text_th", label: "admin.noticeTh", kind: "textarea", required: true },
          { name: "text_en", label: "admin.noticeEn", kind: "textarea", required: true },
        ]}
        create={async (body) => {
          await unwrap(api.POST("/api/v1/privacy-notices", { body: body as Schemas["PrivacyNoticeCreate"] }));
          await queryClient.invalidateQueries({ queryKey: noticeKey });
        }}
      />
    </>
  );
}
