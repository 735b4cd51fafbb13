// File a complaint: category, what happened, photos, where, contact, consent — then the
// tracking code large enough to read over the phone, and the secret to rate and reopen.
import { useMemo, useState } from "react";
import type { FormEvent } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { DistrictMap, unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { fetchOutlines, keys, useApi } from "../../app/api";
import { ErrorSummary, Loading, Problem } from "../../app/ui";
import { CategoryIcon } from "./icons";
import { resizePhoto } from "./resize";

type Receipt = Schemas["PublicComplaintReceipt"];
type Place = { lat: number | null; lon: number | null; code: string; name_th: string; name_en: string };
const MAX_PHOTOS = 3;

export default function FilePage() {
  const [receipt, setReceipt] = useState<{ receipt: Receipt; photos: number } | null>(null);
  if (receipt) return <Done receipt={receipt.receipt} photos={receipt.photos} />;
  return <ComplaintForm onFiled={(r, photos) => setReceipt({ receipt: r, photos })} />;
}

function ComplaintForm({ onFiled }: { onFiled: (r: Receipt, photos: number) => void }) {
  const api = useApi();
  const { t, lang } = useI18n();
  const categories = useQuery({
    queryKey: keys.categories,
    queryFn: () => unwrap(api.GET("/api/v1/public/categories")),
  });
  const notice = useQuery({
    queryKey: keys.notice,
    queryFn: () => unwrap(api.GET("/api/v1/public/privacy-notice")),
  });
  const outlines = useQuery({
    queryKey: keys.outlines,
    queryFn: () => fetchOutlines(api),
    staleTime: Infinity,
  });

  const [top, setTop] = useState<string>("");
  const [sub, setSub] = useState<string>("");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [photos, setPhotos] = useState<File[]>([]);
  const [place, setPlace] = useState<Place | null>(null);
  const [placeError, setPlaceError] = useState<unknown>(null);
  const [address, setAddress] = useState("");
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [noContact, setNoContact] = useState(false);
  const [confidential, setConfidential] = useState(false);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<{ field: string; text: string }[]>([]);

  const roots = useMemo(() => (categories.data?.items ?? []).filter((c) => !c.parent_id), [categories.data]);
  const children = useMemo(
    () => (categories.data?.items ?? []).filter((c) => c.parent_id && c.parent_id === top),
    [categories.data, top],
  );
  const categoryId = sub || top;
  const nameOf = (c: { name_th: string; name_en: string }) => (lang === "th" ? c.name_th : c.name_en);

  async function locate(query: { lat?: number; lon?: number; address?: string }, point: { lat: number; lon: number } | null) {
    setPlaceError(null);
    try {
      const d = await unwrap(api.GET("/api/v1/public/locate", { params: { query } }));
      setPlace({ lat: point?.lat ?? null, lon: point?.lon ?? null, ...d });
    } catch (error) {
      setPlace(null);
      setPlaceError(error);
    }
  }

  function useMyLocation() {
    if (!("geolocation" in navigator)) {
      setPlaceError(new Error(t("file.where.gps.denied")));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const point = { lat: pos.coords.latitude, lon: pos.coords.longitude };
        void locate(point, point);
      },
      () => setPlaceError(new Error(t("file.where.gps.denied"))),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  }

  const submit = useMutation({
    mutationFn: async () => {
      const body: Schemas["PublicComplaintCreate"] = {
        title: title.trim(),
        description: description.trim(),
        category_id: categoryId || null,
        district_code: place && place.lat === null ? place.code : null,
        location:
          place && place.lat !== null
            ? { lat: place.lat, lon: place.lon, address: address.trim() || null }
            : address.trim()
              ? { address: address.trim() }
              : null,
        contact: noContact && !confidential
          ? {}
          : { name: name.trim() || null, phone: phone.trim() || null, email: email.trim() || null },
        no_contact: noContact,
        confidential,
        // The platform writes back (e-mails, status) in the language the citizen filed in.
        language: lang,
        consent: notice.data ? { notice_version: notice.data.version } : null,
      };
      const receipt = await unwrap(api.POST("/api/v1/public/complaints", { body }));
      let sent = 0;
      for (const photo of photos) {
        const form = new FormData();
        form.append("file", photo, photo.name);
        await unwrap(
          api.POST("/api/v1/public/complaints/{tracking_code}/attachments", {
            params: { path: { tracking_code: receipt.tracking_code } },
            body: form as unknown as Schemas["PhotoUpload"],
            bodySerializer: (b) => b as unknown as FormData,
          }),
        );
        sent += 1;
      }
      return { receipt, sent };
    },
    onSuccess: ({ receipt, sent }) => {
      onFiled(receipt, sent);
      window.scrollTo(0, 0);
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: { field: string; text: string }[] = [];
    if (!categoryId) found.push({ field: `category-${roots[0]?.id ?? "none"}`, text: t("file.error.category") });
    if (!title.trim()) found.push({ field: "title", text: t("file.error.title") });
    if (!description.trim()) found.push({ field: "description", text: t("file.error.description") });
    if (!place && !address.trim()) found.push({ field: "address", text: t("file.error.where") });
    if (!consent) found.push({ field: "consent", text: t("file.error.consent") });
    setErrors(found);
    if (!found.length) submit.mutate();
  }

  async function addPhotos(files: FileList | null) {
    if (!files) return;
    const picked = Array.from(files).slice(0, MAX_PHOTOS - photos.length);
    const resized = await Promise.all(picked.map((f) => resizePhoto(f).catch(() => f)));
    setPhotos((current) => [...current, ...resized].slice(0, MAX_PHOTOS));
  }

  const invalid = (field: string) => errors.some((e) => e.field === field);

  if (categories.isPending || notice.isPending) return <Loading />;
  return (
    <form onSubmit={onSubmit} noValidate className="file-form">
      <h1>{t("file.title")}</h1>
      <p className="hint">{t("file.lead")}</p>
      <ErrorSummary items={errors} />
      <Problem error={categories.error ?? notice.error ?? submit.error} />

      <fieldset className="panel">
        <legend>{t("file.category")}</legend>
        <p className="hint" id="category-hint">{t("file.category.hint")}</p>
        <div className="category-grid" role="radiogroup" aria-describedby="category-hint">
          {roots.map((c) => (
            <label key={c.id} className={top === c.id ? "category-card selected" : "category-card"}>
              <input
                type="radio"
                name="category"
                id={`category-${c.id}`}
                value={c.id}
                checked={top === c.id}
                onChange={() => {
                  setTop(c.id);
                  setSub("");
                }}
              />
              <CategoryIcon code={c.service_code} />
              <span>{nameOf(c)}</span>
            </label>
          ))}
        </div>
        {children.length > 0 && (
          <div className="field">
            <label htmlFor="subcategory">{t("file.subcategory")}</label>
            <select id="subcategory" value={sub} onChange={(e) => setSub(e.target.value)}>
              <option value="">{t("file.subcategory.none")}</option>
              {children.map((c) => (
                <option key={c.id} value={c.id}>
                  {nameOf(c)}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>

      <fieldset className="panel">
        <legend>{t("file.what")}</legend>
        <div className="field">
          <label htmlFor="title">{t("file.titleField")}</label>
          <span className="hint" id="title-hint">{t("file.titleField.hint")}</span>
          <input
            id="title"
            value={title}
            maxLength={300}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={invalid("title")}
            aria-describedby="title-hint"
            className="wide"
          />
        </div>
        <div className="field">
          <label htmlFor="description">{t("file.description")}</label>
          <span className="hint" id="description-hint">{t("file.description.hint")}</span>
          <textarea
            id="description"
            value={description}
            maxLength={20_000}
            onChange={(e) => setDescription(e.target.value)}
            aria-invalid={invalid("description")}
            aria-describedby="description-hint"
          />
        </div>
        <div className="field">
          <label htmlFor="photos">{t("file.photos")}</label>
          <span className="hint" id="photos-hint">{t("file.photos.hint")}</span>
          <input
            id="photos"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            disabled={photos.length >= MAX_PHOTOS}
            aria-describedby="photos-hint"
            onChange={(e) => {
              void addPhotos(e.target.files);
              e.target.value = "";
            }}
          />
          {photos.length > 0 && (
            <ul className="photo-list">
              {photos.map((p, i) => (
                <li key={`${p.name}-${i}`}>
                  <span>
                    {p.name} ({Math.round(p.size / 1024)} kB)
                  </span>
                  <button type="button" onClick={() => setPhotos(photos.filter((_, j) => j !== i))}>
                    {t("file.photos.remove", { name: p.name })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </fieldset>

      <fieldset className="panel">
        <legend>{t("file.where")}</legend>
        <p className="hint">{t("file.where.hint")}</p>
        <button type="button" onClick={useMyLocation}>
          {t("file.where.gps")}
        </button>
        {outlines.data && (
          <div className="map-box">
            <DistrictMap
              outlines={outlines.data}
              selected={place?.code ?? null}
              title={t("file.where.map")}
              onSelect={(code, point) => {
                if (point) void locate({ lat: point.lat, lon: point.lon }, point);
                else {
                  const f = outlines.data.features.find((x) => x.properties.code === code);
                  if (f) setPlace({ lat: null, lon: null, code, name_th: f.properties.name_th, name_en: f.properties.name_en });
                }
              }}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor="address">{t("file.where.address")}</label>
          <div className="inline">
            <input
              id="address"
              value={address}
              maxLength={500}
              onChange={(e) => setAddress(e.target.value)}
              aria-invalid={invalid("address")}
              className="wide"
            />
            <button type="button" disabled={address.trim().length < 2} onClick={() => void locate({ address: address.trim() }, null)}>
              {t("file.where.find")}
            </button>
          </div>
        </div>
        <p role="status" aria-live="polite" className="place">
          {place ? t("file.where.found", { name: nameOf(place) }) : t("file.where.none")}
        </p>
        <Problem error={placeError} />
      </fieldset>

      {categoryId && place && <SimilarNearby categoryId={categoryId} place={place} />}

      <fieldset className="panel">
        <legend>{t("file.contact")}</legend>
        <p className="hint">{t("file.contact.hint")}</p>
        <div className="check">
          <input id="no-contact" type="checkbox" checked={noContact} onChange={(e) => setNoContact(e.target.checked)} aria-describedby="no-contact-hint" />
          <label htmlFor="no-contact">{t("file.noContact")}</label>
          <p className="hint" id="no-contact-hint">{t("file.noContact.hint")}</p>
        </div>
        {!noContact && (
          <>
            <div className="field">
              <label htmlFor="name">{t("file.contact.name")}</label>
              <input id="name" autoComplete="name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} className="wide" />
            </div>
            <div className="field">
              <label htmlFor="phone">{t("file.contact.phone")}</label>
              <input id="phone" type="tel" autoComplete="tel" inputMode="tel" value={phone} maxLength={32} onChange={(e) => setPhone(e.target.value)} className="wide" />
            </div>
            <div className="field">
              <label htmlFor="email">{t("file.contact.email")}</label>
              <input id="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} className="wide" />
            </div>
          </>
        )}
        <div className="check">
          <input id="confidential" type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} aria-describedby="confidential-hint" />
          <label htmlFor="confidential">{t("file.confidential")}</label>
          <p className="hint" id="confidential-hint">{t("file.confidential.hint")}</p>
        </div>
      </fieldset>

      {notice.data && (
        <fieldset className="panel">
          <legend>{t("file.privacy")}</legend>
          <p className="hint">{t("file.privacy.version", { version: notice.data.version })}</p>
          <div className="notice" tabIndex={0} role="region" aria-label={t("file.privacy")}>
            {(lang === "th" ? notice.data.text_th : notice.data.text_en).split("\n").map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
          <div className="check">
            <input id="consent" type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} aria-invalid={invalid("consent")} />
            <label htmlFor="consent">{t("file.consent")}</label>
          </div>
        </fieldset>
      )}

      <button type="submit" className="primary big" disabled={submit.isPending}>
        {submit.isPending ? t("file.sending") : t("file.submit")}
      </button>
    </form>
  );
}

function SimilarNearby({ categoryId, place }: { categoryId: string; place: Place }) {
  const api = useApi();
  const { t, lang, date } = useI18n();
  const query = {
    category_id: categoryId,
    district_code: place.code,
    ...(place.lat !== null && place.lon !== null ? { lat: place.lat, lon: place.lon } : {}),
  };
  const similar = useQuery({
    queryKey: keys.similar(query),
    queryFn: () => unwrap(api.GET("/api/v1/public/similar-complaints", { params: { query } })),
  });
  const categories = useQuery({
    queryKey: keys.categories,
    queryFn: () => unwrap(api.GET("/api/v1/public/categories")),
  });
  const outlines = useQuery({
    queryKey: keys.outlines,
    queryFn: () => fetchOutlines(api),
    staleTime: Infinity,
  });
  const categoryName = (id: string) => {
    const c = categories.data?.items.find((x) => x.id === id);
    return c ? (lang === "th" ? c.name_th : c.name_en) : "";
  };
  const districtName = (code: string | null | undefined) => {
    const f = outlines.data?.features.find((x) => x.properties.code === code);
    return f ? (lang === "th" ? f.properties.name_th : f.properties.name_en) : (code ?? "");
  };
  return (
    <section className="panel similar" aria-labelledby="similar-title" aria-live="polite">
      <h2 id="similar-title">{t("file.similar.title")}</h2>
      {similar.isPending ? (
        <Loading />
      ) : similar.error ? (
        <Problem error={similar.error} />
      ) : similar.data.items.length === 0 ? (
        <p>{t("file.similar.none")}</p>
      ) : (
        <>
          <p className="hint">{t("file.similar.lead")}</p>
          <ul>
            {similar.data.items.map((s, i) => (
              <li key={i}>
                <span className="badge">{lang === "th" ? s.status_label.th : s.status_label.en}</span>{" "}
                {t("file.similar.item", {
                  category: categoryName(s.category_id),
                  district: districtName(s.district_code),
                  date: date(s.reported_on),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Done({ receipt, photos }: { receipt: Receipt; photos: number }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const code = receipt.tracking_code;
  const trackUrl = new URL(`/track/${code}`, window.location.origin).toString();
  const canShare = typeof navigator.share === "function";
  return (
    <section aria-labelledby="done-title" className="done">
      <h1 id="done-title" tabIndex={-1} ref={(el) => el?.focus()}>
        {t("done.title")}
      </h1>
      <div className="panel">
        <h2>{t("done.code")}</h2>
        <p className="tracking-code" data-testid="tracking-code">
          {code}
        </p>
        <p className="hint">{t("done.code.hint")}</p>
        <p className="inline">
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard?.writeText(code).then(() => setCopied(true), () => setCopied(false));
            }}
          >
            {t("done.copy")}
          </button>
          {canShare && (
            <button type="button" onClick={() => void navigator.share({ title: t("app.name"), text: code, url: trackUrl }).catch(() => undefined)}>
              {t("done.share")}
            </button>
          )}
          <span role="status" aria-live="polite">
            {copied ? t("done.copied") : ""}
          </span>
        </p>
        <p>{t("done.caseNumber", { number: receipt.case_number })}</p>
        {photos > 0 && <p>{t("done.photos", { count: photos })}</p>}
      </div>
      <div className="panel secret-box">
        <h2>{t("done.secret")}</h2>
        <p className="secret" data-testid="complainant-secret">
          {receipt.complainant_secret}
        </p>
        <p>{t("done.secret.hint")}</p>
      </div>
      <p>
        <Link className="big-link primary" to={`/track/${code}`}>
          {t("done.followUp")}
        </Link>
      </p>
    </section>
  );
}
