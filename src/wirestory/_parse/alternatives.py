r"""The top-level alternatives of a verbose pattern, and which of them scan the block.

A phrase table is one alternation of many rows, and a row is often itself an
alternation. Most alternatives are anchored by their first words (``Sign\s+up``) and
fail at the first character of an ordinary paragraph. A few start by scanning
(``[^\n]{0,600}?\bREUTERS/`` or a look-ahead): alone, the engine first looks for the
words such a pattern needs and rejects most paragraphs at once; inside an alternation it
cannot, and tries the words at every character. ``boilerplate`` therefore compiles each
scanning alternative by itself and joins the others; the answer is the same (the
alternatives are still tried in order), only faster.

>>> split_alternatives("Sign\\s+up  # a promo | no split\n |[^\\n]{0,200}?click")
['Sign\\s+up  # a promo | no split\n ', '[^\\n]{0,200}?click']
>>> [scans(a) for a in _]
[False, True]
"""

from __future__ import annotations

from typing import Final

from .._patterns import lazy

_SCAN_START: Final = lazy(
    r"""(?x)
    \s*+                                        # verbose white space
    (?: \(\?=                                   # a look-ahead: (?=[^\n]{0,700} ...
      | (?: \. | \[ (?: \\. | [^\]\\] )++ \] )  # or a dot or a character class
        (?: \{ \d*+ , \d{2,} \} | [*+] )         # repeated ten times or more: {0,600} * +
    )
    """
)
"""How an alternative that scans the block begins."""


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of the verbose ``pattern``, each as written (comments
    and white space kept; a ``|`` inside a group, a class, a comment or after a
    backslash does not split)."""
    parts: list[str] = []
    depth, start, i, n = 0, 0, 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
            continue
        if char == "#":  # a comment runs to the end of the line
            end = pattern.find("\n", i)
            i = n if end < 0 else end
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _class_end(pattern: str, i: int) -> int:
    """Where the character class that opens at ``i`` ends (after its ``]``)."""
    i += 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):  # a ] first in a class is literal
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def scans(alternative: str) -> bool:
    """Whether ``alternative`` begins by scanning the block (see the module)."""
    return _SCAN_START.match(alternative) is not None
