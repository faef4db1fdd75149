"""Mechanical names: Python attributes from operationIds, classes from schema names, fields from wire names."""

from __future__ import annotations

import keyword
import re

_WORD_BREAK = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_WORD = re.compile(r"[^0-9A-Za-z]+")

# Names a field or parameter must not take: Python keywords, and the builtins the generated
# annotations use (a class attribute named ``list`` would shadow ``list[...]`` in later fields).
_SHADOWED = frozenset({"list", "dict", "str", "int", "float", "bool", "bytes"})
# A method's own parameters and helpers, which a path or query parameter must not take.
METHOD_RESERVED = frozenset({"self", "body"})


def snake(name: str) -> str:
    """``getCampaignOffers`` → ``get_campaign_offers``; ``PostingFBSActList`` → ``posting_fbs_act_list``."""
    words = [w for part in _NOT_WORD.split(name) for w in _WORD_BREAK.split(part) if w]
    return "_".join(w.lower() for w in words)


def pascal(name: str) -> str:
    """``productv2ProductsStocksRequestStock`` → ``Productv2ProductsStocksRequestStock``."""
    parts = [p for p in _NOT_WORD.split(name) if p]
    text = "".join(p[0].upper() + p[1:] for p in parts)
    return text if text and not text[0].isdigit() else "M" + text


def operation_attr(marketplace: str, operation_id: str) -> str:
    """The method name of an operation, derived from its operationId alone.

    Yandex: snake_case of the operationId (``getCampaigns`` → ``get_campaigns``). Ozon operationIds
    are ``<Service>API_<Method>`` or free-form (``add-barcode``, ``pricing_items-add``): snake_case
    of it, without the ``api`` word and with a word repeated right after itself said once
    (``ProductAPI_ProductArchive`` → ``product_archive``).
    """
    words = snake(operation_id).split("_")
    if marketplace == "ozon":
        words = [w for w in words if w != "api"]
        words = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
    return "_".join(words)


def python_name(wire: str, reserved: frozenset[str] = frozenset()) -> str:
    """A field or parameter name for a wire name: snake_case, never a keyword or a shadowed builtin."""
    name = snake(wire) or "field"
    if name[0].isdigit():
        name = "n" + name
    if keyword.iskeyword(name) or name in _SHADOWED or name in reserved:
        name += "_"
    return name
