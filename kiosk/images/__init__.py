"""Image derivatives for the kiosk: pure Python on Pillow, no Qt (a test enforces it).

The Qt layer needs only this surface:

- ``DerivativeCache(cache_dir, sizes=DEFAULT_SIZES, sandbox=None)`` then
  ``prepare([(key, source_path), ...]) -> {key: Prepared}``, ``path(key, "screen" | "thumb")``,
  ``reason(key)``, ``prune(keep_keys)``, ``close()``;
- ``ImageRejected.reason`` for anything shown to a curator.

``make_derivatives`` and ``DecodeSandbox`` are the layers underneath, usable on their own.
"""

from typing import TYPE_CHECKING, Any

from kiosk.images.cache import CacheStats, DerivativeCache, Prepared
from kiosk.images.errors import ImageRejected
from kiosk.images.spec import DEFAULT_LIMITS, DEFAULT_SIZES, PIPELINE_VERSION, ImageInfo, Limits

if TYPE_CHECKING:
    from kiosk.images.sandbox import DecodeSandbox, SandboxStats


def __getattr__(name: str) -> Any:
    # Pillow is imported only where pictures are decoded (the sandbox's workers), not by the GUI;
    # the sandbox (multiprocessing) only when a picture needs work, never before the first frame
    # of a kiosk whose pictures are all prepared (issue 18).
    if name == "make_derivatives":
        from kiosk.images.derivatives import make_derivatives

        return make_derivatives
    if name in {"DecodeSandbox", "SandboxStats"}:
        from kiosk.images import sandbox

        return getattr(sandbox, name)
    raise AttributeError(name)


__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_SIZES",
    "PIPELINE_VERSION",
    "CacheStats",
    "DecodeSandbox",
    "DerivativeCache",
    "ImageInfo",
    "ImageRejected",
    "Limits",
    "Prepared",
    "SandboxStats",
    "make_derivatives",
]
