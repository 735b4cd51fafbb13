// The admin screens' forms: fields from a spec (see records.ts), a create panel, and an edit
// panel that reads the record for its ETag and shows a 412 conflict plainly.
import { useEffect, useRef, useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { useI18n } from "@fasttrack/shared";
import { ErrorMessage, ErrorSummary, Field, Loading } from "../../app/ui";
import { changedFields, createBody, initialValues, missingFields, type Body, type FieldSpec, type FormValues } from "./records";
import { useVersionedRecord } from "./useVersionedRecord";

export function FormFields({
  prefix,
  specs,
  values,
  onChange,
}: {
  prefix: string;
  specs: FieldSpec[];
  values: FormValues;
  onChange: (name: string, value: string | boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="filters">
      {specs.map((spec) => {
        const id = `${prefix}-${spec.name}`;
        const value = values[spec.name];
        if (spec.kind === "checkbox") {
          return (
            <label key={spec.name} className="check" htmlFor={id}>
              <input id={id} type="checkbox" checked={Boolean(value)} onChange={(e) => onChange(spec.name, e.target.checked)} />{" "}
              {t(spec.label)}
            </label>
          );
        }
        const text = typeof value === "string" ? value : "";
        const label = spec.required ? t(spec.label) : `${t(spec.label)} ${t("admin.optional")}`;
        return (
          <Field key={spec.name} id={id} label={label} hint={spec.hint ? t(spec.hint) : undefined}>
            {spec.kind === "select" ? (
              <select id={id} value={text} onChange={(e) => onChange(spec.name, e.target.value)}>
                {spec.required && text !== "" ? null : <option value="">—</option>}
                {(spec.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>{o.label}</option>
                ))}
              </select>
            ) : spec.kind === "textarea" ? (
              <textarea id={id} value={text} rows={6} onChange={(e) => onChange(spec.name, e.target.value)} />
            ) : (
              <input id={id} type={spec.kind} value={text} onChange={(e) => onChange(spec.name, e.target.value)} />
            )}
          </Field>
        );
      })}
    </div>
  );
}

/** "Add a …": the create form; `create` gets the body of the fields that have a value. */
export function CreatePanel({
  id,
  title,
  submitLabel,
  specs,
  create,
  doneText,
}: {
  id: string;
  title: string;
  submitLabel: string;
  specs: FieldSpec[];
  create: (body: Body) => Promise<unknown>;
  doneText: string;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<FormValues>(() => initialValues(specs));
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    setError(null);
    const absent = missingFields(specs, values);
    setMissing(absent);
    if (absent.length) return;
    setBusy(true);
    try {
      await create(createBody(specs, values));
      setValues(initialValues(specs));
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  const labelOf = (name: string) => t(specs.find((s) => s.name === name)?.label ?? name);
  return (
    <form className="panel admin-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ErrorSummary
        title={t("intake.errors")}
        items={missing.map((name) => ({ field: `${id}-${name}`, text: t("field.required", { field: labelOf(name) }) }))}
      />
      <FormFields prefix={id} specs={specs} values={values} onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))} />
      {error ? <ErrorMessage error={error} /> : null}
      <div className="row-actions">
        <button type="submit" className="primary" disabled={busy}>{submitLabel}</button>
        {done ? <span role="status">{doneText}</span> : null}
      </div>
    </form>
  );
}

/** Edit one versioned record: read for its ETag, PATCH only what changed, with If-Match. */
export function EditPanel<T extends Record<string, unknown>>({
  id,
  title,
  specs,
  queryKey,
  read,
  patch,
  invalidate,
  onClose,
  children,
}: {
  id: string;
  title: string;
  specs: FieldSpec[];
  queryKey: readonly unknown[];
  read: () => Promise<{ data: T; response: Response }>;
  patch: (etag: string, body: Body) => Promise<unknown>;
  invalidate: readonly (readonly unknown[])[];
  onClose: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<FormValues | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [noChange, setNoChange] = useState(false);
  // the PATCH is computed against the version read last (after a conflict: the new one)
  const latestRef = useRef<T | undefined>(undefined);
  const editor = useVersionedRecord<T>({
    queryKey,
    read,
    invalidate,
    write: (etag) => patch(etag, changedFields(specs, latestRef.current ?? {}, values ?? {})),
  });
  const latest = editor.record.data?.data;
  latestRef.current = latest;
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = values !== null;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);
  useEffect(() => {
    // the form starts from the record as read; after a conflict the admin's values stay
    if (latest && values === null) setValues(initialValues(specs, latest));
  }, [latest, values, specs]);

  if (editor.record.isPending || (values === null && !editor.record.isError)) return <Loading />;
  if (editor.record.isError) return <ErrorMessage error={editor.record.error} />;
  const current = values ?? {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNoChange(false);
    const absent = missingFields(specs, current);
    setMissing(absent);
    if (absent.length) return;
    if (Object.keys(changedFields(specs, latest ?? {}, current)).length === 0) {
      setNoChange(true);
      return;
    }
    if (await editor.save()) onClose();
  }
  const labelOf = (name: string) => t(specs.find((s) => s.name === name)?.label ?? name);
  const differing = latest ? Object.keys(changedFields(specs, latest, current)) : [];
  return (
    <form className="panel admin-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1} ref={heading}>{title}</h2>
      {editor.conflict ? (
        <div className="error-summary" role="alert">
          <h3>{t("admin.conflict.title")}</h3>
          <p>{t("admin.conflict.body")}</p>
          {differing.length ? (
            <ul>
              {differing.map((name) => (
                <li key={name}>
                  {labelOf(name)}: {t("admin.conflict.theirs")} “{String(latest?.[name] ?? "—")}” · {t("admin.conflict.yours")} “{String(current[name] ?? "")}”
                </li>
              ))}
            </ul>
          ) : null}
          <div className="row-actions">
            <button type="submit" className="primary" disabled={editor.busy}>{t("admin.conflict.keepMine")}</button>
            <button
              type="button"
              onClick={() => {
                setValues(initialValues(specs, latest));
                editor.dismissConflict();
              }}
            >
              {t("admin.conflict.takeTheirs")}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorSummary
        title={t("intake.errors")}
        items={missing.map((name) => ({ field: `${id}-${name}`, text: t("field.required", { field: labelOf(name) }) }))}
      />
      <FormFields prefix={id} specs={specs} values={current} onChange={(name, value) => setValues((v) => ({ ...(v ?? {}), [name]: value }))} />
      {children}
      {editor.error ? <ErrorMessage error={editor.error} /> : null}
      {noChange ? <p role="status">{t("admin.noChange")}</p> : null}
      <div className="row-actions">
        <button type="submit" className="primary" disabled={editor.busy}>{t("save")}</button>
        <button type="button" onClick={onClose}>{t("cancel")}</button>
      </div>
    </form>
  );
}
