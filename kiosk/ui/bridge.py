"""The QML import name for every Python type the views use (``import Kiosk.Bridge``), and the one
way a Python object becomes a QML singleton."""

from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QObject
from PySide6.QtQml import QmlUncreatable, QQmlEngine, qmlRegisterSingletonType

T = TypeVar("T")

QML_IMPORT_NAME = "Kiosk.Bridge"
QML_IMPORT_MAJOR_VERSION = 1


def uncreatable(reason: str) -> Callable[[T], T]:
    """``QmlUncreatable`` with a type mypy understands: QML may use the type but not create it."""
    return cast("Callable[[T], T]", QmlUncreatable(reason))


class SingletonRegistry:
    """Each QML engine's singletons, by type.

    Qt registers a QML type once per process, and only before the engine that uses it exists. So
    each singleton type is registered once, with a factory that hands every engine the objects
    Python made for it (tests and proofs build several kiosks, one engine each, in one process).
    Python makes the objects, with their dependencies, and keeps them: QML never instantiates a
    Python object (PySide would keep every one alive for good).
    """

    def __init__(self) -> None:
        self._registered: set[type[QObject]] = set()
        self._pending: dict[type[QObject], QObject] = {}
        self._engines: dict[int, dict[type[QObject], QObject]] = {}

    def register(self, instances: Iterable[QObject]) -> None:
        """Each of ``instances`` is the singleton named after its class in the next engine attached."""
        self._pending = {type(obj): obj for obj in instances}
        for cls in self._pending:
            if cls not in self._registered:
                # PySide's stub asks for bytes; the function itself takes only str (6.8 to 6.11).
                name: Any = cls.__name__
                qmlRegisterSingletonType(
                    cls, QML_IMPORT_NAME, QML_IMPORT_MAJOR_VERSION, 0, name, self._factory(cls)
                )
                self._registered.add(cls)

    def attach(self, engine: QQmlEngine) -> None:
        """``engine`` gets the singletons registered last."""
        key = id(engine)
        self._engines[key] = self._pending
        engine.destroyed.connect(lambda: self._engines.pop(key, None))

    def _factory(self, cls: type[QObject]) -> Callable[[QQmlEngine], QObject]:
        def instance(engine: QQmlEngine) -> QObject:
            return self._engines[id(engine)][cls]

        return instance


# Qt's QML type registry is per process; this mirrors it, and is the only module-level state.
SINGLETONS = SingletonRegistry()
