// Admin forms described as data: which fields a record has, how the form's strings become the
// API's body (empty → null, numbers, booleans), and which fields an edit actually changed.

export type FieldKind = "text" | "email" | "tel" | "number" | "select" | "checkbox" | "textarea" | "date" | "time";

export interface FieldSpec {
  name: string;
  /** A message key of the console's catalogue. */
  label: string;
  kind: FieldKind;
  required?: boolean;
  /** An emptied field is sent as null (clears the value) instead of being left out. */
  nullable?: boolean;
  /** A select whose values are numbers (the MOU area). */
  numeric?: boolean;
  options?: { value: string; label: string }[];
  hint?: string;
  /** What a new record's form starts with. */
  defaultValue?: string;
}

export type FormValue = string | boolean;
export type FormValues = Record<string, FormValue>;
export type Body = Record<string, string | number | boolean | null>;

/** The form's starting values: a record's fields as strings (null → ""), or blanks. */
export function initialValues(specs: FieldSpec[], record?: Record<string, unknown> | null): FormValues {
  const values: FormValues = {};
  for (const spec of specs) {
    const value = record ? record[spec.name] : spec.defaultValue;
    if (spec.kind === "checkbox") values[spec.name] = Boolean(value);
    else values[spec.name] = value === null || value === undefined ? "" : String(value);
  }
  return values;
}

/** One field's value as the API wants it; undefined leaves it out of the body. */
export function toApiValue(spec: FieldSpec, value: FormValue | undefined): string | number | boolean | null | undefined {
  if (spec.kind === "checkbox") return Boolean(value);
  const text = typeof value === "string" ? value.trim() : "";
  if (text === "") return spec.nullable ? null : undefined;
  if (spec.kind === "number" || spec.numeric) return Number(text);
  return text;
}

/** The body of a create: every field that has a value. */
export function createBody(specs: FieldSpec[], values: FormValues): Body {
  const body: Body = {};
  for (const spec of specs) {
    const value = toApiValue(spec, values[spec.name]);
    if (value !== undefined && value !== null) body[spec.name] = value;
  }
  return body;
}

/** The body of a PATCH: only the fields whose value differs from the record's. */
export function changedFields(specs: FieldSpec[], record: Record<string, unknown>, values: FormValues): Body {
  const body: Body = {};
  for (const spec of specs) {
    const next = toApiValue(spec, values[spec.name]);
    if (next === undefined) continue;
    const before = record[spec.name] ?? null;
    if (next !== before) body[spec.name] = next;
  }
  return body;
}

/** The required fields left empty (their names). */
export function missingFields(specs: FieldSpec[], values: FormValues): string[] {
  return specs
    .filter((spec) => spec.required && spec.kind !== "checkbox")
    .filter((spec) => String(values[spec.name] ?? "").trim() === "")
    .map((spec) => spec.name);
}
