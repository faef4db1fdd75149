"""Corrections to the vendored specs, as data: each says what it changes and why.

The generator applies them to its in-memory copy; the vendored files stay as published. Defects
the generator handles in general (a ``required`` list naming a property the schema does not have,
``required: true`` on a property, ``enum: null``) are not listed here: they carry no information.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

OZON_REFS: Mapping[str, str] = {
    # Five error responses point at a file of Ozon's own source tree instead of the component.
    "../../components/schemas/rpcStatus.yaml": "#/components/schemas/rpcStatus",
}


@dataclass(frozen=True, slots=True)
class Fix:
    marketplace: Literal["ozon", "yandex"]
    schema: str
    field: str
    change: Literal["optional", "required", "nullable", "string"]
    reason: str


FIXES: tuple[Fix, ...] = (
    Fix(
        "ozon",
        "productv2ProductsStocksRequestStock",
        "product_id",
        "optional",
        "the operation's text says to send offer_id or product_id, yet the schema requires product_id "
        "(https://docs.ozon.ru/api/seller/#operation/ProductAPI_ProductsStocksV2)",
    ),
    Fix(
        "ozon",
        "v1UploadPostingCodesRequest",
        "posting_number",
        "required",
        "the schema requires posting_number on each exemplars_by_sku item, where it is not a field; "
        "it is the request's own field and the call means nothing without it (UploadPostingCodes)",
    ),
    *(
        Fix(
            "ozon",
            schema,
            "last_id",
            "string",
            "typed as a number, but it is an opaque page token: the spec's own examples send 'bnVсbA==' "
            "(PromosCandidates, PromosProducts)",
        )
        for schema in ("seller_apiGetSellerProductV1Request", "seller_apiGetSellerProductV1ResponseResult")
    ),
)
"""``quant_size`` (required on stock items but removed from the API on 26 Jun 2025) and the
``posting_number`` wrongly required on each UploadPostingCodes item name properties their schemas
do not have, so the generator already drops them."""


def apply_schema_fixes(marketplace: str, schemas: dict[str, Any]) -> None:
    for fix in FIXES:
        if fix.marketplace != marketplace:
            continue
        schema = schemas[fix.schema]
        props = schema.get("properties", {})
        if fix.field not in props:
            raise KeyError(f"correction for {fix.schema}.{fix.field}: the spec has no such field any more")
        if fix.change == "nullable":
            props[fix.field] = {**props[fix.field], "nullable": True}
            continue
        if fix.change == "string":
            props[fix.field] = {k: v for k, v in props[fix.field].items() if k != "format"} | {
                "type": "string"
            }
            continue
        required = [name for name in schema.get("required", ()) if name != fix.field]
        if fix.change == "required":
            required.append(fix.field)
        schema["required"] = required
