"""Executors run the pure stages of batch work: in-process by default (``local``), or on a
Dask cluster (``dask-local``, ``dask://host:port``); see :mod:`veille.executors.base`."""

from __future__ import annotations

from typing import Any

from veille.errors import ConfigError
from veille.executors.local import LocalExecutor

__all__ = ["LocalExecutor", "open_executor"]


def open_executor(spec: str) -> Any:
    """The executor named by ``spec`` (the ``executor`` setting, ``--executor``):
    ``local``, ``dask-local`` (``dask-local:N`` for N worker processes) or
    ``dask://host:port``. Raises :class:`~veille.errors.ConfigError` for anything else."""
    if spec in ("", "local"):
        return LocalExecutor()
    from veille.executors.dask import DaskExecutor

    if spec.startswith("dask-local"):
        _, _, count = spec.partition(":")
        return DaskExecutor("dask-local", workers=int(count) if count.isdigit() else None)
    if spec.startswith(("dask://", "tcp://")):
        return DaskExecutor(spec)
    raise ConfigError(f"unknown executor {spec!r}",
                      hint="use local, dask-local or dask://host:port")
