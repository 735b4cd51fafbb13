"""`make audit`: known vulnerabilities in the locked Python and npm dependencies, minus the
accepted ones of audit-allowlist.toml.

Python: the requirements exported from uv.lock (`uv export --frozen`, hashes included) are
audited by pip-audit without installing anything (`--disable-pip`). npm: `npm audit
--package-lock-only` over each committed package-lock.json. A run that cannot reach an
advisory service (no JSON answer, or packages the service could not look up) is retried with
backoff; one still unreachable after the retries is reported as NOT AUDITED and does not fail
unless AUDIT_REQUIRE_ONLINE=1 (so an offline machine, or a network hiccup, is not a red
build). A finding not on the allow-list always fails, locally and with CI=true; so does an
allow-list entry past its `review_by` date (accepted risks are looked at again).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ALLOWLIST = ROOT / "audit-allowlist.toml"
NPM_LOCKS = ("clients", "tests/typescript")


@dataclass(frozen=True)
class Finding:
    ecosystem: str  # "pypi" | "npm"
    package: str
    version: str
    ids: frozenset[str]  # the advisory's id and its aliases (CVE, GHSA, PYSEC)
    title: str

    def label(self) -> str:
        return f"{self.ecosystem}:{self.package} {self.version} {'/'.join(sorted(self.ids))}"


@dataclass(frozen=True)
class Allowed:
    ecosystem: str
    package: str
    id: str
    reason: str
    review_by: dt.date

    def matches(self, finding: Finding) -> bool:
        return (
            finding.ecosystem == self.ecosystem
            and _norm(finding.package) == _norm(self.package)
            and self.id.upper() in {i.upper() for i in finding.ids}
        )


class Unreachable(Exception):
    """The advisory service gave no usable answer (network, DNS, proxy, outage)."""


def _norm(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def load_allowlist(path: Path) -> list[Allowed]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = []
    for raw in data.get("allow", []):
        reason = str(raw.get("reason", "")).strip()
        if not reason:
            raise ValueError(f"{path.name}: {raw.get('id')} has no reason")
        review_by = raw["review_by"]
        if not isinstance(review_by, dt.date):
            raise ValueError(f"{path.name}: {raw.get('id')} review_by must be a TOML date")
        entries.append(
            Allowed(
                ecosystem=str(raw["ecosystem"]),
                package=str(raw["package"]),
                id=str(raw["id"]),
                reason=reason,
                review_by=review_by,
            )
        )
    return entries


# --- reading the tools' JSON ----------------------------------------------------------------


def parse_pip_audit(report: dict[str, Any]) -> list[Finding]:
    """Findings of a pip-audit JSON report; Unreachable when some packages went unchecked."""
    findings = []
    skipped = []
    for dep in report.get("dependencies", []):
        if dep.get("skip_reason"):
            skipped.append(dep["name"])
            continue
        for vuln in dep.get("vulns", []):
            ids = frozenset([vuln["id"], *vuln.get("aliases", [])])
            title = (vuln.get("description") or "").strip().splitlines()[:1]
            findings.append(
                Finding("pypi", dep["name"], dep.get("version", "?"), ids, "".join(title)[:120])
            )
    if skipped:
        # pip-audit answers "Dependency not found on PyPI" when the JSON API is unreachable
        # (e.g. behind a mirror): that is no audit, not a clean one.
        raise Unreachable(f"{len(skipped)} Python packages could not be looked up: {skipped[:5]}")
    return findings


def parse_npm_audit(report: dict[str, Any], where: str) -> list[Finding]:
    """Findings of an `npm audit --json` report (npm 7+); Unreachable when npm had none."""
    if "vulnerabilities" not in report:
        raise Unreachable(f"npm audit in {where}: {report.get('message') or report}")
    findings = {}
    for name, entry in report["vulnerabilities"].items():
        for via in entry.get("via", []):
            # A string names another vulnerable package (transitive): its advisory is listed
            # under that package's own entry.
            if not isinstance(via, dict):
                continue
            url = str(via.get("url", ""))
            ids = {str(via.get("source", ""))}
            if "/advisories/" in url:
                ids.add(url.rsplit("/", 1)[-1])
            key = (via.get("name", name), url)
            findings[key] = Finding(
                "npm",
                str(via.get("name", name)),
                str(via.get("range", "?")),
                frozenset(i for i in ids if i),
                str(via.get("title", ""))[:120],
            )
    return list(findings.values())


# --- running them ---------------------------------------------------------------------------

Runner = Callable[[Sequence[str], Path], "subprocess.CompletedProcess[str]"]


def _run(cmd: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(list(cmd), cwd=cwd, capture_output=True, text=True, timeout=600)
    except subprocess.TimeoutExpired:
        # A service that hangs is as unreachable as one that refuses: no JSON, so retried.
        return subprocess.CompletedProcess(list(cmd), 124, "", f"{cmd[0]} timed out")


def _json_or_unreachable(proc: subprocess.CompletedProcess[str], what: str) -> dict[str, Any]:
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise Unreachable(f"{what}: {last[:300]}") from None
    if not isinstance(data, dict):
        raise Unreachable(f"{what}: unexpected answer")
    return data


def audit_python(run: Runner = _run, service: str = "pypi") -> list[Finding]:
    uv = ROOT / ".tools" / "bin" / "uv"
    with tempfile.TemporaryDirectory() as tmp:
        requirements = Path(tmp) / "requirements.txt"
        report = Path(tmp) / "pip-audit.json"
        export = run(
            [
                str(uv), "export", "--frozen", "--all-groups", "--no-emit-local",
                "--format", "requirements.txt", "--quiet", "--output-file", str(requirements),
            ],
            ROOT,
        )  # fmt: skip
        if export.returncode != 0:
            # Not the network: a broken lock is a failure, never a skip.
            raise RuntimeError(f"uv export failed: {export.stderr.strip()}")
        proc = run(
            [
                str(ROOT / ".venv" / "bin" / "pip-audit"),
                "--requirement", str(requirements), "--require-hashes", "--disable-pip",
                "--progress-spinner", "off", "--format", "json", "--output", str(report),
                "--vulnerability-service", service,
            ],
            ROOT,
        )  # fmt: skip
        # pip-audit exits 1 both for findings (with a report) and for network errors (without)
        text = report.read_text(encoding="utf-8") if report.is_file() else ""
        answer = subprocess.CompletedProcess(proc.args, proc.returncode, text, proc.stderr)
        return parse_pip_audit(_json_or_unreachable(answer, f"pip-audit ({service})"))


def audit_python_any_service(run: Runner = _run) -> list[Finding]:
    """PyPI's advisory data first, OSV's when PyPI's JSON API cannot be reached."""
    try:
        return audit_python(run, "pypi")
    except Unreachable:
        return audit_python(run, "osv")


def audit_npm(where: str, run: Runner = _run) -> list[Finding]:
    proc = run(["npm", "audit", "--json", "--package-lock-only"], ROOT / where)
    return parse_npm_audit(_json_or_unreachable(proc, f"npm audit in {where}"), where)


def with_retries(
    check: Callable[[], list[Finding]],
    attempts: int,
    pause: float,
    sleep: Callable[[float], None] = time.sleep,
) -> list[Finding]:
    for attempt in range(1, attempts + 1):
        try:
            return check()
        except Unreachable as exc:
            if attempt == attempts:
                raise
            print(f"  unreachable ({exc}); retry {attempt}/{attempts - 1}", file=sys.stderr)
            sleep(pause * 2 ** (attempt - 1))
    raise AssertionError("unreachable code")


# --- the verdict ----------------------------------------------------------------------------


@dataclass
class Verdict:
    failures: list[str]
    notes: list[str]

    @property
    def ok(self) -> bool:
        return not self.failures


def judge(
    findings: Iterable[Finding],
    allowlist: Sequence[Allowed],
    unreachable: Sequence[str],
    *,
    today: dt.date,
    require_online: bool,
) -> Verdict:
    failures: list[str] = []
    notes: list[str] = []
    for finding in findings:
        entry = next((a for a in allowlist if a.matches(finding)), None)
        if entry is None:
            failures.append(f"not on the allow-list: {finding.label()} {finding.title}")
        elif entry.review_by < today:
            failures.append(
                f"allow-list entry {entry.id} ({entry.package}) was due for review on "
                f"{entry.review_by}: check it still holds and move the date, or fix"
            )
        else:
            notes.append(f"accepted: {finding.label()}: {entry.reason.splitlines()[0]}")
    for what in unreachable:
        message = f"NOT AUDITED: {what}"
        (failures if require_online else notes).append(message)
    return Verdict(failures, notes)


def _truthy(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes"}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=int(os.environ.get("AUDIT_ATTEMPTS", 3)))
    parser.add_argument("--pause", type=float, default=3.0, help="first backoff, seconds")
    args = parser.parse_args(argv)

    allowlist = load_allowlist(ALLOWLIST)
    checks: list[tuple[str, Callable[[], list[Finding]]]] = [
        ("Python (uv.lock)", audit_python_any_service)
    ]
    checks += [(f"npm ({lock}/package-lock.json)", partial(audit_npm, lock)) for lock in NPM_LOCKS]
    findings: list[Finding] = []
    unreachable: list[str] = []
    for name, check in checks:
        print(f"audit: {name}", file=sys.stderr)
        try:
            findings += with_retries(check, args.attempts, args.pause)
        except Unreachable as exc:
            unreachable.append(f"{name}: {exc}")

    verdict = judge(
        findings,
        allowlist,
        unreachable,
        today=dt.date.today(),
        require_online=_truthy("AUDIT_REQUIRE_ONLINE"),
    )
    for line in verdict.notes:
        print(f"audit: {line}", file=sys.stderr)
    for line in verdict.failures:
        print(f"audit: FAIL {line}", file=sys.stderr)
    if verdict.ok:
        skipped = (
            f", {len(unreachable)} of {len(checks)} lock files NOT AUDITED" if unreachable else ""
        )
        print(f"audit: ok ({len(findings)} findings, all accepted{skipped})", file=sys.stderr)
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    sys.exit(main())
