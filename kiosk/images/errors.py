"""The one exception the image layer raises: a curator-readable reason an image was refused."""

from __future__ import annotations


class ImageRejected(Exception):  # noqa: N818 - the name the UI layer was promised
    """An image the kiosk will not show, with a reason a curator can act on.

    ``permanent`` is False when the failure says nothing about the file itself (the cache
    folder is not writable, the kiosk is shutting down): the cache then does not remember
    the rejection and tries again next time.
    """

    def __init__(self, reason: str, *, permanent: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
