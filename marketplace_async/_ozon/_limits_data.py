"""What the Ozon documentation says about each operation's limits, as data over the generated index.

The operations themselves (verb, path, operationId) come from the index generated from the vendored
Ozon spec; this module adds what a machine cannot read from the schemas: the figures each
operation's documentation page states in its text, which calls must never be resent blindly, which
methods Ozon is switching off, and the older paths the SDK keeps callable as deprecated aliases.
Everything is keyed by operationId, and every figure names the page it comes from, so a user can
open ``https://docs.ozon.ru/api/seller/#operation/<operationId>`` and read it there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .._limits import Rate, Scope, Unit

DOCS = "https://docs.ozon.ru/api/seller/"
CHANGELOG = f"{DOCS}#tag/News"
"""The changelog of the Ozon Seller API documentation (dates of removals and switch-offs)."""

ACCOUNT_RATE_SOURCE = (
    f"{DOCS}#tag/Process: at most 50 requests a second to all methods of one Client-Id "
    "(raised from 10 on 22 May 2025, see the changelog)"
)
NO_FIGURE = "no per-method limit documented; the account's 50 requests a second apply"

_SECOND, _MINUTE, _HOUR, _DAY = 1.0, 60.0, 3600.0, 86400.0


def doc_page(operation_id: str) -> str:
    """The documentation page of one operation."""
    return f"{DOCS}#operation/{operation_id}"


@dataclass(frozen=True, slots=True)
class MethodLimits:
    """The limits one operation's documentation page states, beyond the account's 50 a second.

    ``says`` words them for the table's ``source``; ``items_field`` names the request list that
    ``max_items`` caps (dotted for a list inside an object: ``filter.offer_id``).
    """

    says: str
    rates: tuple[Rate, ...] = ()
    max_items: int | None = None
    items_field: str | None = None


def _documented(
    operation_id: str,
    says: str,
    *,
    per: tuple[tuple[int, float], ...] = (),
    max_items: int | None = None,
    items_field: str | None = None,
    per_item: tuple[tuple[int, float, str], ...] = (),
) -> tuple[str, MethodLimits]:
    """One entry: ``per`` holds (requests, window) per account, ``per_item`` (updates, window,
    what) per item key of the account."""
    page = doc_page(operation_id)
    rates = tuple(Rate(n, window, Unit.REQUESTS, Scope.ENDPOINT, f"{page}: {says}") for n, window in per)
    rates += tuple(
        Rate(n, window, Unit.ITEMS, Scope.ITEM_KEY, f"{page}: {what}") for n, window, what in per_item
    )
    return operation_id, MethodLimits(says, rates, max_items, items_field)


_ITEM_LIMITED = (
    "a per-item operations limit a minute{day}; over it Ozon answers 429 with Item-Retry-After "
    "(minutes until it resets) and Item-Rate-Limit-Remaining"
)
_DRAFTS = "drafts can be created 2 times a minute, 50 times an hour and 500 times a day"

FIGURES: Mapping[str, MethodLimits] = MappingProxyType(
    dict(
        (
            # --- products
            _documented(
                "ProductAPI_ImportProductsV3",
                "up to 100 products a request; " + _ITEM_LIMITED.format(day=""),
                max_items=100,
                items_field="items",
            ),
            _documented(
                "ProductAPI_ImportProductsBySKU",
                "items maxItems 1000; " + _ITEM_LIMITED.format(day=" and a day"),
                max_items=1000,
                items_field="items",
            ),
            _documented(
                "ProductAPI_ProductUpdateAttributes",
                "items maxItems 100; " + _ITEM_LIMITED.format(day=" and a day"),
                max_items=100,
                items_field="items",
            ),
            _documented(
                "ProductAPI_ProductImportPictures",
                "up to 30 images per product; " + _ITEM_LIMITED.format(day=" and a day"),
                max_items=30,
                items_field="images",
            ),
            _documented(
                "ProductAPI_ProductUpdateOfferID",
                "update_offer_id maxItems 25; " + _ITEM_LIMITED.format(day=""),
                max_items=25,
                items_field="update_offer_id",
            ),
            _documented(
                "ProductAPI_GetProductList",
                "one id group a request, at most 1000 products",
                max_items=1000,
                items_field="filter.offer_id",
            ),
            _documented(
                "ProductAPI_GetProductInfoList",
                "at most 1000 products across offer_id, product_id and sku together",
                max_items=1000,
                items_field="offer_id",
            ),
            _documented(
                "ProductAPI_GetProductAttributesV4",
                "up to 1000 values in filter.product_id",
                max_items=1000,
                items_field="filter.product_id",
            ),
            _documented(
                "ProductAPI_ProductArchive",
                "up to 100 ids a request",
                max_items=100,
                items_field="product_id",
            ),
            _documented(
                "ProductAPI_ProductUnarchive",
                "up to 100 ids a request (and 100 automatically archived products a day)",
                max_items=100,
                items_field="product_id",
            ),
            _documented(
                "ProductAPI_DeleteProducts", "up to 500 ids a request", max_items=500, items_field="products"
            ),
            _documented(
                "ProductAPI_ProductInfoPicturesV2",
                "product_id maxItems 1000",
                max_items=1000,
                items_field="product_id",
            ),
            _documented(
                "ProductAPI_ProductGetRelatedSKU",
                "up to 200 SKUs a request",
                max_items=200,
                items_field="sku",
            ),
            _documented(
                "ProductAPI_GetProductPlacementZoneInfo",
                "at most 10 requests a second; skus maxItems 150",
                per=((10, _SECOND),),
                max_items=150,
                items_field="skus",
            ),
            _documented(
                "ProductAPI_GetProductInfoStocksByWarehouseFbsV2",
                "offer_id or sku, maxItems 1000",
                max_items=1000,
                items_field="sku",
            ),
            _documented(
                "ProductAPI_ActionTimerUpdate",
                "product_ids maxItems 1000",
                max_items=1000,
                items_field="product_ids",
            ),
            _documented(
                "ProductAPI_GetProductStairwayDiscountByQuantity",
                "skus maxItems 5000",
                max_items=5000,
                items_field="skus",
            ),
            _documented("ProductVisibilityInfo", "skus maxItems 350", max_items=350, items_field="skus"),
            _documented("ProductPricesDetails", "skus maxItems 1000", max_items=1000, items_field="skus"),
            _documented("QuantGetInfo", "quant_code maxItems 1000", max_items=1000, items_field="quant_code"),
            _documented(
                "add-barcode",
                "at most 20 requests a minute per account; barcodes maxItems 100",
                per=((20, _MINUTE),),
                max_items=100,
                items_field="barcodes",
            ),
            _documented(
                "generate-barcode",
                "at most 20 requests a minute per account; barcodes for at most 100 products a request",
                per=((20, _MINUTE),),
                max_items=100,
                items_field="product_ids",
            ),
            # --- prices and stocks
            _documented(
                "ProductAPI_ProductsStocksV2",
                "100 product-warehouse pairs a request, up to 80 requests a minute per account",
                per=((80, _MINUTE),),
                max_items=100,
                items_field="stocks",
                per_item=((1, 30.0, "one update per product-warehouse pair every 30 seconds"),),
            ),
            _documented(
                "ProductAPI_ImportProductsPrices",
                "prices maxItems 1000",
                max_items=1000,
                items_field="prices",
                per_item=((10, _HOUR, "a product's price can be updated at most 10 times an hour"),),
            ),
            _documented(
                "ProductAPI_GetProductInfoPrices",
                "up to 1000 values in filter.offer_id or filter.product_id",
                max_items=1000,
                items_field="filter.offer_id",
            ),
            # --- promotions
            _documented(
                "PromosProductsActivate", "products maxItems 1000", max_items=1000, items_field="products"
            ),
            _documented(
                "SellerActionsProductsAdd", "products maxItems 100", max_items=100, items_field="products"
            ),
            _documented(
                "SellerActionsProductsDelete", "skus maxItems 100", max_items=100, items_field="skus"
            ),
            _documented(
                "SellerActionsList", "action_ids maxItems 100", max_items=100, items_field="action_ids"
            ),
            _documented(
                "ActionsAutoAddProductsDelete",
                "product_ids maxItems 1000",
                max_items=1000,
                items_field="product_ids",
            ),
            # --- warehouses and logistics
            _documented("WarehouseAPI_WarehouseList", "at most 1 request a minute", per=((1, _MINUTE),)),
            _documented(
                "WarehouseAPI_DeliveryMethodListV2",
                "filter.warehouse_ids maxItems 100",
                max_items=100,
                items_field="filter.warehouse_ids",
            ),
            _documented("DeliveryCheckout", "items maxItems 1000", max_items=1000, items_field="items"),
            _documented(
                "DeliveryPointInfo", "map_point_ids maxItems 100", max_items=100, items_field="map_point_ids"
            ),
            # --- FBO supplies
            _documented(
                "SupplyOrderBundle", "bundle_ids maxItems 100", max_items=100, items_field="bundle_ids"
            ),
            _documented("SupplyOrderGet", "order_ids maxItems 50", max_items=50, items_field="order_ids"),
            _documented(
                "SupplyDraftAPI_DraftCreate",
                f"{_DRAFTS}; items maxItems 5000",
                per=((2, _MINUTE), (50, _HOUR), (500, _DAY)),
                max_items=5000,
                items_field="items",
            ),
            _documented(
                "DraftCrossdockCreate",
                f"{_DRAFTS}; cluster_info.items maxItems 5000",
                per=((2, _MINUTE), (50, _HOUR), (500, _DAY)),
                max_items=5000,
                items_field="cluster_info.items",
            ),
            _documented(
                "DraftDirectCreate",
                f"{_DRAFTS}; cluster_info.items maxItems 5000",
                per=((2, _MINUTE), (50, _HOUR), (500, _DAY)),
                max_items=5000,
                items_field="cluster_info.items",
            ),
            _documented(
                "DraftMultiClusterCreate",
                f"{_DRAFTS}; clusters_info maxItems 20",
                per=((2, _MINUTE), (50, _HOUR), (500, _DAY)),
                max_items=20,
                items_field="clusters_info",
            ),
            _documented(
                "DraftSupplyCreate",
                "supplies can be created from drafts 2 times a minute, 50 times an hour and 500 times a day",
                per=((2, _MINUTE), (50, _HOUR), (500, _DAY)),
            ),
            _documented(
                "SupplyDraftAPI_DraftTimeslotInfo",
                "warehouse_ids maxItems 10",
                max_items=10,
                items_field="warehouse_ids",
            ),
            _documented(
                "DraftTimeslotInfo",
                "selected_cluster_warehouses maxItems 20",
                max_items=20,
                items_field="selected_cluster_warehouses",
            ),
            _documented(
                "CargoesAPI_CargoesCreate",
                "at most 40 pallets or 30 boxes a request",
                max_items=40,
                items_field="cargoes",
            ),
            _documented("CargoesGet", "supply_ids maxItems 100", max_items=100, items_field="supply_ids"),
            _documented("CargoesGetV2", "supplies maxItems 100", max_items=100, items_field="supplies"),
            _documented(
                "CargoesSuppliesGet", "supply_ids maxItems 50", max_items=50, items_field="supply_ids"
            ),
            _documented(
                "CargoesAPI_CargoesDelete", "at most 70 cargo ids", max_items=70, items_field="cargo_ids"
            ),
            _documented(
                "CargoesAPI_CargoesRulesGet",
                "at most 100 supply ids",
                max_items=100,
                items_field="supply_ids",
            ),
            _documented(
                "CargoesLabelTransportCreate",
                "transport_cargo_ids maxItems 40",
                max_items=40,
                items_field="transport_cargo_ids",
            ),
            _documented(
                "SupplyOrderAPI_SupplyOrderContentUpdate",
                "at most 5000 products",
                max_items=5000,
                items_field="items",
            ),
            # --- postings
            _documented(
                "PostingAPI_PostingFBSPackageLabel",
                "at most 20 posting numbers a request",
                max_items=20,
                items_field="posting_number",
            ),
            _documented(
                "PostingAPI_FbsPostingTrackingNumberSet",
                "up to 20 tracking numbers a request",
                max_items=20,
                items_field="tracking_numbers",
            ),
            _documented(
                "PostingFboList",
                "filter.posting_numbers maxItems 1000",
                max_items=1000,
                items_field="filter.posting_numbers",
            ),
            _documented(
                "PostingFbsList",
                "filter.order_numbers maxItems 100",
                max_items=100,
                items_field="filter.order_numbers",
            ),
            _documented(
                "PostingDigitalList",
                "filter.posting_numbers maxItems 1000",
                max_items=1000,
                items_field="filter.posting_numbers",
            ),
            _documented(
                "returnsList",
                "at most 50 posting numbers in the filter",
                max_items=50,
                items_field="filter.posting_numbers",
            ),
            # --- reports, analytics, finance
            _documented(
                "ReportAPI_CreateDiscountedReport", "1 request a minute per account", per=((1, _MINUTE),)
            ),
            _documented(
                "CreatePlacementByProductsReport",
                "the report can be requested at most 5 times a day",
                per=((5, _DAY),),
            ),
            _documented(
                "CreatePlacementBySuppliesReport",
                "the report can be requested at most 5 times a day",
                per=((5, _DAY),),
            ),
            _documented(
                "ReportAPI_CreateStockByWarehouseReport",
                "at most 50 warehouse ids",
                max_items=50,
                items_field="warehouseId",
            ),
            _documented(
                "AnalyticsAPI_StocksTurnover", "at most 1 request a minute per Client-Id", per=((1, _MINUTE),)
            ),
            _documented(
                "AnalyticsAPI_AnalyticsGetData",
                "at most 1 request a minute (no limit with a Premium Plus subscription: override it for such accounts)",
                per=((1, _MINUTE),),
            ),
            _documented(
                "AnalyticsAPI_AnalyticsProductQueries",
                "at most 1000 SKUs",
                max_items=1000,
                items_field="skus",
            ),
            _documented(
                "AnalyticsAPI_AnalyticsProductQueriesDetails",
                "at most 1000 SKUs",
                max_items=1000,
                items_field="skus",
            ),
            _documented(
                "GetFinanceAccrualPostings",
                "posting_numbers maxItems 200",
                max_items=200,
                items_field="posting_numbers",
            ),
            # --- reviews
            _documented(
                "ReviewAPI_ReviewChangeStatus", "1 to 100 review ids", max_items=100, items_field="review_ids"
            ),
            _documented(
                "ReviewChangeStatusV2", "review_ids maxItems 100", max_items=100, items_field="review_ids"
            ),
            _documented(
                "ReviewListV2", "filters.skus maxItems 1000", max_items=1000, items_field="filters.skus"
            ),
        )
    )
)
"""operationId → the limits its documentation page states."""

ITEM_LIMITED_OPERATIONS = frozenset(
    {
        "ProductAPI_ImportProductsV3",
        "ProductAPI_ImportProductsBySKU",
        "ProductAPI_ProductUpdateAttributes",
        "ProductAPI_ProductImportPictures",
        "ProductAPI_ProductUpdateOfferID",
    }
)
"""Operations whose 429 is a per-item limit carrying ``Item-Retry-After`` (minutes until it resets)
and ``Item-Rate-Limit-Remaining``: such a 429 raises :class:`RateLimitError` at once, with
``retry_after`` in seconds, instead of being retried within the same minute."""

_CREATES = "creates a new object on each call"
_REPORT = "queues a new report on each call"
_SPLITS = "splits the order into postings: a resend could split again"
_SENDS = "sends a message to the buyer on each call"
_MONEY = "returns money to the buyer"

NOT_IDEMPOTENT: Mapping[str, str] = MappingProxyType(
    {
        # products and barcodes
        "ProductAPI_ImportProductsV3": "creates the products it does not find (a task per call)",
        "ProductAPI_ImportProductsBySKU": _CREATES,
        "generate-barcode": "generates new barcodes on each call",
        "ProductAPI_ProductCertificateCreate": _CREATES,
        "pricing_create": _CREATES,
        # passes, polygons, warehouses
        "carriagePassCreate": _CREATES,
        "returnPassCreate": _CREATES,
        "SupplyOrderAPI_SupplyOrderPassCreate": _CREATES,
        "PolygonAPI_CreatePolygon": _CREATES,
        "WarehouseAPI_CreateWarehouseFBS": _CREATES,
        "WarehouseERFBSAggregatorCreate": _CREATES,
        "WarehouseERFBSNonIntegratedCreate": _CREATES,
        "WarehouseFbsPickUpCourierCreate": "calls a courier on each call",
        # FBO and FBP supplies
        "SupplyDraftAPI_DraftCreate": _CREATES,
        "DraftCrossdockCreate": _CREATES,
        "DraftDirectCreate": _CREATES,
        "DraftMultiClusterCreate": _CREATES,
        "SupplyDraftAPI_DraftSupplyCreate": "creates a supply order from the draft",
        "DraftSupplyCreate": "creates a supply order from the draft",
        "CargoesAPI_CargoesCreate": "starts a cargo-places operation on each call",
        "CargoesAPI_CargoesLabelCreate": "starts label generation on each call",
        "CargoesTransportCreate": _CREATES,
        "CargoesLabelTransportByOrderCreate": "starts label generation on each call",
        "CargoesLabelTransportCreate": "starts label generation on each call",
        "FbpDraftDirectSellerDlvCreate": _CREATES,
        "FbpDraftDirectCreate": _CREATES,
        "FbpDraftDirectRegistrate": "turns the draft into a supply",
        "FbpDraftDropOffCreate": _CREATES,
        "FbpDraftDropOffRegistrate": "turns the draft into a supply",
        "FbpAPI_FbpCreateAct": "generates a new act on each call",
        "FbpAPI_FbpCreateConsignmentNote": "generates a new consignment note on each call",
        "FbpAPI_FbpCreateLabel": "starts label generation on each call",
        "FbpAPI_FbpDraftPickupCreate": _CREATES,
        "FbpDraftPickUpRegistrate": "turns the draft into a supply",
        "FbpAPI_FbpDraftDirectTplDlvCreate": _CREATES,
        # FBS and rFBS postings
        "PostingAPI_ShipFbsPostingV4": _SPLITS,
        "PostingAPI_ShipFbsPostingPackage": _SPLITS,
        "FbsSplit": _SPLITS,
        "PostingFbsTraceableSplit": _SPLITS,
        "PostingAPI_CancelFbsPostingProduct": "cancels a quantity of a product: a resend could cancel more units",
        "CarriageAPI_CarriageCreate": _CREATES,
        "CarriageContainerCreate": _CREATES,
        "PostingAPI_PostingFBSActCreate": "creates the shipment documents",
        "PostingAPI_CreateLabelBatch": "starts label generation on each call",
        "PostingAPI_CreateLabelBatchV2": "starts label generation on each call",
        "PostingAPI_PostingFBSPickupCodeVerify": "each code check is an attempt",
        "UploadPostingCodes": "uploads a posting's codes once; a resend could send them twice",
        "UploadReceipt": "uploads a new receipt on each call",
        "invoice_upload": "uploads a new file on each call",
        "ReturnAPI_GiveoutBarcodeReset": "generates a new barcode on each call",
        "RFBSReturnsAPI_ReturnsRfbsCompensateV2": _MONEY,
        "RFBSReturnsAPI_ReturnsRfbsReturnMoneyV2": _MONEY,
        "ReturnsAPI_ReturnsRfbsActionSet": "executes a return action, such as a refund",
        # messages, reviews, questions, promotions, orders
        "ChatAPI_ChatStart": _CREATES,
        "ChatAPI_ChatSendMessage": _SENDS,
        "ChatAPI_ChatSendFile": _SENDS,
        "ReviewAPI_CommentCreate": _CREATES,
        "QuestionAnswer_Create": _CREATES,
        "SellerActionsCreateDiscount": _CREATES,
        "SellerActionsCreateDiscountWithCondition": _CREATES,
        "SellerActionsCreateInstallment": _CREATES,
        "SellerActionsCreateMultiLevelDiscount": _CREATES,
        "SellerActionsCreateVoucher": _CREATES,
        "OrderAPI_OrderCreate": _CREATES,
        # reports generated on request
        "ReportAPI_CreateCompanyProductsReport": _REPORT,
        "ReportAPI_ReportReturnsCreate": _REPORT,
        "ReportAPI_CreateCompanyPostingsReport": _REPORT,
        "ReportAPI_CreateDiscountedReport": _REPORT,
        "ReportAPI_CreateStockByWarehouseReport": _REPORT,
        "CreatePlacementByProductsReport": _REPORT,
        "CreatePlacementBySuppliesReport": _REPORT,
        "CreateCompanyMarkedProductsSalesReport": _REPORT,
        "ReportAPI_CreateDocumentB2BSalesReport": _REPORT,
        "ReportAPI_CreateMutualSettlementReport": _REPORT,
    }
)
"""operationId → why a call may not be resent after an ambiguous failure (it could act twice).
Every other operation is a read or an absolute write (set a stock, a price, a status), retried
safely."""


@dataclass(frozen=True, slots=True)
class Deprecation:
    """A method Ozon has deprecated or is switching off: ``why`` says since when, ``replacement``
    is the operationId to use instead."""

    why: str
    replacement: str


_OUTDATED = "outdated per its documentation page; Ozon will switch it off"

DEPRECATED: Mapping[str, Deprecation] = MappingProxyType(
    {
        "ProductAPI_ProductStocksByWarehouseFbs": Deprecation(
            "switched off on 7 Apr 2026", "ProductAPI_GetProductInfoStocksByWarehouseFbsV2"
        ),
        "promos_task_list": Deprecation(_OUTDATED, "GetDiscountTaskListV2"),
        "ProductAPI_V1ProductCertificationList": Deprecation(
            "switched off on 14 Apr 2025", "ProductAPI_ProductCertificationList"
        ),
        "WarehouseAPI_WarehouseList": Deprecation("switched off on 7 Apr 2026", "WarehouseListV2"),
        "WarehouseAPI_DeliveryMethodList": Deprecation(
            "switched off on 7 Apr 2026", "WarehouseAPI_DeliveryMethodListV2"
        ),
        "PolygonAPI_BindPolygon": Deprecation(_OUTDATED, "PolygonBind"),
        "PostingAPI_GetFboPostingList": Deprecation("switched off on 1 Jun 2026", "PostingFboList"),
        "SupplyDraftAPI_DraftCreate": Deprecation(
            "switched off on 16 Mar 2026; also see v1/draft/direct/create and v1/draft/multi-cluster/create",
            "DraftCrossdockCreate",
        ),
        "SupplyDraftAPI_DraftCreateInfo": Deprecation("switched off on 16 Mar 2026", "DraftCreateInfo"),
        "SupplyDraftAPI_DraftTimeslotInfo": Deprecation("switched off on 16 Mar 2026", "DraftTimeslotInfo"),
        "SupplyDraftAPI_DraftSupplyCreate": Deprecation("switched off on 16 Mar 2026", "DraftSupplyCreate"),
        "SupplyDraftAPI_DraftSupplyCreateStatus": Deprecation(
            "switched off on 16 Mar 2026", "DraftSupplyCreateStatus"
        ),
        "CargoesAPI_CargoesLabelFile": Deprecation(
            "switched off on 10 Apr 2026", "CargoesAPI_CargoesLabelGet"
        ),
        "CarriageAPI_CarriageDeliveryList": Deprecation(
            "switched off on 20 Mar 2026", "CarriageAPI_CarriageDeliveryListV2"
        ),
        "PostingAPI_GetCarriageAvailableList": Deprecation(
            "switched off on 20 Mar 2026", "CarriageAPI_CarriageDeliveryListV2"
        ),
        "PostingAPI_PostingFBSDigitalActCheckStatus": Deprecation(
            "switched off on 22 Mar 2026", "PostingAPI_PostingFBSActCheckStatus"
        ),
        "PostingAPI_PostingFBSGetDigitalAct": Deprecation(
            "switched off on 22 Mar 2026", "PostingAPI_PostingFBSGetAct"
        ),
        "PostingAPI_GetFbsPostingUnfulfilledList": Deprecation(
            "switched off on 1 Jun 2026", "PostingFbsUnfulfilledList"
        ),
        "PostingAPI_GetFbsPostingListV3": Deprecation("switched off on 1 Jun 2026", "PostingFbsList"),
        "PostingAPI_CreateLabelBatch": Deprecation(
            "to be switched off, with a month's notice", "PostingAPI_CreateLabelBatchV2"
        ),
        "RFBSReturnsAPI_ReturnsRfbsRejectV2": Deprecation(_OUTDATED, "ReturnsAPI_ReturnsRfbsActionSet"),
        "RFBSReturnsAPI_ReturnsRfbsCompensateV2": Deprecation(_OUTDATED, "ReturnsAPI_ReturnsRfbsActionSet"),
        "RFBSReturnsAPI_ReturnsRfbsVerifyV2": Deprecation(_OUTDATED, "ReturnsAPI_ReturnsRfbsActionSet"),
        "RFBSReturnsAPI_ReturnsRfbsReceiveReturnV2": Deprecation(
            _OUTDATED, "ReturnsAPI_ReturnsRfbsActionSet"
        ),
        "RFBSReturnsAPI_ReturnsRfbsReturnMoneyV2": Deprecation(_OUTDATED, "ReturnsAPI_ReturnsRfbsActionSet"),
        "AnalyticsAPI_AnalyticsGetStockOnWarehousesV2": Deprecation(
            _OUTDATED, "AnalyticsAPI_AnalyticsStocks"
        ),
        "FinanceAPI_FinanceTransactionListV3": Deprecation(
            "switched off on 6 Jul 2026; also see v1/finance/accrual/types and v1/finance/accrual/by-day",
            "GetFinanceAccrualPostings",
        ),
        "FinanceAPI_FinanceTransactionTotalV3": Deprecation(
            "switched off on 6 Jul 2026; also see v1/finance/accrual/types and v1/finance/accrual/by-day",
            "GetFinanceAccrualPostings",
        ),
        "ListPostingCodes": Deprecation(_OUTDATED, "PostingDigitalList"),
        "AnalyticsAPI_ManageStocks": Deprecation(
            "switched off on 22 Jan 2026", "AnalyticsAPI_AnalyticsStocks"
        ),
        "ReviewAPI_CommentDelete": Deprecation(_OUTDATED, "ReviewCommentDeleteV2"),
        "ReviewAPI_ReviewChangeStatus": Deprecation(_OUTDATED, "ReviewChangeStatusV2"),
        "ReviewAPI_ReviewCount": Deprecation(_OUTDATED, "ReviewCountV2"),
        "ReviewAPI_ReviewInfo": Deprecation(_OUTDATED, "ReviewInfoV2"),
        "ReviewAPI_ReviewList": Deprecation(_OUTDATED, "ReviewListV2"),
    }
)
"""Operations of the spec that Ozon marks deprecated or announces it will switch off."""


@dataclass(frozen=True, slots=True)
class LegacyPath:
    """A path the Ozon documentation listed in 2024-25 that the current spec no longer has.

    It stays callable, warning that it is deprecated: ``why`` says when and how it went (never
    the replacement, which the warning names), ``replacement`` is the key of the current method,
    or None when Ozon documents none.
    """

    key: str
    why: str
    replacement: str | None
    method: str = "POST"
    max_items: int | None = None
    items_field: str | None = None
    idempotent: bool = True
    says: str = "no limit documented"


_NEWS = f"({CHANGELOG})"
_GONE_2026 = "not in the June 2026 reference any more"

LEGACY: tuple[LegacyPath, ...] = (
    LegacyPath("v2/posting/fbs/product/change", _GONE_2026, None),
    LegacyPath(
        "v1/analytics/item_turnover",
        f"switched off on 1 Apr 2023, removed on 22 Aug 2023 {_NEWS}; Ozon points to the turnover report "
        "in the seller cabinet",
        None,
    ),
    LegacyPath(
        "v1/analytics/stock_on_warehouses",
        f"removed on 22 Aug 2023 {_NEWS}, and its v2 is outdated too",
        "v1/analytics/stocks",
    ),
    LegacyPath(
        "v1/categories/tree",
        "removed before 2021, when the category tree moved to the description-category methods",
        "v1/description-category/tree",
        "GET",
    ),
    LegacyPath(
        "v1/chat/history",
        f"removed on 20 Feb 2024 for v2/chat/history, itself switched off on 13 Jul 2025 {_NEWS}",
        "v3/chat/history",
    ),
    LegacyPath(
        "v1/chat/list",
        f"removed on 20 Feb 2024 for v2/chat/list, itself deprecated on 28 Jul 2025 {_NEWS}",
        "v3/chat/list",
    ),
    LegacyPath(
        "v1/chat/updates",
        f"removed on 20 Feb 2024 for v2/chat/history, itself switched off on 13 Jul 2025 {_NEWS}",
        "v3/chat/history",
    ),
    LegacyPath(
        "v1/product/import/stocks",
        f"switched off on 27 May 2025 {_NEWS}",
        "v2/products/stocks",
        max_items=100,
        items_field="stocks",
        says="100 items a request, the item shape of v2/products/stocks",
    ),
    LegacyPath(
        "v1/product/pictures/info",
        f"removed from the docs on 10 Feb 2025, switched off on 11 Feb 2025 {_NEWS}",
        "v2/product/pictures/info",
    ),
    LegacyPath(
        "v1/product/upload_digital_codes",
        f"removed on 1 Jul 2025 {_NEWS}; live calls answer 404",
        "v1/posting/digital/codes/upload",
        idempotent=False,
    ),
    LegacyPath(
        "v1/product/upload_digital_codes/info",
        f"removed on 1 Jul 2025 {_NEWS}; the new upload answers at once, with no task to poll",
        "v1/posting/digital/codes/upload",
    ),
    LegacyPath(
        "v1/products/geo-restrictions-catalog-by-filter",
        f"switched off on 1 Oct 2024, removed from the docs on 17 Oct 2024 {_NEWS}",
        None,
    ),
    LegacyPath(
        "v1/report/finance/create",
        f"removed on 22 Aug 2023 {_NEWS}",
        "v1/finance/cash-flow-statement/list",
        idempotent=False,
    ),
    LegacyPath(
        "v1/report/product/create",
        "never in the reference under this spelling (products, plural, is the documented one)",
        "v1/report/products/create",
        idempotent=False,
    ),
    LegacyPath(
        "v1/report/products/movements/create",
        f"removed on 18 Oct 2023 (spelt .../movement/create in the changelog {_NEWS})",
        None,
        idempotent=False,
    ),
    LegacyPath(
        "v1/report/products/prices/create",
        f"removed on 22 Aug 2023 for v4/product/info/prices, itself removed on 18 Feb 2025 {_NEWS}",
        "v5/product/info/prices",
        idempotent=False,
    ),
    LegacyPath(
        "v1/report/returns/create",
        f"switched off on 15 Feb 2025, removed from the docs on 18 Feb 2025 {_NEWS}",
        "v2/report/returns/create",
        idempotent=False,
    ),
    LegacyPath(
        "v1/report/stock/create",
        f"removed on 18 Oct 2023 {_NEWS}",
        "v1/report/warehouse/stock",
        idempotent=False,
    ),
    LegacyPath(
        "v1/report/transactions/create",
        f"removed on 22 Aug 2023 for v3/finance/transaction/list, itself switched off on 6 Jul 2026 {_NEWS}",
        "v1/finance/accrual/postings",
        idempotent=False,
    ),
    LegacyPath(
        "v1/supplier/orders/{order_id}/waybill_acceptance_results",
        f"removed on 10 Jan 2023 {_NEWS}",
        None,
        "GET",
    ),
    LegacyPath(
        "v1/supplier/waybill_acceptance_results/{waybill_id}",
        f"removed on 10 Jan 2023 {_NEWS}",
        None,
        "GET",
    ),
    LegacyPath(
        "v2/category/attribute/values",
        f"switched off and removed on 11 Mar 2024 {_NEWS}",
        "v1/description-category/attribute/values",
    ),
    LegacyPath(
        "v2/category/tree", f"switched off and removed on 11 Mar 2024 {_NEWS}", "v1/description-category/tree"
    ),
    LegacyPath(
        "v2/fbs/posting/send-by-seller",
        f"{_GONE_2026} (nor its 2025 spelling v2/fbs/posting/sent-by-seller)",
        None,
    ),
    LegacyPath(
        "v4/fbs/posting/product/exemplar/status", _GONE_2026, "v5/fbs/posting/product/exemplar/status"
    ),
    LegacyPath(
        "v4/fbs/posting/product/exemplar/validate", _GONE_2026, "v5/fbs/posting/product/exemplar/validate"
    ),
    LegacyPath("v4/fbs/posting/product/exemplar/set", _GONE_2026, "v6/fbs/posting/product/exemplar/set"),
    LegacyPath(
        "v2/fbs/posting/tracking-numbers/set",
        "never in the reference under this spelling (tracking-number, singular, is the documented one)",
        "v2/fbs/posting/tracking-number/set",
    ),
    LegacyPath(
        "v2/posting/fbs/ship",
        f"last dropped from the reference's Errors section on 2 Aug 2024 {_NEWS}",
        "v4/posting/fbs/ship",
        idempotent=False,
    ),
    LegacyPath(
        "v2/product/import",
        f"switched off and removed on 11 Mar 2024 {_NEWS}",
        "v3/product/import",
        max_items=100,
        items_field="items",
        idempotent=False,
        says="up to 100 products a request",
    ),
    LegacyPath("v2/product/info", f"removed on 10 Mar 2025 {_NEWS}", "v3/product/info/list"),
    LegacyPath("v2/product/info/limit", f"removed on 22 Aug 2023 {_NEWS}", "v4/product/info/limit"),
    LegacyPath(
        "v2/product/info/list", f"switched off and removed on 17 Feb 2025 {_NEWS}", "v3/product/info/list"
    ),
    LegacyPath(
        "v2/product/list",
        f"switched off on 9 Feb 2025, removed from the docs on 11 Feb 2025 {_NEWS}",
        "v3/product/list",
    ),
    LegacyPath(
        "v2/returns/company/fbo",
        f"removed on 22 Aug 2023 for v3/returns/company/fbo, itself removed on 18 Feb 2025 {_NEWS}",
        "v1/returns/list",
    ),
    LegacyPath(
        "v2/returns/company/fbs",
        f"removed on 22 Aug 2023 for v3/returns/company/fbs, itself removed on 18 Feb 2025 {_NEWS}",
        "v1/returns/list",
    ),
    LegacyPath(
        "v3/category/attribute",
        f"switched off and removed on 11 Mar 2024 {_NEWS}; the newer method takes one category and type a call",
        "v1/description-category/attribute",
        max_items=20,
        items_field="category_id",
        says="at most 20 category ids",
    ),
    LegacyPath(
        "v3/posting/fbs/set",
        f"never in the reference under this spelling: its text is that of v3/posting/fbs/ship, "
        f"removed on 9 Feb 2024 {_NEWS}",
        "v4/posting/fbs/ship",
        idempotent=False,
    ),
    LegacyPath(
        "v3/posting/fbs/ship/package",
        f"removed on 9 Feb 2024 {_NEWS}",
        "v4/posting/fbs/ship/package",
        idempotent=False,
    ),
    LegacyPath(
        "v3/product/info/stocks",
        f"switched off on 31 Jan 2025, removed from the docs on 10 Feb 2025 {_NEWS}",
        "v4/product/info/stocks",
    ),
    LegacyPath(
        "v3/products/info/attributes",
        f"never in the reference under this spelling; v3/product/info/attributes was switched off on "
        f"9 Feb 2025 {_NEWS}",
        "v4/product/info/attributes",
    ),
    LegacyPath(
        "v3/products/info/stocks",
        "never in the reference under this spelling; v3/product/info/stocks was switched off on 31 Jan 2025",
        "v4/product/info/stocks",
    ),
    LegacyPath(
        "v4/product/info/prices",
        f"switched off on 17 Feb 2025, removed from the docs on 18 Feb 2025 {_NEWS}",
        "v5/product/info/prices",
        max_items=1000,
        items_field="filter.offer_id",
        says="at most 1000 products (filter.offer_id or filter.product_id) a request",
    ),
)
"""Paths of the 2024-25 documentation that the June 2026 reference no longer has, kept callable."""

DEFAULT_BATCHES: Mapping[str, tuple[int, str, str]] = MappingProxyType(
    {
        "DigitalProductAPI_StocksImport": (
            100,
            "stocks",
            "Ozon documents no maximum; the SDK sends batches of 100 (raise it with limits=)",
        ),
    }
)
"""operationId → (max_items, items_field, why) for request sizes the SDK chooses where Ozon is silent."""

COUNTED_ITEMS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "UploadPostingCodes": (
            "exemplars_by_sku",
            "all codes of an item go in one request; no item maximum documented",
        )
    }
)
"""operationId → (items_field, why) for lists counted without a documented maximum."""
