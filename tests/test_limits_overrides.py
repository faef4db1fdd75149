"""``limits=`` overrides: changing a row, and adding one the table does not have."""

from __future__ import annotations

import pytest

from marketplace_async._limits import Endpoint, LimitsTable, Rate, Scope, Unit

TABLE = LimitsTable(
    marketplace="test",
    account_rates=(Rate(50, 1.0, Unit.REQUESTS, Scope.ACCOUNT),),
    account_parallel=None,
    endpoints={"v1/known": Endpoint("v1/known", "POST", "/v1/known", max_items=10)},
    aliases={"KnownOp": "v1/known"},
)


def test_a_mapping_for_an_unknown_path_adds_a_post_endpoint_at_that_path() -> None:
    rate = Rate(5, 60.0, Unit.REQUESTS, Scope.ENDPOINT, "my measurement")
    changed = TABLE.with_overrides(
        {"/v9/newer/method": {"rates": [rate], "max_items": 3, "items_field": "ids"}}
    )
    added = changed.endpoint("v9/newer/method")
    assert (added.key, added.method, added.path) == ("v9/newer/method", "POST", "/v9/newer/method")
    assert (added.rates, added.max_items, added.items_field) == ((rate,), 3, "ids")
    assert "v9/newer/method" not in TABLE.endpoints  # the original is untouched
    assert changed.endpoint("v1/known") is TABLE.endpoint("v1/known")


def test_an_endpoint_for_an_unknown_key_is_added_under_that_key() -> None:
    given = Endpoint("whatever", "GET", "/v2/campaigns/{campaignId}/new", parallel=2)
    changed = TABLE.with_overrides({"getNewThing": given})
    added = changed.endpoint("getNewThing")
    assert added.key == "getNewThing"
    assert (added.method, added.path, added.parallel) == ("GET", "/v2/campaigns/{campaignId}/new", 2)


def test_a_new_operation_id_without_a_path_is_refused_naming_what_is_missing() -> None:
    with pytest.raises(ValueError, match="needs its 'path'"):
        TABLE.with_overrides({"newOperation": {"rates": []}})
    added = TABLE.with_overrides({"newOperation": {"path": "/v1/x", "method": "PUT"}}).endpoint(
        "newOperation"
    )
    assert (added.method, added.path) == ("PUT", "/v1/x")


def test_unknown_fields_are_still_refused_for_new_and_known_keys() -> None:
    for key in ("v9/new", "v1/known"):
        with pytest.raises(ValueError, match="unknown limit fields"):
            TABLE.with_overrides({key: {"max_itemz": 1}})


def test_an_alias_still_overrides_the_row_it_names() -> None:
    changed = TABLE.with_overrides({"KnownOp": {"max_items": 2}})
    assert changed.endpoint("v1/known").max_items == 2
    assert set(changed.endpoints) == {"v1/known"}
