"""Running the page: the application under uvicorn, on this machine only unless told."""

from __future__ import annotations

import ipaddress
import os

from govcheck.runner import RunConfig


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def serve(config: RunConfig, host: str, port: int, workers: int) -> None:
    """Serve until interrupted. uvicorn logs each request's method, path and status: never a
    body, and the page puts no document content in any address."""
    import uvicorn

    from govcheck.web.app import Settings, create_app

    app = create_app(Settings(config=config, workers=workers))
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
