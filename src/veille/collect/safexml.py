"""The one entry point for untrusted XML: feeds, sitemaps, NewsML-G2, anything later.

Every XML document goes through :func:`prepare_xml` before any parser sees it:

1. **Decode first, whatever the encoding.** A byte-order mark (UTF-8, UTF-16, UTF-32, either
   order), the first bytes of an undeclared UTF-16/32 document (``<\\0`` ...), or the
   encoding declaration says how; undecodable UTF-8 falls back to cp1252 (the usual
   mislabel). Checks then run on text, so a UTF-16 document cannot slip a declaration past a
   byte-level search (issue #11: a 0.94 MB UTF-16 feed cost 91 s and 3 GB through
   feedparser's lenient fallback).
2. **Refuse a DTD that has an internal subset** (where entities are declared: XXE, billion
   laughs). Only the prolog, before the root element, is looked at: a ``<!ENTITY`` quoted in
   an article's CDATA is text, not a declaration (issue #12, case 09).
3. **Re-encode as UTF-8** without the declaration, with characters XML 1.0 forbids removed,
   HTML entity names (``&eacute;``, ``&nbsp;``) turned into character references and a bare
   ``&`` escaped, outside CDATA sections and comments: French CMSs write them daily and
   strict parsers drop the whole item.

Parsers then run with lxml's hardened settings (no entity resolution, no network, no DTD
loading, default size and depth limits: ``huge_tree`` off) and never with a lenient
fallback that expands entities. :func:`iter_elements` parses incrementally, so a caller
that stops early (the feed item cap) never builds the rest of the tree. Every step is one
linear pass over the text.
"""

from __future__ import annotations

import codecs
import html.entities
import io
import re
from collections.abc import Iterator

from lxml import etree

from veille.errors import InputError

_XML_PREDEFINED = frozenset({"amp", "lt", "gt", "quot", "apos"})
_DECLARATION = re.compile(r"""^\s*<\?xml[^>]{0,400}?\?>""")
_DECLARED_ENCODING = re.compile(
    rb"""^\s*<\?xml[^>]{0,400}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
# Characters XML 1.0 does not allow (section 2.2); a feed holding one is otherwise refused.
_NOT_XML_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# A ``<`` that opens markup, per the XML 1.0 grammar (section 2.4-2.8 and 3.1): a start or
# empty-element tag (``'<' Name (S Attribute)* S? '/'? '>'``, an attribute value holding no
# ``<``), an end tag (``'</' Name S? '>'``), a processing instruction, a comment, a CDATA
# section, a document type declaration. Every class stops at the next ``<``, so trying this
# at every ``<`` stays linear.
_NAME = r"[^\W\d][\w.:\-\u00b7]*"
_MARKUP = (r"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)"
           rf"|<(?P<open>{_NAME})(?:\s+{_NAME}\s*=\s*(?:\"[^\"<]*\"|'[^'<]*'))*\s*"
           r"(?P<empty>/?)>"
           rf"|</(?P<close>{_NAME})\s*>|<\?{_NAME}[^<]*?\?>|<!DOCTYPE[^<>]*>")
# Markup (CDATA sections and comments included: unclosed ones run to the end, so the scan
# stays linear) is kept as it is; outside it, every ``<`` that opens no markup and every
# ``&`` are looked at once.
_AMPERSANDS = re.compile(
    rf"(?P<kept>{_MARKUP})|(?P<lt><)"
    r"|&(?P<ref>#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,7};|[A-Za-z][A-Za-z0-9]{0,31};)?",
    re.DOTALL)
# An ``&`` that is not an XML reference, or a reference XML may refuse (a control character).
_NEEDS_FIX = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#(?:3[2-9]|[4-9][0-9]|[1-9][0-9]{2,6})"
                        r"|#[xX](?:[2-9a-fA-F][0-9a-fA-F]|[1-9a-fA-F][0-9a-fA-F]{2,5}));)")
_PROLOG_ITEM = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->)", re.DOTALL)
_DOCTYPE = re.compile(r"""<!DOCTYPE\s+[^\s\[>'"]+"""
                      r"""(?:\s+(?:SYSTEM|PUBLIC)(?:\s+(?:"[^"]*"|'[^']*')){1,2})?\s*([\[>])""")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_UNMARKED = ((b"<\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x00<", "utf-32-be"),
             (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be"))


def _unsafe(origin: str, what: str) -> InputError:
    return InputError(f"XML {what} (an XXE or billion-laughs document); refused",
                      origin=origin, reason="unsafe-xml",
                      hint="news feeds never need a DTD internal subset; check the source")


def decode_xml(data: bytes, *, origin: str) -> str:
    """The document as text: BOM, then undeclared UTF-16/32, then the encoding declaration,
    then UTF-8, then cp1252 (bytes no code page knows become U+FFFD)."""
    return _decoded(data)[0]


def _decoded(data: bytes) -> tuple[str, bool]:
    """The text, and whether ``data`` was exactly UTF-8 (declared so or undeclared)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), False
    for head, encoding in _UNMARKED:
        if data.startswith(head):
            return data.decode(encoding, errors="replace"), False
    declared = _DECLARED_ENCODING.match(data[:512])
    name = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if name != "utf-8":
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = "utf-8"
        # A declaration of UTF-16/32 on ASCII-compatible bytes is a lie: the bytes win.
        if not codec.startswith(("utf-16", "utf-32", "utf-8")):
            return data.decode(codec, errors="replace"), False
    try:
        return data.decode("utf-8"), name == "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), False


def refuse_internal_subset(text: str, *, origin: str, start: int = 0) -> None:
    """Raise :class:`InputError` (``unsafe-xml``) when the prolog (from ``start``) holds a
    DTD with an internal subset, where entities are declared. Only the prolog counts: the
    same bytes later in the document are character data (CDATA, comments) or a syntax error
    the parser reports."""
    position = start
    while True:
        item = _PROLOG_ITEM.match(text, position)
        if item is None:
            break
        position = item.end()
    while position < len(text) and text[position].isspace():
        position += 1
    if not text.startswith("<!", position):
        return
    doctype = _DOCTYPE.match(text, position)
    if doctype is None:
        raise _unsafe(origin, "has a declaration it cannot read before its root element")
    if doctype.group(1) == "[":
        raise _unsafe(origin, "declares a DTD internal subset (entities)")


class _Repair:
    """The replacement for each :data:`_AMPERSANDS` match, in document order.

    A ``<`` that opens no markup becomes ``&lt;`` ("< 1,5 °C", "a<b"). Tags are balanced
    the way HTML parsers treat misnested formatting tags: an end tag closes the start
    tags left open inside its element (a stray ``<b>`` in a title is closed at
    ``</title>``), and an end tag that closes no open element is text. libxml2's recovery
    instead pops one element per end tag, which shifts every later item one level down or
    drops its link."""

    def __init__(self) -> None:
        self.open: list[str] = []
        self.depth: dict[str, int] = {}

    def __call__(self, match: re.Match[str]) -> str:
        kept, reference = match.group("kept"), match.group("ref")
        if kept is not None:
            return self._tag(match, kept)
        if match.group("lt") is not None:
            return "&lt;"
        if reference is None:
            return "&amp;"
        if reference.startswith("#"):
            try:
                code = int(reference[2:-1], 16) if reference[1] in "xX" else int(reference[1:-1])
                character = chr(code)
            except (ValueError, OverflowError):
                return "&#xFFFD;"
            return "&#xFFFD;" if _NOT_XML_CHAR.match(character) else "&" + reference
        if reference[:-1] in _XML_PREDEFINED:
            return "&" + reference
        expansion = html.entities.html5.get(reference)
        if expansion is None:
            return "&amp;" + reference
        return "".join(f"&#{ord(c)};" for c in expansion)

    def _tag(self, match: re.Match[str], kept: str) -> str:
        opened, closed = match.group("open"), match.group("close")
        if opened is not None and not match.group("empty"):
            self.open.append(opened)
            self.depth[opened] = self.depth.get(opened, 0) + 1
            return kept
        if closed is None:
            return kept
        if not self.depth.get(closed):
            return "&lt;" + kept[1:]  # closes nothing: text
        closing: list[str] = []
        while True:
            name = self.open.pop()
            self.depth[name] -= 1
            if name == closed:
                return "".join(closing) + kept
            closing.append(f"</{name}>")


class _Ignore:
    """A parser target with no callbacks: lxml then runs libxml2 without building a tree
    or calling Python per element (lxml's documented parser target interface)."""

    def close(self) -> None:
        return None


def _well_formed(data: bytes) -> bool:
    """Whether ``data`` parses strictly (hardened settings), in one pass in C."""
    parser = etree.XMLParser(target=_Ignore(), resolve_entities=False, no_network=True,
                             load_dtd=False, huge_tree=False)
    try:
        etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError:
        return False
    return True


def prepare_xml(data: bytes, *, origin: str) -> bytes:
    """``data`` made safe to hand to lxml: decoded, checked, normalised, UTF-8 encoded.

    Raises :class:`InputError` (``unsafe-xml``) for a DTD internal subset. Linear in the
    size of ``data``; a well-formed UTF-8 document that needs no change comes back as it
    is, so a large one is not copied three times (and not walked in Python: a repair
    calls :class:`_Repair` once per tag, 25 times slower than the strict check)."""
    text, utf8 = _decoded(data)
    declaration = _DECLARATION.match(text)
    start = declaration.end() if declaration else 0
    refuse_internal_subset(text, origin=origin, start=start)
    if (utf8 and not _NOT_XML_CHAR.search(text) and not _NEEDS_FIX.search(text)
            and _well_formed(data)):
        return data  # nothing to change: no copy
    text = _NOT_XML_CHAR.sub("", text[start:])
    text = _AMPERSANDS.sub(_Repair(), text)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + text.encode("utf-8")


def _hardened(*, recover: bool) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, recover=recover)


def parse_xml(data: bytes, *, origin: str, recover: bool = False) -> etree._Element:
    """The root element of ``data``, or :class:`InputError` saying why not (``unsafe-xml``,
    ``bad-xml``)."""
    prepared = prepare_xml(data, origin=origin)
    try:
        root = etree.fromstring(prepared, parser=_hardened(recover=recover))
    except etree.XMLSyntaxError as exc:
        raise xml_error(exc, origin) from None
    if root is None:
        raise InputError("empty XML document", origin=origin, reason="bad-xml",
                         hint="the document holds no element")
    return root


def parse_xml_within(data: bytes, *, origin: str, texts: frozenset[str], limit: int
                     ) -> tuple[etree._Element, int, int]:
    """The root element of ``data`` as :func:`parse_xml` gives it, parsed incrementally,
    with what the elements named in ``texts`` (local names: a wire item's body,
    ``inlineXML``) hold past ``limit`` characters of text left out: each element that
    opens inside one of them once ``limit`` characters of its text were read is emptied
    when it closes and taken out of the tree when its next sibling closes or its
    parent does (with its tail), so a body of any size costs the memory of ``limit``
    characters (and of one text node, which libxml2 bounds: :data:`MAX_XML_TEXT_NODE`).
    Also the characters of text kept and read in those elements (equal when nothing was
    left out; counted from each element's text and its siblings' tails, whitespace
    included). Raises :class:`InputError` as :func:`parse_xml` does."""
    prepared = prepare_xml(data, origin=origin)
    events = etree.iterparse(io.BytesIO(prepared), events=("start", "end"),
                             resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, recover=False)
    inside = 0  # how many open elements named in ``texts`` hold the current one
    read = kept = 0
    cut: set[etree._Element] = set()  # the elements opened past ``limit``
    root: etree._Element | None = None
    try:
        for event, element in events:
            if root is None:
                root = element
            named = local(element.tag) in texts
            if event == "start":
                if inside and read > limit:
                    cut.add(element)
                inside += named
                continue
            inside -= named
            if not inside and not named:
                continue
            last = element[-1] if len(element) else None
            before = element.getprevious()
            size = len(element.text or "") + len(before.tail or "" if before is not None
                                                  else "") + len(last.tail or ""
                                                                 if last is not None else "")
            read += size
            if element in cut:
                element.clear(keep_tail=True)
            else:
                kept += size
            if before is not None and before in cut:
                cut.discard(before)
                element.getparent().remove(before)  # and its tail, read above
            if last is not None and last in cut:
                cut.discard(last)
                element.remove(last)
    except etree.XMLSyntaxError as exc:
        raise xml_error(exc, origin) from None
    if root is None:
        raise InputError("empty XML document", origin=origin, reason="bad-xml",
                         hint="the document holds no element")
    for element in cut:  # the last ones of their parents, emptied
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    return root, kept, read


def iter_elements(data: bytes, *, origin: str, strict: bool = False,
                  tags: tuple[str, ...] | None = None, prepared: bool = False
                  ) -> Iterator[tuple[str, etree._Element]]:
    """``("start" | "end", element)`` events of ``data``, parsed incrementally with the
    hardened settings (in recovery mode: a feed with one broken tag keeps its other items;
    ``strict``: with :func:`parse_xml`'s settings, no recovery, comments kept); only the
    events of the elements named in ``tags`` when given (``"{*}newsItem"``: lxml's
    filter, in C; the tree holds every element all the same). ``prepared``: ``data`` is
    :func:`prepare_xml`'s output already (a caller reading the document twice).
    Stop iterating and the rest of the document is never parsed. Raises
    :class:`InputError` (``unsafe-xml``, ``bad-xml``)."""
    if not prepared:
        data = prepare_xml(data, origin=origin)
    events = etree.iterparse(io.BytesIO(data), events=("start", "end"), tag=tags,
                             resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, recover=not strict,
                             remove_comments=not strict, remove_pis=not strict)
    try:
        yield from events
    except etree.XMLSyntaxError as exc:
        raise xml_error(exc, origin) from None


#: libxml2's default limits (``huge_tree`` off), as its messages name them: elements
#: nested deeper than this, a text node longer than this (characters).
MAX_XML_DEPTH = 256
MAX_XML_TEXT_NODE = 10_000_000


def xml_error(exc: etree.XMLSyntaxError, origin: str) -> InputError:
    """What a parse failure of ``exc`` tells the user. A document over one of libxml2's
    limits is refused as such, not as "broken XML": it may well be well-formed, and the
    parser's message names a flag (``XML_PARSE_HUGE``) no user can set (t-scale19 P6: a
    NewsML-G2 item nested 10,000 deep)."""
    message = str(exc)
    if "Excessive depth" in message:
        return InputError(f"XML nested deeper than {MAX_XML_DEPTH} levels; refused",
                          origin=origin, reason="too-deep",
                          hint=f"no news document nests its elements {MAX_XML_DEPTH} deep; "
                               "flatten the markup (or export the item again) and retry")
    if "XML_PARSE_HUGE" in message:  # a text node, a name or an attribute over the limit
        detail = message.split(",", 1)[0].removeprefix("Resource limit exceeded: ")
        return InputError(f"XML over the parser's size limits ({detail.lower()}, over "
                          f"{MAX_XML_TEXT_NODE:,} characters for a text); refused",
                          origin=origin, reason="xml-limit",
                          hint="split the document, or send its text as separate "
                               "paragraphs")
    return InputError(f"broken XML ({message})", origin=origin, reason="bad-xml",
                      hint="the document is not well-formed XML")


def local(tag: object) -> str:
    """An element's name without its namespace (``{ns}item`` -> ``item``)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_of(element: etree._Element | None) -> str:
    """All the text inside an element, whitespace-normalised."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())
