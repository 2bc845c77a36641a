"""Language codes as clients write them.

Clients send BCP 47 tags with a region or script ("en-US", "es-419", "pt_BR", "EN"); DeepL's own clients send
"EN-GB" as a target. A model is trained for a language, not a region, so a tag names its primary language:
"es-MX" is served by the en→es model rather than refused as an unsupported pair.
"""

from __future__ import annotations


def primary_language(tag: str) -> str:
    """'en-US' → 'en', 'pt_BR' → 'pt', 'ES' → 'es'."""
    return tag.replace("_", "-").split("-", 1)[0].strip().lower()
