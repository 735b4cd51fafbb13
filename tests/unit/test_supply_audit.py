"""`make audit` (tools/supply_audit.py): findings against the allow-list, retries when an
advisory service is unreachable, and what fails the build."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from tools import supply_audit as audit

TODAY = dt.date(2026, 11, 29)
ROOT = Path(__file__).resolve().parents[2]

ECDSA_REPORT = {
    "dependencies": [
        {"name": "fastapi", "version": "0.165.0", "vulns": []},
        {
            "name": "ecdsa",
            "version": "0.19.2",
            "vulns": [
                {
                    "id": "GHSA-wj6h-64fc-37mp",
                    "aliases": ["CVE-2024-23342"],
                    "fix_versions": [],
                    "description": "Minerva timing attack on P-256",
                }
            ],
        },
    ],
    "fixes": [],
}
NPM_REPORT = {
    "auditReportVersion": 2,
    "vulnerabilities": {
        "esbuild": {
            "name": "esbuild",
            "severity": "moderate",
            "via": [
                {
                    "source": 1102341,
                    "name": "esbuild",
                    "title": "dev server answers any website",
                    "url": "https://github.com/advisories/GHSA-67mh-4wv8-2f99",
                    "severity": "moderate",
                    "range": "<=0.24.2",
                }
            ],
        },
        "vite": {"name": "vite", "severity": "moderate", "via": ["esbuild"]},
    },
}


def _allowed(package: str, id: str, review_by: dt.date = TODAY, eco: str = "pypi") -> audit.Allowed:
    return audit.Allowed(eco, package, id, "because", review_by)


def test_the_committed_allowlist_accepts_ecdsa_by_its_cve_with_a_reason() -> None:
    entries = audit.load_allowlist(audit.ALLOWLIST)
    findings = audit.parse_pip_audit(ECDSA_REPORT)
    assert [f.package for f in findings] == ["ecdsa"]
    verdict = audit.judge(findings, entries, [], today=TODAY, require_online=False)
    assert verdict.ok, verdict.failures
    assert all(len(e.reason) > 40 for e in entries)


def test_a_finding_not_on_the_allowlist_fails() -> None:
    findings = audit.parse_pip_audit(ECDSA_REPORT)
    verdict = audit.judge(findings, [], [], today=TODAY, require_online=False)
    assert not verdict.ok
    assert "ecdsa" in verdict.failures[0] and "CVE-2024-23342" in verdict.failures[0]


def test_an_entry_for_another_package_or_advisory_does_not_cover_it() -> None:
    findings = audit.parse_pip_audit(ECDSA_REPORT)
    for entry in (_allowed("python-jose", "CVE-2024-23342"), _allowed("ecdsa", "CVE-2099-1")):
        assert not audit.judge(findings, [entry], [], today=TODAY, require_online=False).ok


def test_an_entry_past_its_review_date_stops_counting() -> None:
    findings = audit.parse_pip_audit(ECDSA_REPORT)
    stale = _allowed("ecdsa", "GHSA-wj6h-64fc-37mp", review_by=TODAY - dt.timedelta(days=1))
    verdict = audit.judge(findings, [stale], [], today=TODAY, require_online=False)
    assert not verdict.ok and "review" in verdict.failures[0]


def test_npm_advisories_are_read_by_ghsa_and_transitive_entries_not_doubled() -> None:
    findings = audit.parse_npm_audit(NPM_REPORT, "clients")
    assert [(f.package, "GHSA-67mh-4wv8-2f99" in f.ids) for f in findings] == [("esbuild", True)]
    entry = _allowed("esbuild", "GHSA-67mh-4wv8-2f99", eco="npm")
    assert audit.judge(findings, [entry], [], today=TODAY, require_online=False).ok
    assert not audit.judge(findings, [], [], today=TODAY, require_online=False).ok


def test_packages_pip_audit_could_not_look_up_are_no_clean_audit() -> None:
    report = {"dependencies": [{"name": "ecdsa", "skip_reason": "Dependency not found on PyPI"}]}
    with pytest.raises(audit.Unreachable):
        audit.parse_pip_audit(report)
    with pytest.raises(audit.Unreachable):
        audit.parse_npm_audit({"message": "405 Method Not Allowed"}, "clients")


def test_an_unreachable_service_is_retried_then_reported() -> None:
    calls: list[int] = []
    pauses: list[float] = []

    def flaky() -> list[audit.Finding]:
        calls.append(1)
        if len(calls) < 3:
            raise audit.Unreachable("DNS")
        return audit.parse_pip_audit(ECDSA_REPORT)

    assert len(audit.with_retries(flaky, 3, 2.0, pauses.append)) == 1
    assert pauses == [2.0, 4.0]

    def down() -> list[audit.Finding]:
        raise audit.Unreachable("DNS")

    with pytest.raises(audit.Unreachable):
        audit.with_retries(down, 2, 0.0, lambda _: None)
    # Still down: a warning, not a failure, unless an online audit is required.
    assert audit.judge([], [], ["pypi: DNS"], today=TODAY, require_online=False).ok
    assert not audit.judge([], [], ["pypi: DNS"], today=TODAY, require_online=True).ok


def test_a_network_error_without_a_report_is_unreachable_but_findings_are_read() -> None:
    def runner(report: Mapping[str, object] | None) -> audit.Runner:
        def run(cmd: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
            if "--output" in cmd and report is not None:
                Path(cmd[cmd.index("--output") + 1]).write_text(json.dumps(report))
            if "--output-file" in cmd:  # uv export
                Path(cmd[cmd.index("--output-file") + 1]).write_text("ecdsa==0.19.2\n")
                return subprocess.CompletedProcess(cmd, 0, "", "")
            return subprocess.CompletedProcess(cmd, 1, "", "ConnectionError: api.osv.dev")

        return run

    with pytest.raises(audit.Unreachable, match="ConnectionError"):
        audit.audit_python(runner(None))
    assert [f.package for f in audit.audit_python(runner(ECDSA_REPORT))] == ["ecdsa"]


def test_make_test_runs_the_audit() -> None:
    makefile = (ROOT / "Makefile").read_text()
    test_line = next(line for line in makefile.splitlines() if line.startswith("test:"))
    assert "audit" in test_line.split(":", 1)[1].split()
