"""Application settings from FASTTRACK_* environment variables and a .env file."""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from infra.geo import default_boundaries_path

# A server bound to every interface is reached on its loopback address from the same machine.
_WILDCARD_HOSTS = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}
_ORIGIN = re.compile(r"https?://(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?")


def default_spa_dir(name: str) -> Path:
    """clients/<name>/dist next to this checkout's infra package."""
    return Path(__file__).resolve().parent.parent / "clients" / name / "dist"


# The public rate limits' ceiling: a process leases limit/8 admissions at a time from the
# shared counter (an int column), and each process may add one lease past the limit before
# it stops asking; 10^8 keeps that sum far inside the column's range for any fleet.
PUBLIC_RATE_LIMIT_MAX = 100_000_000


class Settings(BaseSettings):
    """Every setting of the platform; listed with its default in the README."""

    model_config = SettingsConfigDict(
        env_prefix="FASTTRACK_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(
        default=Path("var"), description="Data directory: SQLite file, keys, secret, uploads."
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL (postgresql:// or sqlite://); default a SQLite file "
        "<data_dir>/fasttrack.db.",
    )
    database_replica_url: str | None = Field(
        default=None,
        description="PostgreSQL URL of a read replica (a streaming standby): the read-only "
        "routes read there, except for a client whose own write it has not replayed yet; "
        "unset: everything on database_url.",
    )
    database_replica_standalone_is_current: bool = Field(
        default=False,
        description="A replica that is not in recovery (no replay position: a logical "
        "replica, a copy) counts as caught up with every write; otherwise a client that has "
        "just written reads the primary.",
    )
    host: str = Field(default="127.0.0.1", description="Address `fasttrack serve` binds.")
    port: int = Field(default=8000, description="Port `fasttrack serve` binds.")
    log_level: str = Field(default="INFO", description="Level of the JSON logs on stderr.")
    demo: bool = Field(
        default=False, description="`fasttrack seed` adds demo users and MOU activities."
    )
    db_pool_size: int = Field(
        default=20,
        ge=1,
        description="PostgreSQL connections kept open per process: one per request in flight "
        "(a request's sessions share one), so size it to the requests a process serves at once.",
    )
    db_max_overflow: int = Field(
        default=20,
        ge=0,
        description="PostgreSQL connections opened beyond the pool in a burst, closed when "
        "returned; also what a throttle counter committed inside a use case borrows.",
    )
    db_pool_recycle_seconds: int = Field(
        default=1800,
        ge=1,
        description="PostgreSQL connections older than this are replaced when checked out; "
        "keep it below any server or proxy idle timeout (there is no ping per checkout).",
    )
    db_statement_cache_size: int = Field(
        default=100,
        ge=0,
        description="Prepared statements cached per PostgreSQL connection (asyncpg's and "
        "SQLAlchemy's caches); 0 behind PgBouncer in transaction mode without "
        "max_prepared_statements.",
    )
    db_echo: bool = Field(default=False, description="Log SQL (development only).")
    secret_key: SecretStr | None = Field(
        default=None,
        description="Signing secret (>= 32 chars, no placeholder); generated into the data dir "
        "on first start when unset.",
    )
    public_base_url: str | None = Field(
        default=None,
        description="Base of links in e-mails; token issuer. Default `http://<host>:<port>` "
        "of this server (a wildcard host such as 0.0.0.0 reads as 127.0.0.1): set it to the "
        "public address behind a proxy.",
    )
    sla_settings_ttl_seconds: int = Field(
        default=30,
        ge=0,
        description="How long a process keeps the SLA policies and closure days it loaded; "
        "an admin's change reaches other API processes within this time (at once in the "
        "process that made it).",
    )
    token_lifetime_seconds: int = Field(
        default=8 * 3600, description="Lifetime of staff bearer tokens."
    )
    password_hash_profile: str = Field(
        default="production", description="'fast' gives cheap argon2 parameters: tests only."
    )
    smtp_host: str | None = Field(
        default=None, description="SMTP server; unset: e-mails go to <data_dir>/outbox/*.eml."
    )
    smtp_port: int = Field(default=587, description="SMTP port.")
    smtp_username: str | None = Field(default=None, description="SMTP user.")
    smtp_password: SecretStr | None = Field(default=None, description="SMTP password.")
    smtp_starttls: bool = Field(default=True, description="Use STARTTLS.")
    smtp_tls: bool = Field(default=False, description="Use implicit TLS (port 465).")
    mail_from: str = Field(
        default="Fast Track OMB & BMA <no-reply@fasttrack.local>", description="Sender."
    )
    reopen_window_days: int = Field(
        default=14, description="Days a resolved case can be reopened before it closes."
    )
    max_body_bytes: int = Field(
        default=1_048_576,
        ge=1024,
        description="Cap on every request body (JSON, forms, webhooks; uploads have their own "
        "cap): a larger one is refused with a 413 problem before it is read.",
    )
    max_upload_bytes: int = Field(
        default=10_485_760, ge=1024, description="Cap on one attachment (the upload routes)."
    )
    max_attachments_per_case: int = Field(
        default=20,
        ge=1,
        description="Files one case may hold (staff and citizen uploads together); one more is "
        "a 409 `attachment.limit_reached`. Bounds a case's storage and its list of files.",
    )
    request_timeout_seconds: float = Field(
        default=30,
        ge=0,
        description="A request the app has not started answering after this long is cancelled "
        "and answered with a 503 problem (`request.timeout`); a streamed answer (an export) "
        "is not cut once it started. 0: no limit.",
    )
    max_image_pixels: int = Field(
        default=40_000_000,
        ge=1,
        description="Cap on an uploaded image's width × height, checked from its header before "
        "decoding (a decompression bomb is refused with a 413); 40 MP decode to well under 1 GB.",
    )
    public_intake_per_hour: int = Field(
        le=PUBLIC_RATE_LIMIT_MAX,
        default=10,
        description="Public complaints per client address per hour.",
    )
    public_tracking_per_minute: int = Field(
        le=PUBLIC_RATE_LIMIT_MAX,
        default=60,
        description="Public tracking lookups per client address per minute.",
    )
    open311_per_minute: int = Field(
        le=PUBLIC_RATE_LIMIT_MAX,
        default=60,
        ge=1,
        description="Open311 GeoReport reads (discovery, services, requests, tokens, photos) "
        "per client address per minute; more are answered 429 with Retry-After.",
    )
    open311_contact: str = Field(
        default="Fast Track (OMB & BMA): hotline 1676, LINE Official Account OMB FAST TRACK BMA.",
        max_length=500,
        description="Open311 discovery's `contact`: who app makers ask for help.",
    )
    open311_key_service: str = Field(
        default="An api_key is an API client's credential, <client_id>:<client_secret>; "
        "ask the Fast Track administrators for an API client.",
        max_length=500,
        description="Open311 discovery's `key_service`: how app makers get an api_key.",
    )
    public_feedback_per_hour: int = Field(
        le=PUBLIC_RATE_LIMIT_MAX,
        default=20,
        ge=1,
        description="Public ratings and reopen requests (tracking code + secret, right or "
        "wrong) per client address per hour.",
    )
    public_stats_min_cell: int = Field(
        default=5,
        ge=1,
        description="Public district statistics suppress counts from 1 to below this "
        "(small cells could identify a person).",
    )
    trusted_proxies: str = Field(
        default="",
        description="Comma-separated addresses or CIDR networks (e.g. `127.0.0.1,10.0.0.0/8`) "
        "of the reverse proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed; "
        "the client is then the right-most untrusted address of `X-Forwarded-For`. Rate "
        "limits and login throttles count that address. `*` trusts every peer (only when "
        "nothing but the proxy can reach the app). Default: none (the headers are ignored).",
    )
    public_suggestions_per_minute: int = Field(
        le=PUBLIC_RATE_LIMIT_MAX,
        default=30,
        ge=1,
        description="Public intake suggestion requests per client address per minute.",
    )
    suggest_min_cases: int = Field(
        default=200,
        ge=2,
        description="Categorised cases before `fasttrack maintenance` trains the first "
        "category model (until then admins' keyword rules suggest categories).",
    )
    suggest_retrain_after: int = Field(
        default=100,
        ge=1,
        description="New categorised cases since the last model before maintenance retrains.",
    )
    transfer_flag_threshold: int = Field(
        default=3, description="Transfers after which a case is flagged for OMB officers."
    )
    stats_rollup_max_age_seconds: int = Field(
        default=3600,
        ge=0,
        description="Statistics come from the rollup while it is at most this old; "
        "older, they are computed live (run `fasttrack maintenance` more often than this).",
    )
    console_dir: Path = Field(
        default_factory=lambda: default_spa_dir("console"),
        description="The built staff console served at /console/ (`npm run build` in clients/); "
        "default clients/console/dist of this checkout.",
    )
    portal_dir: Path = Field(
        default_factory=lambda: default_spa_dir("portal"),
        description="The built public portal served at / (`npm run build` in clients/); "
        "default clients/portal/dist of this checkout.",
    )
    cors_allow_origins: list[str] = Field(
        default_factory=list,
        description='Origins (JSON list, e.g. `["https://console.example"]`) whose browsers '
        "may call the API: a frontend deployed on its own origin. Each is scheme://host[:port] "
        "(`*` is refused). Empty: same origin only.",
    )
    hsts_max_age_seconds: int = Field(
        default=31_536_000,
        ge=0,
        description="`Strict-Transport-Security: max-age` on answers to requests that came over "
        "HTTPS (the connection's scheme, or `X-Forwarded-Proto` from a trusted proxy, see "
        "FASTTRACK_TRUSTED_PROXIES); never over plain HTTP. 0: no HSTS header.",
    )
    opentelemetry: bool = Field(
        default=False,
        description="FastAPI's native OpenTelemetry request spans, metrics and logs, exported "
        "by the globally configured providers (e.g. under `opentelemetry-instrument`). Off, "
        "no request asks whether a provider is configured (4 µs each, 4 % of the /healthz "
        "floor: issue 22).",
    )
    docs_enabled: bool = Field(
        default=True,
        description="Serve the interactive API docs at /docs and /redoc; `false` in production "
        "if they should not be public (/openapi.json stays: the SDK and partners use it).",
    )
    district_boundaries: Path = Field(
        default_factory=default_boundaries_path,
        description="GeoJSON of the 50 district polygons (a 4-digit `code` per feature); "
        "default the bundled file.",
    )
    token_issuer: str | None = Field(
        default=None, description="`iss` of client tokens; default the public base URL."
    )
    token_audience: str = Field(default="fasttrack-api", description="`aud` of client tokens.")
    client_token_lifetime_seconds: int = Field(
        default=900, ge=60, le=3600, description="Lifetime of client (JWT) tokens."
    )
    jwt_keys_dir: Path | None = Field(
        default=None,
        description="Key ring of client tokens; default <data_dir>/keys, generated on first "
        "start. A configured directory must already hold a key.",
    )
    jobs: Literal["auto", "inprocess", "worker"] = Field(
        default="auto",
        description="Who runs the background jobs (events, e-mails, SLA scans, maintenance): "
        "`inprocess` in `fasttrack serve`, `worker` a separate `fasttrack worker` "
        "(PostgreSQL only); `auto` is inprocess on SQLite, worker on PostgreSQL.",
    )
    jobs_poll_seconds: int = Field(
        default=2, ge=1, le=60, description="How often pending events and e-mails are looked for."
    )
    jobs_lease_seconds: int = Field(
        default=300,
        ge=5,
        description="A sender that dies leaves its claimed e-mails and webhook deliveries "
        "to others after this long.",
    )
    queue_stuck_seconds: int = Field(
        default=600,
        ge=30,
        description="/readyz fails when the oldest undispatched event is older than this.",
    )
    webhooks_allow_http: bool = Field(
        default=False,
        description="Accept plain-HTTP webhook URLs (development only; HTTPS otherwise).",
    )
    webhooks_allow_private: bool = Field(
        default=False,
        description="Deliver webhooks to loopback, private and link-local addresses "
        "(development and tests only).",
    )
    webhooks_disable_after: int = Field(
        default=20, ge=1, description="Failed attempts in a row that disable a subscription."
    )
    sla_scan_seconds: int = Field(
        default=60, ge=1, description="How often open cases are scanned for due-soon/breach."
    )
    retention_case_personal_data_years: int = Field(
        default=5,
        ge=1,
        le=100,
        description="Years after a case is closed that its complainant's personal data is "
        "kept; then `maintenance` anonymises it (cases on legal hold are skipped). Stated in "
        "the privacy notice.",
    )
    retention_attachment_years: int = Field(
        default=5,
        ge=1,
        le=100,
        description="Years after a case is closed that its attachments are kept; then "
        "`maintenance` deletes them (legal hold skipped). Stated in the privacy notice.",
    )
    retention_access_log_years: int = Field(
        default=2,
        ge=1,
        le=100,
        description="Years an entry of the personal-data access log is kept; then "
        "`maintenance` purges it, case by case and activity by activity (entries about "
        "cases on legal hold stay). Stated in the privacy notice.",
    )
    maintenance_seconds: int = Field(
        default=3600, ge=60, description="How often `maintenance` runs as a periodic job."
    )
    line_channel_secret: SecretStr | None = Field(
        default=None,
        description="The LINE Official Account's channel secret: webhook requests to "
        "/api/v1/integrations/line/webhook are verified with it (unset: the webhook answers 503).",
    )
    line_channel_access_token: SecretStr | None = Field(
        default=None,
        description="The channel's (long-lived) access token for replies, pushes and photos.",
    )
    line_api_base_url: str = Field(
        default="https://api.line.me",
        description="Base URL of LINE's Messaging API (tests point it at a local fake).",
    )
    line_data_api_base_url: str = Field(
        default="https://api-data.line.me",
        description="Base URL of LINE's content API (the photos users send).",
    )
    line_conversation_minutes: int = Field(
        default=30,
        ge=1,
        description="A report half-written in the LINE chat expires after "
        "this many minutes of silence.",
    )
    line_link_code_minutes: int = Field(
        default=10,
        ge=1,
        le=60,
        description="A code for linking a staff user's LINE account works for this many minutes.",
    )

    inbound_mail_secret: SecretStr | None = Field(
        default=None,
        description="Shared secret of POST /api/v1/integrations/mail/inbound (the MTA pipe or the "
        "mail provider's inbound webhook sends it as a Bearer token or a Basic password); "
        "unset: the endpoint answers 503. `fasttrack mail inbound` needs none.",
    )
    inbound_mail_max_bytes: int = Field(
        default=15_728_640,
        ge=1024,
        description="Cap on one inbound e-mail, attachments included (a larger one is a 413).",
    )

    @field_validator("port")
    @classmethod
    def _port_range(cls, v: int) -> int:
        if not 0 < v < 65536:
            raise ValueError("port must be 1..65535")
        return v

    @field_validator("trusted_proxies")
    @classmethod
    def _trusted_proxies(cls, v: str) -> str:
        entries = [e.strip() for e in v.split(",") if e.strip()]
        if entries == ["*"]:
            return "*"
        for entry in entries:
            try:
                ipaddress.ip_network(entry, strict=False)
            except ValueError:
                raise ValueError(
                    f"trusted_proxies: {entry!r} is not an IP address or CIDR network"
                ) from None
        return ",".join(entries)

    @field_validator("cors_allow_origins")
    @classmethod
    def _cors_origins(cls, v: list[str]) -> list[str]:
        # A browser's Origin is scheme://host[:port], nothing after: anything else would
        # silently never match; `*` is no allow-list.
        origins = []
        for raw in v:
            origin = raw.strip().rstrip("/")
            if not _ORIGIN.fullmatch(origin):
                raise ValueError(
                    f"cors_allow_origins: {raw!r} is not an origin like https://console.example"
                )
            origins.append(origin)
        return origins

    @property
    def trusted_proxy_list(self) -> list[str]:
        """The trusted proxies, one address or network per item; empty: none trusted."""
        return [e for e in self.trusted_proxies.split(",") if e]

    @property
    def effective_public_base_url(self) -> str:
        """The configured base URL, else this server's own address (host and port)."""
        if self.public_base_url:
            return self.public_base_url.rstrip("/")
        host = _WILDCARD_HOSTS.get(self.host, self.host)
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"  # an IPv6 literal in a URL
        return f"http://{host}:{self.port}"

    @property
    def effective_token_issuer(self) -> str:
        return self.token_issuer or self.effective_public_base_url

    @property
    def effective_jwt_keys_dir(self) -> Path:
        return self.jwt_keys_dir or self.data_dir / "keys"

    @property
    def jobs_in_process(self) -> bool:
        if self.jobs == "auto":
            return not self.effective_database_url.startswith("postgresql")
        return self.jobs == "inprocess"

    @field_validator("database_replica_url")
    @classmethod
    def _replica_is_postgresql(cls, value: str | None) -> str | None:
        if value and not normalise_database_url(value).startswith("postgresql"):
            raise ValueError("the read replica must be a PostgreSQL URL")
        return value or None

    @property
    def effective_replica_url(self) -> str | None:
        return (
            normalise_database_url(self.database_replica_url) if self.database_replica_url else None
        )

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return normalise_database_url(self.database_url)
        return f"sqlite+aiosqlite:///{(self.data_dir / 'fasttrack.db').as_posix()}"


def normalise_database_url(url: str) -> str:
    """Accept plain postgresql:// and sqlite:// URLs and pick the async drivers."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    if url.startswith("sqlite://"):
        return "sqlite+aiosqlite://" + url.split("://", 1)[1]
    return url
