// The SLA policy form: the API's policy (targets in minutes per urgency) as form strings, and
// back as the PUT body.
import type { Schemas } from "@fasttrack/shared";

export const URGENCIES: Schemas["Urgency"][] = ["low", "normal", "high", "critical"];
export type TargetKey = "first_response_minutes" | "resolution_minutes";

export interface SlaForm {
  sla_class: string;
  always_open: boolean;
  weekdays: number[];
  start: string;
  end: string;
  /** `${set}.${urgency}.${key}` → minutes as typed, e.g. "targets.high.resolution_minutes". */
  minutes: Record<string, string>;
  due_soon_percent: string;
}

type Targets = Record<string, Record<string, number>>;

export function policyToForm(policy: Schemas["SlaPolicyRead"] | undefined, slaClass = policy?.sla_class ?? ""): SlaForm {
  const minutes: Record<string, string> = {};
  for (const set of ["targets", "fast_track_targets"] as const) {
    const targets = (policy?.[set] ?? {}) as Targets;
    for (const u of URGENCIES) {
      for (const key of ["first_response_minutes", "resolution_minutes"] as const) {
        const value = targets[u]?.[key];
        minutes[`${set}.${u}.${key}`] = value === undefined ? "" : String(value);
      }
    }
  }
  return {
    sla_class: slaClass,
    always_open: policy?.always_open ?? false,
    weekdays: policy?.weekdays ?? [0, 1, 2, 3, 4],
    start: (policy?.start ?? "08:30").slice(0, 5),
    end: (policy?.end ?? "16:30").slice(0, 5),
    minutes,
    due_soon_percent: String(Math.round((policy?.due_soon_share ?? 0.25) * 100)),
  };
}

/** The PUT body, or the names of the minute fields that are not positive whole numbers. */
export function formToBody(form: SlaForm): { body: Schemas["SlaPolicyBody"] } | { invalid: string[] } {
  const invalid: string[] = [];
  const sets: Record<"targets" | "fast_track_targets", Record<string, Schemas["SlaTargetBody"]>> = {
    targets: {},
    fast_track_targets: {},
  };
  for (const set of ["targets", "fast_track_targets"] as const) {
    for (const u of URGENCIES) {
      const target: Partial<Schemas["SlaTargetBody"]> = {};
      for (const key of ["first_response_minutes", "resolution_minutes"] as const) {
        const name = `${set}.${u}.${key}`;
        const text = (form.minutes[name] ?? "").trim();
        const value = Number(text);
        if (!/^\d+$/.test(text) || value <= 0) invalid.push(name);
        else target[key] = value;
      }
      sets[set][u] = target as Schemas["SlaTargetBody"];
    }
  }
  const percent = Number(form.due_soon_percent);
  if (!/^\d+$/.test(form.due_soon_percent.trim()) || percent > 100) invalid.push("due_soon_percent");
  if (!/^[a-z][a-z0-9_]{0,31}$/.test(form.sla_class)) invalid.push("sla_class");
  if (invalid.length) return { invalid };
  return {
    body: {
      always_open: form.always_open,
      weekdays: [...form.weekdays].sort((a, b) => a - b),
      start: form.start,
      end: form.end,
      targets: sets.targets,
      fast_track_targets: sets.fast_track_targets,
      due_soon_share: percent / 100,
    } as Schemas["SlaPolicyBody"],
  };
}
