"""Glossary file formats: TSV, CSV (optionally with a language-code header, as Amazon Translate uses),
TMX 1.4 and TBX. Every error names the line or element at fault.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from mt_core.terminology import WORD, Term

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


class GlossaryFormatError(ValueError):
    """The uploaded glossary cannot be read; the message says where."""


@dataclass(frozen=True)
class GlossaryLimits:
    max_entries: int = 100_000
    max_term_chars: int = 200
    max_file_bytes: int = 10_000_000


def _language_matches(code: str, wanted: str) -> bool:
    return code.lower().replace("_", "-").split("-")[0] == wanted.lower().split("-")[0]


def check_entry(source: str, target: str, where: str, limits: GlossaryLimits) -> Term:
    source, target = source.strip(), target.strip()
    if not source or not target:
        raise GlossaryFormatError(f"{where}: empty {'source' if not source else 'target'} term")
    if not WORD.search(source):
        raise GlossaryFormatError(f"{where}: source term {source!r} has no letters or digits to match")
    for side, value in (("source", source), ("target", target)):
        if len(value) > limits.max_term_chars:
            raise GlossaryFormatError(
                f"{where}: {side} term has {len(value)} characters; at most {limits.max_term_chars}"
            )
        if any(ch in value for ch in "\t\n\r\0"):
            raise GlossaryFormatError(f"{where}: {side} term contains a tab, newline or NUL")
    return Term(source, target)


def validate_entries(terms: list[Term], limits: GlossaryLimits) -> list[Term]:
    if not terms:
        raise GlossaryFormatError("the glossary has no entries")
    if len(terms) > limits.max_entries:
        raise GlossaryFormatError(f"the glossary has {len(terms)} entries; at most {limits.max_entries}")
    seen: dict[str, int] = {}
    for index, term in enumerate(terms):
        key = term.source.casefold()
        if key in seen and terms[seen[key]].target != term.target:
            raise GlossaryFormatError(f"entry {index + 1}: source {term.source!r} appears twice with different targets")
        seen[key] = index
    return terms


def _decode(data: bytes, limits: GlossaryLimits) -> str:
    if len(data) > limits.max_file_bytes:
        raise GlossaryFormatError(f"the file has {len(data)} bytes; at most {limits.max_file_bytes}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise GlossaryFormatError(f"line {line}: not valid UTF-8") from error


def parse_delimited(
    data: bytes, delimiter: str, source_lang: str, target_lang: str, limits: GlossaryLimits | None = None
) -> list[Term]:
    limits = limits or GlossaryLimits()
    text = _decode(data, limits)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            rows.append((reader.line_num, row))
    except csv.Error as error:
        raise GlossaryFormatError(f"line {reader.line_num}: {error}") from error
    terms: list[Term] = []
    columns = (0, 1)
    for line_number, row in rows:
        if not row or not any(cell.strip() for cell in row):
            continue
        if line_number == 1 and all(LANGUAGE_CODE.match(cell.strip()) for cell in row) and len(row) >= 2:
            codes = [cell.strip() for cell in row]
            try:
                columns = (
                    next(i for i, c in enumerate(codes) if _language_matches(c, source_lang)),
                    next(i for i, c in enumerate(codes) if _language_matches(c, target_lang)),
                )
            except StopIteration:
                raise GlossaryFormatError(
                    f"line 1: header {codes} has no column for {source_lang} and {target_lang}"
                ) from None
            continue
        if len(row) <= max(columns):
            raise GlossaryFormatError(
                f"line {line_number}: expected at least {max(columns) + 1} columns, got {len(row)}"
            )
        terms.append(check_entry(row[columns[0]], row[columns[1]], f"line {line_number}", limits))
        if len(terms) > limits.max_entries:
            break
    return validate_entries(terms, limits)


def _parse_xml(data: bytes, limits: GlossaryLimits) -> ET.Element:
    _decode(data, limits)
    if DTD.search(data):
        raise GlossaryFormatError("DTDs and entity declarations are not accepted in glossary files")
    try:
        return ET.fromstring(data)
    except ET.ParseError as error:
        line, column = error.position
        reason = str(error).rsplit(": line ", 1)[0]  # expat repeats the position, with columns from 0
        raise GlossaryFormatError(f"line {line}, column {column + 1}: malformed XML ({reason})") from error


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_tmx(data: bytes, source_lang: str, target_lang: str, limits: GlossaryLimits | None = None) -> list[Term]:
    limits = limits or GlossaryLimits()
    root = _parse_xml(data, limits)
    if _local(root.tag) != "tmx":
        raise GlossaryFormatError(f"root element is <{_local(root.tag)}>, expected <tmx>")
    terms: list[Term] = []
    for number, unit in enumerate((e for e in root.iter() if _local(e.tag) == "tu"), start=1):
        variants: dict[str, str] = {}
        for tuv in (e for e in unit if _local(e.tag) == "tuv"):
            lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
            seg = next((e for e in tuv if _local(e.tag) == "seg"), None)
            if seg is not None:
                variants[lang] = "".join(seg.itertext())
        source = next((v for k, v in variants.items() if _language_matches(k, source_lang)), None)
        target = next((v for k, v in variants.items() if _language_matches(k, target_lang)), None)
        if source is None or target is None:
            raise GlossaryFormatError(f"<tu> #{number}: no <tuv> for {source_lang if source is None else target_lang}")
        terms.append(check_entry(source, target, f"<tu> #{number}", limits))
    return validate_entries(terms, limits)


def parse_tbx(data: bytes, source_lang: str, target_lang: str, limits: GlossaryLimits | None = None) -> list[Term]:
    """TBX (ISO 30042): each <termEntry>/<conceptEntry> has a <langSet> per language with <term>s."""
    limits = limits or GlossaryLimits()
    root = _parse_xml(data, limits)
    if _local(root.tag) not in ("martif", "tbx"):
        raise GlossaryFormatError(f"root element is <{_local(root.tag)}>, expected <martif> or <tbx>")
    terms: list[Term] = []
    entries = (e for e in root.iter() if _local(e.tag) in ("termEntry", "conceptEntry"))
    for number, entry in enumerate(entries, start=1):
        by_lang: dict[str, str] = {}
        for lang_set in (e for e in entry if _local(e.tag) == "langSet"):
            lang = lang_set.get(XML_LANG) or lang_set.get("lang") or ""
            term = next((e for e in lang_set.iter() if _local(e.tag) == "term"), None)
            if term is not None and lang not in by_lang:
                by_lang[lang] = "".join(term.itertext())
        source = next((v for k, v in by_lang.items() if _language_matches(k, source_lang)), None)
        target = next((v for k, v in by_lang.items() if _language_matches(k, target_lang)), None)
        if source is None or target is None:
            where = entry.get("id") or f"#{number}"
            missing = source_lang if source is None else target_lang
            raise GlossaryFormatError(f"<{_local(entry.tag)}> {where}: no <langSet> with a <term> for {missing}")
        terms.append(check_entry(source, target, f"<{_local(entry.tag)}> #{number}", limits))
    return validate_entries(terms, limits)


FORMATS = ("tsv", "csv", "tmx", "tbx")


def guess_format(filename: str | None, data: bytes) -> str:
    suffix = (filename or "").rsplit(".", 1)[-1].lower()
    if suffix in FORMATS:
        return suffix
    head = data[:2000].lstrip(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"<"):
        return "tbx" if b"<martif" in head or b"<tbx" in head else "tmx"
    return "tsv" if b"\t" in head else "csv"


def parse_glossary(
    data: bytes, file_format: str, source_lang: str, target_lang: str, limits: GlossaryLimits | None = None
) -> list[Term]:
    if file_format == "tsv":
        return parse_delimited(data, "\t", source_lang, target_lang, limits)
    if file_format == "csv":
        return parse_delimited(data, ",", source_lang, target_lang, limits)
    if file_format == "tmx":
        return parse_tmx(data, source_lang, target_lang, limits)
    if file_format == "tbx":
        return parse_tbx(data, source_lang, target_lang, limits)
    raise GlossaryFormatError(f"unknown glossary format {file_format!r}; use one of {', '.join(FORMATS)}")
