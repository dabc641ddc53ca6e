"""Public names of a package imported on first use (PEP 562), so that importing the
package stays light.

>>> import wirestory.interchange as interchange
>>> "to_ninjs" in dir(interchange)
True
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(
    package: str, table: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's ``__getattr__`` and ``__dir__`` for ``table`` (public name -> the
    relative module that defines it): the module is imported when the name is first
    asked for, and the value kept in ``namespace`` (the package's globals)."""

    def getattr_(name: str) -> Any:
        if name in table:
            value = getattr(importlib.import_module(table[name], package), name)
            namespace[name] = value
            return value
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    def dir_() -> list[str]:
        return sorted({*namespace, *table})

    return getattr_, dir_
