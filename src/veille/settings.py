"""One typed, frozen settings object.

Precedence, lowest first: built-in defaults < ``veille.toml`` in the data directory <
``VEILLE_*`` environment variables < explicit overrides (command-line flags). Each setting
is documented in ``docs/settings.md``; a test checks that every field is.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from veille.errors import ConfigError

MB = 1024 * 1024


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "veille"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable, with the defaults a laptop wants."""

    data_dir: Path = Path()
    max_input_bytes: int = 50 * MB
    batch_size: int = 200
    host: str = "127.0.0.1"
    port: int = 8000
    api_token: str = ""
    allowed_hosts: str = ""
    fetch_allow: str = ""
    user_agent: str = "veille/0.1 (+https://github.com/veille-news/veille)"
    fetch_timeout: float = 10.0
    fetch_deadline: float = 60.0
    fetch_max_bytes: int = 10 * MB
    fetch_max_redirects: int = 5
    fetch_retries: int = 2
    fetch_per_host: int = 2
    fetch_delay: float = 1.0
    fetch_robots: bool = True
    revisit_hours: str = "1,6,24"
    revisit_max: int = 50
    default_language: str = "fr"
    index_wait: float = 60.0
    follow_symlinks_outside: bool = False
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_starttls: bool = True
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_from: str = "veille@localhost"
    alert_timeout: float = 10.0
    alert_retry_s: float = 30.0
    alert_retry_max_s: float = 3600.0
    digest_hour: int = 7
    public_url: str = ""
    read_requires_login: bool = False
    session_days: int = 30
    enrich_on_write: bool = False
    enrich_in_background: bool = True
    store_url: str = ""
    read_url: str = ""
    index_url: str = ""
    executor: str = "local"
    changelog_compact_rows: int = 100_000
    changelog_keep_hours: float = 24.0
    changelog_follower_days: float = 7.0
    source_timezones: str = ""

    @property
    def store_path(self) -> Path:
        return self.data_dir / "veille.sqlite3"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"


_ENV_PREFIX = "VEILLE_"


def _coerce(name: str, value: Any, like: Any) -> Any:
    try:
        if isinstance(like, bool):
            return str(value).lower() in {"1", "true", "yes", "on"}
        if isinstance(like, int):
            return int(value)
        if isinstance(like, float):
            return float(value)
        if isinstance(like, Path):
            return Path(value).expanduser()
        if isinstance(value, list):  # a TOML list for a comma-separated setting
            return ",".join(str(item) for item in value)
        if isinstance(value, dict):  # a TOML table for a name=value list
            return ",".join(f"{key}={item}" for key, item in value.items())
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"setting {name}={value!r} is invalid: {exc}",
            hint=f"set {name} to a value of type {type(like).__name__}",
        ) from exc


def load_settings(
    overrides: Mapping[str, Any] | None = None, *, environ: Mapping[str, str] | None = None
) -> Settings:
    """Build settings from defaults, ``veille.toml``, the environment and overrides."""
    env = os.environ if environ is None else environ
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    data_dir = given.get("data_dir") or env.get("VEILLE_DATA_DIR") or default_data_dir()
    settings = Settings(data_dir=Path(data_dir).expanduser())
    defaults = {f.name: getattr(settings, f.name) for f in fields(Settings)}
    values: dict[str, Any] = {}
    toml_path = settings.data_dir / "veille.toml"
    if toml_path.is_file():
        try:
            values.update(tomllib.loads(toml_path.read_text("utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            raise ConfigError(f"{toml_path}: {exc}", hint="fix or remove the file, or make "
                              "it readable") from exc
    for name in defaults:
        key = _ENV_PREFIX + name.upper()
        if key in env:
            values[name] = env[key]
    values.update(given)
    unknown = set(values) - set(defaults)
    if unknown:
        raise ConfigError(
            f"unknown setting(s): {', '.join(sorted(unknown))}",
            hint="see docs/settings.md for the list",
        )
    coerced = {k: _coerce(k, v, defaults[k]) for k, v in values.items()}
    loaded = replace(settings, **coerced)
    source_zones(loaded)  # a zone name that is not one says so now, not at the next poll
    return loaded


def source_zones(settings: Settings) -> dict[str, str]:
    """``source_timezones`` read: source name to tz database zone (``lnc.nc=Pacific/Noumea,
    tntv.pf=Pacific/Tahiti``; in ``veille.toml`` a table ``[source_timezones]``). Raises
    :class:`ConfigError` for an entry that is not ``name=zone`` or a zone the tz database
    does not have."""
    from veille.extract.timezones import check_zone

    zones: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in settings.source_timezones.split(","))):
        name, sep, zone = part.rpartition("=")
        if not sep or not name.strip():
            raise ConfigError(f"setting source_timezones: {part[:100]!r} is not name=zone",
                              hint="write source_timezones as lnc.nc=Pacific/Noumea,"
                                   "tntv.pf=Pacific/Tahiti (a source name, =, a zone)")
        try:
            zones[name.strip()] = check_zone(zone)
        except ValueError as exc:
            raise ConfigError(f"setting source_timezones: {exc}",
                              hint="fix the zone of that source in veille.toml or "
                                   "VEILLE_SOURCE_TIMEZONES") from None
    return zones
