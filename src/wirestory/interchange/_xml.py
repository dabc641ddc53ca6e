"""Safe XML reading: entities and external references are refused (``defusedxml``).

>>> root = read_xml("<a><b>hi</b></a>", what="test")
>>> local_name(root[0].tag), root[0].text
('b', 'hi')
>>> read_xml('<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>', what="NITF")
Traceback (most recent call last):
...
wirestory._errors.FormatError: NITF input declares an XML entity ('e'); wirestory refuses entities (entity-expansion bombs, external files)
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Final

import defusedxml
import defusedxml.ElementTree

from .._errors import FormatError

_XML_ILLEGAL: Final = re.compile(  # characters XML 1.0 cannot carry, even as references
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]"
)


def read_xml(data: str | bytes, *, what: str) -> ET.Element:
    """Parse ``data`` as XML with entity declarations and external references refused.

    Raises:
        FormatError: The input is not well-formed XML, or declares entities or refers to
            external files (the ways of an XML bomb or an external-entity attack).
    """
    try:
        root: ET.Element = defusedxml.ElementTree.fromstring(data)
    except defusedxml.EntitiesForbidden as err:
        raise FormatError(
            f"{what} input declares an XML entity ({err.name!r}); wirestory refuses entities "
            "(entity-expansion bombs, external files)"
        ) from None
    except defusedxml.DefusedXmlException as err:
        raise FormatError(f"{what} input refers to an external resource: {err}") from None
    except (ET.ParseError, ValueError, RecursionError) as err:
        raise FormatError(f"{what} input is not well-formed XML: {err}") from None
    return root


def local_name(tag: object) -> str:
    """A tag without its ``{namespace}``; ``""`` for comments and processing instructions.

    >>> local_name("{http://iptc.org/std/NITF/2006-10-18/}p")
    'p'
    """
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot carry replaced by U+FFFD.

    >>> xml_safe("a\\x01b")
    'a\\ufffdb'
    """
    return _XML_ILLEGAL.sub("\ufffd", text)
