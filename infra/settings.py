"""Application settings from FASTTRACK_* environment variables and a .env file."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from infra.geo import default_boundaries_path


class Settings(BaseSettings):
    """Every setting of the platform; listed with its default in the README."""

    model_config = SettingsConfigDict(
        env_prefix="FASTTRACK_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(default=Path("var"), description="Where files, keys and SQLite live.")
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; default sqlite+aiosqlite:///<data_dir>/fasttrack.db",
    )
    host: str = "127.0.0.1"
    port: int = 8000
    log_level: str = "INFO"
    demo: bool = False
    db_pool_size: int = 10
    db_echo: bool = False
    secret_key: SecretStr | None = Field(
        default=None, description="Signing secret; generated into the data dir when unset."
    )
    public_base_url: str = "http://127.0.0.1:8000"
    token_lifetime_seconds: int = 8 * 3600
    password_hash_profile: str = Field(
        default="production", description="'fast' gives cheap argon2 parameters: tests only."
    )
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = True
    smtp_tls: bool = False
    mail_from: str = "Fast Track OMB & BMA <no-reply@fasttrack.local>"
    reopen_window_days: int = 14
    max_body_bytes: int = Field(default=1_048_576, description="Cap on JSON request bodies")
    max_upload_bytes: int = Field(default=10_485_760, description="Cap on one attachment")
    public_intake_per_hour: int = 10
    public_tracking_per_minute: int = 60
    transfer_flag_threshold: int = 3
    district_boundaries: Path = Field(
        default_factory=default_boundaries_path,
        description="GeoJSON of the 50 district polygons (a 4-digit `code` per feature).",
    )
    token_issuer: str | None = Field(
        default=None, description="`iss` of client tokens; default public_base_url."
    )
    token_audience: str = Field(default="fasttrack-api", description="`aud` of client tokens.")
    client_token_lifetime_seconds: int = Field(default=900, ge=60, le=3600)
    jwt_keys_dir: Path | None = Field(
        default=None,
        description="Key ring of client tokens; default <data_dir>/keys, generated on first "
        "start. A configured directory must already hold a key.",
    )

    @field_validator("port")
    @classmethod
    def _port_range(cls, v: int) -> int:
        if not 0 < v < 65536:
            raise ValueError("port must be 1..65535")
        return v

    @property
    def effective_token_issuer(self) -> str:
        return self.token_issuer or self.public_base_url.rstrip("/")

    @property
    def effective_jwt_keys_dir(self) -> Path:
        return self.jwt_keys_dir or self.data_dir / "keys"

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
