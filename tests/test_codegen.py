"""The generator: ``--check`` passes on the committed tree and fails when a spec changes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from marketplace_async._codegen import __main__ as cli
from marketplace_async._codegen import corrections, generate, spec
from marketplace_async._codegen.names import operation_attr, python_name

GENERATED = generate.GENERATED


def _clear_caches() -> None:
    for cached in (
        spec.ozon_document,
        spec.ozon_spec,
        spec.yandex_spec,
        spec.yandex_raw_operations,
        spec.load_yaml,
    ):
        cached.cache_clear()


@pytest.fixture
def edited_ozon_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp copy of the Ozon spec with one operation's summary changed, in place of the vendored one."""
    doc = json.loads(spec.OZON_OPENAPI.read_text(encoding="utf-8"))
    doc["paths"]["/v1/product/import/prices"]["post"]["summary"] = "Обновить цены (edited)"
    copy = tmp_path / "openapi.json"
    copy.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(spec, "OZON_OPENAPI", copy)
    _clear_caches()
    yield copy
    _clear_caches()


def test_check_passes_on_the_committed_tree(capsys: pytest.CaptureFixture[str]) -> None:
    _clear_caches()
    assert cli.main(["--check"]) == 0, capsys.readouterr().err


def test_check_fails_and_writes_nothing_when_a_spec_was_edited(
    edited_ozon_spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p: p.read_bytes() for p in GENERATED.rglob("*") if p.is_file()}
    assert cli.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert "marketplace_async/_generated/ozon/operations.py" in err
    assert "marketplace_async/_generated/ozon/methods.py" in err
    assert "yandex" not in err
    assert {p: p.read_bytes() for p in GENERATED.rglob("*") if p.is_file()} == before


def test_regenerating_writes_the_change(
    edited_ozon_spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Regenerate into a copy of the package's generated folder, never over the committed files.
    out = tmp_path / "_generated"
    shutil.copytree(GENERATED, out)
    monkeypatch.setattr(generate, "GENERATED", out)
    monkeypatch.setattr(generate, "PACKAGE", tmp_path)
    (tmp_path / "_yandex").mkdir()
    assert cli.main([]) == 0
    assert "Обновить цены (edited)" in (out / "ozon" / "operations.py").read_text(encoding="utf-8")
    assert "Обновить цены (edited)" in (out / "ozon" / "methods.py").read_text(encoding="utf-8")
    assert cli.main(["--check"]) == 0


def test_a_correction_for_a_field_the_spec_dropped_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    stale = corrections.Fix("ozon", "v1UploadPostingCodesRequest", "no_such_field", "required", "test")
    monkeypatch.setattr(corrections, "FIXES", (*corrections.FIXES, stale))
    _clear_caches()
    try:
        with pytest.raises(KeyError, match="no_such_field"):
            spec.ozon_spec()
    finally:
        monkeypatch.undo()
        _clear_caches()


def test_corrections_reach_the_models() -> None:
    from marketplace_async._generated.ozon import models

    fields = {
        f: d
        for f, d in zip(
            models.Productv2ProductsStocksRequestStock.__struct_fields__,
            models.Productv2ProductsStocksRequestStock.__struct_defaults__ or (),
            strict=False,
        )
    }
    assert "quant_size" not in models.Productv2ProductsStocksRequestStock.__struct_fields__
    assert "product_id" in models.Productv2ProductsStocksRequestStock.__struct_fields__
    assert fields is not None
    # product_id is optional (offer_id or product_id); posting_number is required on the request.
    models.Productv2ProductsStocksRequestStock(offer_id="a", stock=1, warehouse_id=2)
    with pytest.raises(TypeError, match="posting_number"):
        models.V1UploadPostingCodesRequest(exemplars_by_sku=[])  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("marketplace", "operation_id", "attr"),
    [
        ("ozon", "ProductAPI_ImportProductsPrices", "product_import_products_prices"),
        ("ozon", "PostingAPI_PostingFBSActCheckStatus", "posting_fbs_act_check_status"),
        ("ozon", "pricing_items-add", "pricing_items_add"),
        ("ozon", "SellerAPI_SellerInfo", "seller_info"),
        ("yandex", "getCampaignOffers", "get_campaign_offers"),
        ("yandex", "generateMassOrderLabelsReport", "generate_mass_order_labels_report"),
    ],
)
def test_operation_names(marketplace: str, operation_id: str, attr: str) -> None:
    assert operation_attr(marketplace, operation_id) == attr


def test_python_names_never_shadow_keywords_or_builtins() -> None:
    assert python_name("from") == "from_"
    assert python_name("list") == "list_"
    assert python_name("offerId") == "offer_id"
    assert python_name("2fa") == "n2fa"
