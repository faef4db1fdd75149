"""Request and response models of the Ozon Seller API. GENERATED from marketplace_async/_specs/ozon/openapi-2026-06.json by
``python -m marketplace_async._codegen``: do not edit.

Requests: keyword-only; optional fields default to UNSET and are left out of the body.
Responses: unknown fields are ignored, enums are plain ``str``; a class that is both has a
response twin named ``<Name>Out``."""

from __future__ import annotations

import datetime as _dt
from typing import Any as _Any
from typing import Literal as _Literal

from msgspec import UNSET as _UNSET
from msgspec import Struct as _Struct
from msgspec import UnsetType as _UnsetType
from msgspec import field as _field

from ..._multipart import FileUpload as _FileUpload

AnalyticsGetStockOnWarehousesRequestWarehouseType = _Literal[
    "ALL", "EXPRESS_DARK_STORE", "NOT_EXPRESS_DARK_STORE"
]
AnalyticsProductQueriesRequestSortBy = _Literal[
    "BY_SEARCHES", "BY_VIEWS", "BY_POSITION", "BY_CONVERSION", "BY_GMV"
]
AnalyticsProductQueriesRequestSortDir = _Literal["DESCENDING", "ASCENDING"]
CargoesV1CargoesTransportCreateRequestTransportCargoesTypeEnum = _Literal["PALLET"]
CargoesV2CargoesDeleteRequestTransportCargoDeletionTypeEnum = _Literal[
    "UNBIND_CONTAINED_CARGOES", "DELETE_CONTAINED_CARGOES"
]
Carriagev1CarriageContainerListRequestSortDirEnum = _Literal["ASC", "DESC"]
CreateWarehouseFBSRequestFirstMileTypeEnum = _Literal["PICK_UP", "DROP_OFF"]
CreateWarehouseFBSRequestWorkingDaysEnum = _Literal[
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"
]
DeliveryMethodListV2RequestSortDirEnum = _Literal["ASC", "DESC"]
DeliveryTypeEnum = _Literal["COURIER", "PVZ", "POSTAMAT"]
DirEnum = _Literal["ASC", "DESC"]
FilterStatusEnum = _Literal["NEW", "EDITED", "ACTIVE", "DISABLED", "WAITING", "BROKEN"]
LanguageLanguage = _Literal["DEFAULT", "RU", "EN", "TR", "ZH_HANS"]
ListDropOffPointsForCreateFBSWarehouseRequestSearchDropOffPointTypeEnum = _Literal["PVZ", "PPZ", "SC"]
ListDropOffPointsForUpdateFBSWarehouseRequestSearchDropOffPointTypeEnum = _Literal["PVZ", "PPZ", "SC"]
NotificationV1SetNotificationRequestTypeEnum = _Literal[
    "TYPE_NEW_MESSAGE",
    "TYPE_UPDATE_MESSAGE",
    "TYPE_MESSAGE_READ",
    "TYPE_CHAT_CLOSED",
    "TYPE_NEW_POSTING",
    "TYPE_POSTING_SHIPPED",
    "TYPE_POSTING_CANCELLED",
    "TYPE_STATE_CHANGED",
    "TYPE_DELIVERY_DATE_CHANGED",
    "TYPE_CUTOFF_DATE_CHANGED",
    "TYPE_CREATE_ITEM",
    "TYPE_UPDATE_ITEM",
    "TYPE_CREATE_OR_UPDATE_ITEM",
    "TYPE_STOCKS_CHANGED",
]
NotificationV1UpdateNotificationRequestTypeEnum = _Literal[
    "TYPE_NEW_MESSAGE",
    "TYPE_UPDATE_MESSAGE",
    "TYPE_MESSAGE_READ",
    "TYPE_CHAT_CLOSED",
    "TYPE_NEW_POSTING",
    "TYPE_POSTING_SHIPPED",
    "TYPE_POSTING_CANCELLED",
    "TYPE_STATE_CHANGED",
    "TYPE_DELIVERY_DATE_CHANGED",
    "TYPE_CUTOFF_DATE_CHANGED",
    "TYPE_CREATE_ITEM",
    "TYPE_UPDATE_ITEM",
    "TYPE_CREATE_OR_UPDATE_ITEM",
    "TYPE_STOCKS_CHANGED",
]
OrderCreateRequestV2DeliverySchemaEnum = _Literal["MIX", "FBO", "FBS"]
PostingV1PostingFbpListRequestSortDirEnum = _Literal["ASC", "DESC"]
PostingV2PostingDigitalListRequestSortDirEnum = _Literal["ASC", "DESC"]
PostingV3PostingFboListRequestSortDirEnum = _Literal["ASC", "DESC"]
PostingV4PostingFbsListRequestSortDirEnum = _Literal["ASC", "DESC"]
PostingV4PostingFbsUnfulfilledListRequestSortDirEnum = _Literal["ASC", "DESC"]
ProductCurrencyEnum = _Literal["RUB", "BYN", "KZT", "EUR", "USD", "CNY"]
ProductV1ProductVisibilitySetRequestItemPlacementPlacementEnum = _Literal[
    "OZON", "SELECT", "OZON_SELECT", "NONE"
]
Productv2GetProductListRequestFilterFilterVisibility = _Literal[
    "ALL",
    "VISIBLE",
    "INVISIBLE",
    "EMPTY_STOCK",
    "NOT_MODERATED",
    "MODERATED",
    "DISABLED",
    "STATE_FAILED",
    "READY_TO_SUPPLY",
    "VALIDATION_STATE_PENDING",
    "VALIDATION_STATE_FAIL",
    "VALIDATION_STATE_SUCCESS",
    "TO_SUPPLY",
    "IN_SALE",
    "REMOVED_FROM_SALE",
    "OVERPRICED",
    "CRITICALLY_OVERPRICED",
    "EMPTY_BARCODE",
    "BARCODE_EXISTS",
    "QUARANTINE",
    "ARCHIVED",
    "OVERPRICED_WITH_STOCK",
    "PARTIAL_APPROVED",
    "AUTO_ARCHIVED",
    "MANUAL_ARCHIVED",
    "SEASONAL_AUTO_ARCHIVED",
    "VISIBLE_WITH_FBO_STOCK",
]
Productv3GetProductListRequestFilterFilterVisibility = _Literal[
    "ALL",
    "VISIBLE",
    "INVISIBLE",
    "EMPTY_STOCK",
    "NOT_MODERATED",
    "MODERATED",
    "DISABLED",
    "STATE_FAILED",
    "READY_TO_SUPPLY",
    "VALIDATION_STATE_PENDING",
    "VALIDATION_STATE_FAIL",
    "VALIDATION_STATE_SUCCESS",
    "TO_SUPPLY",
    "IN_SALE",
    "REMOVED_FROM_SALE",
    "OVERPRICED",
    "CRITICALLY_OVERPRICED",
    "EMPTY_BARCODE",
    "BARCODE_EXISTS",
    "QUARANTINE",
    "ARCHIVED",
    "OVERPRICED_WITH_STOCK",
    "PARTIAL_APPROVED",
    "AUTO_ARCHIVED",
    "MANUAL_ARCHIVED",
    "SEASONAL_AUTO_ARCHIVED",
    "VISIBLE_WITH_FBO_STOCK",
]
Productv5GetProductListRequestFilterFilterVisibility = _Literal[
    "ALL",
    "VISIBLE",
    "INVISIBLE",
    "EMPTY_STOCK",
    "NOT_MODERATED",
    "MODERATED",
    "DISABLED",
    "STATE_FAILED",
    "READY_TO_SUPPLY",
    "VALIDATION_STATE_PENDING",
    "VALIDATION_STATE_FAIL",
    "VALIDATION_STATE_SUCCESS",
    "TO_SUPPLY",
    "IN_SALE",
    "REMOVED_FROM_SALE",
    "OVERPRICED",
    "CRITICALLY_OVERPRICED",
    "EMPTY_BARCODE",
    "BARCODE_EXISTS",
    "QUARANTINE",
    "ARCHIVED",
    "OVERPRICED_WITH_STOCK",
    "PARTIAL_APPROVED",
    "AUTO_ARCHIVED",
    "MANUAL_ARCHIVED",
    "SEASONAL_AUTO_ARCHIVED",
    "VISIBLE_WITH_FBO_STOCK",
]
QuestionV1GetQuestionListRequestSortDirEnum = _Literal["DESC", "ASC"]
ReportCreateCompanyProductsReportRequestVisibility = _Literal[
    "ALL",
    "VALIDATION_STATE_FAIL",
    "TO_SUPPLY",
    "IN_SALE",
    "REMOVED_FROM_SALE",
    "PARTIAL_APPROVED",
    "IMAGE_ABSENT",
    "ARCHIVED",
    "AUTO_ARCHIVED",
    "MANUAL_ARCHIVED",
]
ReviewV2ReviewChangeStatusV2RequestStatusEnum = _Literal["NEW", "VIEWED", "PROCESSED"]
ReviewV2ReviewListV2RequestFiltersOrderStatusEnum = _Literal["ALL", "DELIVERED", "CANCELLED"]
ReviewV2ReviewListV2RequestFiltersStatusEnum = _Literal["ALL", "NEW", "VIEWED", "PROCESSED"]
ReviewV2ReviewListV2RequestSortDirEnum = _Literal["ASC", "DESC"]
SearchQueriesTextRequestSortBy = _Literal["CLIENT_COUNT", "ADD_TO_CART", "CONVERSION_TO_CART", "AVG_PRICE"]
SearchQueriesTextRequestSortDir = _Literal["ASC", "DESC"]
SellerActionsListRequestActionTypeEnum = _Literal[
    "DISCOUNT",
    "VOUCHER_DISCOUNT",
    "DISCOUNT_WITH_CONDITION",
    "INSTALLMENT",
    "INDIVIDUAL_DISCOUNT_BY_PRODUCTS",
    "OZON_ACCOUNT_DISCOUNT",
    "MULTI_LEVEL_DISCOUNT_ON_AMOUNT",
]
SellerActionsListRequestStatusEnum = _Literal["ACTIVE", "ENDED", "PLANNED", "PAUSED"]
SellerServiceanalyticsDimension = _Literal[
    "unknownDimension",
    "sku",
    "spu",
    "day",
    "week",
    "month",
    "year",
    "category1",
    "category2",
    "brand",
    "modelID",
    "descriptionType",
]
SupplyOrderListRequestFilterStateEnum = _Literal[
    "DATA_FILLING",
    "READY_TO_SUPPLY",
    "ACCEPTED_AT_SUPPLY_WAREHOUSE",
    "IN_TRANSIT",
    "ACCEPTANCE_AT_STORAGE_WAREHOUSE",
    "REPORTS_CONFIRMATION_AWAITING",
    "REPORT_REJECTED",
    "COMPLETED",
    "REJECTED_AT_SUPPLY_WAREHOUSE",
    "CANCELLED",
    "OVERDUE",
]
SupplyOrderListRequestSortByEnum = _Literal[
    "ORDER_CREATION", "ORDER_STATE_UPDATED_AT", "TIMESLOT_FROM_UTC", "TIMESLOT_FROM_LOCAL"
]
SupplyOrderListRequestSortDirEnum = _Literal["ASC", "DESC"]
TimeslotFromRangeTimeslotFilterTypeEnum = _Literal["BY_LOCAL_TIME", "BY_UTC_TIME"]
V1AnalyticsProductQueriesDetailsRequestSortBy = _Literal[
    "BY_SEARCHES", "BY_VIEWS", "BY_POSITION", "BY_CONVERSION", "BY_GMV"
]
V1AnalyticsProductQueriesDetailsRequestSortDir = _Literal["DESCENDING", "ASCENDING"]
V1AssemblyFbsPostingListRequestSortDirEnum = _Literal["ASC", "DESC"]
V1AssemblyFbsProductListRequestSortDirEnum = _Literal["ASC", "DESC"]
V1ClusterType = _Literal["CLUSTER_TYPE_OZON", "CLUSTER_TYPE_CIS"]
V1CommentSort = _Literal["ASC", "DESC"]
V1CreateType = _Literal["CREATE_TYPE_CROSSDOCK", "CREATE_TYPE_DIRECT"]
V1DiscountTaskStatus = _Literal[
    "NEW",
    "SEEN",
    "APPROVED",
    "PARTLY_APPROVED",
    "DECLINED",
    "AUTO_DECLINED",
    "DECLINED_BY_USER",
    "COUPON",
    "PURCHASED",
]
V1DraftCrossdockCreateRequestDeleteSkuModeEnum = _Literal["PARTIAL", "FULL"]
V1DraftCrossdockCreateRequestDeliveryInfoDropOffWarehouseWarehouseTypeEnum = _Literal[
    "DELIVERY_POINT", "SORTING_CENTER", "CROSS_DOCK", "ORDERS_RECEIVING_POINT", "FULL_FILLMENT"
]
V1DraftCrossdockCreateRequestDeliveryInfoTypeEnum = _Literal["DROPOFF", "PICKUP"]
V1DraftDirectCreateRequestDeleteSkuModeEnum = _Literal["PARTIAL", "FULL"]
V1DraftMultiClusterCreateRequestDeleteSkuModeEnum = _Literal["PARTIAL", "FULL"]
V1DraftMultiClusterCreateRequestDeliveryInfoDropOffWarehouseWarehouseTypeEnum = _Literal[
    "DELIVERY_POINT", "SORTING_CENTER", "CROSS_DOCK", "ORDERS_RECEIVING_POINT", "FULL_FILLMENT"
]
V1DraftMultiClusterCreateRequestDeliveryInfoTypeEnum = _Literal["DROPOFF", "PICKUP"]
V1ItemSortField = _Literal["SKU", "NAME", "QUANTITY", "TOTAL_VOLUME_IN_LITRES"]
V1SellerActionsCreateDiscountWithConditionRequestDiscountTypeEnum = _Literal["PERCENT", "CURRENCY"]
V1SellerActionsCreateMultiLevelDiscountRequestDiscountTypeEnum = _Literal["PERCENT", "CURRENCY"]
V1SellerActionsCreateVoucherRequestDiscountTypeEnum = _Literal["PERCENT", "CURRENCY"]
V1SellerActionsCreateVoucherRequestVoucherParameterTypeEnum = _Literal["ONE", "MULTIPLE", "UNIQUE"]
V1UpdateWarehouseFBSFirstMileRequestFirstMileTypeEnum = _Literal["PICK_UP", "DROP_OFF"]
V1UpdateWarehouseFBSRequestWorkingDaysEnum = _Literal[
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"
]
V1UploadReceiptRequestTypeEnum = _Literal["INCOMING", "REFUND"]
V1WarehouseERFBSAggregatorCreateRequestDeliveryMethodReturnSettingsReturnMethodEnum = _Literal[
    "UNSPECIFIED", "COURIER", "TRANSPORT_COMPANY"
]
V1WarehouseERFBSAggregatorCreateRequestWorkingDaysDayEnum = _Literal[
    "UNSPECIFIED", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"
]
V1WarehouseERFBSAggregatorDeliveryMethodUpdateRequestReturnSettingsReturnMethodEnum = _Literal[
    "COURIER", "TRANSPORT_COMPANY"
]
V1WarehouseERFBSNonIntegratedCreateRequestDeliveryMethodReturnSettingsReturnMethodEnum = _Literal[
    "COURIER", "TRANSPORT_COMPANY"
]
V1WarehouseERFBSNonIntegratedCreateRequestWorkingDaysDayEnum = _Literal[
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"
]
V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateRequestReturnSettingsReturnMethodEnum = _Literal[
    "COURIER", "TRANSPORT_COMPANY"
]
V1WarehouseERFBSUpdateRequestWorkingDaysDayEnum = _Literal[
    "UNSPECIFIED", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"
]
V1WarehouseFBSCreateReturnPointListRequestSearchReturnPointTypeEnum = _Literal["PVZ", "PPZ", "SC"]
V1WarehouseFBSUpdateReturnPointListRequestSearchReturnPointTypeEnum = _Literal["PVZ", "PPZ", "SC"]
V1WarehouseFbsReturnMileCheckRequestFirstMileTypeEnum = _Literal["PICK_UP", "DROP_OFF"]
V1WarehouseOZONListRequestWarehouseTypeEnum = _Literal[
    "FULL_FILLMENT",
    "FULL_FILLMENT_RETURNS",
    "FULL_FILLMENT_DEFECT",
    "EXPRESS_DARK_STORE",
    "CROSS_DOCK",
    "SORTING_CENTER",
    "PHARMACY",
    "DISTRIBUTION_CENTER",
    "ORDERS_RECEIVING_POINT",
    "OUTSOURCE_FF",
    "B2B",
    "EXTERNAL_FF",
]
V2CancellationInitiatorEnum = _Literal["OZON", "SELLER", "CLIENT", "SYSTEM", "DELIVERY"]
V2CancellationStateEnumFilters = _Literal["ALL", "ON_APPROVAL", "APPROVED", "REJECTED"]
V2DeliveryCheckoutRequestV2DeliverySchemaEnum = _Literal["MIX", "FBO", "FBS"]
V2GetDiscountTaskListV2RequestDiscountTaskStatusEnum = _Literal["ALL", "NEW", "APPROVED", "DECLINED"]
V3ServiceType = _Literal["IS_CODE_SERVICE", "IS_NO_CODE_SERVICE"]
V4Visibility = _Literal[
    "ALL",
    "VISIBLE",
    "INVISIBLE",
    "EMPTY_STOCK",
    "NOT_MODERATED",
    "MODERATED",
    "DISABLED",
    "STATE_FAILED",
    "READY_TO_SUPPLY",
    "VALIDATION_STATE_PENDING",
    "VALIDATION_STATE_FAIL",
    "VALIDATION_STATE_SUCCESS",
    "TO_SUPPLY",
    "IN_SALE",
    "REMOVED_FROM_SALE",
    "BANNED",
    "OVERPRICED",
    "CRITICALLY_OVERPRICED",
    "EMPTY_BARCODE",
    "BARCODE_EXISTS",
    "QUARANTINE",
    "ARCHIVED",
    "OVERPRICED_WITH_STOCK",
    "PARTIAL_APPROVED",
    "AUTO_ARCHIVED",
    "MANUAL_ARCHIVED",
    "SEASONAL_AUTO_ARCHIVED",
    "VISIBLE_WITH_FBO_STOCK",
]
ValueCargoType = _Literal["BOX", "PALLET"]


class ActionParameter(_Struct, kw_only=True):
    """Параметры акции."""

    addresses: list[str] | None = None
    auto_stop_action_reason: str | None = None
    budget: float | None = None
    budget_spent: float | None = None
    date_end: str | None = None
    date_start: str | None = None
    discount_levels: list[ParameterDiscountLevels] | None = None
    discount_type: str | None = None
    discount_value: float | None = None
    is_legal_entities_segment: bool | None = None
    min_action_percent: float | None = None
    min_order_amount: float | None = None
    picked_segments: list[ParameterPickedSegment] | None = None
    status: str | None = None
    title: str | None = None
    type: str | None = None
    voucher_parameters: ActionParameterVoucherParameter | None = None
    warehouses: list[int] | None = None


class ActionParameterVoucherParameter(_Struct, kw_only=True):
    """Параметры промокодов."""

    count_codes: int | None = None
    is_private: bool | None = None
    type: str | None = None


class ActionsV1ActionsAutoAddProductsCandidatesRequest(_Struct, kw_only=True):
    action_id: int
    auto_add_date: _dt.datetime
    limit: int
    offset: int | _UnsetType = _UNSET


class ActionsV1ActionsAutoAddProductsCandidatesResponse(_Struct, kw_only=True):
    products: list[ActionsV1ActionsAutoAddProductsCandidatesResponseProducts] | None = None
    total: int | None = None


class ActionsV1ActionsAutoAddProductsCandidatesResponseProducts(_Struct, kw_only=True):
    action_price_to_auto_add: float | None = None
    base_price: float | None = None
    currency: str | None = None
    marketplace_seller_price: float | None = None
    max_discount_price: float | None = None
    min_action_quantity: int | None = None
    min_seller_price: float | None = None
    name: str | None = None
    offer_id: str | None = None
    price: float | None = None
    product_id: int | None = None
    quantity_to_auto_add: int | None = None
    sku: int | None = None


class ActionsV1ActionsAutoAddProductsDeleteRequest(_Struct, kw_only=True):
    action_id: int | _UnsetType = _UNSET
    auto_add_date: _dt.datetime | _UnsetType = _UNSET
    product_ids: list[str] | _UnsetType = _UNSET


class ActionsV1ActionsAutoAddProductsDeleteResponse(_Struct, kw_only=True):
    product_ids: list[int] | None = None


class ActionsV1ActionsAutoAddProductsListRequest(_Struct, kw_only=True):
    action_id: int
    auto_add_date: _dt.datetime
    limit: int
    offset: int | _UnsetType = _UNSET


class ActionsV1ActionsAutoAddProductsListResponse(_Struct, kw_only=True):
    products: list[ActionsV1ActionsAutoAddProductsListResponseProducts] | None = None
    total: int | None = None


class ActionsV1ActionsAutoAddProductsListResponseProducts(_Struct, kw_only=True):
    action_price_to_auto_add: float | None = None
    add_mode: str | None = None
    currency: str | None = None
    marketplace_seller_price: float | None = None
    max_discount_price: float | None = None
    min_action_quantity: int | None = None
    min_seller_price: float | None = None
    name: str | None = None
    offer_id: str | None = None
    price: float | None = None
    product_id: int | None = None
    quantity_to_auto_add: int | None = None
    sku: int | None = None


class ActionsV1ActionsAutoAddProductsUpdateRequest(_Struct, kw_only=True):
    action_id: int | _UnsetType = _UNSET
    auto_add_date: _dt.datetime | _UnsetType = _UNSET
    to_update: list[ActionsV1ActionsAutoAddProductsUpdateRequestToUpdate] | _UnsetType = _UNSET


class ActionsV1ActionsAutoAddProductsUpdateRequestToUpdate(_Struct, kw_only=True):
    action_price: float | _UnsetType = _UNSET
    currency: str | _UnsetType = _UNSET
    product_id: int | _UnsetType = _UNSET
    quantity: int | _UnsetType = _UNSET


class ActionsV1ActionsAutoAddProductsUpdateResponse(_Struct, kw_only=True):
    below_min_price: list[ActionsV1ActionsAutoAddProductsUpdateResponseBelowMinPrice] | None = None
    extremely_low_price: list[ActionsV1ActionsAutoAddProductsUpdateResponseExtremelyLowPrice] | None = None
    failed_price: list[ActionsV1ActionsAutoAddProductsUpdateResponseFailedPrice] | None = None
    rejected: list[ActionsV1ActionsAutoAddProductsUpdateResponseRejected] | None = None
    updated_ids: list[int] | None = None


class ActionsV1ActionsAutoAddProductsUpdateResponseBelowMinPrice(_Struct, kw_only=True):
    key: int | None = None
    value: float | None = None


class ActionsV1ActionsAutoAddProductsUpdateResponseExtremelyLowPrice(_Struct, kw_only=True):
    key: int | None = None
    value: float | None = None


class ActionsV1ActionsAutoAddProductsUpdateResponseFailedPrice(_Struct, kw_only=True):
    key: int | None = None
    value: float | None = None


class ActionsV1ActionsAutoAddProductsUpdateResponseRejected(_Struct, kw_only=True):
    code: str | None = None
    product_id: int | None = None
    reason: str | None = None


class AddStrategyItemsResponseError(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    error: str | None = None
    product_id: int | None = None


class AnalyticsAnalyticsGetDataRequest(_Struct, kw_only=True):
    """object"""

    date_from: str
    date_to: str
    dimension: list[SellerServiceanalyticsDimension]
    filters: list[AnalyticsFilter] | _UnsetType = _UNSET
    limit: int
    metrics: list[str]
    offset: int | _UnsetType = _UNSET
    sort: list[AnalyticsSorting] | _UnsetType = _UNSET


class AnalyticsAnalyticsGetDataResponse(_Struct, kw_only=True):
    """object"""

    result: AnalyticsGetDataResponseResult | None = None
    timestamp: str | None = None


class AnalyticsDataRow(_Struct, kw_only=True):
    """object"""

    dimensions: list[AnalyticsDataRowDimension] | None = None
    metrics: list[float] | None = None


class AnalyticsDataRowDimension(_Struct, kw_only=True):
    """object"""

    id: str | None = None
    name: str | None = None


class AnalyticsFilter(_Struct, kw_only=True):
    """object"""

    key: str | _UnsetType = _UNSET
    op: str | _UnsetType = _UNSET
    value: str | _UnsetType = _UNSET


class AnalyticsGetDataResponseResult(_Struct, kw_only=True):
    """Результаты запроса."""

    data: list[AnalyticsDataRow] | None = None
    totals: list[float] | None = None


class AnalyticsProductQueriesDetailsResponseQuery(_Struct, kw_only=True):
    currency: str | None = None
    gmv: float | None = None
    order_count: int | None = None
    position: float | None = None
    query: str | None = None
    query_index: int | None = None
    sku: int | None = None
    unique_search_users: int | None = None
    unique_view_users: int | None = None
    view_conversion: float | None = None


class AnalyticsProductQueriesResponseAnalyticsPeriod(_Struct, kw_only=True):
    """Период, за который формируется аналитика."""

    date_from: str | None = None
    date_to: str | None = None


class AnalyticsSorting(_Struct, kw_only=True):
    """object"""

    key: str | _UnsetType = _UNSET
    order: str | _UnsetType = _UNSET


class AnalyticsStockOnWarehouseRequest(_Struct, kw_only=True):
    """object"""

    limit: int
    offset: int | _UnsetType = _UNSET
    warehouse_type: AnalyticsGetStockOnWarehousesRequestWarehouseType | _UnsetType = _UNSET


class AnalyticsStockOnWarehouseResponse(_Struct, kw_only=True):
    """object"""

    result: AnalyticsStockOnWarehouseResponseResult | None = None


class AnalyticsStockOnWarehouseResponseResult(_Struct, kw_only=True):
    """Результат запроса."""

    rows: list[AnalyticsStockOnWarehouseResultRows] | None = None


class AnalyticsStockOnWarehouseResultRows(_Struct, kw_only=True):
    """object"""

    sku: int | None = None
    item_code: str | None = None
    item_name: str | None = None
    free_to_sell_amount: int | None = None
    promised_amount: int | None = None
    reserved_amount: int | None = None
    warehouse_name: str | None = None


class ApproveDeclineDiscountTasksResponseFailDetail(_Struct, kw_only=True):
    """object"""

    task_id: int | None = None
    error_for_user: str | None = None


class ArrivalPassListRequestFilter(_Struct, kw_only=True):
    """Фильтры."""

    arrival_pass_ids: list[str] | _UnsetType = _UNSET
    arrival_reason: str | _UnsetType = _UNSET
    dropoff_point_ids: list[str] | _UnsetType = _UNSET
    only_active_passes: bool | _UnsetType = _UNSET
    warehouse_ids: list[str] | _UnsetType = _UNSET


class ArrivalpassArrivalPassCreateRequest(_Struct, kw_only=True):
    arrival_passes: list[ArrivalpassArrivalPassCreateRequestArrivalPass]


class ArrivalpassArrivalPassCreateRequestArrivalPass(_Struct, kw_only=True):
    """object"""

    arrival_time: _dt.datetime
    driver_name: str
    driver_phone: str
    dropoff_point_id: int
    vehicle_license_plate: str
    vehicle_model: str
    warehouse_id: int


class ArrivalpassArrivalPassCreateResponse(_Struct, kw_only=True):
    arrival_pass_ids: list[int] | None = None


class ArrivalpassArrivalPassDeleteRequest(_Struct, kw_only=True):
    arrival_pass_ids: list[str]


class ArrivalpassArrivalPassListRequest(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: ArrivalPassListRequestFilter | _UnsetType = _UNSET
    limit: int


class ArrivalpassArrivalPassListResponse(_Struct, kw_only=True):
    arrival_passes: list[ArrivalpassArrivalPassListResponseArrivalPass] | None = None
    cursor: str | None = None


class ArrivalpassArrivalPassListResponseArrivalPass(_Struct, kw_only=True):
    """object"""

    arrival_pass_id: int | None = None
    arrival_reasons: list[str] | None = None
    arrival_time: str | None = None
    driver_name: str | None = None
    driver_phone: str | None = None
    dropoff_point_id: int | None = None
    is_active: bool | None = None
    vehicle_license_plate: str | None = None
    vehicle_model: str | None = None
    warehouse_id: int | None = None


class ArrivalpassArrivalPassUpdateRequest(_Struct, kw_only=True):
    arrival_passes: list[ArrivalpassArrivalPassUpdateRequestArrivalPass]


class ArrivalpassArrivalPassUpdateRequestArrivalPass(_Struct, kw_only=True):
    """object"""

    arrival_pass_id: int
    arrival_time: _dt.datetime
    driver_name: str
    driver_phone: str
    vehicle_license_plate: str
    vehicle_model: str


class AssemblyFbsProductListResponseProducts(_Struct, kw_only=True):
    offer_id: str | None = None
    picture_url: str | None = None
    postings: list[ProductsPostings] | None = None
    product_name: str | None = None
    quantity: int | None = None
    sku: int | None = None


class AvailabilityReason(_Struct, kw_only=True):
    human_text: ReasonHumanText | None = None
    id: int | None = None


class BrandBrandCompanyCertificationListRequest(_Struct, kw_only=True):
    """object"""

    page: int
    page_size: int


class BrandBrandCompanyCertificationListResponse(_Struct, kw_only=True):
    """object"""

    result: BrandCompanyCertificationListResponseBrandCertificationResult | None = None


class BrandCompanyCertificationListResponseBrandCertification(_Struct, kw_only=True):
    """object"""

    brand_name: str | None = None
    has_certificate: bool | None = None


class BrandCompanyCertificationListResponseBrandCertificationResult(_Struct, kw_only=True):
    """Результат запроса."""

    brand_certification: list[BrandCompanyCertificationListResponseBrandCertification] | None = None
    total: int | None = None


class CancellationStateCancellationError(_Struct, kw_only=True):
    """Ошибка отмены."""

    error_code: str | None = None
    message: str | None = None


class CargoInfoTrackingInfo(_Struct, kw_only=True):
    """Отслеживание грузоместа."""

    date: str | None = None
    status: str | None = None
    type: str | None = None


class CargoValue(_Struct, kw_only=True):
    """Информация о грузоместе."""

    cargo_id: int | None = None


class CargoesCreateErrorsItemValidation(_Struct, kw_only=True):
    barcode: str | None = None
    cargo_key: str | None = None
    quant: int | None = None
    type: str | None = None


class CargoesCreateInfoV2ResponseResult(_Struct, kw_only=True):
    """Результат запроса."""

    cargoes: list[ResultCargo] | None = None


class CargoesCreateV2ErrorsItemValidation(_Struct, kw_only=True):
    cargo_key: str | None = None
    item: str | None = None
    quant: int | None = None
    type: str | None = None


class CargoesGetResponseSupply(_Struct, kw_only=True):
    bundle_id: str | None = None
    cargoes: list[SupplyCargoInfo] | None = None
    supply_id: int | None = None


class CargoesPresentRuleCargoCountPerType(_Struct, kw_only=True):
    """Количество грузомест каждого типа"""

    count: int | None = None
    type: str | None = None


class CargoesRulesGetResponseSupplyCheck(_Struct, kw_only=True):
    """Чек-лист правил заполнения грузомест."""

    cargoes_presents_rule: SupplyCheckCargoesPresentRule | None = None
    edit_deadline_expire_rule: SupplyCheckEditDeadlineExpireRule | None = None
    expire_dates_presented_rule: SupplyCheckExpireDatePresentedRule | None = None
    is_valid_distribution_rule: SupplyCheckIsValidDistributionRule | None = None
    package_units_with_distribution_rule: SupplyCheckPackageUnitWithDistributionRule | None = None
    placement_zones_rule: SupplyCheckPlacementZoneRule | None = None
    supply_id: int | None = None


class CargoesV1CargoesLabelTransportByOrderCreateRequest(_Struct, kw_only=True):
    order_id: int


class CargoesV1CargoesLabelTransportByOrderCreateResponse(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    operation_id: str | None = None


class CargoesV1CargoesLabelTransportByOrderStatusRequest(_Struct, kw_only=True):
    operation_id: str


class CargoesV1CargoesLabelTransportByOrderStatusResponse(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    result: CargoesV1CargoesLabelTransportByOrderStatusResponseResult | None = None
    status: str | None = None


class CargoesV1CargoesLabelTransportByOrderStatusResponseResult(_Struct, kw_only=True):
    """Этикетки транспортных грузомест."""

    file_url: str | None = None
    skipped_supplies_ids: list[int] | None = None


class CargoesV1CargoesLabelTransportCreateRequest(_Struct, kw_only=True):
    supply_id: int
    transport_cargo_ids: list[str] | _UnsetType = _UNSET


class CargoesV1CargoesLabelTransportCreateResponse(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    operation_id: str | None = None


class CargoesV1CargoesLabelTransportStatusRequest(_Struct, kw_only=True):
    operation_id: str | _UnsetType = _UNSET


class CargoesV1CargoesLabelTransportStatusResponse(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    result: CargoesV1CargoesLabelTransportStatusResponseResult | None = None
    status: str | None = None


class CargoesV1CargoesLabelTransportStatusResponseResult(_Struct, kw_only=True):
    """Этикетки транспортных грузомест."""

    file_url: str | None = None


class CargoesV1CargoesSuppliesGetRequest(_Struct, kw_only=True):
    supply_ids: list[str]


class CargoesV1CargoesSuppliesGetResponse(_Struct, kw_only=True):
    not_found_supply_ids: list[int] | None = None
    supplies_cargoes: list[CargoesV1CargoesSuppliesGetResponseSuppliesCargoes] | None = None


class CargoesV1CargoesSuppliesGetResponseSuppliesCargoes(_Struct, kw_only=True):
    bundle_id: str | None = None
    cargoes_without_transport_cargoes: (
        list[CargoesV1CargoesSuppliesGetResponseSuppliesCargoesCargoesWithoutTransportCargoes] | None
    ) = None
    supply_id: int | None = None
    transport_cargoes: list[CargoesV1CargoesSuppliesGetResponseSuppliesCargoesTransportCargoes] | None = None


class CargoesV1CargoesSuppliesGetResponseSuppliesCargoesCargoesWithoutTransportCargoes(_Struct, kw_only=True):
    barcode: str | None = None
    bundle_id: str | None = None
    cargo_id: int | None = None


class CargoesV1CargoesSuppliesGetResponseSuppliesCargoesTransportCargoes(_Struct, kw_only=True):
    bundle_id: str | None = None
    cargoes: list[CargoesV1CargoesSuppliesGetResponseSuppliesCargoesTransportCargoesCargoes] | None = None
    transport_cargo_id: int | None = None
    type: str | None = None


class CargoesV1CargoesSuppliesGetResponseSuppliesCargoesTransportCargoesCargoes(_Struct, kw_only=True):
    barcode: str | None = None
    bundle_id: str | None = None
    cargo_id: int | None = None


class CargoesV1CargoesTransportActivateRequest(_Struct, kw_only=True):
    is_transport: bool
    supply_id: int


class CargoesV1CargoesTransportActivateResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class CargoesV1CargoesTransportActivateStatusRequest(_Struct, kw_only=True):
    operation_id: str


class CargoesV1CargoesTransportActivateStatusResponse(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    status: str | None = None


class CargoesV1CargoesTransportBindRequest(_Struct, kw_only=True):
    cargoes_unbind_transport_cargoes: list[str] | _UnsetType = _UNSET
    supply_id: int
    transport_cargo_bind: list[CargoesV1CargoesTransportBindRequestTransportCargoBind] | _UnsetType = _UNSET


class CargoesV1CargoesTransportBindRequestTransportCargoBind(_Struct, kw_only=True):
    cargo_ids: list[str]
    transport_cargo_id: int


class CargoesV1CargoesTransportBindResponse(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    operation_id: str | None = None


class CargoesV1CargoesTransportBindStatusRequest(_Struct, kw_only=True):
    operation_id: str


class CargoesV1CargoesTransportBindStatusResponse(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    status: str | None = None


class CargoesV1CargoesTransportCreateRequest(_Struct, kw_only=True):
    supply_id: int
    transport_cargoes: list[CargoesV1CargoesTransportCreateRequestTransportCargoes]


class CargoesV1CargoesTransportCreateRequestTransportCargoes(_Struct, kw_only=True):
    count: int
    type: CargoesV1CargoesTransportCreateRequestTransportCargoesTypeEnum


class CargoesV1CargoesTransportCreateResponse(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    operation_id: str | None = None


class CargoesV1CargoesTransportCreateStatusRequest(_Struct, kw_only=True):
    operation_id: str | _UnsetType = _UNSET


class CargoesV1CargoesTransportCreateStatusResponse(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    result: CargoesV1CargoesTransportCreateStatusResponseResult | None = None
    status: str | None = None


class CargoesV1CargoesTransportCreateStatusResponseResult(_Struct, kw_only=True):
    """Созданные транспортные грузоместа."""

    transport_cargoes: list[CargoesV1CargoesTransportCreateStatusResponseResultTransportCargoes] | None = None


class CargoesV1CargoesTransportCreateStatusResponseResultTransportCargoes(_Struct, kw_only=True):
    id: int | None = None
    type: str | None = None


class CargoesV2CargoesDeleteRequest(_Struct, kw_only=True):
    cargo_ids: list[str] | _UnsetType = _UNSET
    supply_id: int
    transport_cargo_deletion_type: CargoesV2CargoesDeleteRequestTransportCargoDeletionTypeEnum
    transport_cargo_ids: list[str] | _UnsetType = _UNSET


class CargoesV2CargoesDeleteResponse(_Struct, kw_only=True):
    errors: CargoesV2CargoesDeleteResponseErrors | None = None
    operation_id: str | None = None


class CargoesV2CargoesDeleteResponseErrors(_Struct, kw_only=True):
    """Ошибки."""

    cargo_error_reasons: list[CargoesV2CargoesDeleteResponseErrorsCargoErrorReasons] | None = None
    supply_error_reasons: list[str] | None = None
    transport_cargo_error_reasons: (
        list[CargoesV2CargoesDeleteResponseErrorsTransportCargoErrorReasons] | None
    ) = None


class CargoesV2CargoesDeleteResponseErrorsCargoErrorReasons(_Struct, kw_only=True):
    cargo_id: int | None = None
    error_reasons: list[str] | None = None


class CargoesV2CargoesDeleteResponseErrorsTransportCargoErrorReasons(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    transport_cargo_id: int | None = None


class CargoesV2CargoesDeleteStatusRequest(_Struct, kw_only=True):
    operation_id: str


class CargoesV2CargoesDeleteStatusResponse(_Struct, kw_only=True):
    errors: CargoesV2CargoesDeleteStatusResponseErrors | None = None
    status: str | None = None


class CargoesV2CargoesDeleteStatusResponseErrors(_Struct, kw_only=True):
    """Ошибки."""

    cargo_error_reasons: list[CargoesV2CargoesDeleteStatusResponseErrorsCargoErrorReasons] | None = None
    supply_error_reasons: list[str] | None = None
    transport_cargo_error_reasons: (
        list[CargoesV2CargoesDeleteStatusResponseErrorsTransportCargoErrorReasons] | None
    ) = None


class CargoesV2CargoesDeleteStatusResponseErrorsCargoErrorReasons(_Struct, kw_only=True):
    cargo_id: int | None = None
    error_reasons: list[str] | None = None


class CargoesV2CargoesDeleteStatusResponseErrorsTransportCargoErrorReasons(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    transport_cargo_id: int | None = None


class CargoesV2CargoesGetRequest(_Struct, kw_only=True):
    supplies: list[CargoesV2CargoesGetRequestSupplies]


class CargoesV2CargoesGetRequestSupplies(_Struct, kw_only=True):
    cargo_ids: list[str]
    supply_id: int


class CargoesV2CargoesGetResponse(_Struct, kw_only=True):
    supplies: list[CargoesV2CargoesGetResponseSupplies] | None = None


class CargoesV2CargoesGetResponseSupplies(_Struct, kw_only=True):
    bundle_id: str | None = None
    cargoes: list[CargoesV2CargoesGetResponseSuppliesCargoes] | None = None
    cargoes_bundle_id: str | None = None
    limits: CargoesV2CargoesGetResponseSuppliesLimits | None = None
    supply_id: int | None = None
    transport_cargoes: list[CargoesV2CargoesGetResponseSuppliesTransportCargoes] | None = None


class CargoesV2CargoesGetResponseSuppliesCargoes(_Struct, kw_only=True):
    bundle_id: str | None = None
    cargo_id: int | None = None
    content_type: str | None = None
    placement_zone_type: str | None = None
    tracking_info: CargoesV2CargoesGetResponseSuppliesCargoesTrackingInfo | None = None
    transport_cargo_id: int | None = None
    type: str | None = None


class CargoesV2CargoesGetResponseSuppliesCargoesTrackingInfo(_Struct, kw_only=True):
    """Отслеживание грузоместа."""

    arrival_at: CargoesV2CargoesGetResponseSuppliesCargoesTrackingInfoArrivalAt | None = None
    status: str | None = None
    type: str | None = None


class CargoesV2CargoesGetResponseSuppliesCargoesTrackingInfoArrivalAt(_Struct, kw_only=True):
    """Информация о приёме грузоместа."""

    date: str | None = None
    timezone_info: CargoesV2CargoesGetResponseSuppliesCargoesTrackingInfoArrivalAtTimezoneInfo | None = None


class CargoesV2CargoesGetResponseSuppliesCargoesTrackingInfoArrivalAtTimezoneInfo(_Struct, kw_only=True):
    """Часовой пояс."""

    iana_name: str | None = None
    offset: int | None = None


class CargoesV2CargoesGetResponseSuppliesLimits(_Struct, kw_only=True):
    """Количество грузомест и товаров в поставке."""

    max_box_count: int | None = None
    max_box_sku_count: int | None = None
    max_pallet_count: int | None = None
    max_transport_pallet_count: int | None = None


class CargoesV2CargoesGetResponseSuppliesTransportCargoes(_Struct, kw_only=True):
    box_count: int | None = None
    summary_bundle_id: str | None = None
    tracking_info: CargoesV2CargoesGetResponseSuppliesTransportCargoesTrackingInfo | None = None
    transport_cargo_id: int | None = None
    type: str | None = None


class CargoesV2CargoesGetResponseSuppliesTransportCargoesTrackingInfo(_Struct, kw_only=True):
    """Отслеживание транспортного грузоместа."""

    arrival_at: CargoesV2CargoesGetResponseSuppliesTransportCargoesTrackingInfoArrivalAt | None = None
    status: str | None = None
    type: str | None = None


class CargoesV2CargoesGetResponseSuppliesTransportCargoesTrackingInfoArrivalAt(_Struct, kw_only=True):
    """Информация о приёме транспортного грузоместа."""

    date: str | None = None
    timezone: CargoesV2CargoesGetResponseSuppliesTransportCargoesTrackingInfoArrivalAtTimezone | None = None


class CargoesV2CargoesGetResponseSuppliesTransportCargoesTrackingInfoArrivalAtTimezone(_Struct, kw_only=True):
    """Часовой пояс."""

    iana_name: str | None = None
    offset: int | None = None


class CarriageCarriageGetRequest(_Struct, kw_only=True):
    carriage_id: int


class CarriageCarriageGetResponse(_Struct, kw_only=True):
    act_type: str | None = None
    all_blr_traceable: bool | None = None
    is_waybill_enabled: bool | None = None
    is_econom: bool | None = None
    arrival_pass_ids: list[int] | None = None
    available_actions: list[str] | None = None
    cancel_availability: CarriageCarriageGetResponseCancelAvailability | None = None
    carriage_id: int | None = None
    company_id: int | None = None
    containers_count: int | None = None
    created_at: str | None = None
    delivery_method_id: int | None = None
    departure_date: str | None = None
    first_mile_type: str | None = None
    has_postings_for_next_carriage: bool | None = None
    integration_type: str | None = None
    is_container_label_printed: bool | None = None
    is_partial: bool | None = None
    partial_num: int | None = None
    retry_count: int | None = None
    status: str | None = None
    tpl_provider_id: int | None = None
    updated_at: str | None = None
    warehouse_id: int | None = None


class CarriageCarriageGetResponseCancelAvailability(_Struct, kw_only=True):
    """Возможность отмены."""

    is_cancel_available: bool | None = None
    reason: str | None = None


class CarriageDeliveryListV2RequestFilter(_Struct, kw_only=True):
    """Фильтр для поиска методов доставки и отгрузок."""

    delivery_method_id: int | _UnsetType = _UNSET
    departure_date: str | _UnsetType = _UNSET


class CarriageDeliveryListV2ResponseDeliveryMethod(_Struct, kw_only=True):
    carriage_postings_count: int | None = None
    carriages: list[DeliveryMethodCarriage] | None = None
    cut_in: str | None = None
    cutoff_at: str | None = None
    delivery_method_id: int | None = None
    delivery_method_name: str | None = None
    delivery_method_status: str | None = None
    departure_date: str | None = None
    dropoff_address: str | None = None
    dropoff_change_availability: str | None = None
    dropoff_point_id: int | None = None
    dropoff_point_type: str | None = None
    errors: list[DeliveryMethodError] | None = None
    first_mile_changing: bool | None = None
    first_mile_type: str | None = None
    has_entrusted_acceptance: bool | None = None
    integration_type: str | None = None
    is_optional_carriage: bool | None = None
    is_presort: bool | None = None
    is_rfbs: bool | None = None
    mandatory_packaged_count: int | None = None
    mandatory_postings_count: int | None = None
    optional_packaged_count: int | None = None
    recommended_time_local: str | None = None
    recommended_time_utc_offset_in_minutes: int | None = None
    timeslot_from: str | None = None
    timeslot_to: str | None = None
    tpl_provider_icon_url: str | None = None
    tpl_provider_name: str | None = None
    warehouse_city: str | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None


class CarriagePickupFee(_Struct, kw_only=True):
    """Стоимость отгрузки pick-up."""

    currency_code: str | None = None
    value: float | None = None


class Carriagev1CarriageContainerApproveRequest(_Struct, kw_only=True):
    container_ids: list[str]


class Carriagev1CarriageContainerApproveResponse(_Struct, kw_only=True):
    error_containers: list[Carriagev1CarriageContainerApproveResponseErrorContainers] | None = None
    task_id: int | None = None


class Carriagev1CarriageContainerApproveResponseErrorContainers(_Struct, kw_only=True):
    container_id: int | None = None
    error_message: str | None = None


class Carriagev1CarriageContainerCancelRequest(_Struct, kw_only=True):
    container_ids: list[str]


class Carriagev1CarriageContainerCancelResponse(_Struct, kw_only=True):
    error_containers: list[Carriagev1CarriageContainerCancelResponseErrorContainers] | None = None
    task_id: int | None = None


class Carriagev1CarriageContainerCancelResponseErrorContainers(_Struct, kw_only=True):
    container_id: int | None = None
    error_message: str | None = None


class Carriagev1CarriageContainerCreateRequest(_Struct, kw_only=True):
    cargo_type: str
    containers_count: int
    sort_type: str
    warehouse_id: int


class Carriagev1CarriageContainerCreateResponse(_Struct, kw_only=True):
    container_ids: list[int] | None = None


class Carriagev1CarriageContainerDocumentGetRequest(_Struct, kw_only=True):
    container_ids: list[str]


class Carriagev1CarriageContainerDocumentGetResponse(_Struct, kw_only=True):
    content_type: str | None = None
    file_content: str | None = None
    file_name: str | None = None


class Carriagev1CarriageContainerFillRequest(_Struct, kw_only=True):
    container_id: int
    posting_numbers: list[str]


class Carriagev1CarriageContainerFillResponse(_Struct, kw_only=True):
    error_postings: list[Carriagev1CarriageContainerFillResponseErrorPostings] | None = None
    task_id: int | None = None


class Carriagev1CarriageContainerFillResponseErrorPostings(_Struct, kw_only=True):
    error_message: str | None = None
    posting_number: str | None = None


class Carriagev1CarriageContainerGetRequest(_Struct, kw_only=True):
    container_id: int


class Carriagev1CarriageContainerGetResponse(_Struct, kw_only=True):
    available_actions: list[str] | None = None
    cargo_type: str | None = None
    container_id: int | None = None
    container_number: int | None = None
    count_of_postings: int | None = None
    created_at: str | None = None
    parent_container_id: int | None = None
    postings: list[Carriagev1CarriageContainerGetResponsePostings] | None = None
    related_container_ids: list[int] | None = None
    sort_type: str | None = None
    status: str | None = None
    warehouse_date: str | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None
    weight: float | None = None


class Carriagev1CarriageContainerGetResponsePostings(_Struct, kw_only=True):
    available_actions: list[str] | None = None
    in_process_at: str | None = None
    posting_number: str | None = None
    products: list[Carriagev1CarriageContainerGetResponsePostingsProducts] | None = None
    sort_type: str | None = None
    weight: float | None = None


class Carriagev1CarriageContainerGetResponsePostingsProducts(_Struct, kw_only=True):
    sku: int | None = None
    name: str | None = None
    offer_id: str | None = None
    quantity: int | None = None
    picture_url: str | None = None
    product_color: str | None = None
    product_size_manufacturer: str | None = None
    product_size_russian: str | None = None


class Carriagev1CarriageContainerLabelGetRequest(_Struct, kw_only=True):
    container_ids: list[str] | _UnsetType = _UNSET


class Carriagev1CarriageContainerLabelGetResponse(_Struct, kw_only=True):
    content: Carriagev1CarriageContainerLabelGetResponseContent | None = None
    error_containers: list[Carriagev1CarriageContainerLabelGetResponseErrorContainers] | None = None


class Carriagev1CarriageContainerLabelGetResponseContent(_Struct, kw_only=True):
    """Информация о сформированной этикетке."""

    content_type: str | None = None
    file_content: str | None = None
    file_name: str | None = None


class Carriagev1CarriageContainerLabelGetResponseErrorContainers(_Struct, kw_only=True):
    container_id: int | None = None
    error_message: str | None = None


class Carriagev1CarriageContainerListRequest(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: Carriagev1CarriageContainerListRequestFilter | _UnsetType = _UNSET
    limit: int | _UnsetType = _UNSET
    sort_dir: Carriagev1CarriageContainerListRequestSortDirEnum | _UnsetType = _UNSET


class Carriagev1CarriageContainerListRequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    cargo_type: str | _UnsetType = _UNSET
    created_from: _dt.datetime
    created_to: _dt.datetime
    sort_type: str
    statuses: list[str] | _UnsetType = _UNSET
    warehouse_id: int | _UnsetType = _UNSET


class Carriagev1CarriageContainerListResponse(_Struct, kw_only=True):
    containers: list[Carriagev1CarriageContainerListResponseContainers] | None = None
    cursor: str | None = None


class Carriagev1CarriageContainerListResponseContainers(_Struct, kw_only=True):
    available_actions: list[str] | None = None
    cargo_type: str | None = None
    container_id: int | None = None
    container_number: int | None = None
    count_of_postings: int | None = None
    created_at: str | None = None
    related_containers: list[_Any] | None = None
    sort_type: str | None = None
    status: str | None = None
    warehouse_date: str | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None
    weight: float | None = None


class Carriagev1CarriageContainerPlaceIntoRequest(_Struct, kw_only=True):
    child_container_ids: list[str]
    parent_container_id: int


class Carriagev1CarriageContainerPlaceIntoResponse(_Struct, kw_only=True):
    error_containers: list[Carriagev1CarriageContainerPlaceIntoResponseErrorContainers] | None = None
    task_id: int | None = None


class Carriagev1CarriageContainerPlaceIntoResponseErrorContainers(_Struct, kw_only=True):
    container_id: int | None = None
    error_message: str | None = None


class Carriagev1CarriageContainerRemoveFromRequest(_Struct, kw_only=True):
    child_container_ids: list[str]
    parent_container_id: int


class Carriagev1CarriageContainerRemoveFromResponse(_Struct, kw_only=True):
    error_containers: list[Carriagev1CarriageContainerRemoveFromResponseErrorContainers] | None = None
    task_id: int | None = None


class Carriagev1CarriageContainerRemoveFromResponseErrorContainers(_Struct, kw_only=True):
    container_id: int | None = None
    error_message: str | None = None


class Carriagev1CarriageContainerRemovePostingsRequest(_Struct, kw_only=True):
    container_id: int
    posting_numbers: list[str]


class Carriagev1CarriageContainerRemovePostingsResponse(_Struct, kw_only=True):
    error_postings: list[Carriagev1CarriageContainerRemovePostingsResponseErrorPostings] | None = None
    task_id: int | None = None


class Carriagev1CarriageContainerRemovePostingsResponseErrorPostings(_Struct, kw_only=True):
    error_message: str | None = None
    posting_number: str | None = None


class Carriagev1CarriageContainerStatusGetRequest(_Struct, kw_only=True):
    container_ids: list[str]


class Carriagev1CarriageContainerStatusGetResponse(_Struct, kw_only=True):
    containers: list[Carriagev1CarriageContainerStatusGetResponseContainers] | None = None


class Carriagev1CarriageContainerStatusGetResponseContainers(_Struct, kw_only=True):
    container_id: int | None = None
    status: str | None = None


class Carriagev1CarriageContainerTaskInfoRequest(_Struct, kw_only=True):
    task_id: int | _UnsetType = _UNSET


class Carriagev1CarriageContainerTaskInfoResponse(_Struct, kw_only=True):
    error_message: str | None = None
    status: str | None = None


class ChatChatSendFileRequest(_Struct, kw_only=True):
    """ChatSendFile"""

    base64_content: str
    chat_id: str
    name: str


class ChatChatSendFileResponse(_Struct, kw_only=True):
    """object"""

    result: str | None = None


class ChatChatSendMessageRequest(_Struct, kw_only=True):
    """ChatSendMessage"""

    chat_id: str
    text: str


class ChatChatSendMessageResponse(_Struct, kw_only=True):
    """object"""

    result: str | None = None


class ChatChatStartRequest(_Struct, kw_only=True):
    """ChatStart"""

    posting_number: str


class ChatChatStartResponse(_Struct, kw_only=True):
    """object"""

    result: ChatStartResponseResult | None = None


class ChatHistoryRequestFilter(_Struct, kw_only=True):
    """Фильтр по сообщениям."""

    message_ids: list[str] | _UnsetType = _UNSET


class ChatMessageContext(_Struct, kw_only=True):
    """Информация о чате."""

    order_number: str | None = None
    sku: str | None = None


class ChatRead(_Struct, kw_only=True):
    """object"""

    chat_id: str
    from_message_id: int | _UnsetType = _UNSET


class ChatStartResponseResult(_Struct, kw_only=True):
    """Результат работы метода."""

    chat_id: str | None = None


class ClientTimeslotDateRange(_Struct, kw_only=True):
    """Интервал времени, когда покупатель может получить заказ."""

    from_: str | None = _field(name="from", default=None)
    to: str | None = None


class ClusterWarehouse(_Struct, kw_only=True):
    availability_status: WarehouseAvailabilityStatus | None = None
    bundle_id: str | None = None
    restricted_bundle_id: str | None = None
    storage_warehouse: WarehouseStorageWarehouse | None = None
    supply_tags: list[str] | None = None
    total_rank: int | None = None
    total_score: float | None = None


class CommentListResponseComment(_Struct, kw_only=True):
    deviation_reason: str | None = None
    dislikes_amount: int | None = None
    id: str | None = None
    is_official: bool | None = None
    is_owner: bool | None = None
    is_published: bool | None = None
    is_rejected: bool | None = None
    likes_amount: int | None = None
    parent_comment_id: str | None = None
    published_at: str | None = None
    text: str | None = None


class CommonCreateReportResponse(_Struct, kw_only=True):
    """object"""

    result: CreateReportResponseCode | None = None


class CourierCoordinates(_Struct, kw_only=True):
    """Координаты точки выдачи."""

    latitude: float
    longitude: float


class CreateCompanyPostingsReportRequestWith(_Struct, kw_only=True):
    """Дополнительные поля, которые нужно добавить в ответ."""

    additional_data: bool | _UnsetType = _UNSET
    analytics_data: bool | _UnsetType = _UNSET
    customer_data: bool | _UnsetType = _UNSET
    jewelry_codes: bool | _UnsetType = _UNSET


class CreateDocumentB2BSalesJSONReportResponseBuyer(_Struct, kw_only=True):
    """Информация о покупателе."""

    name: str | None = None
    address: str | None = None
    inn: str | None = None
    kpp: str | None = None


class CreateDocumentB2BSalesJSONReportResponseInvoiceInfo(_Struct, kw_only=True):
    """Информация о счёте-фактуре."""

    date: str | None = None
    number: str | None = None
    status: str | None = None
    type: str | None = None


class CreateDocumentB2BSalesJSONReportResponseLegalSaleInvoice(_Struct, kw_only=True):
    buyer_info: CreateDocumentB2BSalesJSONReportResponseBuyer | None = None
    currency: str | None = None
    currency_code: int | None = None
    info: CreateDocumentB2BSalesJSONReportResponseInvoiceInfo | None = None
    offer_id: str | None = None
    operations: list[CreateDocumentB2BSalesJSONReportResponseLegalSaleOperation] | None = None
    product_name: str | None = None
    sku: int | None = None
    unit_code: int | None = None
    unit_name: str | None = None


class CreateDocumentB2BSalesJSONReportResponseLegalSaleOperation(_Struct, kw_only=True):
    amount: float | None = None
    cost_without_vat: float | None = None
    date: str | None = None
    gtd_number: str | None = None
    origin_country: str | None = None
    posting_number: str | None = None
    price: float | None = None
    quantity: int | None = None
    rnpt_number: str | None = None
    type: str | None = None
    vat_amount: float | None = None
    vat_rate: float | None = None


class CreateDocumentB2BSalesJSONReportResponseSellerInfo(_Struct, kw_only=True):
    """Информация о продавце."""

    company_name: str | None = None
    inn: str | None = None
    kpp: str | None = None


class CreateReportResponse(_Struct, kw_only=True):
    """object"""

    result: CreateReportResponseCodeNoDeadline | None = None


class CreateReportResponseCode(_Struct, kw_only=True):
    """Результаты запроса."""

    code: str | None = None


class CreateReportResponseCodeNoDeadline(_Struct, kw_only=True):
    """Результат запроса."""

    code: str | None = None


class CreateWarehouseFBSRequestAddressCoordinates(_Struct, kw_only=True):
    """Координаты адреса склада."""

    latitude: float
    longitude: float


class CreateWarehouseFBSRequestOptions(_Struct, kw_only=True):
    """Параметры склада."""

    comment: str | _UnsetType = _UNSET
    courier_phones: list[str] | _UnsetType = _UNSET
    is_auto_assembly: bool | _UnsetType = _UNSET
    is_waybill_enabled: bool | _UnsetType = _UNSET


class CreatedAt(_Struct, kw_only=True):
    """Период создания заявки."""

    from_: _dt.datetime | _UnsetType = _field(name="from", default=_UNSET)
    to: _dt.datetime | _UnsetType = _UNSET


class DataFulfillment(_Struct, kw_only=True):
    name: str | None = None
    warehouse_id: int | None = None


class DataMacrolocalCluster(_Struct, kw_only=True):
    """Информация о кластере."""

    country: MacrolocalClusterCountry | None = None
    name: str | None = None


class DeleteProductsRequestProduct(_Struct, kw_only=True):
    """object"""

    offer_id: str


class DeleteProductsResponseDeleteStatus(_Struct, kw_only=True):
    """object"""

    error: str | None = None
    is_deleted: bool | None = None
    offer_id: str | None = None


class DeliveryCheckoutResponseSplit(_Struct, kw_only=True):
    delivery_method: DeliveryCheckoutResponseSplitDeliveryMethod | None = None
    delivery_schema: str | None = None
    items: list[DeliveryCheckoutResponseSplitItem] | None = None
    unavailable_reason: str | None = None
    warehouse_id: int | None = None


class DeliveryCheckoutResponseSplitDeliveryMethod(_Struct, kw_only=True):
    """Метод доставки."""

    delivery_time_zone_offset: int | None = None
    delivery_type: str | None = None
    id: int | None = None
    name: str | None = None
    timeslots: list[DeliveryMethodTimeslot] | None = None
    unavailable_reason: str | None = None
    warehouse_time_zone_offset: int | None = None


class DeliveryCheckoutResponseSplitItem(_Struct, kw_only=True):
    """Информация о товарах."""

    offer_id: str | None = None
    quantity: int | None = None
    sku: int | None = None


class DeliveryCourier(_Struct, kw_only=True):
    """Информация о доставке курьером."""

    apartment: str | _UnsetType = _UNSET
    city: str
    comment: str | _UnsetType = _UNSET
    coordinates: CourierCoordinates
    country: str
    entrance: str | _UnsetType = _UNSET
    floor: str | _UnsetType = _UNSET
    house_number: str
    intercom: str | _UnsetType = _UNSET
    region: str | _UnsetType = _UNSET
    street: str | _UnsetType = _UNSET
    zip_code: str | _UnsetType = _UNSET


class DeliveryDetailsDropOffPointDetails(_Struct, kw_only=True):
    """Детали drop-off пункта."""

    id: int | None = None
    province_uuid: str | None = None
    timeslot: V1fbpTimeslot | None = None


class DeliveryMapRequestViewportCoordinatesLeft(_Struct, kw_only=True):
    """Координаты левого нижнего угла области видимости карты."""

    lat: float | _UnsetType = _UNSET
    long: float | _UnsetType = _UNSET


class DeliveryMapRequestViewportCoordinatesRight(_Struct, kw_only=True):
    """Координаты правого верхнего угла области видимости карты."""

    lat: float | _UnsetType = _UNSET
    long: float | _UnsetType = _UNSET


class DeliveryMapResponseCluster(_Struct, kw_only=True):
    coordinate: DeliveryMapResponseClusterCoordinates | None = None
    is_same_building: bool | None = None
    map_point_ids: list[int] | None = None
    points_count: int | None = None
    viewport: DeliveryMapResponseClusterViewport | None = None


class DeliveryMapResponseClusterCoordinates(_Struct, kw_only=True):
    """Координаты."""

    lat: float | None = None
    long: float | None = None


class DeliveryMapResponseClusterCoordinatesLeft(_Struct, kw_only=True):
    """Координаты левого нижнего угла области видимости карты."""

    lat: float | None = None
    long: float | None = None


class DeliveryMapResponseClusterCoordinatesRight(_Struct, kw_only=True):
    """Координаты правого верхнего угла области видимости карты."""

    lat: float | None = None
    long: float | None = None


class DeliveryMapResponseClusterViewport(_Struct, kw_only=True):
    """Область карты для получения точек в кластере."""

    left_bottom: DeliveryMapResponseClusterCoordinatesLeft | None = None
    right_top: DeliveryMapResponseClusterCoordinatesRight | None = None


class DeliveryMethodAddressDetails(_Struct, kw_only=True):
    """Детали адреса."""

    city: str | None = None
    house: str | None = None
    region: str | None = None
    street: str | None = None


class DeliveryMethodCarriage(_Struct, kw_only=True):
    all_blr_traceable: bool | None = None
    available_actions: list[str] | None = None
    carriage_volume: float | None = None
    id: int | None = None
    pickup_fee: CarriagePickupFee | None = None
    postings_count: int | None = None
    quantum_count: int | None = None
    status: str | None = None


class DeliveryMethodDateRange(_Struct, kw_only=True):
    """Интервал времени, в течение которого заказ может быть доставлен до точки выдачи."""

    from_: _dt.datetime = _field(name="from")
    to: _dt.datetime


class DeliveryMethodDeliveryPolygon(_Struct, kw_only=True):
    id: int
    time: int


class DeliveryMethodError(_Struct, kw_only=True):
    code: str | None = None
    description: str | None = None
    status: str | None = None


class DeliveryMethodHolidays(_Struct, kw_only=True):
    begin: str | None = None
    end: str | None = None


class DeliveryMethodListRequestFilter(_Struct, kw_only=True):
    """Фильтр для поиска методов доставки."""

    provider_id: int | _UnsetType = _UNSET
    status: str | _UnsetType = _UNSET
    warehouse_id: int | _UnsetType = _UNSET


class DeliveryMethodListResponseDeliveryMethod(_Struct, kw_only=True):
    """object"""

    company_id: int | None = None
    created_at: str | None = None
    cutoff: str | None = None
    id: int | None = None
    name: str | None = None
    provider_id: int | None = None
    sla_cut_in: int | None = None
    status: str | None = None
    template_id: int | None = None
    updated_at: str | None = None
    warehouse_id: int | None = None


class DeliveryMethodListV2RequestFilter(_Struct, kw_only=True):
    """Фильтр для поиска методов доставки."""

    delivery_method_ids: list[str] | _UnsetType = _UNSET
    provider_ids: list[str] | _UnsetType = _UNSET
    status: list[FilterStatusEnum] | _UnsetType = _UNSET
    warehouse_ids: list[str] | _UnsetType = _UNSET


class DeliveryMethodListV2ResponseDeliveryMethod(_Struct, kw_only=True):
    created_at: str | None = None
    cutoff: str | None = None
    id: int | None = None
    is_express: bool | None = None
    name: str | None = None
    provider_id: int | None = None
    sla_cut_in: int | None = None
    status: str | None = None
    template_id: int | None = None
    tpl_dropoff_point: WarehouseV2DeliveryMethodListV2ResponseDeliveryMethodTPLDropOffPoint | None = None
    tpl_integration_type: str | None = None
    updated_at: str | None = None
    warehouse_id: int | None = None


class DeliveryMethodProperties(_Struct, kw_only=True):
    enabled: bool | None = None
    name: str | None = None


class DeliveryMethodTimeslot(_Struct, kw_only=True):
    client_date_range: ClientTimeslotDateRange | None = None
    logistic_date_range: LogisticTimeslotDateRange | None = None
    timeslot_id: int | None = None


class DeliveryMethodWorkingHours(_Struct, kw_only=True):
    date: str | None = None
    periods: list[WorkingHoursPeriods] | None = None


class DeliveryPickUp(_Struct, kw_only=True):
    """Информация о самовывозе."""

    map_point_id: int


class DeliveryPointInfoResponsePointDeliveryMethod(_Struct, kw_only=True):
    """Метод доставки."""

    address: str | None = None
    address_details: DeliveryMethodAddressDetails | None = None
    coordinates: PointDeliveryMethodCoordinates | None = None
    delivery_type: DeliveryPointInfoResponsePointDeliveryMethodDeliveryType | None = None
    description: str | None = None
    fitting_rooms_count: int | None = None
    holidays: list[DeliveryMethodHolidays] | None = None
    holidays_filled: bool | None = None
    images: list[str] | None = None
    location_id: str | None = None
    map_point_id: int | None = None
    name: str | None = None
    properties: list[DeliveryMethodProperties] | None = None
    pvz_rating: int | None = None
    storage_period: int | None = None
    working_hours: list[DeliveryMethodWorkingHours] | None = None


class DeliveryPointInfoResponsePointDeliveryMethodDeliveryType(_Struct, kw_only=True):
    """Способ доставки."""

    id: int | None = None
    name: str | None = None


class DeliveryPointListResponsePointCoordinates(_Struct, kw_only=True):
    """Координаты."""

    lat: float | None = None
    long: float | None = None


class DeliveryTypeCourier(_Struct, kw_only=True):
    """Доставка курьером."""

    coordinates: DeliveryTypeCourierCoordinates | _UnsetType = _UNSET


class DeliveryTypeCourierCoordinates(_Struct, kw_only=True):
    """Координаты точки доставки."""

    latitude: float | _UnsetType = _UNSET
    longitude: float | _UnsetType = _UNSET


class DeliveryTypePickUp(_Struct, kw_only=True):
    """Самовывоз."""

    map_point_id: int | _UnsetType = _UNSET


class DetailsDeliveryDetails(_Struct, kw_only=True):
    """Заказы."""

    total: float | None = None
    amount: float | None = None
    delivery_services: DetailsServices | None = None


class DetailsOthers(_Struct, kw_only=True):
    """Компенсация и прочие начисления."""

    total: float | None = None
    items: list[FinanceCashFlowStatementListResponseDetailsOthers] | None = None


class DetailsPayment(_Struct, kw_only=True):
    """Выплачено за период."""

    currency_code: str | None = None
    payment: float | None = None


class DetailsReturnDetails(_Struct, kw_only=True):
    """Возвраты и отмены."""

    total: float | None = None
    amount: float | None = None
    return_services: DetailsReturns | None = None


class DetailsReturns(_Struct, kw_only=True):
    """Плата за возвраты и отмены."""

    total: float | None = None
    items: FinanceCashFlowStatementListResponseReturnService | None = None


class DetailsRfbsDetails(_Struct, kw_only=True):
    """Перечисления по схеме rFBS."""

    total: float | None = None
    transfer_delivery: float | None = None
    transfer_delivery_return: float | None = None
    compensation_delivery_return: float | None = None
    partial_compensation: float | None = None
    partial_compensation_return: float | None = None


class DetailsService(_Struct, kw_only=True):
    """Услуги."""

    total: float | None = None
    items: list[FinanceCashFlowStatementListResponseService] | None = None


class DetailsServices(_Struct, kw_only=True):
    """Плата за обработку и доставку."""

    total: float | None = None
    items: FinanceCashFlowStatementListResponseDeliveryService | None = None


class DirectDetailsBySellerDetails(_Struct, kw_only=True):
    """Детали доставки силами продавца."""

    driver_name: str | None = None
    vehicle_registration_number: str | None = None
    vehicle_type: str | None = None


class DirectDetailsByTplDetails(_Struct, kw_only=True):
    """Детали доставки сторонней транспортной компанией."""

    tracking_number: str | None = None
    transport_company_name: str | None = None


class DirectDetailsTimeslotDetails(_Struct, kw_only=True):
    """Детали интервала поставки."""

    timeslot: V1fbpTimeslot | None = None
    timeslot_reservation_id: str | None = None


class DraftClusterListResponseLogisticCluster(_Struct, kw_only=True):
    warehouses: list[V1DraftClusterListResponseWarehouse] | None = None


class DraftCreateCommonResponseError(_Struct, kw_only=True):
    error_message: str | None = None
    error_reasons: list[str] | None = None
    items_validation: list[DraftCreateCommonResponseErrorItemsValidation] | None = None
    macrolocal_cluster_ids: list[int] | None = None
    message: str | None = None
    skus: list[int] | None = None


class DraftCreateCommonResponseErrorItemsValidation(_Struct, kw_only=True):
    macrolocal_cluster_id: int | None = None
    rejected_items: list[ItemsValidationRejectedItems] | None = None


class DraftCreateInfoResponseCluster(_Struct, kw_only=True):
    cluster_name: str | None = None
    macrolocal_cluster_id: int | None = None
    supply_type: str | None = None
    warehouses: list[ClusterWarehouse] | None = None


class DraftCreateInfoResponseError(_Struct, kw_only=True):
    error_message: str | None = None
    error_reasons: list[str] | None = None
    items_validation: list[ErrorItemsValidation] | None = None
    macrolocal_cluster_ids: list[int] | None = None
    message: str | None = None
    skus: list[int] | None = None


class DraftCreateRequestItem(_Struct, kw_only=True):
    quantity: int
    sku: int


class DraftGetWarehouseFboListResponseCoordinate(_Struct, kw_only=True):
    """Координаты склада."""

    latitude: float | None = None
    longitude: float | None = None


class DraftGetWarehouseFboListResponseSearch(_Struct, kw_only=True):
    address: str | None = None
    coordinates: DraftGetWarehouseFboListResponseCoordinate | None = None
    name: str | None = None
    warehouse_id: int | None = None
    warehouse_type: str | None = None


class DraftSupplyCreateStatusResponseResult(_Struct, kw_only=True):
    """Идентификаторы заявок на поставку."""

    order_ids: list[int] | None = None


class DraftTimeslotInfoResponseResult(_Struct, kw_only=True):
    """Информация о таймслотах."""

    drop_off_warehouse_timeslots: ResultDropOffWarehouseTimeslots | None = None
    requested_date_from: str | None = None
    requested_date_to: str | None = None


class Draftv1Cluster(_Struct, kw_only=True):
    cluster_id: int | None = None
    cluster_name: str | None = None
    warehouses: list[Draftv1Warehouse] | None = None


class Draftv1Warehouse(_Struct, kw_only=True):
    bundle_ids: list[V1BundleId] | None = None
    restricted_bundle_id: str | None = None
    status: V1WarehouseStatus | None = None
    supply_warehouse: V1SupplyWarehouse | None = None
    total_rank: int | None = None
    total_score: float | None = None
    travel_time_days: int | None = None


class DropOffPointCoordinates(_Struct, kw_only=True):
    """Координаты drop-off пункта."""

    latitude: float | None = None
    longitude: float | None = None


class DropOffWarehouseTimeslotsDay(_Struct, kw_only=True):
    date_in_timezone: str | None = None
    timeslots: list[DropOffWarehouseTimeslotsDayTimeslot] | None = None


class DropOffWarehouseTimeslotsDayTimeslot(_Struct, kw_only=True):
    from_in_timezone: str | None = None
    to_in_timezone: str | None = None


class ErrorData(_Struct, kw_only=True):
    code: str | None = None
    field: str | None = None
    message: str | None = None
    step: int | None = None
    value: str | None = None


class ErrorHumanTexts(_Struct, kw_only=True):
    """Описание ошибок."""

    attribute_name: str | None = None
    description: str | None = None
    hint_code: str | None = None
    message: str | None = None
    params: list[HumanTextsParam] | None = None
    short_description: str | None = None


class ErrorItemsValidation(_Struct, kw_only=True):
    macrolocal_cluster_id: int | None = None
    rejected_items: list[ItemsValidationRejectedItems] | None = None


class ExemplarMark(_Struct, kw_only=True):
    mark: str | None = None
    mark_type: str | None = None


class ExemplarsMarks(_Struct, kw_only=True):
    mark: str | _UnsetType = _UNSET
    mark_type: str | _UnsetType = _UNSET


class FboPostingFboPostingAnalyticsData(_Struct, kw_only=True):
    """Данные аналитики."""

    city: str | None = None
    delivery_type: str | None = None
    is_legal: bool | None = None
    is_premium: bool | None = None
    payment_type_group_name: str | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None
    client_delivery_date_begin: str | None = None
    client_delivery_date_end: str | None = None


class FbpDraftDropOffPointListResponseDropOffPoint(_Struct, kw_only=True):
    city: str | None = None
    drop_off_point_id: int | None = None
    nearest_drop_off_date: str | None = None
    point_address: str | None = None
    province_uuid: str | None = None


class FbpDraftDropOffProvinceListResponseProvince(_Struct, kw_only=True):
    name: str | None = None
    points_count: int | None = None
    province_uuid: str | None = None


class FbpDraftGetResponseDeclineReason(_Struct, kw_only=True):
    """Причина отказа."""

    failed_sku_ids: list[int] | None = None
    message: str | None = None


class FbpWarehouseListResponseAddressDetailing(_Struct, kw_only=True):
    """Детали адреса."""

    city: str | None = None
    country: str | None = None
    house: str | None = None
    region: str | None = None
    street: str | None = None
    zipcode: str | None = None


class FbpWarehouseListResponseWarehouse(_Struct, kw_only=True):
    address_detailing: FbpWarehouseListResponseAddressDetailing | None = None
    id: int | None = None
    is_bonded: bool | None = None
    name: str | None = None
    partner_name: str | None = None
    supply_types: list[int] | None = None
    timezone_name: str | None = None


class Fbpv1DeliveryDetails(_Struct, kw_only=True):
    """Детали доставки."""

    direct_details: V1DeliveryDetailsDirectDetails | None = None
    drop_off_point: DeliveryDetailsDropOffPointDetails | None = None
    pickup_details: V1DeliveryDetailsPickUpDetails | None = None
    supply_type: str | None = None


class Fbpv1Timeslot(_Struct, kw_only=True):
    timeslot_end: str | None = None
    timeslot_start: str | None = None


class FbsPostingBarcodes(_Struct, kw_only=True):
    """Штрихкоды отправления."""

    lower_barcode: str | None = None
    upper_barcode: str | None = None


class FbsPostingDetailCourier(_Struct, kw_only=True):
    """Данные о курьере."""

    car_model: str | None = None
    car_number: str | None = None
    name: str | None = None
    phone: str | None = None


class FbsPostingDetailPrrOption(_Struct, kw_only=True):
    """Информация об услуге погрузочно-разгрузочных работ."""

    code: str | None = None
    price: str | None = None
    currency_code: str | None = None
    floor: str | None = None


class FbsPostingMoveStatusResponseMoveStatus(_Struct, kw_only=True):
    """object"""

    error: str | None = None
    posting_number: str | None = None
    result: bool | None = None


class FbsPostingProductExemplarCreateOrGetV6ResponseProduct(_Struct, kw_only=True):
    exemplars: list[ProductExemplar] | None = None
    has_imei: bool | None = None
    is_gtd_needed: bool | None = None
    is_jw_uin_needed: bool | None = None
    is_mandatory_mark_needed: bool | None = None
    is_mandatory_mark_possible: bool | None = None
    is_rnpt_needed: bool | None = None
    product_id: int | None = None
    quantity: int | None = None
    is_weight_needed: bool | None = None
    weight_max: float | None = None
    weight_min: float | None = None


class FbsPostingProductExemplarSetV6RequestExemplars(_Struct, kw_only=True):
    exemplar_id: int
    gtd: str | _UnsetType = _UNSET
    is_gtd_absent: bool | _UnsetType = _UNSET
    is_rnpt_absent: bool | _UnsetType = _UNSET
    marks: list[ExemplarsMarks] | _UnsetType = _UNSET
    rnpt: str | _UnsetType = _UNSET
    weight: float | _UnsetType = _UNSET


class FbsPostingProductExemplarSetV6RequestProducts(_Struct, kw_only=True):
    exemplars: list[FbsPostingProductExemplarSetV6RequestExemplars]
    product_id: int


class FbsPostingShipV4RequestPackage(_Struct, kw_only=True):
    """object"""

    products: list[FbsPostingShipV4RequestPackageProduct]


class FbsPostingShipV4RequestPackageProduct(_Struct, kw_only=True):
    """object"""

    product_id: int
    quantity: int


class FbsPostingShipV4RequestWith(_Struct, kw_only=True):
    """Дополнительная информация."""

    additional_data: bool | _UnsetType = _UNSET


class FbsPostingShipV4ResponseShipAdditionalData(_Struct, kw_only=True):
    posting_number: str | None = None
    products: list[Fbsv4PostingProductDetailWithoutDimensions] | None = None


class FbsPostingTrackingNumberSetRequestTrackingNumber(_Struct, kw_only=True):
    """object"""

    posting_number: str
    tracking_number: str


class Fbsv4FbsPostingShipV4Request(_Struct, kw_only=True):
    """object"""

    packages: list[FbsPostingShipV4RequestPackage]
    posting_number: str
    with_: FbsPostingShipV4RequestWith | _UnsetType = _field(name="with", default=_UNSET)


class Fbsv4FbsPostingShipV4Response(_Struct, kw_only=True):
    """object"""

    additional_data: list[FbsPostingShipV4ResponseShipAdditionalData] | None = None
    result: list[str] | None = None


class Fbsv4PostingProductDetailWithoutDimensions(_Struct, kw_only=True):
    """object"""

    mandatory_mark: list[str] | None = None
    name: str | None = None
    offer_id: str | None = None
    price: str | None = None
    quantity: int | None = None
    sku: int | None = None
    currency_code: str | None = None


class FilterPeriod(_Struct, kw_only=True):
    """Фильтр по дате."""

    from_: _dt.datetime | _UnsetType = _field(name="from", default=_UNSET)
    to: _dt.datetime | _UnsetType = _UNSET


class FilterTimeslotFromRange(_Struct, kw_only=True):
    """Фильтр по таймслоту."""

    from_: _dt.datetime | _UnsetType = _field(name="from", default=_UNSET)
    timeslot_filter_type: TimeslotFromRangeTimeslotFilterTypeEnum | _UnsetType = _UNSET
    to: _dt.datetime | _UnsetType = _UNSET


class FilterWithQuant(_Struct, kw_only=True):
    """Товары по тарифу «Эконом»."""

    created: bool | _UnsetType = _UNSET
    exists: bool | _UnsetType = _UNSET


class FinanceCashFlowStatementListResponseCashFlow(_Struct, kw_only=True):
    """object"""

    period: V3FinanceCashFlowStatementListResponsePeriod | None = None
    orders_amount: float | None = None
    returns_amount: float | None = None
    commission_amount: float | None = None
    services_amount: float | None = None
    item_delivery_and_return_amount: float | None = None
    currency_code: str | None = None


class FinanceCashFlowStatementListResponseDeliveryService(_Struct, kw_only=True):
    """Детализация."""

    name: str | None = None
    price: float | None = None


class FinanceCashFlowStatementListResponseDetails(_Struct, kw_only=True):
    """Детализированная информация."""

    begin_balance_amount: float | None = None
    delivery: DetailsDeliveryDetails | None = None
    invoice_transfer: float | None = None
    loan: float | None = None
    payments: DetailsPayment | None = None
    period: V3FinanceCashFlowStatementListResponsePeriod | None = None
    return_: DetailsReturnDetails | None = _field(name="return", default=None)
    rfbs: DetailsRfbsDetails | None = None
    services: DetailsService | None = None
    others: DetailsOthers | None = None
    end_balance_amount: float | None = None


class FinanceCashFlowStatementListResponseDetailsOthers(_Struct, kw_only=True):
    """Детализация."""

    name: str | None = None
    price: float | None = None


class FinanceCashFlowStatementListResponseReturnService(_Struct, kw_only=True):
    """Детализация."""

    name: str | None = None
    price: float | None = None


class FinanceCashFlowStatementListResponseService(_Struct, kw_only=True):
    """Детализация."""

    name: str | None = None
    price: float | None = None


class FinanceTransactionListV3RequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    date: FilterPeriod | _UnsetType = _UNSET
    operation_type: list[str] | _UnsetType = _UNSET
    posting_number: str | _UnsetType = _UNSET
    transaction_type: str | _UnsetType = _UNSET


class FinanceTransactionListV3ResponseOperation(_Struct, kw_only=True):
    """object"""

    accruals_for_sale: float | None = None
    amount: float | None = None
    delivery_charge: float | None = None
    items: list[OperationItem] | None = None
    operation_date: str | None = None
    operation_id: int | None = None
    operation_type: str | None = None
    operation_type_name: str | None = None
    posting: OperationPosting | None = None
    return_delivery_charge: float | None = None
    sale_commission: float | None = None
    services: list[OperationService] | None = None
    type: str | None = None


class FinanceTransactionTotalsV3RequestDate(_Struct, kw_only=True):
    """Фильтр по дате."""

    from_: _dt.datetime | _UnsetType = _field(name="from", default=_UNSET)
    to: _dt.datetime | _UnsetType = _UNSET


class FinanceV1GetFinanceAccrualByDayRequest(_Struct, kw_only=True):
    date: str
    last_id: str


class FinanceV1GetFinanceAccrualByDayResponse(_Struct, kw_only=True):
    accruals: list[FinanceV1GetFinanceAccrualByDayResponseAccrual] | None = None
    last_id: str | None = None


class FinanceV1GetFinanceAccrualByDayResponseAccrual(_Struct, kw_only=True):
    accrued_category: str | None = None
    date: str | None = None
    item_fees: FinanceV1GetFinanceAccrualByDayResponseAccrualItemFees | None = None
    non_item_fee: FinanceV1GetFinanceAccrualByDayResponseAccrualNonItemFee | None = None
    posting: FinanceV1GetFinanceAccrualByDayResponseAccrualPosting | None = None
    total_amount: MoneyMoneyTotalAmount | None = None
    accrual_id: int | None = None
    unit_number: str | None = None


class FinanceV1GetFinanceAccrualByDayResponseAccrualItemFees(_Struct, kw_only=True):
    """Начисления по товарам."""

    fees: list[FinanceV1GetFinanceAccrualByDayResponseAccrualItemFeesItemFee] | None = None


class FinanceV1GetFinanceAccrualByDayResponseAccrualItemFeesItemFee(_Struct, kw_only=True):
    fees: list[FinanceV1GetFinanceAccrualByDayResponseAccrualItemFeesItemFeeFee] | None = None
    sku: int | None = None


class FinanceV1GetFinanceAccrualByDayResponseAccrualItemFeesItemFeeFee(_Struct, kw_only=True):
    accrued: MoneyMoneyAccrued | None = None
    type_id: int | None = None


class FinanceV1GetFinanceAccrualByDayResponseAccrualNonItemFee(_Struct, kw_only=True):
    """Начисление по продавцу без привязки к товару."""

    accrued: MoneyMoneyAccrued | None = None
    type_id: int | None = None


class FinanceV1GetFinanceAccrualByDayResponseAccrualPosting(_Struct, kw_only=True):
    """Начисления по отправлению."""

    delivery_schema: str | None = None
    delivery_speed: int | None = None
    products: list[FinanceV1GetFinanceAccrualByDayResponseAccrualPostingProduct] | None = None


class FinanceV1GetFinanceAccrualByDayResponseAccrualPostingProduct(_Struct, kw_only=True):
    commission: FinanceV1GetFinanceAccrualByDayResponseAccrualPostingProductCommission | None = None
    delivery: FinanceV1GetFinanceAccrualByDayResponseAccrualPostingProductDelivery | None = None
    sku: int | None = None


class FinanceV1GetFinanceAccrualByDayResponseAccrualPostingProductCommission(_Struct, kw_only=True):
    """Итоговая комиссия с учётом скидок и наценки."""

    bonus: MoneyMoneyBonus | None = None
    coinvestment: MoneyMoneyCoinvestment | None = None
    commission: MoneyMoneyCommission | None = None
    commission_ratio: str | None = None
    sale_amount: MoneyMoneySaleAmount | None = None
    sale_commission: MoneyMoneySaleCommission | None = None
    sale_price: MoneyMoneySalePrice | None = None
    seller_price: MoneyMoneySellerPrice2 | None = None


class FinanceV1GetFinanceAccrualByDayResponseAccrualPostingProductDelivery(_Struct, kw_only=True):
    """Начисления по доставке."""

    services: list[FinanceV1GetFinanceAccrualByDayResponseAccrualPostingProductDeliveryService] | None = None
    total_accrued: MoneyMoneyTotalAccrued | None = None


class FinanceV1GetFinanceAccrualByDayResponseAccrualPostingProductDeliveryService(_Struct, kw_only=True):
    accrued: MoneyMoneyAccrued | None = None
    type_id: int | None = None


class FinanceV1GetFinanceAccrualPostingsRequest(_Struct, kw_only=True):
    posting_numbers: list[str]


class FinanceV1GetFinanceAccrualPostingsResponse(_Struct, kw_only=True):
    posting_accruals: list[FinanceV1GetFinanceAccrualPostingsResponsePostingAccruals] | None = None


class FinanceV1GetFinanceAccrualPostingsResponsePostingAccruals(_Struct, kw_only=True):
    accruals: list[FinanceV1GetFinanceAccrualPostingsResponsePostingAccrualsAccrual] | None = None
    posting_number: str | None = None


class FinanceV1GetFinanceAccrualPostingsResponsePostingAccrualsAccrual(_Struct, kw_only=True):
    accrual_date: str | None = None
    accrued: MoneyMoneyAccrued | None = None
    quantity: int | None = None
    seller_price: MoneyMoneySellerPrice2 | None = None
    sku: int | None = None
    type_id: int | None = None


class FinanceV1GetFinanceAccrualTypesResponse(_Struct, kw_only=True):
    accrual_types: list[FinanceV1GetFinanceAccrualTypesResponseAccrualType] | None = None


class FinanceV1GetFinanceAccrualTypesResponseAccrualType(_Struct, kw_only=True):
    """Информация о начислении."""

    description: str | None = None
    id: int | None = None
    name: str | None = None


class Financev3FinanceTransactionListV3Request(_Struct, kw_only=True):
    """object"""

    filter: FinanceTransactionListV3RequestFilter | _UnsetType = _UNSET
    page: int
    page_size: int


class Financev3FinanceTransactionListV3Response(_Struct, kw_only=True):
    """object"""

    result: Financev3FinanceTransactionListV3ResponseResult | None = None


class Financev3FinanceTransactionListV3ResponseResult(_Struct, kw_only=True):
    """Результаты запроса."""

    operations: list[FinanceTransactionListV3ResponseOperation] | None = None
    page_count: int | None = None
    row_count: int | None = None


class Financev3FinanceTransactionTotalsV3Request(_Struct, kw_only=True):
    """object"""

    date: FinanceTransactionTotalsV3RequestDate | _UnsetType = _UNSET
    posting_number: str | _UnsetType = _UNSET
    transaction_type: str | _UnsetType = _UNSET


class Financev3FinanceTransactionTotalsV3Response(_Struct, kw_only=True):
    """object"""

    result: Financev3FinanceTransactionTotalsV3ResponseResult | None = None


class Financev3FinanceTransactionTotalsV3ResponseResult(_Struct, kw_only=True):
    """Результаты запроса."""

    accruals_for_sale: float | None = None
    compensation_amount: float | None = None
    money_transfer: float | None = None
    others_amount: float | None = None
    processing_and_delivery: float | None = None
    refunds_and_cancellations: float | None = None
    sale_commission: float | None = None
    services_amount: float | None = None


class Financev3Period(_Struct, kw_only=True):
    """Период формирования отчёта."""

    from_: _dt.datetime = _field(name="from")
    to: _dt.datetime


class GetCarriageAvailableListResponseResult(_Struct, kw_only=True):
    """object"""

    carriage_id: int | None = None
    carriage_postings_count: int | None = None
    carriage_status: str | None = None
    cutoff_at: str | None = None
    delivery_method_id: int | None = None
    delivery_method_name: str | None = None
    errors: list[ResultError] | None = None
    first_mile_type: str | None = None
    has_entrusted_acceptance: bool | None = None
    mandatory_postings_count: int | None = None
    mandatory_packaged_count: int | None = None
    recommended_time_local: str | None = None
    recommended_time_utc_offset_in_minutes: float | None = None
    tpl_provider_icon_url: str | None = None
    tpl_provider_name: str | None = None
    warehouse_city: str | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None
    warehouse_timezone: str | None = None


class GetCompetitorsResponseCompetitorInfo(_Struct, kw_only=True):
    """object"""

    name: str | None = None
    id: int | None = None


class GetConditionalCancellationListV2RequestFilters(_Struct, kw_only=True):
    """Фильтры."""

    cancellation_initiator: list[V2CancellationInitiatorEnum] | _UnsetType = _UNSET
    posting_number: list[str] | _UnsetType = _UNSET
    state: V2CancellationStateEnumFilters | _UnsetType = _UNSET


class GetConditionalCancellationListV2RequestWith(_Struct, kw_only=True):
    """Дополнительная информация."""

    counter: bool | _UnsetType = _UNSET


class GetConditionalCancellationListV2ResponseCancellationReason(_Struct, kw_only=True):
    """Причина отмены."""

    id: int | None = None
    name: str | None = None


class GetConditionalCancellationListV2ResponseResult(_Struct, kw_only=True):
    approve_comment: str | None = None
    approve_date: str | None = None
    auto_approve_date: str | None = None
    cancellation_id: int | None = None
    cancellation_initiator: str | None = None
    cancellation_reason: GetConditionalCancellationListV2ResponseCancellationReason | None = None
    cancellation_reason_message: str | None = None
    cancelled_at: str | None = None
    order_date: str | None = None
    posting_number: str | None = None
    source_id: int | None = None
    state: GetConditionalCancellationListV2ResponseState | None = None
    tpl_integration_type: str | None = None


class GetConditionalCancellationListV2ResponseState(_Struct, kw_only=True):
    """Статус заявки на отмену."""

    id: int | None = None
    name: str | None = None
    state: str | None = None


class GetDeliveryMethodReturnSettingsV1ResponseReturnSetting(_Struct, kw_only=True):
    """Информация о возвратных настройках."""

    courier_details: ReturnSettingCourierDetails | None = None
    post_office_zipcode: str | None = None
    transport_company_details: ReturnSettingTransportCompanyDetails | None = None


class GetDiscountTaskListV2ResponseTask(_Struct, kw_only=True):
    approved_discount: float | None = None
    approved_price: float | None = None
    approved_quantity_max: int | None = None
    auto_moderated_info: TaskAutoModeratedInfo | None = None
    created_at: str | None = None
    edited_till: str | None = None
    edited_till_duration: int | None = None
    email: str | None = None
    end_at: str | None = None
    end_at_duration: int | None = None
    first_name: str | None = None
    id: int | None = None
    is_auto_moderated: bool | None = None
    last_name: str | None = None
    min_auto_price: float | None = None
    moderated_at: str | None = None
    name: str | None = None
    original_price: float | None = None
    patronymic: str | None = None
    reduction_factor: float | None = None
    requested_discount: float | None = None
    requested_price: float | None = None
    requested_quantity_max: int | None = None
    sku: int | None = None
    status: str | None = None


class GetEtgbRequestDate(_Struct, kw_only=True):
    """Фильтр по периоду создания деклараций."""

    from_: _dt.datetime = _field(name="from")
    to: _dt.datetime


class GetEtgbResponseResult(_Struct, kw_only=True):
    """object"""

    posting_number: str | None = None
    etgb: GetEtgbResponseResultEtgb | None = None


class GetEtgbResponseResultEtgb(_Struct, kw_only=True):
    """Информация о декларации."""

    number: str | None = None
    date: str | None = None
    url: str | None = None


class GetFBSRatingIndexInfoV1ResponseIndexDynamics(_Struct, kw_only=True):
    date: str | None = None
    index_by_date: float | None = None
    processing_costs_sum_by_date: float | None = None


class GetFinanceBalanceV1ResponseCashflows(_Struct, kw_only=True):
    """Информация о доходах и расходах."""

    returns: GetFinanceBalanceV1ResponseReturns | None = None
    sales: GetFinanceBalanceV1ResponseSales | None = None
    services: list[GetFinanceBalanceV1ResponseService] | None = None


class GetFinanceBalanceV1ResponseReturns(_Struct, kw_only=True):
    """Начисления за возвраты."""

    amount: V1GetFinanceBalanceV1ResponseReturnsMoney | None = None
    amount_details: GetFinanceBalanceV1ResponseReturnsDetails | None = None
    fee: V1GetFinanceBalanceV1ResponseFeeMoney | None = None


class GetFinanceBalanceV1ResponseReturnsDetails(_Struct, kw_only=True):
    """Детализация суммы возвратов."""

    partner_programs: V1GetFinanceBalanceV1ResponsePartnerMoney | None = None
    points_for_discounts: str | None = None
    revenue: V1GetFinanceBalanceV1ResponseRevenueMoney | None = None


class GetFinanceBalanceV1ResponseSales(_Struct, kw_only=True):
    """Начисления за продажи."""

    amount: V1GetFinanceBalanceV1ResponseSalesMoney | None = None
    amount_details: GetFinanceBalanceV1ResponseSalesDetails | None = None
    fee: V1GetFinanceBalanceV1ResponseFeeMoney | None = None


class GetFinanceBalanceV1ResponseSalesDetails(_Struct, kw_only=True):
    """Детализация суммы продаж."""

    partner_programs: V1GetFinanceBalanceV1ResponsePartnerMoney | None = None
    points_for_discounts: str | None = None
    revenue: V1GetFinanceBalanceV1ResponseRevenueMoney | None = None


class GetFinanceBalanceV1ResponseService(_Struct, kw_only=True):
    amount: V1GetFinanceBalanceV1ResponseServicesMoney | None = None
    name: str | None = None


class GetFinanceBalanceV1ResponseTotal(_Struct, kw_only=True):
    """Общие данные по балансу за период."""

    accrued: V1GetFinanceBalanceV1ResponseAccruedMoney | None = None
    closing_balance: V1GetFinanceBalanceV1ResponseClosingBalanceMoney | None = None
    opening_balance: V1GetFinanceBalanceV1ResponseOpeningBalanceMoney | None = None
    payments: list[V1GetFinanceBalanceV1ResponsePaymentsMoney] | None = None


class GetFinanceProductsBuyoutResponseProduct(_Struct, kw_only=True):
    amount: float | None = None
    buyout_price: float | None = None
    deduction_by_category_percent: float | None = None
    name: str | None = None
    offer_id: str | None = None
    posting_number: str | None = None
    quantity: int | None = None
    seller_price_per_instance: float | None = None
    sku: int | None = None
    vat_percent: int | None = None


class GetImportProductsInfoResponseResultItem(_Struct, kw_only=True):
    """object"""

    offer_id: str | None = None
    product_id: int | None = None
    status: str | None = None
    errors: list[V1ItemError] | None = None


class GetProductAttributesV3ResponseDictionaryValue(_Struct, kw_only=True):
    """object"""

    dictionary_value_id: int | None = _field(name="dictionaryValueId", default=None)
    value: str | None = None


class GetProductAttributesV4ResponseAttribute(_Struct, kw_only=True):
    """object"""

    id: int | None = None
    complex_id: int | None = None
    values: list[GetProductAttributesV3ResponseDictionaryValue] | None = None


class GetProductInfoListResponseAvailability(_Struct, kw_only=True):
    availability: str | None = None
    reasons: list[AvailabilityReason] | None = None
    sku: int | None = None
    source: str | None = None


class GetProductInfoListResponseCommission(_Struct, kw_only=True):
    """object"""

    delivery_amount: float | None = None
    percent: float | None = None
    return_amount: float | None = None
    sale_schema: str | None = None
    value: float | None = None


class GetProductInfoListResponseError(_Struct, kw_only=True):
    """object"""

    attribute_id: int | None = None
    code: str | None = None
    field: str | None = None
    level: str | None = None
    state: str | None = None
    texts: ErrorHumanTexts | None = None


class GetProductInfoListResponseModelInfo(_Struct, kw_only=True):
    """Информация о модели товара."""

    count: int | None = None
    model_id: int | None = None


class GetProductInfoListResponsePriceIndexes(_Struct, kw_only=True):
    """Ценовые индексы товара."""

    color_index: str | None = None
    external_index_data: PriceIndexesIndexDataExternal | None = None
    ozon_index_data: PriceIndexesIndexDataOzon | None = None
    self_marketplaces_index_data: PriceIndexesIndexDataSelf | None = None


class GetProductInfoListResponseSource(_Struct, kw_only=True):
    """object"""

    created_at: str | None = None
    quant_code: str | None = None
    shipment_type: str | None = None
    sku: int | None = None
    source: str | None = None


class GetProductInfoListResponseStatuses(_Struct, kw_only=True):
    """Информация о статусах товара."""

    is_created: bool | None = None
    moderate_status: str | None = None
    status: str | None = None
    status_description: str | None = None
    status_failed: str | None = None
    status_name: str | None = None
    status_tooltip: str | None = None
    status_updated_at: str | None = None
    validation_status: str | None = None


class GetProductInfoListResponseStocks(_Struct, kw_only=True):
    """Информация об остатках товара."""

    has_stock: bool | None = None
    stocks: list[GetProductInfoListResponseStocksStock] | None = None


class GetProductInfoListResponseStocksStock(_Struct, kw_only=True):
    """object"""

    present: int | None = None
    reserved: int | None = None
    sku: int | None = None
    source: str | None = None


class GetProductInfoListResponseVisibilityDetails(_Struct, kw_only=True):
    """Настройки видимости товара."""

    has_price: bool | None = None
    has_stock: bool | None = None


class GetProductInfoPricesResponseItemPriceIndexes(_Struct, kw_only=True):
    """Индексы цены товара."""

    color_index: str | None = None
    external_index_data: PriceIndexesIndexExternalData | None = None
    ozon_index_data: PriceIndexesIndexOzonData | None = None
    self_marketplaces_index_data: PriceIndexesIndexSelfData | None = None


class GetProductInfoStocksResponseStock(_Struct, kw_only=True):
    present: int | None = None
    reserved: int | None = None
    shipment_type: str | None = None
    sku: int | None = None
    type: str | None = None
    warehouse_ids: list[int] | None = None


class GetProductPlacementZoneInfoResponseProductPlacement(_Struct, kw_only=True):
    placement_zone: str | None = None
    sku: int | None = None


class GetProductRatingBySkuResponseProductRating(_Struct, kw_only=True):
    """object"""

    sku: int | None = None
    rating: float | None = None
    groups: list[GetProductRatingBySkuResponseRatingGroup] | None = None


class GetProductRatingBySkuResponseRatingCondition(_Struct, kw_only=True):
    """object"""

    cost: float | None = None
    description: str | None = None
    fulfilled: bool | None = None
    key: str | None = None


class GetProductRatingBySkuResponseRatingGroup(_Struct, kw_only=True):
    """object"""

    conditions: list[GetProductRatingBySkuResponseRatingCondition] | None = None
    improve_at_least: int | None = None
    improve_attributes: list[GetProductRatingBySkuResponseRatingImproveAttribute] | None = None
    key: str | None = None
    name: str | None = None
    rating: float | None = None
    weight: float | None = None


class GetProductRatingBySkuResponseRatingImproveAttribute(_Struct, kw_only=True):
    """object"""

    id: int | None = None
    name: str | None = None


class GetRealizationReportByDayResponse(_Struct, kw_only=True):
    """Результат запроса."""

    rows: list[GetRealizationReportByDayResponseRow] | None = None


class GetRealizationReportByDayResponseRow(_Struct, kw_only=True):
    """object"""

    commission_ratio: float | None = None
    delivery_commission: RowItemCommission | None = None
    item: RowItem | None = None
    return_commission: RowItemCommissionReturn | None = None
    row_number: int | None = _field(name="rowNumber", default=None)
    seller_price_per_instance: float | None = None


class GetRealizationReportResponseV2Header(_Struct, kw_only=True):
    """Титульный лист отчёта."""

    contract_date: str | None = None
    contract_number: str | None = None
    currency_sys_name: str | None = None
    doc_date: str | None = None
    number: str | None = None
    payer_inn: str | None = None
    payer_kpp: str | None = None
    payer_name: str | None = None
    receiver_inn: str | None = None
    receiver_kpp: str | None = None
    receiver_name: str | None = None
    start_date: str | None = None
    stop_date: str | None = None


class GetRealizationReportResponseV2Result(_Struct, kw_only=True):
    """Результат запроса."""

    header: GetRealizationReportResponseV2Header | None = None
    rows: list[GetRealizationReportResponseV2Row] | None = None


class GetRealizationReportResponseV2Row(_Struct, kw_only=True):
    """object"""

    commission_ratio: float | None = None
    delivery_commission: RowItemCommission | None = None
    item: RowItem | None = None
    return_commission: RowItemCommissionReturn | None = None
    row_number: int | None = _field(name="rowNumber", default=None)
    seller_price_per_instance: float | None = None


class GetReturnsListRequestFilter(_Struct, kw_only=True):
    """Фильтры."""

    logistic_return_date: V1TimeRangeReturnDate | _UnsetType = _UNSET
    storage_tariffication_start_date: V1TimeRangeStorageTariffication | _UnsetType = _UNSET
    visual_status_change_moment: V1TimeRangeVisualStatus | _UnsetType = _UNSET
    order_id: int | _UnsetType = _UNSET
    posting_numbers: list[str] | _UnsetType = _UNSET
    product_name: str | _UnsetType = _UNSET
    offer_id: str | _UnsetType = _UNSET
    visual_status_name: str | _UnsetType = _UNSET
    warehouse_id: int | _UnsetType = _UNSET
    barcode: str | _UnsetType = _UNSET
    return_schema: str | _UnsetType = _UNSET
    compensation_status_id: int | _UnsetType = _UNSET


class GetReturnsListResponseAdditionalInfo(_Struct, kw_only=True):
    """Дополнительная информация."""

    is_opened: bool | None = None
    is_super_econom: bool | None = None


class GetReturnsListResponseCompensation(_Struct, kw_only=True):
    """Информация о статусе компенсации."""

    status: GetReturnsListResponseCompensationStatus | None = None
    change_moment: str | None = None


class GetReturnsListResponseCompensationStatus(_Struct, kw_only=True):
    """Статус компенсации."""

    id: int | None = None
    display_name: str | None = None
    sys_name: str | None = None


class GetReturnsListResponseExemplar(_Struct, kw_only=True):
    """object"""

    id: int | None = None


class GetReturnsListResponseLogistic(_Struct, kw_only=True):
    """Информация о возврате."""

    technical_return_moment: str | None = None
    final_moment: str | None = None
    cancelled_with_compensation_moment: str | None = None
    return_date: str | None = None
    barcode: str | None = None


class GetReturnsListResponsePlaceNow(_Struct, kw_only=True):
    """Склад, где находится возврат."""

    id: int | None = None
    name: str | None = None
    address: str | None = None


class GetReturnsListResponsePlaceTarget(_Struct, kw_only=True):
    """Склад, куда едет возврат."""

    id: int | None = None
    name: str | None = None
    address: str | None = None


class GetReturnsListResponseProduct(_Struct, kw_only=True):
    """Информация о товаре."""

    sku: int | None = None
    offer_id: str | None = None
    name: str | None = None
    price: SellerReturnsv1MoneyProduct | None = None
    price_without_commission: SellerReturnsv1MoneyWithoutCommission | None = None
    commission_percent: float | None = None
    commission: SellerReturnsv1MoneyCommission | None = None
    quantity: int | None = None


class GetReturnsListResponseReturnsItem(_Struct, kw_only=True):
    """object"""

    exemplars: list[GetReturnsListResponseExemplar] | None = None
    id: int | None = None
    company_id: int | None = None
    return_reason_name: str | None = None
    type: str | None = None
    schema: str | None = None
    order_id: int | None = None
    order_number: str | None = None
    place: GetReturnsListResponsePlaceNow | None = None
    target_place: GetReturnsListResponsePlaceTarget | None = None
    storage: GetReturnsListResponseStorage | None = None
    product: GetReturnsListResponseProduct | None = None
    logistic: GetReturnsListResponseLogistic | None = None
    visual: GetReturnsListResponseVisual | None = None
    additional_info: GetReturnsListResponseAdditionalInfo | None = None
    source_id: int | None = None
    posting_number: str | None = None
    clearing_id: int | None = None
    return_clearing_id: int | None = None
    compensation_status: GetReturnsListResponseCompensation | None = None


class GetReturnsListResponseStorage(_Struct, kw_only=True):
    """Информация о хранении."""

    sum: SellerReturnsv1MoneyStorage | None = None
    tariffication_first_date: str | None = None
    tariffication_start_date: str | None = None
    arrived_moment: str | None = None
    days: int | None = None
    utilization_sum: SellerReturnsv1MoneyUtilization | None = None
    utilization_forecast_date: str | None = None


class GetReturnsListResponseVisual(_Struct, kw_only=True):
    """Информация о статусе возврата."""

    status: GetReturnsListResponseVisualStatus | None = None
    change_moment: str | None = None


class GetReturnsListResponseVisualStatus(_Struct, kw_only=True):
    """Статус возврата."""

    id: int | None = None
    display_name: str | None = None
    sys_name: str | None = None


class GetSellerActionsV1ResponseAction(_Struct, kw_only=True):
    """object"""

    id: float | None = None
    title: str | None = None
    action_type: str | None = None
    description: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    auto_add_dates: list[str] | None = None
    freeze_date: str | None = None
    potential_products_count: float | None = None
    participating_products_count: float | None = None
    is_participating: bool | None = None
    is_voucher_action: bool | None = None
    banned_products_count: float | None = None
    with_targeting: bool | None = None
    order_amount: float | None = None
    discount_type: str | None = None
    discount_value: float | None = None


class GetStrategyIDsByItemIDsResponseProductInfo(_Struct, kw_only=True):
    """object"""

    product_id: int | None = None
    strategy_id: str | None = None


class GetStrategyListResponseStrategy(_Struct, kw_only=True):
    """object"""

    id: str | None = None
    name: str | None = None
    type: str | None = None
    update_type: str | None = None
    updated_at: str | None = None
    products_count: int | None = None
    competitors_count: int | None = None
    enabled: bool | None = None


class GetSupplyOrderBundleRequestItemTagsCalculation(_Struct, kw_only=True):
    """Список складов для расчёта товарных тегов."""

    dropoff_warehouse_id: str
    storage_warehouse_ids: list[str]


class GetUploadQuotaResponseDailyCreate(_Struct, kw_only=True):
    """Суточный лимит на создание товаров."""

    limit: int | None = None
    reset_at: str | None = None
    usage: int | None = None


class GetUploadQuotaResponseDailyUpdate(_Struct, kw_only=True):
    """Суточный лимит на обновление товаров."""

    limit: int | None = None
    reset_at: str | None = None
    usage: int | None = None


class GetUploadQuotaResponseTotal(_Struct, kw_only=True):
    """Лимит на ассортимент."""

    limit: int | None = None
    usage: int | None = None


class GetWarehouseFBSOperationStatusResponseError(_Struct, kw_only=True):
    """Ошибка при обработке операции."""

    code: str | None = None
    message: str | None = None


class GetWarehouseFBSOperationStatusResponseResult(_Struct, kw_only=True):
    """Результат операции."""

    entity_id: int | None = None


class GiveoutInfoResponseArticleDetails(_Struct, kw_only=True):
    approved: bool | None = None
    delivery_schema: str | None = None
    name: str | None = None
    seller_id: int | None = None


class GiveoutListResponseGiveoutDetails(_Struct, kw_only=True):
    approved_articles_count: int | None = None
    created_at: str | None = None
    giveout_id: int | None = None
    giveout_status: str | None = None
    total_articles_count: int | None = None
    warehouse_address: str | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None


class HumanTextsParam(_Struct, kw_only=True):
    """object"""

    name: str | None = None
    value: str | None = None


class ImportProductRequestPromotion(_Struct, kw_only=True):
    """object"""

    operation: _Literal["UNKNOWN", "ENABLE", "DISABLE"] | _UnsetType = _UNSET
    type: _Literal["REVIEWS_PROMO"] | _UnsetType = _UNSET


class ImportProductsRequestPdfList(_Struct, kw_only=True):
    """object"""

    index: int | _UnsetType = _UNSET
    name: str | _UnsetType = _UNSET
    src_url: str | _UnsetType = _UNSET


class InvoiceGetV2ResponseResult(_Struct, kw_only=True):
    """Информация о счёте-фактуре."""

    date: str | None = None
    file_url: str | None = None
    hs_codes: list[V2HsCodeOut] | None = None
    number: str | None = None
    price: float | None = None
    price_currency: str | None = None


class ItemBundleSummary(_Struct, kw_only=True):
    """Сводная информация по товарам в поставке."""

    rounded_total_volume_in_litres: float | None = None
    total_item_count: int | None = None
    total_quantity: int | None = None


class ItemCommissionsv5(_Struct, kw_only=True):
    """Информация о комиссиях."""

    fbo_deliv_to_customer_amount: float | None = None
    fbo_direct_flow_trans_max_amount: float | None = None
    fbo_direct_flow_trans_min_amount: float | None = None
    fbo_return_flow_amount: float | None = None
    fbs_deliv_to_customer_amount: float | None = None
    fbs_direct_flow_trans_max_amount: float | None = None
    fbs_direct_flow_trans_min_amount: float | None = None
    fbs_first_mile_max_amount: float | None = None
    fbs_first_mile_min_amount: float | None = None
    fbs_return_flow_amount: float | None = None
    sales_percent_fbo: float | None = None
    sales_percent_fbp: float | None = None
    sales_percent_fbs: float | None = None
    sales_percent_rfbs: float | None = None


class ItemMarketing(_Struct, kw_only=True):
    """Маркетинговые акции."""

    actions: list[MarketingAction] | None = None
    current_period_from: str | None = None
    current_period_to: str | None = None
    ozon_actions_exist: bool | None = None


class ItemPricev5(_Struct, kw_only=True):
    """Цена товара."""

    auto_action_enabled: bool | None = None
    auto_add_to_ozon_actions_list_enabled: bool | None = None
    currency_code: str | None = None
    marketing_seller_price: float | None = None
    min_price: float | None = None
    net_price: float | None = None
    old_price: float | None = None
    price: float | None = None
    retail_price: float | None = None
    vat: float | None = None


class ItemSize(_Struct, kw_only=True):
    """Габариты товара."""

    height_mm: int | None = None
    length_mm: int | None = None
    width_mm: int | None = None


class ItemStatusError(_Struct, kw_only=True):
    code: str | None = None
    message: str | None = None


class ItemsValidationRejectedItems(_Struct, kw_only=True):
    reasons: list[str] | None = None
    sku: int | None = None


class ListDropOffPointsForCreateFBSWarehouseRequestSearch(_Struct, kw_only=True):
    """Параметры поиска."""

    address: str | _UnsetType = _UNSET
    types: list[ListDropOffPointsForCreateFBSWarehouseRequestSearchDropOffPointTypeEnum] | _UnsetType = _UNSET


class ListDropOffPointsForCreateFBSWarehouseResponseDropOffPoint(_Struct, kw_only=True):
    address: str | None = None
    coordinates: V1ListDropOffPointsForCreateFBSWarehouseResponseCoordinates | None = None
    discount_percent: float | None = None
    id: str | None = None
    last_transit_time_local: TypeTimeOfDay | None = None
    type: str | None = None


class ListDropOffPointsForUpdateFBSWarehouseRequestSearch(_Struct, kw_only=True):
    """Параметры поиска."""

    address: str | _UnsetType = _UNSET
    types: list[ListDropOffPointsForUpdateFBSWarehouseRequestSearchDropOffPointTypeEnum] | _UnsetType = _UNSET


class ListDropOffPointsForUpdateFBSWarehouseResponseDropOffPoint(_Struct, kw_only=True):
    address: str | None = None
    coordinates: DropOffPointCoordinates | None = None
    discount_percent: float | None = None
    id: str | None = None
    last_transit_time_local: TypeTimeOfDay | None = None
    type: str | None = None


class ListFBSRatingIndexPostingsV1RequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    date_from: _dt.datetime
    date_to: _dt.datetime
    posting_numbers: list[str] | _UnsetType = _UNSET


class ListFBSRatingIndexPostingsV1ResponseError(_Struct, kw_only=True):
    charge_percent: float | None = None
    charge_price: float | None = None
    charge_price_currency_code: str | None = None
    delivery_schema: str | None = None
    error_at: str | None = None
    has_grace_status: bool | None = None
    index: float | None = None
    posting_error_type: str | None = None
    posting_number: str | None = None
    product_price: float | None = None
    product_price_currency_code: str | None = None


class ListPostingCodesRequestFilter(_Struct, kw_only=True):
    """Фильтр для поиска отправлений."""

    posting_number: list[str] | _UnsetType = _UNSET
    since: _dt.datetime | _UnsetType = _UNSET
    to: _dt.datetime | _UnsetType = _UNSET


class ListPostingCodesRequestWithParams(_Struct, kw_only=True):
    """Дополнительные поля, которые нужно добавить в ответ."""

    analytics_data: bool | _UnsetType = _UNSET
    financial_data: bool | _UnsetType = _UNSET
    legal_info: bool | _UnsetType = _UNSET


class ListPostingCodesResponsePosting(_Struct, kw_only=True):
    additional_data: list[PostingAdditionalDataItem] | None = None
    analytics_data: PostingPostingAnalyticsData | None = None
    cancel_reason_id: int | None = None
    created_at: str | None = None
    financial_data: PostingPostingFinancialData | None = None
    in_process_at: str | None = None
    legal_info: PostingLegalInfo | None = None
    order_id: int | None = None
    order_number: str | None = None
    posting_number: str | None = None
    products: list[PostingPostingProduct] | None = None
    status: str | None = None
    waiting_deadline_for_digital_code: str | None = None


class LogisticTimeslotDateRange(_Struct, kw_only=True):
    """Интервал времени, в течение которого заказ может быть доставлен до пункта выдачи."""

    from_: str | None = _field(name="from", default=None)
    to: str | None = None


class MacrolocalClusterCountry(_Struct, kw_only=True):
    """Информация о стране кластера."""

    name: str | None = None
    uid: str | None = None


class MarketingAction(_Struct, kw_only=True):
    """object"""

    date_from: str | None = None
    date_to: str | None = None
    title: str | None = None
    value: int | None = None


class MaxPeriodsPeriod(_Struct, kw_only=True):
    """Период максимального времени."""

    hours: int | None = None
    minutes: int | None = None


class MinPeriodsPeriod(_Struct, kw_only=True):
    """Период минимального времени."""

    hours: int | None = None
    minutes: int | None = None


class MinUtilizationMoney(_Struct, kw_only=True):
    """Минимальная цена товара, с которой можно установить автоутилизацию методом /v1/returns/settings/utilization/update."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoney(_Struct, kw_only=True):
    """Минимальная цена товара конкурента."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoney2(_Struct, kw_only=True):
    """Цена товара с учётом акции или продвижения."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneyAccrued(_Struct, kw_only=True):
    """Начислено за услугу."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneyBonus(_Struct, kw_only=True):
    """Начислено баллов за скидки."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneyCoinvestment(_Struct, kw_only=True):
    """Начислено по программе партнёров."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneyCommission(_Struct, kw_only=True):
    """Итоговая комиссия с учётом скидок и наценки."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneyCurrentTariffCharge(_Struct, kw_only=True):
    """Скидка или надбавка."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneyCurrentTariffMinCharge(_Struct, kw_only=True):
    """Минимальная скидка или надбавка."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneyCustomerPrice(_Struct, kw_only=True):
    """Цена товара на сайте."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneyNextTariffCharge(_Struct, kw_only=True):
    """Скидка или надбавка через время из параметра next_tariff_starts_at."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneyNextTariffMinCharge(_Struct, kw_only=True):
    """Минимальная скидка или надбавка через время из параметра next_tariff_starts_at."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneySaleAmount(_Struct, kw_only=True):
    """Реализовано на сумму."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneySaleCommission(_Struct, kw_only=True):
    """Комиссия по прайс-листу."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneySalePrice(_Struct, kw_only=True):
    """Цена покупателя."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneySelf(_Struct, kw_only=True):
    """Минимальная цена вашего товара."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneySellerPrice(_Struct, kw_only=True):
    """Цена для продавца с учётом скидок Ozon."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneySellerPrice2(_Struct, kw_only=True):
    """Цена за единицу."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneyTotalAccrued(_Struct, kw_only=True):
    """Общая сумма начислений за услугу."""

    amount: str | None = None
    currency: str | None = None


class MoneyMoneyTotalAmount(_Struct, kw_only=True):
    """Общая сумма начислений."""

    amount: str | None = None
    currency: str | None = None


class MoneyPostingMoney(_Struct, kw_only=True):
    """Цена товара."""

    amount: str | None = None
    currency: str | None = None


class NotificationV1CheckNotificationRequest(_Struct, kw_only=True):
    url: str


class NotificationV1CheckNotificationResponse(_Struct, kw_only=True):
    errors: list[NotificationV1CheckNotificationResponseError] | None = None
    is_active: bool


class NotificationV1CheckNotificationResponseError(_Struct, kw_only=True):
    description: str | None = None
    type: str | None = None


class NotificationV1DeleteNotificationRequest(_Struct, kw_only=True):
    id: int


class NotificationV1EnableNotificationRequest(_Struct, kw_only=True):
    enabled: bool
    id: int


class NotificationV1GetNotificationPushTypeListResponse(_Struct, kw_only=True):
    types: list[NotificationV1GetNotificationPushTypeListResponseNotificationType]


class NotificationV1GetNotificationPushTypeListResponseNotificationType(_Struct, kw_only=True):
    description: str
    seller_endpoint: (
        NotificationV1GetNotificationPushTypeListResponseNotificationTypeSellerEndpoint | None
    ) = None
    type: str


class NotificationV1GetNotificationPushTypeListResponseNotificationTypeSellerEndpoint(_Struct, kw_only=True):
    """URL-адрес, на который приходит тип уведомлений."""

    id: int
    url: str


class NotificationV1NotificationListResponse(_Struct, kw_only=True):
    urls: list[NotificationV1NotificationListResponseNotification]


class NotificationV1NotificationListResponseNotification(_Struct, kw_only=True):
    created_at: str
    enable: bool
    id: int
    types: list[NotificationV1NotificationListResponseNotificationNotificationType]
    url: str


class NotificationV1NotificationListResponseNotificationNotificationType(_Struct, kw_only=True):
    description: str
    type: str


class NotificationV1SetNotificationRequest(_Struct, kw_only=True):
    types: list[NotificationV1SetNotificationRequestTypeEnum]
    url: str


class NotificationV1UpdateNotificationRequest(_Struct, kw_only=True):
    id: int
    types: list[NotificationV1UpdateNotificationRequestTypeEnum] | _UnsetType = _UNSET
    url: str | _UnsetType = _UNSET


class OperationItem(_Struct, kw_only=True):
    """object"""

    name: str | None = None
    sku: int | None = None


class OperationPosting(_Struct, kw_only=True):
    """Информация об отправлении."""

    delivery_schema: str | None = None
    order_date: str | None = None
    posting_number: str | None = None
    warehouse_id: int | None = None


class OperationService(_Struct, kw_only=True):
    """object"""

    name: str | None = None
    price: float | None = None


class OrderCancelCheckResponsePosting(_Struct, kw_only=True):
    cancellable: bool | None = None
    posting_number: str | None = None
    why_not_cancellable: str | None = None


class OrderCancelCheckResponsePostingGroup(_Struct, kw_only=True):
    posting_numbers: list[str] | None = None


class OrderCreateRequestBuyer(_Struct, kw_only=True):
    """Информация о покупателе."""

    first_name: str
    last_name: str
    middle_name: str | _UnsetType = _UNSET
    phone: str


class OrderCreateRequestDelivery(_Struct, kw_only=True):
    """Информация о доставке."""

    courier: DeliveryCourier | _UnsetType = _UNSET
    pick_up: DeliveryPickUp | _UnsetType = _UNSET


class OrderCreateRequestDeliveryPrice(_Struct, kw_only=True):
    """Цена доставки."""

    currency_code: str | _UnsetType = _UNSET
    nanos: int | _UnsetType = _UNSET
    units: int | _UnsetType = _UNSET


class OrderCreateRequestPrice(_Struct, kw_only=True):
    """Цена товара."""

    currency_code: str
    nanos: int | _UnsetType = _UNSET
    units: int


class OrderCreateRequestRecipient(_Struct, kw_only=True):
    """Информация о получателе."""

    recipient_first_name: str
    recipient_last_name: str
    recipient_middle_name: str | _UnsetType = _UNSET
    recipient_phone: str


class OrderCreateRequestSplit(_Struct, kw_only=True):
    delivery_method: SplitDeliveryMethod
    items: list[SplitItem]
    warehouse_id: int


class OrderDropOffWarehouse(_Struct, kw_only=True):
    """Информация о пункте отгрузки."""

    address: str | None = None
    name: str | None = None
    warehouse_id: int | None = None


class OrderOrderTags(_Struct, kw_only=True):
    """Метки заявки на поставку."""

    is_econom: bool | None = None
    is_pickup: bool | None = None
    is_quant: bool | None = None
    is_super_fbo: bool | None = None
    is_virtual: bool | None = None
    original_supply_id: int | None = None
    product_super_fbo: bool | None = None
    seller_warehouse_id: int | None = None


class OrderSupply(_Struct, kw_only=True):
    is_crossdock: bool | None = None
    macrolocal_cluster_id: int | None = None
    bundle_id: str | None = None
    state: str | None = None
    storage_warehouse: SupplyStorageWarehouse | None = None
    supply_id: int | None = None
    supply_tags: SupplySupplyTags | None = None


class ParameterDiscountLevels(_Struct, kw_only=True):
    discount_value: float | None = None
    order_amount: float | None = None


class ParameterPickedSegment(_Struct, kw_only=True):
    segments: list[PickedSegmentSegment] | None = None


class PickedSegmentSegment(_Struct, kw_only=True):
    description: str | None = None
    id: int | None = None
    name: str | None = None
    type: str | None = None


class PointDeliveryMethodCoordinates(_Struct, kw_only=True):
    """Координаты."""

    lat: float | None = None
    long: float | None = None


class PolygonBindRequestpolygon(_Struct, kw_only=True):
    """object"""

    polygon_id: int
    time: int


class PolygonBindRequestwhLocation(_Struct, kw_only=True):
    """Расположение склада."""

    lat: str
    lon: str


class PolygonListResponsePolygon(_Struct, kw_only=True):
    coordinates: str | None = None
    polygon_id: int | None = None
    time: int | None = None


class Polygonv1PolygonBindRequest(_Struct, kw_only=True):
    """object"""

    delivery_method_id: int
    polygons: list[PolygonBindRequestpolygon]
    warehouse_location: PolygonBindRequestwhLocation


class Polygonv1PolygonCreateRequest(_Struct, kw_only=True):
    """object"""

    coordinates: str


class Polygonv1PolygonCreateResponse(_Struct, kw_only=True):
    """object"""

    polygon_id: int | None = None


class PostingAdditionalDataItem(_Struct, kw_only=True):
    key: str | None = None
    value: str | None = None


class PostingBooleanResponse(_Struct, kw_only=True):
    """object"""

    result: bool | None = None


class PostingCancelFbsPostingRequest(_Struct, kw_only=True):
    """object"""

    cancel_reason_id: int
    cancel_reason_message: str | _UnsetType = _UNSET
    posting_number: str


class PostingCancelReason(_Struct, kw_only=True):
    """object"""

    id: int | None = None
    is_available_for_cancellation: bool | None = None
    title: str | None = None
    type_id: str | None = None


class PostingCancelReasonListResponse(_Struct, kw_only=True):
    """object"""

    result: list[PostingCancelReason] | None = None


class PostingCancelReasonRequest(_Struct, kw_only=True):
    """object"""

    related_posting_numbers: list[str]


class PostingCancelReasonResponse(_Struct, kw_only=True):
    """object"""

    result: list[RelatedPostingCancelReason] | None = None


class PostingExemplarInfoExemplarError(_Struct, kw_only=True):
    key: str | None = None
    message: str | None = None


class PostingFBSActCheckStatusResponseStatus(_Struct, kw_only=True):
    """Результат работы метода."""

    act_type: str | None = None
    added_to_act: list[str] | None = None
    removed_from_act: list[str] | None = None
    status: str | None = None
    is_partial: bool | None = None
    has_postings_for_next_carriage: bool | None = None
    partial_num: int | None = None


class PostingFBSActCreateResponseAct(_Struct, kw_only=True):
    """Результат работы метода."""

    id: int | None = None


class PostingFboPostingWithParams(_Struct, kw_only=True):
    """Дополнительные поля, которые нужно добавить в ответ."""

    analytics_data: bool | _UnsetType = _UNSET
    financial_data: bool | _UnsetType = _UNSET
    legal_info: bool | _UnsetType = _UNSET


class PostingFbsPostingDeliveredRequest(_Struct, kw_only=True):
    """object"""

    posting_number: list[str]


class PostingFbsPostingDeliveringRequest(_Struct, kw_only=True):
    """object"""

    posting_number: list[str]


class PostingFbsPostingLastMileRequest(_Struct, kw_only=True):
    """object"""

    posting_number: list[str]


class PostingFbsPostingMoveStatusResponse(_Struct, kw_only=True):
    """object"""

    result: list[FbsPostingMoveStatusResponseMoveStatus] | None = None


class PostingFbsPostingTrackingNumberSetRequest(_Struct, kw_only=True):
    """object"""

    tracking_numbers: list[FbsPostingTrackingNumberSetRequestTrackingNumber]


class PostingFbsTraceableSplitResponsePostingProduct(_Struct, kw_only=True):
    quantity: int | None = None
    sku: int | None = None


class PostingFinancialDataProduct(_Struct, kw_only=True):
    """object"""

    actions: list[str] | None = None
    currency_code: str | None = None
    customer_currency_code: str | None = None
    commission_amount: float | None = None
    commission_percent: int | None = None
    commissions_currency_code: str | None = None
    old_price: float | None = None
    payout: float | None = None
    price: float | None = None
    customer_price: float | None = None
    product_id: int | None = None
    quantity: int | None = None
    total_discount_percent: float | None = None
    total_discount_value: float | None = None


class PostingFinancialDataProductV2(_Struct, kw_only=True):
    """object"""

    actions: list[str] | None = None
    currency_code: str | None = None
    commission_amount: float | None = None
    commission_percent: int | None = None
    commissions_currency_code: str | None = None
    old_price: float | None = None
    payout: float | None = None
    price: float | None = None
    product_id: int | None = None
    quantity: int | None = None
    total_discount_percent: float | None = None
    total_discount_value: float | None = None


class PostingGetFboPostingListRequest(_Struct, kw_only=True):
    """object"""

    dir: str | _UnsetType = _UNSET
    filter: PostingGetFboPostingListRequestFilter
    limit: int
    offset: int | _UnsetType = _UNSET
    translit: bool | _UnsetType = _UNSET
    with_: PostingFboPostingWithParams | _UnsetType = _field(name="with", default=_UNSET)


class PostingGetFboPostingListRequestFilter(_Struct, kw_only=True):
    """Фильтр для поиска отправлений."""

    since: _dt.datetime
    status: str | _UnsetType = _UNSET
    to: _dt.datetime


class PostingGetFboPostingRequest(_Struct, kw_only=True):
    """object"""

    posting_number: str
    translit: bool | _UnsetType = _UNSET
    with_: PostingFboPostingWithParams | _UnsetType = _field(name="with", default=_UNSET)


class PostingGetFbsPostingByBarcodeRequest(_Struct, kw_only=True):
    """object"""

    barcode: str


class PostingLegalInfo(_Struct, kw_only=True):
    """Юридическая информация о покупателе."""

    company_name: str | None = None
    inn: str | None = None
    kpp: str | None = None


class PostingMarksResponseIssuedExemplar(_Struct, kw_only=True):
    exemplar_id: int | None = None
    mandatory_marks: list[str] | None = None
    posting_number: str | None = None
    sku: int | None = None


class PostingMarksResponseNonIssuedExemplar(_Struct, kw_only=True):
    exemplar_id: int | None = None
    posting_number: str | None = None
    sku: int | None = None


class PostingMovePostingRequest(_Struct, kw_only=True):
    """object"""

    posting_number: list[str]


class PostingPostingAnalyticsData(_Struct, kw_only=True):
    """Данные аналитики."""

    city: str | None = None
    delivery_type: str | None = None
    is_legal: bool | None = None
    is_premium: bool | None = None
    payment_type_group_name: str | None = None
    region: str | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None


class PostingPostingFBSActCheckStatusRequest(_Struct, kw_only=True):
    """object"""

    id: int


class PostingPostingFBSActCheckStatusResponse(_Struct, kw_only=True):
    """object"""

    result: PostingFBSActCheckStatusResponseStatus | None = None


class PostingPostingFBSActCreateRequest(_Struct, kw_only=True):
    """object"""

    containers_count: int | _UnsetType = _UNSET
    delivery_method_id: int
    departure_date: _dt.datetime | _UnsetType = _UNSET


class PostingPostingFBSActCreateResponse(_Struct, kw_only=True):
    """object"""

    result: PostingFBSActCreateResponseAct | None = None


class PostingPostingFBSActGetContainerLabelsRequest(_Struct, kw_only=True):
    """object"""

    id: int


class PostingPostingFBSGetActRequest(_Struct, kw_only=True):
    """object"""

    id: int


class PostingPostingFBSPackageLabelRequest(_Struct, kw_only=True):
    """object"""

    posting_number: list[str]


class PostingPostingFinancialData(_Struct, kw_only=True):
    """Финансовые данные."""

    cluster_from: str | None = None
    cluster_to: str | None = None
    products: list[PostingFinancialDataProduct] | None = None


class PostingPostingProduct(_Struct, kw_only=True):
    currency_code: str | None = None
    name: str | None = None
    offer_id: str | None = None
    price: str | None = None
    required_qty_for_digital_code: int | None = None
    sku: int | None = None


class PostingPostingProductCancelRequest(_Struct, kw_only=True):
    """object"""

    cancel_reason_id: int
    cancel_reason_message: str
    items: list[PostingProductCancelRequestItem]
    posting_number: str


class PostingPostingProductCancelResponse(_Struct, kw_only=True):
    """object"""

    result: str | None = None


class PostingProductCancelRequestItem(_Struct, kw_only=True):
    """object"""

    quantity: int
    sku: int


class PostingV1PostingFbpListRequest(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: PostingV1PostingFbpListRequestFilter | _UnsetType = _UNSET
    limit: int | _UnsetType = _UNSET
    sort_by: str | _UnsetType = _UNSET
    sort_dir: PostingV1PostingFbpListRequestSortDirEnum | _UnsetType = _UNSET


class PostingV1PostingFbpListRequestFilter(_Struct, kw_only=True):
    """Фильтр для поиска отправлений."""

    name: str | _UnsetType = _UNSET
    offer_id: str | _UnsetType = _UNSET
    posting_numbers: list[str] | _UnsetType = _UNSET
    since: _dt.datetime | _UnsetType = _UNSET
    statuses: list[str] | _UnsetType = _UNSET
    to: _dt.datetime | _UnsetType = _UNSET


class PostingV1PostingFbpListResponse(_Struct, kw_only=True):
    cursor: str | None = None
    postings: list[PostingV1PostingFbpListResponsePostings] | None = None


class PostingV1PostingFbpListResponsePostings(_Struct, kw_only=True):
    financial_data: PostingV1PostingFbpListResponsePostingsFinancialData | None = None
    in_process_at: str | None = None
    order_date: str | None = None
    order_id: int | None = None
    order_number: str | None = None
    posting_number: str | None = None
    products: list[PostingV1PostingFbpListResponsePostingsProducts] | None = None
    provider_id: int | None = None
    status: str | None = None


class PostingV1PostingFbpListResponsePostingsFinancialData(_Struct, kw_only=True):
    """Финансовые данные."""

    cluster_from: str | None = None
    cluster_to: str | None = None
    delivery_amount: float | None = None
    products: list[PostingV1PostingFbpListResponsePostingsFinancialDataProducts] | None = None


class PostingV1PostingFbpListResponsePostingsFinancialDataProducts(_Struct, kw_only=True):
    actions: list[PostingV1PostingFbpListResponsePostingsFinancialDataProductsActions] | None = None
    commissions_currency_code: str | None = None
    old_price: float | None = None
    price: float | None = None
    product_id: int | None = None
    quantity: int | None = None
    total_discount_percent: float | None = None
    total_discount_value: float | None = None


class PostingV1PostingFbpListResponsePostingsFinancialDataProductsActions(_Struct, kw_only=True):
    action_id: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    discount_percent: float | None = None
    discount_value: float | None = None
    is_from_seller: bool | None = None
    description: str | None = None


class PostingV1PostingFbpListResponsePostingsProducts(_Struct, kw_only=True):
    customer_price: MoneyMoneyCustomerPrice | None = None
    name: str | None = None
    offer_id: str | None = None
    price: MoneyPostingMoney | None = None
    quantity: int | None = None
    seller_price: MoneyMoneySellerPrice | None = None
    sku: int | None = None


class PostingV2PostingDigitalListRequest(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: PostingV2PostingDigitalListRequestFilter | _UnsetType = _UNSET
    limit: int | _UnsetType = _UNSET
    sort_dir: PostingV2PostingDigitalListRequestSortDirEnum | _UnsetType = _UNSET
    with_: PostingV2PostingDigitalListRequestWith | _UnsetType = _field(name="with", default=_UNSET)


class PostingV2PostingDigitalListRequestFilter(_Struct, kw_only=True):
    """Фильтр для поиска отправлений."""

    order_numbers: list[str] | _UnsetType = _UNSET
    posting_numbers: list[str] | _UnsetType = _UNSET
    since: _dt.datetime | _UnsetType = _UNSET
    to: _dt.datetime | _UnsetType = _UNSET


class PostingV2PostingDigitalListRequestWith(_Struct, kw_only=True):
    """Дополнительные поля, которые нужно добавить в ответ."""

    analytics_data: bool | _UnsetType = _UNSET
    financial_data: bool | _UnsetType = _UNSET
    legal_info: bool | _UnsetType = _UNSET


class PostingV2PostingDigitalListResponse(_Struct, kw_only=True):
    cursor: str | None = None
    has_next: bool | None = None
    postings: list[PostingV2PostingDigitalListResponsePostings] | None = None


class PostingV2PostingDigitalListResponsePostings(_Struct, kw_only=True):
    additional_data: list[PostingV2PostingDigitalListResponsePostingsAdditionalData] | None = None
    analytics_data: PostingV2PostingDigitalListResponsePostingsAnalyticsData | None = None
    cancel_reason_id: int | None = None
    cancellation: PostingV2PostingDigitalListResponsePostingsCancellation | None = None
    created_at: str | None = None
    external_order: PostingV2PostingDigitalListResponsePostingsExternalOrder | None = None
    financial_data: PostingV2PostingDigitalListResponsePostingsFinancialData | None = None
    in_process_at: str | None = None
    legal_info: PostingV2PostingDigitalListResponsePostingsLegalInfo | None = None
    order_id: int | None = None
    order_number: str | None = None
    posting_number: str | None = None
    products: list[PostingV2PostingDigitalListResponsePostingsProducts] | None = None
    status: str | None = None
    waiting_deadline_for_digital_code: str | None = None


class PostingV2PostingDigitalListResponsePostingsAdditionalData(_Struct, kw_only=True):
    key: str | None = None
    value: str | None = None


class PostingV2PostingDigitalListResponsePostingsAnalyticsData(_Struct, kw_only=True):
    """Данные аналитики."""

    city: str | None = None
    delivery_type: str | None = None
    is_legal: bool | None = None
    is_premium: bool | None = None
    payment_type_group_name: str | None = None
    region: str | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None


class PostingV2PostingDigitalListResponsePostingsCancellation(_Struct, kw_only=True):
    """Информация об отмене."""

    cancellation_initiator: str | None = None
    cancellation_type: str | None = None


class PostingV2PostingDigitalListResponsePostingsExternalOrder(_Struct, kw_only=True):
    """Информация о заказе с внешней платформы."""

    is_external: bool | None = None
    platform_name: str | None = None


class PostingV2PostingDigitalListResponsePostingsFinancialData(_Struct, kw_only=True):
    """Финансовые данные."""

    cluster_from: str | None = None
    cluster_to: str | None = None
    products: list[PostingV2PostingDigitalListResponsePostingsFinancialDataProducts] | None = None


class PostingV2PostingDigitalListResponsePostingsFinancialDataProducts(_Struct, kw_only=True):
    actions: list[str] | None = None
    commission: PostingV2PostingDigitalListResponsePostingsFinancialDataProductsCommission | None = None
    old_price: float | None = None
    payout: float | None = None
    price: float | None = None
    product_id: int | None = None
    total_discount_percent: float | None = None
    total_discount_value: float | None = None


class PostingV2PostingDigitalListResponsePostingsFinancialDataProductsCommission(_Struct, kw_only=True):
    """Комиссия за товар."""

    amount: float | None = None
    currency: str | None = None
    percent: int | None = None


class PostingV2PostingDigitalListResponsePostingsLegalInfo(_Struct, kw_only=True):
    """Юридическая информация о покупателе."""

    company_name: str | None = None
    inn: str | None = None
    kpp: str | None = None


class PostingV2PostingDigitalListResponsePostingsProducts(_Struct, kw_only=True):
    name: str | None = None
    offer_id: str | None = None
    price: MoneyPostingMoney | None = None
    quantity: int | None = None
    required_qty_for_digital_code: int | None = None
    sku: int | None = None


class PostingV3PostingFboListRequest(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: PostingV3PostingFboListRequestFilter | _UnsetType = _UNSET
    limit: int | _UnsetType = _UNSET
    sort_dir: PostingV3PostingFboListRequestSortDirEnum | _UnsetType = _UNSET
    translit: bool | _UnsetType = _UNSET
    with_: PostingV3PostingFboListRequestWith | _UnsetType = _field(name="with", default=_UNSET)


class PostingV3PostingFboListRequestFilter(_Struct, kw_only=True):
    """Фильтр для поиска отправлений."""

    order_numbers: list[str] | _UnsetType = _UNSET
    posting_numbers: list[str] | _UnsetType = _UNSET
    since: _dt.datetime | _UnsetType = _UNSET
    statuses: list[str] | _UnsetType = _UNSET
    to: _dt.datetime | _UnsetType = _UNSET


class PostingV3PostingFboListRequestWith(_Struct, kw_only=True):
    """Дополнительные поля, которые нужно добавить в ответ."""

    analytics_data: bool | _UnsetType = _UNSET
    financial_data: bool | _UnsetType = _UNSET
    legal_info: bool | _UnsetType = _UNSET


class PostingV3PostingFboListResponse(_Struct, kw_only=True):
    cursor: str | None = None
    has_next: bool | None = None
    postings: list[PostingV3PostingFboListResponsePostings] | None = None


class PostingV3PostingFboListResponsePostings(_Struct, kw_only=True):
    additional_data: list[PostingV3PostingFboListResponsePostingsAdditionalData] | None = None
    analytics_data: PostingV3PostingFboListResponsePostingsAnalyticsData | None = None
    cancel_reason_id: int | None = None
    cancellation: PostingV3PostingFboListResponsePostingsCancellation | None = None
    created_at: str | None = None
    external_order: PostingV3PostingFboListResponsePostingsExternalOrder | None = None
    financial_data: PostingV3PostingFboListResponsePostingsFinancialData | None = None
    in_process_at: str | None = None
    legal_info: PostingV3PostingFboListResponsePostingsLegalInfo | None = None
    order_id: int | None = None
    order_number: str | None = None
    posting_number: str | None = None
    products: list[PostingV3PostingFboListResponsePostingsProducts] | None = None
    status: str | None = None
    substatus: str | None = None


class PostingV3PostingFboListResponsePostingsAdditionalData(_Struct, kw_only=True):
    key: str | None = None
    value: str | None = None


class PostingV3PostingFboListResponsePostingsAnalyticsData(_Struct, kw_only=True):
    """Данные аналитики."""

    city: str | None = None
    client_delivery_date_begin: str | None = None
    client_delivery_date_end: str | None = None
    delivery_type: str | None = None
    is_legal: bool | None = None
    is_premium: bool | None = None
    payment_type_group_name: str | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None


class PostingV3PostingFboListResponsePostingsCancellation(_Struct, kw_only=True):
    """Информация об отмене."""

    cancel_reason: str | None = None
    cancellation_initiator: str | None = None
    cancellation_type: str | None = None


class PostingV3PostingFboListResponsePostingsExternalOrder(_Struct, kw_only=True):
    """Информация о заказе с внешней платформы."""

    is_external: bool | None = None
    platform_name: str | None = None


class PostingV3PostingFboListResponsePostingsFinancialData(_Struct, kw_only=True):
    """Финансовые данные."""

    cluster_from: str | None = None
    cluster_to: str | None = None
    products: list[PostingV3PostingFboListResponsePostingsFinancialDataProducts] | None = None


class PostingV3PostingFboListResponsePostingsFinancialDataProducts(_Struct, kw_only=True):
    actions: list[str] | None = None
    commission: PostingV3PostingFboListResponsePostingsFinancialDataProductsCommission | None = None
    old_price: float | None = None
    payout: float | None = None
    price: float | None = None
    product_id: int | None = None
    total_discount_percent: float | None = None
    total_discount_value: float | None = None


class PostingV3PostingFboListResponsePostingsFinancialDataProductsCommission(_Struct, kw_only=True):
    """Комиссия за товар."""

    amount: float | None = None
    currency: str | None = None
    percent: int | None = None


class PostingV3PostingFboListResponsePostingsLegalInfo(_Struct, kw_only=True):
    """Юридическая информация о покупателе."""

    company_name: str | None = None
    inn: str | None = None
    kpp: str | None = None


class PostingV3PostingFboListResponsePostingsProducts(_Struct, kw_only=True):
    digital_codes: list[str] | None = None
    is_marketplace_buyout: bool | None = None
    name: str | None = None
    offer_id: str | None = None
    price: MoneyPostingMoney | None = None
    quantity: int | None = None
    sku: int | None = None


class PostingV4PostingFbsListRequest(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: PostingV4PostingFbsListRequestFilter
    limit: int
    sort_dir: PostingV4PostingFbsListRequestSortDirEnum | _UnsetType = _UNSET
    translit: bool | _UnsetType = _UNSET
    with_: PostingV4PostingFbsListRequestWith | _UnsetType = _field(name="with", default=_UNSET)


class PostingV4PostingFbsListRequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    delivery_method_ids: list[str] | _UnsetType = _UNSET
    is_blr_traceable: bool | _UnsetType = _UNSET
    last_changed_status_date: PostingV4PostingFbsListRequestFilterLastChangedStatusDate | _UnsetType = _UNSET
    order_id: int | _UnsetType = _UNSET
    order_numbers: list[str] | _UnsetType = _UNSET
    provider_ids: list[str] | _UnsetType = _UNSET
    since: _dt.datetime
    statuses: list[str] | _UnsetType = _UNSET
    to: _dt.datetime
    warehouse_ids: list[str] | _UnsetType = _UNSET


class PostingV4PostingFbsListRequestFilterLastChangedStatusDate(_Struct, kw_only=True):
    """Период, в который последний раз изменялся статус у отправлений."""

    from_: _dt.datetime | _UnsetType = _field(name="from", default=_UNSET)
    to: _dt.datetime | _UnsetType = _UNSET


class PostingV4PostingFbsListRequestWith(_Struct, kw_only=True):
    """Дополнительные поля, которые нужно добавить в ответ."""

    analytics_data: bool | _UnsetType = _UNSET
    barcodes: bool | _UnsetType = _UNSET
    financial_data: bool | _UnsetType = _UNSET
    legal_info: bool | _UnsetType = _UNSET


class PostingV4PostingFbsListResponse(_Struct, kw_only=True):
    cursor: str | None = None
    has_next: bool | None = None
    postings: list[PostingV4PostingFbsListResponsePostings] | None = None


class PostingV4PostingFbsListResponsePostings(_Struct, kw_only=True):
    addressee: PostingV4PostingFbsListResponsePostingsAddressee | None = None
    analytics_data: PostingV4PostingFbsListResponsePostingsAnalyticsData | None = None
    available_actions: list[str] | None = None
    barcodes: PostingV4PostingFbsListResponsePostingsBarcodes | None = None
    cancellation: PostingV4PostingFbsListResponsePostingsCancellation | None = None
    customer: PostingV4PostingFbsListResponsePostingsCustomer | None = None
    container: PostingV4PostingFbsListResponsePostingsContainer | None = None
    container_sort_type: str | None = None
    delivering_date: str | None = None
    delivery_method: PostingV4PostingFbsListResponsePostingsDeliveryMethod | None = None
    delivery_schema: str | None = None
    destination_place_id: int | None = None
    destination_place_name: str | None = None
    external_order: PostingV4PostingFbsListResponsePostingsExternalOrder | None = None
    financial_data: PostingV4PostingFbsListResponsePostingsFinancialData | None = None
    in_process_at: str | None = None
    is_click_and_collect: bool | None = None
    is_express: bool | None = None
    is_multibox: bool | None = None
    is_presortable: bool | None = None
    legal_info: PostingV4PostingFbsListResponsePostingsLegalInfo | None = None
    multi_box_qty: int | None = None
    optional: PostingV4PostingFbsListResponsePostingsOptional | None = None
    order_id: int | None = None
    order_number: str | None = None
    parent_posting_number: str | None = None
    pickup_code_verified_at: str | None = None
    posting_number: str | None = None
    products: list[PostingV4PostingFbsListResponsePostingsProducts] | None = None
    prr_option: str | None = None
    quantum_id: int | None = None
    require_blr_traceable_attrs: bool | None = None
    requirements: PostingV4PostingFbsListResponsePostingsRequirements | None = None
    shipment_date: str | None = None
    shipment_date_without_delay: str | None = None
    status: str | None = None
    substatus: str | None = None
    tariffication: PostingV4PostingFbsListResponsePostingsTariffication | None = None
    tariffication_steps: list[PostingV4PostingFbsListResponsePostingsTarifficationStep] | None = None
    tpl_integration_type: str | None = None
    tracking_number: str | None = None
    volume_weight: float | None = None


class PostingV4PostingFbsListResponsePostingsAddressee(_Struct, kw_only=True):
    """Контактные данные получателя."""

    name: str | None = None


class PostingV4PostingFbsListResponsePostingsAnalyticsData(_Struct, kw_only=True):
    """Данные аналитики."""

    city: str | None = None
    client_delivery_date_begin: str | None = None
    client_delivery_date_end: str | None = None
    delivery_date_begin: str | None = None
    delivery_date_end: str | None = None
    delivery_type: str | None = None
    is_legal: bool | None = None
    is_premium: bool | None = None
    payment_type_group_name: str | None = None
    region: str | None = None
    tpl_provider: str | None = None
    tpl_provider_id: int | None = None
    warehouse: str | None = None
    warehouse_id: int | None = None


class PostingV4PostingFbsListResponsePostingsBarcodes(_Struct, kw_only=True):
    """Штрихкоды отправления."""

    lower_barcode: str | None = None
    upper_barcode: str | None = None


class PostingV4PostingFbsListResponsePostingsCancellation(_Struct, kw_only=True):
    """Информация об отмене."""

    affect_cancellation_rating: bool | None = None
    cancel_reason: str | None = None
    cancel_reason_id: int | None = None
    cancellation_initiator: str | None = None
    cancellation_type: str | None = None
    cancelled_after_ship: bool | None = None


class PostingV4PostingFbsListResponsePostingsContainer(_Struct, kw_only=True):
    """Информация о грузоместе."""

    cargo_type: str | None = None
    container_date: str | None = None
    container_id: int | None = None
    container_number: int | None = None


class PostingV4PostingFbsListResponsePostingsCustomer(_Struct, kw_only=True):
    """Информация о покупателе."""

    address: PostingV4PostingFbsListResponsePostingsCustomerAddress | None = None
    customer_email: str | None = None
    customer_id: int | None = None
    name: str | None = None
    phone: str | None = None


class PostingV4PostingFbsListResponsePostingsCustomerAddress(_Struct, kw_only=True):
    """Адрес доставки."""

    address_tail: str | None = None
    city: str | None = None
    comment: str | None = None
    country: str | None = None
    district: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    provider_pvz_code: str | None = None
    pvz_code: int | None = None
    region: str | None = None
    zip_code: str | None = None


class PostingV4PostingFbsListResponsePostingsDeliveryMethod(_Struct, kw_only=True):
    """Информация о способе доставки."""

    id: int | None = None
    name: str | None = None
    tpl_provider: str | None = None
    tpl_provider_id: int | None = None
    warehouse: str | None = None
    warehouse_id: int | None = None


class PostingV4PostingFbsListResponsePostingsExternalOrder(_Struct, kw_only=True):
    """Информация о заказе с внешней платформы."""

    is_external: bool | None = None
    platform_name: str | None = None


class PostingV4PostingFbsListResponsePostingsFinancialData(_Struct, kw_only=True):
    """Информация о стоимости товара, размере скидки, выплате и комиссии."""

    cluster_from: str | None = None
    cluster_to: str | None = None
    products: list[PostingV4PostingFbsListResponsePostingsFinancialDataProducts] | None = None


class PostingV4PostingFbsListResponsePostingsFinancialDataProducts(_Struct, kw_only=True):
    actions: list[str] | None = None
    commission: PostingV4PostingFbsListResponsePostingsFinancialDataProductsCommission | None = None
    customer_price: MoneyPostingMoney | None = None
    old_price: float | None = None
    payout: float | None = None
    price: float | None = None
    product_id: int | None = None
    quantity: int | None = None
    total_discount_percent: float | None = None
    total_discount_value: float | None = None


class PostingV4PostingFbsListResponsePostingsFinancialDataProductsCommission(_Struct, kw_only=True):
    """Комиссия за товар."""

    amount: float | None = None
    currency: str | None = None
    percent: int | None = None


class PostingV4PostingFbsListResponsePostingsLegalInfo(_Struct, kw_only=True):
    """Юридическая информация о покупателе."""

    company_name: str | None = None
    inn: str | None = None
    kpp: str | None = None


class PostingV4PostingFbsListResponsePostingsOptional(_Struct, kw_only=True):
    """Список товаров с дополнительными характеристиками."""

    products_with_possible_mandatory_mark: list[int] | None = None


class PostingV4PostingFbsListResponsePostingsProducts(_Struct, kw_only=True):
    imei: list[str] | None = None
    is_blr_traceable: bool | None = None
    is_marketplace_buyout: bool | None = None
    name: str | None = None
    offer_id: str | None = None
    price: MoneyPostingMoney | None = None
    product_color: str | None = None
    quantity: int | None = None
    sku: int | None = None
    weight: float | None = None


class PostingV4PostingFbsListResponsePostingsRequirements(_Struct, kw_only=True):
    """Товары, для которых нужна дополнительная информация."""

    products_requiring_change_country: list[int] | None = None
    products_requiring_country: list[int] | None = None
    products_requiring_gtd: list[int] | None = None
    products_requiring_imei: list[int] | None = None
    products_requiring_jw_uin: list[int] | None = None
    products_requiring_mandatory_mark: list[int] | None = None
    products_requiring_rnpt: list[int] | None = None
    products_requiring_weight: list[int] | None = None


class PostingV4PostingFbsListResponsePostingsTariffication(_Struct, kw_only=True):
    """Информация по тарификации отгрузки."""

    current_tariff_charge: MoneyMoneyCurrentTariffCharge | None = None
    current_tariff_min_charge: MoneyMoneyCurrentTariffMinCharge | None = None
    current_tariff_rate: float | None = None
    current_tariff_type: str | None = None
    next_tariff_charge: MoneyMoneyNextTariffCharge | None = None
    next_tariff_min_charge: MoneyMoneyNextTariffMinCharge | None = None
    next_tariff_rate: float | None = None
    next_tariff_starts_at: str | None = None
    next_tariff_type: str | None = None


class PostingV4PostingFbsListResponsePostingsTarifficationStep(_Struct, kw_only=True):
    min_charge: MoneyMoneyCurrentTariffMinCharge | None = None
    tariff_charge: MoneyMoneyCurrentTariffCharge | None = None
    tariff_deadline_at: str | None = None
    tariff_rate: float | None = None
    tariff_type: str | None = None


class PostingV4PostingFbsUnfulfilledListRequest(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: PostingV4PostingFbsUnfulfilledListRequestFilter | _UnsetType = _UNSET
    limit: int | _UnsetType = _UNSET
    sort_dir: PostingV4PostingFbsUnfulfilledListRequestSortDirEnum | _UnsetType = _UNSET
    translit: bool | _UnsetType = _UNSET
    with_: PostingV4PostingFbsUnfulfilledListRequestWith | _UnsetType = _field(name="with", default=_UNSET)


class PostingV4PostingFbsUnfulfilledListRequestFilter(_Struct, kw_only=True):
    """Фильтр запроса."""

    cutoff_from: _dt.datetime | _UnsetType = _UNSET
    cutoff_to: _dt.datetime | _UnsetType = _UNSET
    delivering_date_from: _dt.datetime | _UnsetType = _UNSET
    delivering_date_to: _dt.datetime | _UnsetType = _UNSET
    delivery_method_ids: list[str] | _UnsetType = _UNSET
    last_changed_status_date: (
        PostingV4PostingFbsUnfulfilledListRequestFilterLastChangedStatusDate | _UnsetType
    ) = _UNSET
    provider_ids: list[str] | _UnsetType = _UNSET
    statuses: list[str] | _UnsetType = _UNSET
    warehouse_ids: list[str] | _UnsetType = _UNSET


class PostingV4PostingFbsUnfulfilledListRequestFilterLastChangedStatusDate(_Struct, kw_only=True):
    """Период, в который последний раз изменялся статус отправления."""

    from_: _dt.datetime | _UnsetType = _field(name="from", default=_UNSET)
    to: _dt.datetime | _UnsetType = _UNSET


class PostingV4PostingFbsUnfulfilledListRequestWith(_Struct, kw_only=True):
    """Дополнительные поля, которые нужно добавить в ответ."""

    analytics_data: bool | _UnsetType = _UNSET
    barcodes: bool | _UnsetType = _UNSET
    financial_data: bool | _UnsetType = _UNSET
    legal_info: bool | _UnsetType = _UNSET


class PostingV4PostingFbsUnfulfilledListResponse(_Struct, kw_only=True):
    count: int | None = None
    cursor: str | None = None
    has_next: bool | None = None
    postings: list[PostingV4PostingFbsUnfulfilledListResponsePostings] | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostings(_Struct, kw_only=True):
    addressee: PostingV4PostingFbsUnfulfilledListResponsePostingsAddressee | None = None
    analytics_data: PostingV4PostingFbsUnfulfilledListResponsePostingsAnalyticsData | None = None
    available_actions: list[str] | None = None
    barcodes: PostingV4PostingFbsUnfulfilledListResponsePostingsBarcodes | None = None
    cancellation: PostingV4PostingFbsUnfulfilledListResponsePostingsCancellation | None = None
    customer: PostingV4PostingFbsUnfulfilledListResponsePostingsCustomer | None = None
    container: PostingV4PostingFbsUnfulfilledListResponsePostingsContainer | None = None
    container_sort_type: str | None = None
    delivering_date: str | None = None
    delivery_method: PostingV4PostingFbsUnfulfilledListResponsePostingsDeliveryMethod | None = None
    delivery_schema: str | None = None
    destination_place_id: int | None = None
    destination_place_name: str | None = None
    external_order: PostingV4PostingFbsUnfulfilledListResponsePostingsExternalOrder | None = None
    financial_data: PostingV4PostingFbsUnfulfilledListResponsePostingsFinancialData | None = None
    in_process_at: str | None = None
    is_click_and_collect: bool | None = None
    is_express: bool | None = None
    is_multibox: bool | None = None
    is_presortable: bool | None = None
    legal_info: PostingV4PostingFbsUnfulfilledListResponsePostingsLegalInfo | None = None
    multi_box_qty: int | None = None
    optional: PostingV4PostingFbsUnfulfilledListResponsePostingsOptional | None = None
    order_id: int | None = None
    order_number: str | None = None
    parent_posting_number: str | None = None
    pickup_code_verified_at: str | None = None
    posting_number: str | None = None
    products: list[PostingV4PostingFbsUnfulfilledListResponsePostingsProducts] | None = None
    prr_option: str | None = None
    quantum_id: int | None = None
    require_blr_traceable_attrs: bool | None = None
    requirements: PostingV4PostingFbsUnfulfilledListResponsePostingsRequirements | None = None
    shipment_date: str | None = None
    shipment_date_without_delay: str | None = None
    status: str | None = None
    substatus: str | None = None
    tariffication: PostingV4PostingFbsUnfulfilledListResponsePostingsTariffication | None = None
    tariffication_steps: list[PostingV4PostingFbsUnfulfilledListResponsePostingsTarifficationStep] | None = (
        None
    )
    tpl_integration_type: str | None = None
    tracking_number: str | None = None
    volume_weight: float | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsAddressee(_Struct, kw_only=True):
    """Контактные данные получателя."""

    name: str | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsAnalyticsData(_Struct, kw_only=True):
    """Данные аналитики."""

    city: str | None = None
    client_delivery_date_begin: str | None = None
    client_delivery_date_end: str | None = None
    delivery_date_begin: str | None = None
    delivery_date_end: str | None = None
    delivery_type: str | None = None
    is_legal: bool | None = None
    is_premium: bool | None = None
    payment_type_group_name: str | None = None
    region: str | None = None
    tpl_provider: str | None = None
    tpl_provider_id: int | None = None
    warehouse: str | None = None
    warehouse_id: int | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsBarcodes(_Struct, kw_only=True):
    """Штрихкоды отправления."""

    lower_barcode: str | None = None
    upper_barcode: str | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsCancellation(_Struct, kw_only=True):
    """Информация об отмене."""

    affect_cancellation_rating: bool | None = None
    cancel_reason: str | None = None
    cancel_reason_id: int | None = None
    cancellation_initiator: str | None = None
    cancellation_type: str | None = None
    cancelled_after_ship: bool | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsContainer(_Struct, kw_only=True):
    """Информация о грузоместе."""

    cargo_type: str | None = None
    container_date: str | None = None
    container_id: int | None = None
    container_number: int | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsCustomer(_Struct, kw_only=True):
    """Информация о покупателе."""

    address: PostingV4PostingFbsUnfulfilledListResponsePostingsCustomerAddress | None = None
    customer_email: str | None = None
    customer_id: int | None = None
    name: str | None = None
    phone: str | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsCustomerAddress(_Struct, kw_only=True):
    """Информация об адресе доставки."""

    address_tail: str | None = None
    city: str | None = None
    comment: str | None = None
    country: str | None = None
    district: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    provider_pvz_code: str | None = None
    pvz_code: int | None = None
    region: str | None = None
    zip_code: str | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsDeliveryMethod(_Struct, kw_only=True):
    """Информация о способе доставки."""

    id: int | None = None
    name: str | None = None
    tpl_provider: str | None = None
    tpl_provider_id: int | None = None
    warehouse: str | None = None
    warehouse_id: int | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsExternalOrder(_Struct, kw_only=True):
    """Информация о заказе с внешней платформы."""

    is_external: bool | None = None
    platform_name: str | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsFinancialData(_Struct, kw_only=True):
    """Информация о стоимости товара, размере скидки, выплате и комиссии."""

    cluster_from: str | None = None
    cluster_to: str | None = None
    products: list[PostingV4PostingFbsUnfulfilledListResponsePostingsFinancialDataProducts] | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsFinancialDataProducts(_Struct, kw_only=True):
    actions: list[str] | None = None
    commission: PostingV4PostingFbsUnfulfilledListResponsePostingsFinancialDataProductsCommission | None = (
        None
    )
    customer_price: MoneyPostingMoney | None = None
    old_price: float | None = None
    payout: float | None = None
    price: float | None = None
    product_id: int | None = None
    quantity: int | None = None
    total_discount_percent: float | None = None
    total_discount_value: float | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsFinancialDataProductsCommission(
    _Struct, kw_only=True
):
    """Комиссия за товар."""

    amount: float | None = None
    currency: str | None = None
    percent: int | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsLegalInfo(_Struct, kw_only=True):
    """Юридическая информация о покупателе."""

    company_name: str | None = None
    inn: str | None = None
    kpp: str | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsOptional(_Struct, kw_only=True):
    """Список товаров с дополнительными характеристиками."""

    products_with_possible_mandatory_mark: list[int] | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsProducts(_Struct, kw_only=True):
    imei: list[str] | None = None
    is_blr_traceable: bool | None = None
    is_marketplace_buyout: bool | None = None
    name: str | None = None
    offer_id: str | None = None
    price: MoneyPostingMoney | None = None
    product_color: str | None = None
    quantity: int | None = None
    sku: int | None = None
    weight: float | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsRequirements(_Struct, kw_only=True):
    """Товары, для которых нужна дополнительная информация."""

    products_requiring_change_country: list[int] | None = None
    products_requiring_country: list[int] | None = None
    products_requiring_gtd: list[int] | None = None
    products_requiring_imei: list[int] | None = None
    products_requiring_jw_uin: list[int] | None = None
    products_requiring_mandatory_mark: list[int] | None = None
    products_requiring_rnpt: list[int] | None = None
    products_requiring_weight: list[int] | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsTariffication(_Struct, kw_only=True):
    """Информация по тарификации отгрузки."""

    current_tariff_charge: MoneyMoneyCurrentTariffCharge | None = None
    current_tariff_min_charge: MoneyMoneyCurrentTariffMinCharge | None = None
    current_tariff_rate: float | None = None
    current_tariff_type: str | None = None
    next_tariff_charge: MoneyMoneyNextTariffCharge | None = None
    next_tariff_min_charge: MoneyMoneyNextTariffMinCharge | None = None
    next_tariff_rate: float | None = None
    next_tariff_starts_at: str | None = None
    next_tariff_type: str | None = None


class PostingV4PostingFbsUnfulfilledListResponsePostingsTarifficationStep(_Struct, kw_only=True):
    min_charge: MoneyMoneyCurrentTariffMinCharge | None = None
    tariff_charge: MoneyMoneyCurrentTariffCharge | None = None
    tariff_deadline_at: str | None = None
    tariff_rate: float | None = None
    tariff_type: str | None = None


class PostinglistV3status(_Struct, kw_only=True):
    """Период, в который последний раз изменялся статус у отправлений."""

    from_: _dt.datetime | _UnsetType = _field(name="from", default=_UNSET)
    to: _dt.datetime | _UnsetType = _UNSET


class Postingv1GetCarriageAvailableListRequest(_Struct, kw_only=True):
    """object"""

    delivery_method_id: int
    departure_date: _dt.datetime | _UnsetType = _UNSET


class Postingv1GetCarriageAvailableListResponse(_Struct, kw_only=True):
    """object"""

    result: list[GetCarriageAvailableListResponseResult] | None = None


class Postingv3FbsPostingWithParams(_Struct, kw_only=True):
    """Дополнительные поля, которые нужно добавить в ответ."""

    analytics_data: bool | _UnsetType = _UNSET
    barcodes: bool | _UnsetType = _UNSET
    financial_data: bool | _UnsetType = _UNSET
    legal_info: bool | _UnsetType = _UNSET
    translit: bool | _UnsetType = _UNSET


class Postingv3FbsPostingWithParamsExamplars(_Struct, kw_only=True):
    """Дополнительные поля, которые нужно добавить в ответ."""

    analytics_data: bool | _UnsetType = _UNSET
    barcodes: bool | _UnsetType = _UNSET
    financial_data: bool | _UnsetType = _UNSET
    legal_info: bool | _UnsetType = _UNSET
    product_exemplars: bool | _UnsetType = _UNSET
    related_postings: bool | _UnsetType = _UNSET
    translit: bool | _UnsetType = _UNSET


class Postingv3GetFbsPostingListRequest(_Struct, kw_only=True):
    """object"""

    dir: str | _UnsetType = _UNSET
    filter: Postingv3GetFbsPostingListRequestFilter
    limit: int
    offset: int
    with_: Postingv3FbsPostingWithParams | _UnsetType = _field(name="with", default=_UNSET)


class Postingv3GetFbsPostingListRequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    delivery_method_id: list[int] | _UnsetType = _UNSET
    is_blr_traceable: bool | _UnsetType = _UNSET
    is_quantum: bool | _UnsetType = _UNSET
    order_id: int | _UnsetType = _UNSET
    provider_id: list[int] | _UnsetType = _UNSET
    since: _dt.datetime
    to: _dt.datetime
    status: str | _UnsetType = _UNSET
    warehouse_id: list[str] | _UnsetType = _UNSET
    last_changed_status_date: PostinglistV3status | _UnsetType = _UNSET


class Postingv3GetFbsPostingRequest(_Struct, kw_only=True):
    """object"""

    posting_number: str
    with_: Postingv3FbsPostingWithParamsExamplars | _UnsetType = _field(name="with", default=_UNSET)


class Postingv3GetFbsPostingUnfulfilledListRequest(_Struct, kw_only=True):
    """object"""

    dir: str | _UnsetType = _UNSET
    filter: Postingv3GetFbsPostingUnfulfilledListRequestFilter
    limit: int
    offset: int
    with_: Postingv3FbsPostingWithParams | _UnsetType = _field(name="with", default=_UNSET)


class Postingv3GetFbsPostingUnfulfilledListRequestFilter(_Struct, kw_only=True):
    """Фильтр запроса."""

    cutoff_from: _dt.datetime
    cutoff_to: _dt.datetime
    delivering_date_from: _dt.datetime | _UnsetType = _UNSET
    delivering_date_to: _dt.datetime | _UnsetType = _UNSET
    delivery_method_id: list[int] | _UnsetType = _UNSET
    is_quantum: bool | _UnsetType = _UNSET
    last_changed_status_date: V3TimeRange | _UnsetType = _UNSET
    provider_id: list[int] | _UnsetType = _UNSET
    status: str | _UnsetType = _UNSET
    warehouse_id: list[int] | _UnsetType = _UNSET


class Postingv3GetFbsPostingUnfulfilledListResponse(_Struct, kw_only=True):
    """object"""

    result: Postingv3GetFbsPostingUnfulfilledListResponseResult | None = None


class Postingv3GetFbsPostingUnfulfilledListResponseResult(_Struct, kw_only=True):
    """Результат запроса."""

    count: int | None = None
    postings: list[V3FbsPosting] | None = None


class Postingv3PostingMultiBoxQtySetV3Request(_Struct, kw_only=True):
    """object"""

    posting_number: str
    multi_box_qty: int


class Postingv3PostingMultiBoxQtySetV3Response(_Struct, kw_only=True):
    """object"""

    result: Postingv3PostingMultiBoxQtySetV3ResponseResult | None = None


class Postingv3PostingMultiBoxQtySetV3ResponseResult(_Struct, kw_only=True):
    """Результат передачи количества коробок."""

    result: bool | None = None


class PremiumScoresScore(_Struct, kw_only=True):
    """object"""

    date: str | None = None
    rating_value: float | None = None
    value: int | None = None


class PriceIndexesIndexDataExternal(_Struct, kw_only=True):
    """Цена товара у конкурентов на других площадках."""

    minimal_price: str | None = None
    minimal_price_currency: str | None = None
    price_index_value: float | None = None


class PriceIndexesIndexDataOzon(_Struct, kw_only=True):
    """Цена товара у конкурентов на Ozon."""

    minimal_price: str | None = None
    minimal_price_currency: str | None = None
    price_index_value: float | None = None


class PriceIndexesIndexDataSelf(_Struct, kw_only=True):
    """Цена вашего товара на других площадках."""

    minimal_price: str | None = None
    minimal_price_currency: str | None = None
    price_index_value: float | None = None


class PriceIndexesIndexExternalData(_Struct, kw_only=True):
    """Цена товара у конкурентов на других площадках."""

    min_price: float | None = None
    min_price_currency: str | None = None
    price_index_value: float | None = None


class PriceIndexesIndexOzonData(_Struct, kw_only=True):
    """Цена товара у конкурентов на Ozon."""

    min_price: float | None = None
    min_price_currency: str | None = None
    price_index_value: float | None = None


class PriceIndexesIndexSelfData(_Struct, kw_only=True):
    """Цена вашего товара на других площадках."""

    min_price: float | None = None
    min_price_currency: str | None = None
    price_index_value: float | None = None


class ProductAPIProductCertificateCreateRequest(_Struct, kw_only=True):
    files: list[bytes | _FileUpload]
    name: str
    number: str
    type_code: _Literal[
        "certificate_of_conformity",
        "declaration",
        "certificate_of_registration",
        "registration_certificate",
        "refused_letter",
        "veterinary_cover_document",
        "safety_data_sheet",
    ]
    accordance_type_code: (
        _Literal["technical_regulations_rf", "technical_regulations_cu", "gost"] | _UnsetType
    ) = _UNSET
    issue_date: _dt.datetime
    expire_date: _dt.datetime | _UnsetType = _UNSET


class ProductBooleanResponse(_Struct, kw_only=True):
    """object"""

    result: bool | None = None


class ProductCertificateProductsListResponseProduct(_Struct, kw_only=True):
    """object"""

    product_id: int | None = None
    product_status_code: str | None = None


class ProductCertificateUnbindResponseItem(_Struct, kw_only=True):
    """object"""

    error: str | None = None
    product_id: int | None = None
    updated: bool | None = None


class ProductCertificationListResponseCertification(_Struct, kw_only=True):
    """object"""

    category_name: str | None = None
    is_required: bool | None = None


class ProductCertificationListResponseCertificationResult(_Struct, kw_only=True):
    """Результат запроса."""

    certification: list[ProductCertificationListResponseCertification] | None = None
    total: int | None = None


class ProductCertificationListResponseCertificationv2(_Struct, kw_only=True):
    category_id: int | None = None
    category_name: str | None = None
    is_required: bool | None = None
    type_id: int | None = None
    type_name: str | None = None


class ProductExemplar(_Struct, kw_only=True):
    exemplar_id: int | None = None
    gtd: str | None = None
    is_gtd_absent: bool | None = None
    is_rnpt_absent: bool | None = None
    marks: list[ExemplarMark] | None = None
    rnpt: str | None = None
    weight: float | None = None


class ProductGetImportProductsInfoRequest(_Struct, kw_only=True):
    """object"""

    task_id: int


class ProductGetImportProductsInfoResponse(_Struct, kw_only=True):
    """object"""

    result: ProductGetImportProductsInfoResponseResult | None = None


class ProductGetImportProductsInfoResponseResult(_Struct, kw_only=True):
    """object"""

    items: list[GetImportProductsInfoResponseResultItem] | None = None
    total: int | None = None


class ProductGetProductAttributesV3ResponseDictionaryValue(_Struct, kw_only=True):
    """object"""

    dictionary_value_id: int | None = None
    value: str | None = None


class ProductGetProductAttributesV4ResponseAttribute(_Struct, kw_only=True):
    """object"""

    id: int | None = None
    complex_id: int | None = None
    values: list[ProductGetProductAttributesV3ResponseDictionaryValue] | None = None


class ProductGetProductInfoDescriptionRequest(_Struct, kw_only=True):
    """object"""

    offer_id: str | _UnsetType = _UNSET
    product_id: int | _UnsetType = _UNSET


class ProductGetProductInfoDescriptionResponse(_Struct, kw_only=True):
    """object"""

    result: ProductGetProductInfoDescriptionResponseProduct | None = None


class ProductGetProductInfoDescriptionResponseProduct(_Struct, kw_only=True):
    """object"""

    description: str | None = None
    id: int | None = None
    name: str | None = None
    offer_id: str | None = None


class ProductGetProductInfoPricesV5ResponseItem(_Struct, kw_only=True):
    """object"""

    acquiring: float | None = None
    commissions: ItemCommissionsv5 | None = None
    marketing_actions: ItemMarketing | None = None
    offer_id: str | None = None
    price: ItemPricev5 | None = None
    price_indexes: GetProductInfoPricesResponseItemPriceIndexes | None = None
    product_id: int | None = None
    volume_weight: float | None = None


class ProductImportProductsBySKURequest(_Struct, kw_only=True):
    """object"""

    items: list[ProductImportProductsBySKURequestItem] | _UnsetType = _UNSET


class ProductImportProductsBySKURequestItem(_Struct, kw_only=True):
    """object"""

    name: str | _UnsetType = _UNSET
    offer_id: str | _UnsetType = _UNSET
    old_price: str | _UnsetType = _UNSET
    price: str | _UnsetType = _UNSET
    sku: int
    vat: str | _UnsetType = _UNSET
    currency_code: str | _UnsetType = _UNSET


class ProductImportProductsBySKUResponse(_Struct, kw_only=True):
    """object"""

    result: ProductImportProductsBySKUResponseResult | None = None


class ProductImportProductsBySKUResponseResult(_Struct, kw_only=True):
    """object"""

    task_id: int | None = None
    unmatched_sku_list: list[int] | None = None


class ProductImportProductsPricesRequest(_Struct, kw_only=True):
    """object"""

    prices: list[ProductImportProductsPricesRequestPrice] | _UnsetType = _UNSET


class ProductImportProductsPricesRequestPrice(_Struct, kw_only=True):
    """object"""

    auto_action_enabled: _Literal["UNKNOWN", "ENABLED", "DISABLED"] | _UnsetType = _UNSET
    auto_add_to_ozon_actions_list_enabled: _Literal["UNKNOWN", "ENABLED", "DISABLED"] | _UnsetType = _UNSET
    currency_code: str | _UnsetType = _UNSET
    manage_elastic_boosting_through_price: bool | _UnsetType = _UNSET
    min_price: str | _UnsetType = _UNSET
    min_price_for_auto_actions_enabled: bool | _UnsetType = _UNSET
    net_price: str | _UnsetType = _UNSET
    offer_id: str | _UnsetType = _UNSET
    old_price: str | _UnsetType = _UNSET
    price: str | _UnsetType = _UNSET
    price_strategy_enabled: _Literal["UNKNOWN", "ENABLED", "DISABLED"] | _UnsetType = _UNSET
    product_id: int | _UnsetType = _UNSET
    quant_size: int | _UnsetType = _UNSET
    vat: str | _UnsetType = _UNSET


class ProductImportProductsPricesResponse(_Struct, kw_only=True):
    """object"""

    result: list[ProductImportProductsPricesResponseProcessResult] | None = None


class ProductImportProductsPricesResponseError(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    message: str | None = None


class ProductImportProductsPricesResponseProcessResult(_Struct, kw_only=True):
    """object"""

    errors: list[ProductImportProductsPricesResponseError] | None = None
    offer_id: str | None = None
    product_id: int | None = None
    updated: bool | None = None


class ProductInfoWarehouseStocksResponseStocks(_Struct, kw_only=True):
    free_stock: int | None = None
    offer_id: str | None = None
    present: int | None = None
    product_id: int | None = None
    reserved: int | None = None
    sku: int | None = None
    updated_at: str | None = None
    warehouse_id: int | None = None


class ProductInfoWrongVolumeResponseWrongVolumeProduct(_Struct, kw_only=True):
    """object"""

    height: int | None = None
    length: int | None = None
    name: str | None = None
    offer_id: str | None = None
    product_id: int | None = None
    sku: int | None = None
    weight: int | None = None
    width: int | None = None


class ProductProductArchiveRequest(_Struct, kw_only=True):
    """object"""

    product_id: list[int]


class ProductProductCertificateAccordanceTypesResponse(_Struct, kw_only=True):
    """object"""

    result: list[ProductProductCertificateAccordanceTypesResponseType] | None = None


class ProductProductCertificateAccordanceTypesResponseType(_Struct, kw_only=True):
    """object"""

    name: str | None = None
    value: str | None = None


class ProductProductCertificateBindRequest(_Struct, kw_only=True):
    """object"""

    certificate_id: int
    product_id: list[int]


class ProductProductCertificateTypesResponse(_Struct, kw_only=True):
    """object"""

    result: list[ProductProductCertificateTypesResponseType] | None = None


class ProductProductCertificateTypesResponseType(_Struct, kw_only=True):
    """object"""

    name: str | None = None
    value: str | None = None


class ProductProductCertificationListRequest(_Struct, kw_only=True):
    """object"""

    page: int | _UnsetType = _UNSET
    page_size: int | _UnsetType = _UNSET


class ProductProductCertificationListResponse(_Struct, kw_only=True):
    """object"""

    result: ProductCertificationListResponseCertificationResult | None = None


class ProductProductInfoPicturesResponsePicture(_Struct, kw_only=True):
    """object"""

    is_360: bool | None = None
    is_color: bool | None = None
    is_primary: bool | None = None
    product_id: int | None = None
    state: str | None = None
    url: str | None = None


class ProductProductUnarchiveRequest(_Struct, kw_only=True):
    """object"""

    product_id: list[int]


class ProductUpdateOfferIdRequestUpdateOfferId(_Struct, kw_only=True):
    """object"""

    new_offer_id: str
    offer_id: str


class ProductV1ProductPricesDetailsResponsePricePriceIndex(_Struct, kw_only=True):
    external_index_data: ProductV1ProductPricesDetailsResponsePricePriceIndexIndexData | None = None
    self_index_data: ProductV1ProductPricesDetailsResponsePricePriceIndexIndexDataSelf | None = None


class ProductV1ProductPricesDetailsResponsePricePriceIndexIndexData(_Struct, kw_only=True):
    """Цена товара конкурента."""

    min_price: MoneyMoney | None = None
    price_index: float | None = None
    url: str | None = None


class ProductV1ProductPricesDetailsResponsePricePriceIndexIndexDataSelf(_Struct, kw_only=True):
    """Цена вашего товара."""

    min_price: MoneyMoneySelf | None = None
    price_index: float | None = None
    url: str | None = None


class ProductV1ProductVisibilityInfoRequest(_Struct, kw_only=True):
    skus: list[str] | _UnsetType = _UNSET


class ProductV1ProductVisibilityInfoResponse(_Struct, kw_only=True):
    items: list[ProductV1ProductVisibilityInfoResponseItem] | None = None


class ProductV1ProductVisibilityInfoResponseItem(_Struct, kw_only=True):
    showcases_visibility: str | None = None
    sku: int | None = None


class ProductV1ProductVisibilitySetRequest(_Struct, kw_only=True):
    item_placement: list[ProductV1ProductVisibilitySetRequestItemPlacement]


class ProductV1ProductVisibilitySetRequestItemPlacement(_Struct, kw_only=True):
    placement: ProductV1ProductVisibilitySetRequestItemPlacementPlacementEnum
    sku: int


class ProductV1ProductVisibilitySetResponse(_Struct, kw_only=True):
    items: list[ProductV1ProductVisibilitySetResponseItems] | None = None
    items_errors: list[ProductV1ProductVisibilitySetResponseItemsErrors] | None = None


class ProductV1ProductVisibilitySetResponseItems(_Struct, kw_only=True):
    select_permission: str | None = None
    seller_item_placement: str | None = None
    seller_item_placement_list: list[str] | None = None
    showcases_visibility: str | None = None
    showcases_visibility_list: list[str] | None = None
    sku: int | None = None
    warnings: list[str] | None = None


class ProductV1ProductVisibilitySetResponseItemsErrors(_Struct, kw_only=True):
    code: str | None = None
    sku: int | None = None


class ProductV1QuantInfoRequest(_Struct, kw_only=True):
    """object"""

    quant_code: list[str]


class ProductV1QuantInfoResponse(_Struct, kw_only=True):
    """object"""

    items: list[ProductV1QuantInfoResponseResultItems] | None = None


class ProductV1QuantInfoResponseResultItems(_Struct, kw_only=True):
    """object"""

    offer_id: str | None = None
    product_id: int | None = None
    quant_info: ProductV1QuantInfoResponseResultItemsQuantInfo | None = None


class ProductV1QuantInfoResponseResultItemsQuantInfo(_Struct, kw_only=True):
    """Информация о кванте."""

    quants: list[ProductV1QuantInfoResponseResultItemsQuantInfoQuants] | None = None


class ProductV1QuantInfoResponseResultItemsQuantInfoQuants(_Struct, kw_only=True):
    """object"""

    barcodes_extended: list[ProductV1QuantInfoResponseResultItemsQuantInfoQuantsBarcodesExtended] | None = (
        None
    )
    dimensions: ProductV1QuantInfoResponseResultItemsQuantInfoQuantsDimensions | None = None
    marketing_price: ProductV1QuantInfoResponseResultItemsQuantInfoQuantsMarketingPrice | None = None
    min_price: str | None = None
    old_price: str | None = None
    price: str | None = None
    quant_code: str | None = None
    quant_sice: int | None = None
    shipment_type: str | None = None
    sku: int | None = None
    statuses: ProductV1QuantInfoResponseResultItemsQuantInfoQuantsTexts | None = None


class ProductV1QuantInfoResponseResultItemsQuantInfoQuantsBarcodesExtended(_Struct, kw_only=True):
    """object"""

    barcode: str | None = None
    error: str | None = None
    status: str | None = None


class ProductV1QuantInfoResponseResultItemsQuantInfoQuantsDimensions(_Struct, kw_only=True):
    """Габариты."""

    depth: int | None = None
    height: int | None = None
    weight: int | None = None
    width: int | None = None


class ProductV1QuantInfoResponseResultItemsQuantInfoQuantsMarketingPrice(_Struct, kw_only=True):
    """Цена на товар с учётом всех акций, которая будет указана на витрине Ozon, без учёта скидки по карте Ozon Банка."""

    price: str | None = None
    seller_price: str | None = None


class ProductV1QuantInfoResponseResultItemsQuantInfoQuantsTexts(_Struct, kw_only=True):
    """Описание статусов."""

    state_description: str | None = None
    state_name: str | None = None
    state_sys_name: str | None = None
    state_tooltip: str | None = None


class ProductV1QuantListRequest(_Struct, kw_only=True):
    """object"""

    cursor: str | _UnsetType = _UNSET
    limit: int
    visibility: (
        _Literal[
            "ALL",
            "VISIBLE",
            "INVISIBLE",
            "EMPTY_STOCK",
            "NOT_MODERATED",
            "MODERATED",
            "DISABLED",
            "STATE_FAILED",
            "READY_TO_SUPPLY",
            "VALIDATION_STATE_PENDING",
            "VALIDATION_STATE_FAIL",
            "VALIDATION_STATE_SUCCESS",
            "TO_SUPPLY",
            "IN_SALE",
            "REMOVED_FROM_SALE",
            "OVERPRICED",
            "CRITICALLY_OVERPRICED",
            "EMPTY_BARCODE",
            "BARCODE_EXISTS",
            "QUARANTINE",
            "ARCHIVED",
            "OVERPRICED_WITH_STOCK",
            "PARTIAL_APPROVED",
        ]
        | _UnsetType
    ) = _UNSET


class ProductV1QuantListResponse(_Struct, kw_only=True):
    """object"""

    cursor: str | None = None
    products: list[ProductV1QuantListResponseProducts] | None = None
    total_items: int | None = None


class ProductV1QuantListResponseProducts(_Struct, kw_only=True):
    """object"""

    offer_id: str | None = None
    product_id: int | None = None
    quants: list[ProductV1QuantListResponseProductsQuants] | None = None


class ProductV1QuantListResponseProductsQuants(_Struct, kw_only=True):
    """object"""

    quant_code: str | None = None
    quant_size: int | None = None


class ProductV4GetUploadQuotaResponseOperationLimits(_Struct, kw_only=True):
    """Доступный лимит на работу с товарами."""

    limit: int | None = None
    limit_type: str | None = None


class ProductsPostings(_Struct, kw_only=True):
    posting_number: str | None = None
    quantity: int | None = None


class Productsv1GetProductInfoStocksByWarehouseFbsRequest(_Struct, kw_only=True):
    """object"""

    sku: list[str] | _UnsetType = _UNSET
    offer_id: list[str] | _UnsetType = _UNSET


class Productsv1GetProductInfoStocksByWarehouseFbsResponse(_Struct, kw_only=True):
    """object"""

    result: list[Productsv1GetProductInfoStocksByWarehouseFbsResponseResult] | None = None


class Productsv1GetProductInfoStocksByWarehouseFbsResponseResult(_Struct, kw_only=True):
    """object"""

    sku: int | None = None
    offer_id: int | None = None
    present: int | None = None
    product_id: int | None = None
    reserved: int | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None


class Productv1ProductImportPicturesRequest(_Struct, kw_only=True):
    """object"""

    color_image: str | _UnsetType = _UNSET
    images: list[str] | _UnsetType = _UNSET
    images360: list[str] | _UnsetType = _UNSET
    product_id: int


class Productv1ProductInfoPicturesResponse(_Struct, kw_only=True):
    """object"""

    result: Productv1ProductInfoPicturesResponseResult | None = None


class Productv1ProductInfoPicturesResponseResult(_Struct, kw_only=True):
    """Результат работы метода."""

    pictures: list[ProductProductInfoPicturesResponsePicture] | None = None


class Productv2DeleteProductsRequest(_Struct, kw_only=True):
    """object"""

    products: list[DeleteProductsRequestProduct]


class Productv2DeleteProductsResponse(_Struct, kw_only=True):
    """object"""

    status: list[DeleteProductsResponseDeleteStatus] | None = None


class Productv2ProductsStocksRequest(_Struct, kw_only=True):
    """object"""

    stocks: list[Productv2ProductsStocksRequestStock]


class Productv2ProductsStocksRequestStock(_Struct, kw_only=True):
    """object"""

    offer_id: str | _UnsetType = _UNSET
    product_id: int | _UnsetType = _UNSET
    stock: int
    warehouse_id: int


class Productv2ProductsStocksResponse(_Struct, kw_only=True):
    """Результаты запроса."""

    result: list[Productv2ProductsStocksResponseResult] | None = None


class Productv2ProductsStocksResponseError(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    message: str | None = None


class Productv2ProductsStocksResponseResult(_Struct, kw_only=True):
    """object"""

    errors: list[Productv2ProductsStocksResponseError] | None = None
    offer_id: str | None = None
    product_id: int | None = None
    updated: bool | None = None
    warehouse_id: int | None = None


class Productv3GetProductListRequest(_Struct, kw_only=True):
    """object"""

    filter: Productv3GetProductListRequestFilter | _UnsetType = _UNSET
    last_id: str | _UnsetType = _UNSET
    limit: int | _UnsetType = _UNSET


class Productv3GetProductListRequestFilter(_Struct, kw_only=True):
    """Фильтр по товарам."""

    offer_id: list[str] | _UnsetType = _UNSET
    product_id: list[str] | _UnsetType = _UNSET
    visibility: Productv3GetProductListRequestFilterFilterVisibility | _UnsetType = _UNSET


class Productv3GetProductListResponse(_Struct, kw_only=True):
    """object"""

    result: Productv3GetProductListResponseResult | None = None


class Productv3GetProductListResponseItem(_Struct, kw_only=True):
    """object"""

    archived: bool | None = None
    has_fbo_stocks: bool | None = None
    has_fbs_stocks: bool | None = None
    is_discounted: bool | None = None
    offer_id: str | None = None
    product_id: int | None = None
    quants: list[Productv3GetProductListResponseItemQuant] | None = None


class Productv3GetProductListResponseItemQuant(_Struct, kw_only=True):
    """object"""

    quant_code: str | None = None
    quant_size: int | None = None


class Productv3GetProductListResponseResult(_Struct, kw_only=True):
    """Результат."""

    items: list[Productv3GetProductListResponseItem] | None = None
    last_id: str | None = None
    total: int | None = None


class Productv4Filter(_Struct, kw_only=True):
    """Фильтр по товарам."""

    offer_id: list[str] | _UnsetType = _UNSET
    product_id: list[str] | _UnsetType = _UNSET
    sku: list[str] | _UnsetType = _UNSET
    visibility: Productv2GetProductListRequestFilterFilterVisibility | _UnsetType = _UNSET


class Productv4GetProductAttributesV4Request(_Struct, kw_only=True):
    """object"""

    filter: Productv4Filter | _UnsetType = _UNSET
    last_id: str | _UnsetType = _UNSET
    limit: int | _UnsetType = _UNSET
    sort_by: str | _UnsetType = _UNSET
    sort_dir: str | _UnsetType = _UNSET


class Productv4GetProductAttributesV4Response(_Struct, kw_only=True):
    """object"""

    result: list[Productv4GetProductAttributesV4ResponseResult] | None = None
    last_id: str | None = None
    total: int | None = None


class Productv4GetProductAttributesV4ResponseResult(_Struct, kw_only=True):
    """object"""

    attributes: list[ProductGetProductAttributesV4ResponseAttribute] | None = None
    attributes_with_defaults: list[int] | None = None
    barcode: str | None = None
    barcodes: _Any = None
    description_category_id: int | None = None
    color_image: str | None = None
    complex_attributes: list[GetProductAttributesV4ResponseAttribute] | None = None
    depth: int | None = None
    dimension_unit: str | None = None
    height: int | None = None
    id: int | None = None
    images: _Any = None
    model_info: V4GetProductAttributesResponseModelInfo | None = None
    name: str | None = None
    offer_id: str | None = None
    pdf_list: list[V4GetProductAttributesResponsePdf] | None = None
    primary_image: str | None = None
    sku: str | None = None
    type_id: int | None = None
    weight: int | None = None
    weight_unit: str | None = None
    width: int | None = None


class Productv5Filter(_Struct, kw_only=True):
    """Фильтр по товарам."""

    offer_id: list[str] | _UnsetType = _UNSET
    product_id: list[str] | _UnsetType = _UNSET
    visibility: Productv5GetProductListRequestFilterFilterVisibility | _UnsetType = _UNSET


class Productv5GetProductInfoPricesV5Request(_Struct, kw_only=True):
    """object"""

    cursor: str | _UnsetType = _UNSET
    filter: Productv5Filter
    limit: int


class Productv5GetProductInfoPricesV5Response(_Struct, kw_only=True):
    """object"""

    cursor: str | None = None
    items: list[ProductGetProductInfoPricesV5ResponseItem] | None = None
    total: int | None = None


class RatingItemChange(_Struct, kw_only=True):
    """Изменение рейтинга: отношение предыдущего значения к текущему."""

    direction: str | None = None
    meaning: str | None = None


class RatingSummaryV1ResponseGroup(_Struct, kw_only=True):
    """object"""

    group_name: str | None = None
    items: list[V1RatingItem] | None = None


class RatingSummaryV1ResponseLocalIndex(_Struct, kw_only=True):
    calculation_date: str | None = None
    localization_percentage: int | None = None


class RatingValue(_Struct, kw_only=True):
    """object"""

    date_from: str | None = None
    date_to: str | None = None
    status: V1RatingStatus | None = None
    value: float | None = None


class RatingValueCurrent(_Struct, kw_only=True):
    """Значение рейтинга."""

    date_from: str | None = None
    date_to: str | None = None
    formatted: str | None = None
    status: V1RatingStatus | None = None
    value: float | None = None


class RatingValuePast(_Struct, kw_only=True):
    """Предыдущее значение рейтинга."""

    date_from: str | None = None
    date_to: str | None = None
    formatted: str | None = None
    status: V1RatingStatus | None = None
    value: float | None = None


class ReasonHumanText(_Struct, kw_only=True):
    """Информация о причине."""

    text: str | None = None


class ReceiptsSellerListResponseReceipt(_Struct, kw_only=True):
    created_at: str | None = None
    operation_type: str | None = None
    order_id: int | None = None
    parent_receipt_id: str | None = None
    posting_numbers: list[str] | None = None
    receipt_id: str | None = None
    receipt_number: str | None = None
    type: str | None = None
    updated_at: str | None = None


class RejectedItemsRestrictions(_Struct, kw_only=True):
    """Ограничения."""

    reasons_restrictions: list[str] | None = None
    sku_has_no_sales_in_days: int | None = None
    sku_quantity_limit: int | None = None


class RelatedPostingCancelReason(_Struct, kw_only=True):
    """object"""

    posting_number: str | None = None
    reasons: list[RelatedPostingCancelReasons] | None = None


class RelatedPostingCancelReasons(_Struct, kw_only=True):
    """object"""

    id: int | None = None
    title: str | None = None
    type_id: str | None = None


class ReportCreateCompanyPostingsReportRequest(_Struct, kw_only=True):
    """object"""

    filter: ReportCreateCompanyPostingsReportRequestFilter
    language: str | _UnsetType = _UNSET
    with_: CreateCompanyPostingsReportRequestWith | _UnsetType = _field(name="with", default=_UNSET)


class ReportCreateCompanyPostingsReportRequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    cancel_reason_id: list[int] | _UnsetType = _UNSET
    delivery_schema: list[str] | _UnsetType = _UNSET
    offer_id: str | _UnsetType = _UNSET
    processed_at_from: _dt.datetime
    processed_at_to: _dt.datetime
    sku: list[int] | _UnsetType = _UNSET
    status_alias: list[str] | _UnsetType = _UNSET
    statuses: list[int] | _UnsetType = _UNSET
    title: str | _UnsetType = _UNSET
    warehouse_id: list[int] | _UnsetType = _UNSET
    delivery_method_id: list[int] | _UnsetType = _UNSET
    is_express: _Any | _UnsetType = _UNSET


class ReportCreateCompanyProductsReportRequest(_Struct, kw_only=True):
    """CreateCompanyProductsReport"""

    language: str | _UnsetType = _UNSET
    offer_id: list[str] | _UnsetType = _UNSET
    search: str | _UnsetType = _UNSET
    sku: list[int] | _UnsetType = _UNSET
    visibility: ReportCreateCompanyProductsReportRequestVisibility | _UnsetType = _UNSET


class ReportCreateDiscountedResponse(_Struct, kw_only=True):
    """object"""

    code: str | None = None


class ReportCreateReportResponse(_Struct, kw_only=True):
    """object"""

    result: CreateReportResponseCode | None = None


class ReportListResponseResult(_Struct, kw_only=True):
    """Результаты запроса."""

    reports: list[ReportReport] | None = None
    total: int | None = None


class ReportMarkedProductsSalesCreateRequestDate(_Struct, kw_only=True):
    """Период формирования отчёта."""

    from_: str = _field(name="from")
    to: str


class ReportReport(_Struct, kw_only=True):
    """Информация об отчёте."""

    code: str | None = None
    created_at: str | None = None
    error: str | None = None
    expires_at: str | None = None
    file: str | None = None
    params: dict[str, str] | None = None
    report_type: str | None = None
    status: str | None = None


class ReportReportInfoRequest(_Struct, kw_only=True):
    """ReportInfo"""

    code: str


class ReportReportInfoResponse(_Struct, kw_only=True):
    """object"""

    result: ReportReportinfo | None = None


class ReportReportListRequest(_Struct, kw_only=True):
    """ReportList"""

    page: int
    page_size: int
    report_type: str | _UnsetType = _UNSET


class ReportReportListResponse(_Struct, kw_only=True):
    """object"""

    result: ReportListResponseResult | None = None


class ReportReportinfo(_Struct, kw_only=True):
    """Информация об отчёте."""

    code: str | None = None
    created_at: str | None = None
    error: str | None = None
    expires_at: str | None = None
    file: str | None = None
    params: dict[str, str] | None = None
    report_type: str | None = None
    status: str | None = None


class ResultCargo(_Struct, kw_only=True):
    key: str | None = None
    value: CargoValue | None = None


class ResultData(_Struct, kw_only=True):
    """Кластер."""

    fulfillments: list[DataFulfillment] | None = None
    macrolocal_cluster: DataMacrolocalCluster | None = None


class ResultDropOffWarehouseTimeslots(_Struct, kw_only=True):
    """Таймслоты складов."""

    current_time_in_timezone: str | None = None
    days: list[DropOffWarehouseTimeslotsDay] | None = None
    warehouse_timezone: str | None = None


class ResultError(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    status: str | None = None


class ResultUnprintedPosting(_Struct, kw_only=True):
    msg: str | None = None
    posting_number: str | None = None


class ReturnSettingCourierDetails(_Struct, kw_only=True):
    """Настройки курьера."""

    contact_days: int | None = None


class ReturnSettingTransportCompanyDetails(_Struct, kw_only=True):
    """Настройки транспортной компании."""

    transport_company_names: list[str] | None = None
    zipcode: str | None = None


class ReturnsCompanyFbsInfoRequestPagination(_Struct, kw_only=True):
    """Разделение ответа метода."""

    last_id: int | _UnsetType = _UNSET
    limit: int


class ReturnsCompanyFbsInfoResponseDropOffPoints(_Struct, kw_only=True):
    """object"""

    address: str | None = None
    box_count: int | None = None
    id: int | None = None
    name: str | None = None
    pass_info: ReturnsCompanyFbsInfoResponsePassInfo | None = None
    place_id: int | None = None
    returns_count: int | None = None
    utc_offset: str | None = None
    warehouses_ids: list[int] | None = None


class ReturnsCompanyFbsInfoResponsePassInfo(_Struct, kw_only=True):
    """Информация о пропуске."""

    count: int | None = None
    is_required: bool | None = None


class ReturnsRfbsGetResponseReturns(_Struct, kw_only=True):
    """Данные о заявке."""

    available_actions: list[ReturnsRfbsGetV2ResponseAvailableAction] | None = None
    client_name: str | None = None
    client_photo: list[str] | None = None
    client_return_method_type: ReturnsRfbsGetV2ResponseClientReturnMethodType | None = None
    comment: str | None = None
    created_at: str | None = None
    order_number: str | None = None
    posting_number: str | None = None
    product: V2Product | None = None
    rejection_comment: str | None = None
    rejection_reason: list[ReturnsRfbsGetV2ResponseRejectionReason] | None = None
    return_method_description: str | None = None
    return_number: str | None = None
    return_reason: ReturnsRfbsGetV2ResponseReturnReason | None = None
    ru_post_tracking_number: str | None = None
    state: V2ReturnsRfbsGetV2ResponseState | None = None
    warehouse_id: int | None = None


class ReturnsRfbsGetV2ResponseAvailableAction(_Struct, kw_only=True):
    """object"""

    id: int | None = None
    name: str | None = None


class ReturnsRfbsGetV2ResponseClientReturnMethodType(_Struct, kw_only=True):
    """Данные о способе возврата."""

    id: int | None = None
    name: str | None = None


class ReturnsRfbsGetV2ResponseRejectionReason(_Struct, kw_only=True):
    """object"""

    hint: str | None = None
    id: int | None = None
    is_comment_required: bool | None = None
    name: str | None = None


class ReturnsRfbsGetV2ResponseReturnReason(_Struct, kw_only=True):
    """Данные о причине возврата."""

    id: int | None = None
    is_defect: bool | None = None
    name: str | None = None


class ReturnsRfbsListResponseReturns(_Struct, kw_only=True):
    """Данные о заявках."""

    client_name: str | None = None
    created_at: str | None = None
    order_number: str | None = None
    posting_number: str | None = None
    product: V2Product | None = None
    return_id: int | None = None
    return_number: str | None = None
    state: V2ReturnsRfbsListV2ResponseState | None = None


class ReturnsSettingsUtilizationHistoryResponseHistory(_Struct, kw_only=True):
    descriptions: list[str] | None = None
    updated_at: str | None = None
    user_name: str | None = None


class ReturnsSettingsUtilizationInfoResponseUtilizationSettings(_Struct, kw_only=True):
    """Настройки утилизации."""

    utilization_price: UtilizationMoney | None = None
    utilization_price_defects: UtilizationDefectsMoney | None = None


class ReturnsSettingsUtilizationUpdateRequestUtilizationPrice(_Struct, kw_only=True):
    """Максимальная цена автоутилизации для товаров без дефектов."""

    enabled: bool
    value: int | _UnsetType = _UNSET


class ReturnsSettingsUtilizationUpdateRequestUtilizationPriceDefects(_Struct, kw_only=True):
    """Максимальная цена автоутилизации для товаров с дефектами."""

    enabled: bool
    value: int | _UnsetType = _UNSET


class ReviewInfoResponsePhoto(_Struct, kw_only=True):
    height: int | None = None
    url: str | None = None
    width: int | None = None


class ReviewInfoResponseVideo(_Struct, kw_only=True):
    height: int | None = None
    preview_url: str | None = None
    short_video_preview_url: str | None = None
    url: str | None = None
    width: int | None = None


class ReviewListResponseReview(_Struct, kw_only=True):
    comments_amount: int | None = None
    id: str | None = None
    is_rating_participant: bool | None = None
    order_status: str | None = None
    photos_amount: int | None = None
    published_at: str | None = None
    rating: int | None = None
    sku: int | None = None
    status: str | None = None
    text: str | None = None
    videos_amount: int | None = None


class ReviewV1CommentListRequestFilter(_Struct, kw_only=True):
    """Фильтры для поиска отзывов."""

    published_from: _dt.datetime | _UnsetType = _UNSET
    published_to: _dt.datetime | _UnsetType = _UNSET
    sku: int | _UnsetType = _UNSET


class ReviewV2ReviewChangeStatusV2Request(_Struct, kw_only=True):
    review_ids: list[str] | _UnsetType = _UNSET
    status: ReviewV2ReviewChangeStatusV2RequestStatusEnum | _UnsetType = _UNSET


class ReviewV2ReviewCommentDeleteV2Request(_Struct, kw_only=True):
    comment_id: str
    sku: int


class ReviewV2ReviewCountV2Response(_Struct, kw_only=True):
    new: int | None = None
    processed: int | None = None
    total: int | None = None
    viewed: int | None = None


class ReviewV2ReviewInfoV2Request(_Struct, kw_only=True):
    review_id: str


class ReviewV2ReviewInfoV2Response(_Struct, kw_only=True):
    comments_amount: int | None = None
    dislikes_amount: int | None = None
    id: str | None = None
    is_rating_participant: bool | None = None
    likes_amount: int | None = None
    order_status: str | None = None
    photos: list[ReviewV2ReviewInfoV2ResponsePhoto] | None = None
    photos_amount: int | None = None
    published_at: str | None = None
    rating: int | None = None
    sku: int | None = None
    status: str | None = None
    text: str | None = None
    videos: list[ReviewV2ReviewInfoV2ResponseVideo] | None = None
    videos_amount: int | None = None


class ReviewV2ReviewInfoV2ResponsePhoto(_Struct, kw_only=True):
    height: int | None = None
    url: str | None = None
    width: int | None = None


class ReviewV2ReviewInfoV2ResponseVideo(_Struct, kw_only=True):
    height: int | None = None
    preview_url: str | None = None
    short_video_preview_url: str | None = None
    url: str | None = None
    width: int | None = None


class ReviewV2ReviewListV2Request(_Struct, kw_only=True):
    filters: ReviewV2ReviewListV2RequestFilters | _UnsetType = _UNSET
    last_id: str | _UnsetType = _UNSET
    limit: int
    sort_dir: ReviewV2ReviewListV2RequestSortDirEnum | _UnsetType = _UNSET


class ReviewV2ReviewListV2RequestFilters(_Struct, kw_only=True):
    """Фильтры для поиска отзывов."""

    order_status: ReviewV2ReviewListV2RequestFiltersOrderStatusEnum | _UnsetType = _UNSET
    published_from: _dt.datetime | _UnsetType = _UNSET
    published_to: _dt.datetime | _UnsetType = _UNSET
    skus: list[str] | _UnsetType = _UNSET
    status: ReviewV2ReviewListV2RequestFiltersStatusEnum | _UnsetType = _UNSET


class ReviewV2ReviewListV2Response(_Struct, kw_only=True):
    has_next: bool | None = None
    last_id: str | None = None
    reviews: list[ReviewV2ReviewListV2ResponseReview] | None = None


class ReviewV2ReviewListV2ResponseReview(_Struct, kw_only=True):
    comments_amount: int | None = None
    id: str | None = None
    is_rating_participant: bool | None = None
    order_status: str | None = None
    photos_amount: int | None = None
    published_at: str | None = None
    rating: int | None = None
    sku: int | None = None
    status: str | None = None
    text: str | None = None
    videos_amount: int | None = None


class RolesByTokenResponseRoles(_Struct, kw_only=True):
    name: str | None = None
    methods: list[str] | None = None


class RowItem(_Struct, kw_only=True):
    """Информация о товаре."""

    barcode: str | None = None
    name: str | None = None
    offer_id: str | None = None
    sku: int | None = None


class RowItemCommission(_Struct, kw_only=True):
    """Комиссия за доставку."""

    amount: float | None = None
    bonus: float | None = None
    commission: float | None = None
    compensation: float | None = None
    price_per_instance: float | None = None
    quantity: int | None = None
    standard_fee: float | None = None
    bank_coinvestment: float | None = None
    stars: float | None = None
    pick_up_point_coinvestment: float | None = None
    total: float | None = None


class RowItemCommissionReturn(_Struct, kw_only=True):
    """Комиссия за возврат товара."""

    amount: float | None = None
    bonus: float | None = None
    commission: float | None = None
    compensation: float | None = None
    price_per_instance: float | None = None
    quantity: int | None = None
    standard_fee: float | None = None
    bank_coinvestment: float | None = None
    stars: float | None = None
    pick_up_point_coinvestment: float | None = None
    total: float | None = None


class RowItemLegalEntityDocument(_Struct, kw_only=True):
    """Информация о продаже юридическому лицу."""

    number: str | None = None
    sale_date: str | None = None


class RowItemOrder(_Struct, kw_only=True):
    """Информация о заказе."""

    posting_number: str | None = None
    created_date: str | None = None


class SearchAttributeValuesResponseValue(_Struct, kw_only=True):
    """object"""

    id: int | None = None
    info: str | None = None
    picture: str | None = None
    value: str | None = None


class SellerActionsListResponseAction(_Struct, kw_only=True):
    action_id: int | None = None
    action_parameters: ActionParameter | None = None
    allow_delete: bool | None = None
    highlight_url: str | None = None
    is_editable: bool | None = None
    is_participated: bool | None = None
    is_turn_on: bool | None = None
    sku_count: int | None = None


class SellerActionsUpdateMultiLevelDiscountRequestActionParametersDiscountLevel(_Struct, kw_only=True):
    discount_value: float
    order_amount: float


class SellerApiActivateProductV1Request(_Struct, kw_only=True):
    """object"""

    action_id: float
    products: list[SellerApiProductPrice]


class SellerApiGetSellerActionsV1Response(_Struct, kw_only=True):
    """object"""

    result: list[GetSellerActionsV1ResponseAction] | None = None


class SellerApiGetSellerProductV1Request(_Struct, kw_only=True):
    """Список товаров."""

    action_id: float
    limit: float | _UnsetType = _UNSET
    last_id: str | _UnsetType = _UNSET


class SellerApiGetSellerProductV1Response(_Struct, kw_only=True):
    """object"""

    result: SellerApiGetSellerProductV1ResponseResult | None = None


class SellerApiGetSellerProductV1ResponseResult(_Struct, kw_only=True):
    """Результаты запроса."""

    products: list[SellerApiProduct] | None = None
    total: float | None = None
    last_id: str | None = None


class SellerApiProduct(_Struct, kw_only=True):
    """object"""

    id: float | None = None
    price: float | None = None
    action_price: float | None = None
    alert_max_action_price_failed: bool | None = None
    alert_max_action_price: float | None = None
    max_action_price: float | None = None
    add_mode: str | None = None
    min_stock: float | None = None
    stock: float | None = None
    current_boost: float | None = None
    price_min_elastic: float | None = None
    price_max_elastic: float | None = None
    min_boost: float | None = None
    max_boost: float | None = None


class SellerApiProductIDsV1Request(_Struct, kw_only=True):
    """object"""

    action_id: float
    product_ids: list[float]


class SellerApiProductPrice(_Struct, kw_only=True):
    """object"""

    product_id: float
    action_price: float
    stock: float | _UnsetType = _UNSET


class SellerApiProductV1Response(_Struct, kw_only=True):
    """object"""

    result: SellerApiProductV1ResponseResult | None = None


class SellerApiProductV1ResponseDeactivate(_Struct, kw_only=True):
    """object"""

    result: SellerApiProductV1ResponseResultDeactivate | None = None


class SellerApiProductV1ResponseProduct(_Struct, kw_only=True):
    """object"""

    product_id: float | None = None
    reason: str | None = None


class SellerApiProductV1ResponseProductDeactivate(_Struct, kw_only=True):
    """object"""

    product_id: float | None = None
    reason: str | None = None


class SellerApiProductV1ResponseResult(_Struct, kw_only=True):
    """Результаты запроса."""

    product_ids: list[float] | None = None
    rejected: list[SellerApiProductV1ResponseProduct] | None = None


class SellerApiProductV1ResponseResultDeactivate(_Struct, kw_only=True):
    """Результаты запроса."""

    product_ids: list[float] | None = None
    rejected: list[SellerApiProductV1ResponseProductDeactivate] | None = None


class SellerInfoResponseCompany(_Struct, kw_only=True):
    """Компания."""

    country: str | None = None
    currency: str | None = None
    inn: str | None = None
    legal_name: str | None = None
    name: str | None = None
    ogrn: str | None = None
    ownership_form: str | None = None
    tax_system: str | None = None


class SellerInfoResponseRating(_Struct, kw_only=True):
    current_value: RatingValueCurrent | None = None
    name: str | None = None
    past_value: RatingValuePast | None = None
    rating: str | None = None
    status: str | None = None
    value_type: str | None = None


class SellerInfoResponseSubscription(_Struct, kw_only=True):
    """Подписка."""

    is_premium: bool | None = None
    type: str | None = None


class SellerReturnsv1MoneyCommission(_Struct, kw_only=True):
    """Информация о комиссии."""

    currency_code: str | None = None
    price: float | None = None


class SellerReturnsv1MoneyProduct(_Struct, kw_only=True):
    """Стоимость товара."""

    currency_code: str | None = None
    price: float | None = None


class SellerReturnsv1MoneyStorage(_Struct, kw_only=True):
    """Стоимость хранения."""

    currency_code: str | None = None
    price: float | None = None


class SellerReturnsv1MoneyUtilization(_Struct, kw_only=True):
    """Стоимость утилизации."""

    currency_code: str | None = None
    price: float | None = None


class SellerReturnsv1MoneyWithoutCommission(_Struct, kw_only=True):
    """Стоимость товара без комиссии."""

    currency_code: str | None = None
    price: float | None = None


class SellerSellerAPIArrivalPassCreateRequest(_Struct, kw_only=True):
    """object"""

    arrival_passes: list[SellerSellerAPIArrivalPassCreateRequestArrivalPass]
    carriage_id: int


class SellerSellerAPIArrivalPassCreateRequestArrivalPass(_Struct, kw_only=True):
    """object"""

    driver_name: str
    driver_phone: str
    vehicle_license_plate: str
    vehicle_model: str
    with_returns: bool | _UnsetType = _UNSET


class SellerSellerAPIArrivalPassCreateResponse(_Struct, kw_only=True):
    """Результат запроса."""

    arrival_pass_ids: list[int] | None = None


class SellerSellerAPIArrivalPassDeleteRequest(_Struct, kw_only=True):
    arrival_pass_ids: list[str]
    carriage_id: int


class SellerSellerAPIArrivalPassUpdateRequest(_Struct, kw_only=True):
    arrival_passes: list[SellerSellerAPIArrivalPassUpdateRequestArrivalPass]
    carriage_id: int


class SellerSellerAPIArrivalPassUpdateRequestArrivalPass(_Struct, kw_only=True):
    """object"""

    driver_name: str
    driver_phone: str
    id: int
    vehicle_license_plate: str
    vehicle_model: str
    with_returns: bool | _UnsetType = _UNSET


class SetPostingsResponseResult(_Struct, kw_only=True):
    """object"""

    error: str | None = None
    posting_number: str | None = None
    result: bool | None = None


class SplitDeliveryMethod(_Struct, kw_only=True):
    """Метод доставки."""

    delivery_method_id: int
    delivery_type: DeliveryTypeEnum
    logistic_date_range: DeliveryMethodDateRange
    price: OrderCreateRequestDeliveryPrice | _UnsetType = _UNSET
    timeslot_id: int


class SplitItem(_Struct, kw_only=True):
    offer_id: str | _UnsetType = _UNSET
    price: OrderCreateRequestPrice
    quantity: int
    sku: int


class StocksImportRequestItemStock(_Struct, kw_only=True):
    offer_id: str
    stock: int


class StocksImportResponseItemStatus(_Struct, kw_only=True):
    errors: list[ItemStatusError] | None = None
    offer_id: str | None = None
    product_id: int | None = None
    sku: int | None = None
    updated: bool | None = None


class SupplierAvailableWarehousesResponseCapacity(_Struct, kw_only=True):
    """object"""

    start: str | None = None
    end: str | None = None
    value: int | None = None


class SupplierAvailableWarehousesResponseResult(_Struct, kw_only=True):
    """object"""

    schedule: SupplierAvailableWarehousesResponseSchedule | None = None
    warehouse: SupplierAvailableWarehousesResponseWarehouse | None = None


class SupplierAvailableWarehousesResponseSchedule(_Struct, kw_only=True):
    """Загруженность."""

    capacity: list[SupplierAvailableWarehousesResponseCapacity] | None = None
    date: str | None = None


class SupplierAvailableWarehousesResponseWarehouse(_Struct, kw_only=True):
    """Склад."""

    id: str | None = None
    name: str | None = None


class SupplyCancellationAllowability(_Struct, kw_only=True):
    """Возможность отмены."""

    can_not_set_reasons: list[str] | None = None
    can_set: bool | None = None


class SupplyCargoInfo(_Struct, kw_only=True):
    bundle_id: str | None = None
    cargo_id: int | None = None
    content_type: str | None = None
    placement_zone_type: str | None = None
    tracking_info: CargoInfoTrackingInfo | None = None
    type: str | None = None


class SupplyCheckCargoesPresentRule(_Struct, kw_only=True):
    """Правило указания грузомест."""

    cargo_count_per_type: list[CargoesPresentRuleCargoCountPerType] | None = None
    count: int | None = None
    satisfied: bool | None = None


class SupplyCheckEditDeadlineExpireRule(_Struct, kw_only=True):
    """Правило крайнего срока редактирования грузомест."""

    is_applicable: bool | None = None
    is_required: bool | None = None
    satisfied: bool | None = None


class SupplyCheckExpireDatePresentedRule(_Struct, kw_only=True):
    """Правило указания сроков годности для товаров."""

    count_sku_with_expiration: int | None = None
    count_sku_with_expiration_filled: int | None = None
    is_applicable: bool | None = None
    is_required: bool | None = None
    satisfied: bool | None = None


class SupplyCheckIsValidDistributionRule(_Struct, kw_only=True):
    """Правило совпадения составов грузомест с составом поставки."""

    count_distributed_sku: int | None = None
    count_sku_total: int | None = None
    is_applicable: bool | None = None
    percents_int: int | None = None
    satisfied: bool | None = None


class SupplyCheckPackageUnitWithDistributionRule(_Struct, kw_only=True):
    """Правило заполнения состава грузомест."""

    count_all: int | None = None
    count_with_distribution: int | None = None
    is_applicable: bool | None = None
    is_required: bool | None = None
    satisfied: bool | None = None


class SupplyCheckPlacementZoneRule(_Struct, kw_only=True):
    """Правило распределения товаров в грузоместах по зонам размещения."""

    count_cargoes_all: int | None = None
    count_cargoes_with_mono_placement_zone: int | None = None
    is_applicable: bool | None = None
    satisfied: bool | None = None


class SupplyContent(_Struct, kw_only=True):
    """Товарный состав поставки."""

    bundle_id: str | None = None
    can_not_set_reasons: list[str] | None = None
    can_set: bool | None = None


class SupplyETTN(_Struct, kw_only=True):
    """Информация по электронной ТТН."""

    contains_valid: bool | None = None
    is_required: bool | None = None
    is_uploaded: bool | None = None


class SupplyOrderCancelStatusResponseCancelSupplyResults(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    is_supply_cancelled: bool | None = None
    supply_id: int | None = None


class SupplyOrderCancelStatusResponseResult(_Struct, kw_only=True):
    """Информация об отмене заявки на поставку."""

    is_order_cancelled: bool | None = None
    supplies: list[SupplyOrderCancelStatusResponseCancelSupplyResults] | None = None


class SupplyOrderContentUpdateValidationResponseApprovedItems(_Struct, kw_only=True):
    barcode: str | None = None
    item_link: str | None = None
    name: str | None = None
    offer_id: str | None = None
    origin_quantity: int | None = None
    origin_total_volume_in_litres: float | None = None
    quant: int | None = None
    quantity: int | None = None
    sku: int | None = None
    sku_quantity_limit: int | None = None
    total_volume_in_litres: float | None = None


class SupplyOrderContentUpdateValidationResponseRejectedItems(_Struct, kw_only=True):
    barcode: str | None = None
    name: str | None = None
    offer_id: str | None = None
    origin_quantity: int | None = None
    origin_total_volume_in_litres: float | None = None
    quantity: int | None = None
    rejection_reason: list[str] | None = None
    restrictions: RejectedItemsRestrictions | None = None
    sku: int | None = None
    total_volume_in_litres: float | None = None


class SupplyOrderContentUpdateValidationResponseValidatedAssortment(_Struct, kw_only=True):
    """Информация о товарном составе."""

    approved_items: list[SupplyOrderContentUpdateValidationResponseApprovedItems] | None = None
    rejected_items: list[SupplyOrderContentUpdateValidationResponseRejectedItems] | None = None
    total_approved_item_count: int | None = None
    total_approved_quantity: int | None = None
    total_approved_volume_in_litres: float | None = None
    total_rejected_item_count: int | None = None
    total_restricted_item_count: int | None = None


class SupplyOrderDetailsResponseOrderTags(_Struct, kw_only=True):
    """Метки заявки на поставку."""

    is_econom: bool | None = None
    is_super_fbo: bool | None = None
    is_virtual: bool | None = None
    original_supply_id: int | None = None
    product_super_fbo: bool | None = None


class SupplyOrderDetailsResponseSupply(_Struct, kw_only=True):
    cancellation_allowability: SupplyCancellationAllowability | None = None
    content: SupplyContent | None = None
    ettn_info: SupplyETTN | None = None
    is_crossdock: bool | None = None
    overdue_reason: str | None = None
    storage_warehouse: SupplyStorageWarehouse | None = None
    macrolocal_cluster_id: int | None = None
    supply_id: int | None = None
    supply_state: str | None = None
    supply_tags: SupplyTags | None = None


class SupplyOrderDetailsResponseTimeslotValue(_Struct, kw_only=True):
    """Информация об интервале доставки."""

    timeslot: TimeslotValueTimeslot | None = None
    timezone_info: ValueTimezoneInfo | None = None


class SupplyOrderDetailsResponseVehicle(_Struct, kw_only=True):
    """Информация о водителе и машине."""

    can_not_set_reasons: list[str] | None = None
    can_set: bool | None = None
    value: SupplyOrderDetailsResponseVehicleValue | None = None


class SupplyOrderDetailsResponseVehicleValue(_Struct, kw_only=True):
    """Информация о водителе и машине."""

    driver_is_deleted: bool | None = None
    driver_name: str | None = None
    driver_phone: str | None = None
    vehicle_is_deleted: bool | None = None
    vehicle_model: str | None = None
    vehicle_number: str | None = None


class SupplyOrderGetResponseOrder(_Struct, kw_only=True):
    created_date: str | None = None
    data_filling_deadline_utc: str | None = None
    dropoff_warehouse: OrderDropOffWarehouse | None = None
    order_id: int | None = None
    order_number: str | None = None
    order_tags: OrderOrderTags | None = None
    state: str | None = None
    state_updated_date: str | None = None
    supplies: list[OrderSupply] | None = None
    timeslot: SupplyOrderGetResponseTimeslotTZ | None = None


class SupplyOrderGetResponseTimeslotTZ(_Struct, kw_only=True):
    """Информация о таймслоте."""

    timeslot: TimeslotTZTimeslot | None = None
    timezone_info: TimeslotTZTimezoneInfo | None = None


class SupplyOrderListRequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    dropoff_warehouse_ids: list[str] | _UnsetType = _UNSET
    order_number_search: str | _UnsetType = _UNSET
    states: list[SupplyOrderListRequestFilterStateEnum]
    timeslot_from_range: FilterTimeslotFromRange | _UnsetType = _UNSET


class SupplyStorageWarehouse(_Struct, kw_only=True):
    """Склад хранения для поставок с типом DIRECT."""

    address: str | None = None
    arrival_date: str | None = None
    name: str | None = None
    warehouse_id: int | None = None


class SupplySupplyTags(_Struct, kw_only=True):
    """Метки поставки."""

    freeze_stock_for_marking: bool | None = None
    is_ettn_required: bool | None = None
    is_evsd_required: bool | None = None
    is_jewelry: bool | None = None
    is_marking_possible: bool | None = None
    is_marking_required: bool | None = None
    is_utd: bool | None = None


class SupplyTags(_Struct, kw_only=True):
    """Метки поставки."""

    is_ettn_required: bool | None = None
    is_evsd_required: bool | None = None
    is_jewelry: bool | None = None
    is_marking_possible: bool | None = None
    is_marking_required: bool | None = None
    is_utd: bool | None = None


class TaskAutoModeratedInfo(_Struct, kw_only=True):
    """Информация об автоматической модерации заявки."""

    max_percent: float | None = None
    max_price: float | None = None
    min_percent: float | None = None
    min_price: float | None = None


class TimeslotTZTimeslot(_Struct, kw_only=True):
    """Интервал поставки по местному времени."""

    from_: str | None = _field(name="from", default=None)
    to: str | None = None


class TimeslotTZTimezoneInfo(_Struct, kw_only=True):
    """Часовой пояс."""

    iana_name: str | None = None
    offset: str | None = None


class TimeslotValueTimeslot(_Struct, kw_only=True):
    """Интервал поставки по местному времени."""

    from_: str | None = _field(name="from", default=None)
    to: str | None = None


class TimetableWorkingHours(_Struct, kw_only=True):
    """Часы работы склада."""

    time_from: str | None = None
    time_to: str | None = None


class TypeTimeOfDay(_Struct, kw_only=True):
    """Время, до которого нужно передать отправления, чтобы получить скидку за отгрузку."""

    hours: int | None = None
    minutes: int | None = None
    nanos: int | None = None
    seconds: int | None = None


class UploadPostingCodesRequestPostingLineExemplarInfo(_Struct, kw_only=True):
    exemplar_keys: list[str] | _UnsetType = _UNSET
    exemplar_qty: int
    not_available_exemplar_qty: int
    sku: int


class UploadPostingCodesResponsePostingExemplarInfo(_Struct, kw_only=True):
    failed_exemplars: list[PostingExemplarInfoExemplarError] | None = None
    received_qty: int | None = None
    rejected_qty: int | None = None
    sku: int | None = None


class UtilizationDefectsMoney(_Struct, kw_only=True):
    """Максимальная цена автоутилизации для товаров с дефектами."""

    amount: str | None = None
    currency: str | None = None


class UtilizationMoney(_Struct, kw_only=True):
    """Максимальная цена автоутилизации для товаров без дефектов."""

    amount: str | None = None
    currency: str | None = None


class V1AddBarcodeRequest(_Struct, kw_only=True):
    """object"""

    barcodes: list[V1Barcode]


class V1AddBarcodeResponse(_Struct, kw_only=True):
    """object"""

    errors: list[V1AddBarcodeResult] | None = None


class V1AddBarcodeResult(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    error: str | None = None
    barcode: str | None = None
    sku: int | None = None


class V1AddStrategyItemsRequest(_Struct, kw_only=True):
    """object"""

    product_id: list[str]
    strategy_id: str


class V1AddStrategyItemsResponse(_Struct, kw_only=True):
    """object"""

    result: V1AddStrategyItemsResponseResult | None = None


class V1AddStrategyItemsResponseResult(_Struct, kw_only=True):
    """Результат работы метода."""

    errors: list[AddStrategyItemsResponseError] | None = None
    failed_product_count: int | None = None


class V1AnalyticsManageStocksRequest(_Struct, kw_only=True):
    """object"""

    filter: V1AnalyticsManageStocksRequestFilter | _UnsetType = _UNSET
    limit: int | _UnsetType = _UNSET
    offset: int | _UnsetType = _UNSET


class V1AnalyticsManageStocksRequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    skus: list[str] | _UnsetType = _UNSET
    stock_types: (
        list[
            _Literal[
                "STOCK_TYPE_VALID", "STOCK_TYPE_WAITING_DOCS", "STOCK_TYPE_EXPIRING", "STOCK_TYPE_DEFECT"
            ]
        ]
        | _UnsetType
    ) = _UNSET
    warehouse_ids: list[str] | _UnsetType = _UNSET


class V1AnalyticsManageStocksResponse(_Struct, kw_only=True):
    """object"""

    items: list[V1AnalyticsManageStocksResponseItem] | None = None


class V1AnalyticsManageStocksResponseItem(_Struct, kw_only=True):
    """object"""

    defect_stock_count: int | None = None
    expiring_stock_count: int | None = None
    name: str | None = None
    offer_id: str | None = None
    sku: int | None = None
    valid_stock_count: int | None = None
    waitingdocs_stock_count: int | None = None
    warehouse_name: str | None = None


class V1AnalyticsProductQueriesDetailsRequest(_Struct, kw_only=True):
    date_from: _dt.datetime
    date_to: _dt.datetime | _UnsetType = _UNSET
    limit_by_sku: int
    page: int | _UnsetType = _UNSET
    page_size: int
    skus: list[str]
    sort_by: V1AnalyticsProductQueriesDetailsRequestSortBy | _UnsetType = _UNSET
    sort_dir: V1AnalyticsProductQueriesDetailsRequestSortDir | _UnsetType = _UNSET


class V1AnalyticsProductQueriesDetailsResponse(_Struct, kw_only=True):
    analytics_period: V1AnalyticsProductQueriesDetailsResponseAnalyticsPeriod | None = None
    page_count: int | None = None
    queries: list[AnalyticsProductQueriesDetailsResponseQuery] | None = None
    total: int | None = None


class V1AnalyticsProductQueriesDetailsResponseAnalyticsPeriod(_Struct, kw_only=True):
    """Период, за который формируется аналитика."""

    date_from: str | None = None
    date_to: str | None = None


class V1AnalyticsProductQueriesRequest(_Struct, kw_only=True):
    date_from: _dt.datetime
    date_to: _dt.datetime | _UnsetType = _UNSET
    page: int | _UnsetType = _UNSET
    page_size: int
    skus: list[str]
    sort_by: AnalyticsProductQueriesRequestSortBy | _UnsetType = _UNSET
    sort_dir: AnalyticsProductQueriesRequestSortDir | _UnsetType = _UNSET


class V1AnalyticsProductQueriesResponse(_Struct, kw_only=True):
    analytics_period: AnalyticsProductQueriesResponseAnalyticsPeriod | None = None
    items: list[V1AnalyticsProductQueriesResponseItem] | None = None
    page_count: int | None = None
    total: int | None = None


class V1AnalyticsProductQueriesResponseItem(_Struct, kw_only=True):
    category: str | None = None
    currency: str | None = None
    gmv: float | None = None
    name: str | None = None
    offer_id: str | None = None
    position: float | None = None
    sku: int | None = None
    unique_search_users: int | None = None
    unique_view_users: int | None = None
    view_conversion: float | None = None


class V1AnalyticsStocksRequest(_Struct, kw_only=True):
    """object"""

    cluster_ids: list[str] | _UnsetType = _UNSET
    item_tags: (
        list[_Literal["ITEM_ATTRIBUTE_NONE", "ECONOM", "NOVEL", "DISCOUNT", "FBS_RETURN", "SUPER"]]
        | _UnsetType
    ) = _UNSET
    macrolocal_cluster_ids: list[str] | _UnsetType = _UNSET
    skus: list[str]
    turnover_grades: (
        list[
            _Literal[
                "TURNOVER_GRADE_NONE",
                "DEFICIT",
                "POPULAR",
                "ACTUAL",
                "SURPLUS",
                "NO_SALES",
                "WAS_NO_SALES",
                "RESTRICTED_NO_SALES",
                "COLLECTING_DATA",
                "WAITING_FOR_SUPPLY",
                "WAS_DEFICIT",
                "WAS_POPULAR",
                "WAS_ACTUAL",
                "WAS_SURPLUS",
            ]
        ]
        | _UnsetType
    ) = _UNSET
    warehouse_ids: list[str] | _UnsetType = _UNSET


class V1AnalyticsStocksResponse(_Struct, kw_only=True):
    """object"""

    items: list[V1AnalyticsStocksResponseItem] | None = None


class V1AnalyticsStocksResponseItem(_Struct, kw_only=True):
    """object"""

    ads: float | None = None
    ads_cluster: float | None = None
    available_stock_count: int | None = None
    cluster_id: int | None = None
    cluster_name: str | None = None
    days_without_sales: int | None = None
    days_without_sales_cluster: int | None = None
    excess_stock_count: int | None = None
    expiring_stock_count: int | None = None
    idc: float | None = None
    idc_cluster: float | None = None
    item_tags: list[str] | None = None
    macrolocal_cluster_id: int | None = None
    name: str | None = None
    offer_id: str | None = None
    other_stock_count: int | None = None
    requested_stock_count: int | None = None
    return_from_customer_stock_count: int | None = None
    return_to_seller_stock_count: int | None = None
    sku: int | None = None
    stock_defect_stock_count: int | None = None
    transit_defect_stock_count: int | None = None
    transit_stock_count: int | None = None
    turnover_grade: str | None = None
    turnover_grade_cluster: str | None = None
    valid_stock_count: int | None = None
    waiting_docs_stock_count: int | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None


class V1AnalyticsTurnoverStocksRequest(_Struct, kw_only=True):
    """object"""

    limit: int | _UnsetType = _UNSET
    offset: int | _UnsetType = _UNSET
    sku: list[str] | _UnsetType = _UNSET


class V1AnalyticsTurnoverStocksResponse(_Struct, kw_only=True):
    """object"""

    items: list[V1AnalyticsTurnoverStocksResponseItem] | None = None


class V1AnalyticsTurnoverStocksResponseItem(_Struct, kw_only=True):
    """object"""

    ads: float | None = None
    current_stock: int | None = None
    idc: float | None = None
    idc_grade: str | None = None
    name: str | None = None
    offer_id: str | None = None
    sku: int | None = None
    turnover: float | None = None
    turnover_grade: str | None = None


class V1ApproveDeclineDiscountTasksResponse(_Struct, kw_only=True):
    """object"""

    result: V1ApproveDeclineDiscountTasksResponseResult | None = None


class V1ApproveDeclineDiscountTasksResponseResult(_Struct, kw_only=True):
    """Результат работы метода."""

    fail_details: list[ApproveDeclineDiscountTasksResponseFailDetail] | None = None
    success_count: int | None = None
    fail_count: int | None = None


class V1ApproveDiscountTasksRequest(_Struct, kw_only=True):
    """object"""

    tasks: list[V1ApproveDiscountTasksRequestTask]


class V1ApproveDiscountTasksRequestTask(_Struct, kw_only=True):
    """object"""

    id: int
    approved_price: float
    seller_comment: str | _UnsetType = _UNSET
    approved_quantity_min: int
    approved_quantity_max: int


class V1ArchiveDeclineReason(_Struct, kw_only=True):
    """Причина отклонения поставки."""

    code: str | None = None
    message: str | None = None


class V1ArchiveSkuSummary(_Struct, kw_only=True):
    """Сводная информация по товарам в поставке."""

    rounded_total_volume_in_litres: float | None = None
    total_items_count: int | None = None
    total_quantity: int | None = None


class V1ArchiveWarehouseFBSRequest(_Struct, kw_only=True):
    reason: str
    return_point_id: int | _UnsetType = _UNSET
    warehouse_id: int


class V1ArchiveWarehouseFBSResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class V1AssemblyCarriagePostingListRequest(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: V1AssemblyCarriagePostingListRequestFilter
    limit: int


class V1AssemblyCarriagePostingListRequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    carriage_id: int
    cutoff_from: _dt.datetime | _UnsetType = _UNSET
    cutoff_to: _dt.datetime | _UnsetType = _UNSET
    delivery_method_id: int | _UnsetType = _UNSET


class V1AssemblyCarriagePostingListResponse(_Struct, kw_only=True):
    can_print_mass_label: bool | None = None
    cursor: str | None = None
    postings: list[V1AssemblyCarriagePostingListResponsePosting] | None = None


class V1AssemblyCarriagePostingListResponsePosting(_Struct, kw_only=True):
    assembly_code: str | None = None
    can_print_label: bool | None = None
    posting_number: str | None = None
    products: list[V1AssemblyCarriagePostingListResponsePostingProduct] | None = None


class V1AssemblyCarriagePostingListResponsePostingProduct(_Struct, kw_only=True):
    offer_id: str | None = None
    picture_url: str | None = None
    product_name: str | None = None
    quantity: int | None = None
    sku: int | None = None


class V1AssemblyCarriageProductListRequest(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: V1AssemblyCarriageProductListRequestFilter
    limit: int


class V1AssemblyCarriageProductListRequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    carriage_id: int
    cutoff_from: _dt.datetime | _UnsetType = _UNSET
    cutoff_to: _dt.datetime | _UnsetType = _UNSET
    delivery_method_id: int | _UnsetType = _UNSET


class V1AssemblyCarriageProductListResponse(_Struct, kw_only=True):
    cursor: str | None = None
    products: list[V1AssemblyCarriageProductListResponseProduct] | None = None


class V1AssemblyCarriageProductListResponseProduct(_Struct, kw_only=True):
    offer_id: str | None = None
    picture_url: str | None = None
    posting_numbers: list[str] | None = None
    product_name: str | None = None
    quantity: int | None = None
    sku: int | None = None


class V1AssemblyFbsPostingListRequest(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: V1AssemblyFbsPostingListRequestFilter
    limit: int
    sort_dir: V1AssemblyFbsPostingListRequestSortDirEnum


class V1AssemblyFbsPostingListRequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    cutoff_from: _dt.datetime
    cutoff_to: _dt.datetime
    delivery_method_id: int | _UnsetType = _UNSET


class V1AssemblyFbsPostingListResponse(_Struct, kw_only=True):
    cursor: str | None = None
    cutoff: str | None = None
    postings: list[V1AssemblyFbsPostingListResponsePosting] | None = None


class V1AssemblyFbsPostingListResponsePosting(_Struct, kw_only=True):
    assembly_code: str | None = None
    posting_number: str | None = None
    products: list[V1AssemblyFbsPostingListResponsePostingProduct] | None = None


class V1AssemblyFbsPostingListResponsePostingProduct(_Struct, kw_only=True):
    offer_id: str | None = None
    picture_url: str | None = None
    product_name: str | None = None
    quantity: int | None = None
    sku: int | None = None


class V1AssemblyFbsProductListRequest(_Struct, kw_only=True):
    filter: V1AssemblyFbsProductListRequestFilter
    limit: int
    offset: int | _UnsetType = _UNSET
    sort_dir: V1AssemblyFbsProductListRequestSortDirEnum | _UnsetType = _UNSET


class V1AssemblyFbsProductListRequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    cutoff_from: _dt.datetime
    cutoff_to: _dt.datetime
    delivery_method_id: int | _UnsetType = _UNSET


class V1AssemblyFbsProductListResponse(_Struct, kw_only=True):
    has_next: bool | None = None
    products: list[AssemblyFbsProductListResponseProducts] | None = None
    products_count: int | None = None


class V1Barcode(_Struct, kw_only=True):
    """object"""

    barcode: str
    sku: int


class V1BundleId(_Struct, kw_only=True):
    bundle_id: str | None = None
    is_docless: bool | None = None


class V1CalculationError(_Struct, kw_only=True):
    error_message: str | None = None
    items_validation: list[V1ItemsValidation] | None = None
    unknown_cluster_ids: list[int] | None = None


class V1CancelReasonListByOrderRequest(_Struct, kw_only=True):
    order_number: str


class V1CancelReasonListByOrderResponse(_Struct, kw_only=True):
    reasons: list[V1CancelReasonListByOrderResponseReason] | None = None


class V1CancelReasonListByOrderResponseReason(_Struct, kw_only=True):
    id: int | None = None
    name: str | None = None


class V1CancelReasonListByOrderResponseReasonFbo(_Struct, kw_only=True):
    id: int | None = None
    name: str | None = None


class V1CancelReasonListByPostingRequest(_Struct, kw_only=True):
    posting_number: str


class V1CancelReasonListByPostingResponse(_Struct, kw_only=True):
    reasons: list[V1CancelReasonListByPostingResponseReason] | None = None


class V1CancelReasonListByPostingResponseReason(_Struct, kw_only=True):
    id: int | None = None
    name: str | None = None


class V1CancelReasonListResponse(_Struct, kw_only=True):
    """object"""

    reasons: list[V1CancelReasonListByOrderResponseReason] | None = None


class V1CancelReasonListResponseFbo(_Struct, kw_only=True):
    """object"""

    reasons: list[V1CancelReasonListByOrderResponseReasonFbo] | None = None


class V1CancellationState(_Struct, kw_only=True):
    """Статус отмены."""

    cancellation_error: CancellationStateCancellationError | None = None
    cancellation_status: str | None = None


class V1CargoesCreateErrors(_Struct, kw_only=True):
    """Ошибки."""

    error_reasons: list[str] | None = None
    items_validation: list[CargoesCreateErrorsItemValidation] | None = None


class V1CargoesCreateRequest(_Struct, kw_only=True):
    cargoes: list[V1CargoesCreateRequestCargo]
    delete_current_version: bool | _UnsetType = _UNSET
    supply_id: int


class V1CargoesCreateRequestCargo(_Struct, kw_only=True):
    key: str
    value: V1CargoesCreateRequestCargoValue


class V1CargoesCreateRequestCargoValue(_Struct, kw_only=True):
    """Информация о грузоместе."""

    items: list[ValueItem] | _UnsetType = _UNSET
    type: ValueCargoType


class V1CargoesCreateResponse(_Struct, kw_only=True):
    operation_id: str | None = None
    errors: V1CargoesCreateErrors | None = None


class V1CargoesDeleteRequest(_Struct, kw_only=True):
    cargo_ids: list[str]
    supply_id: int


class V1CargoesDeleteResponse(_Struct, kw_only=True):
    errors: V1CargoesDeleteResponseError | None = None
    operation_id: str | None = None


class V1CargoesDeleteResponseError(_Struct, kw_only=True):
    """Список ошибок, которые возникли при удалении грузомест."""

    cargo_error_reasons: list[V1CargoesDeleteResponseErrorCargoErrorReason] | None = None
    supply_error_reasons: list[str] | None = None


class V1CargoesDeleteResponseErrorCargoErrorReason(_Struct, kw_only=True):
    cargo_id: int | None = None
    error_reasons: list[str] | None = None


class V1CargoesDeleteStatusRequest(_Struct, kw_only=True):
    operation_id: str


class V1CargoesDeleteStatusResponse(_Struct, kw_only=True):
    errors: V1CargoesDeleteStatusResponseError | None = None
    status: str | None = None


class V1CargoesDeleteStatusResponseError(_Struct, kw_only=True):
    """Список ошибок, которые возникли при удалении грузомест."""

    cargo_error_reasons: list[V1CargoesDeleteStatusResponseErrorCargoErrorReason] | None = None
    supply_error_reasons: list[str] | None = None


class V1CargoesDeleteStatusResponseErrorCargoErrorReason(_Struct, kw_only=True):
    cargo_id: int | None = None
    error_reasons: list[str] | None = None


class V1CargoesGetRequest(_Struct, kw_only=True):
    supply_ids: list[str]


class V1CargoesGetResponse(_Struct, kw_only=True):
    supply: list[CargoesGetResponseSupply] | None = None


class V1CargoesLabelCreateErrors(_Struct, kw_only=True):
    """Ошибки."""

    error_reasons: list[str] | None = None


class V1CargoesLabelCreateRequest(_Struct, kw_only=True):
    cargoes: list[V1CargoesLabelCreateRequestCargo] | _UnsetType = _UNSET
    supply_id: int


class V1CargoesLabelCreateRequestCargo(_Struct, kw_only=True):
    cargo_id: int | _UnsetType = _UNSET


class V1CargoesLabelCreateResponse(_Struct, kw_only=True):
    operation_id: str | None = None
    errors: V1CargoesLabelCreateErrors | None = None


class V1CargoesLabelGetRequest(_Struct, kw_only=True):
    operation_id: str


class V1CargoesLabelGetResponse(_Struct, kw_only=True):
    result: V1CargoesLabelGetResponseResult | None = None
    status: str | None = None
    errors: V1CargoesLabelCreateErrors | None = None


class V1CargoesLabelGetResponseResult(_Struct, kw_only=True):
    """Информация об этикетках."""

    file_guid: str | None = None
    file_url: str | None = None


class V1CargoesRulesGetRequest(_Struct, kw_only=True):
    supply_ids: list[str]


class V1CargoesRulesGetResponse(_Struct, kw_only=True):
    supply_check_lists: list[CargoesRulesGetResponseSupplyCheck] | None = None


class V1CarriageActDiscrepancyPDFRequest(_Struct, kw_only=True):
    carriage_id: int


class V1CarriageActDiscrepancyPDFResponse(_Struct, kw_only=True):
    content: str | None = None
    name: str | None = None
    type: str | None = None


class V1CarriageApproveRequest(_Struct, kw_only=True):
    """object"""

    carriage_id: int
    containers_count: int | _UnsetType = _UNSET


class V1CarriageCancelRequest(_Struct, kw_only=True):
    """object"""

    carriage_id: int


class V1CarriageCancelResponse(_Struct, kw_only=True):
    """object"""

    error: str | None = None
    carriage_status: str | None = None


class V1CarriageCreateRequest(_Struct, kw_only=True):
    """object"""

    all_blr_traceable: bool | _UnsetType = _UNSET
    delivery_method_id: int | _UnsetType = _UNSET
    departure_date: _dt.datetime | _UnsetType = _UNSET


class V1CarriageCreateResponse(_Struct, kw_only=True):
    """object"""

    carriage_id: int | None = None


class V1CarriageDeliveryListRequest(_Struct, kw_only=True):
    """object"""

    delivery_method_id: int | _UnsetType = _UNSET
    departure_date: _dt.datetime | _UnsetType = _UNSET


class V1CarriageDeliveryListResponse(_Struct, kw_only=True):
    result: list[V1CarriageDeliveryListResponseResult] | None = None


class V1CarriageDeliveryListResponseResult(_Struct, kw_only=True):
    """object"""

    assembly_list_availability: bool | None = None
    can_create_another_carriage: bool | None = None
    carriage_postings_count: int | None = None
    carriage_quantum_count: int | None = None
    carriages: list[V1CarriageDeliveryListResponseResultCarriages] | None = None
    cut_in: str | None = None
    delivery_method_id: int | None = None
    delivery_method_name: str | None = None
    delivery_method_status: str | None = None
    departure_date: str | None = None
    dropoff_address: str | None = None
    dropoff_change_availability: str | None = None
    dropoff_point_id: int | None = None
    dropoff_point_type: str | None = None
    errors: list[V1CarriageDeliveryListResponseResultErrors] | None = None
    first_mile_changing: bool | None = None
    first_mile_type: str | None = None
    has_entrusted_acceptance: bool | None = None
    integration_type: str | None = None
    is_presort: bool | None = None
    is_rfbs: bool | None = None
    recommended_time_local: str | None = None
    recommended_time_utc_offset_in_minutes: float | None = None
    cutoff_at: str | None = None
    mandatory_packaged_count: int | None = None
    mandatory_packaged_quantum_count: int | None = None
    mandatory_postings_count: int | None = None
    mandatory_quantum_count: int | None = None
    optional_packaged_count: int | None = None
    postings_for_another_carriage_count: int | None = None
    quantum_for_another_carriage_count: int | None = None
    timeslot_from: str | None = None
    timeslot_to: str | None = None
    tpl_provider_icon_url: str | None = None
    tpl_provider_name: str | None = None
    warehouse_city: str | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None


class V1CarriageDeliveryListResponseResultCarriages(_Struct, kw_only=True):
    """object"""

    id: int | None = None
    postings_count: int | None = None
    quantum_count: int | None = None
    status: str | None = None


class V1CarriageDeliveryListResponseResultErrors(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    description: str | None = None
    status: str | None = None


class V1CarriageEttnStatusRequest(_Struct, kw_only=True):
    carriage_id: int


class V1CarriageEttnStatusResponse(_Struct, kw_only=True):
    errors: list[str] | None = None
    status: str | None = None


class V1Certificate(_Struct, kw_only=True):
    """Информация о сертификате."""

    certificate_id: int | None = None
    certificate_number: str | None = None
    certificate_name: str | None = None
    type_code: str | None = None
    status_code: str | None = None
    accordance_type_code: str | None = None
    rejection_reason_code: str | None = None
    verification_comment: str | None = None
    issue_date: str | None = None
    expire_date: str | None = None
    products_count: int | None = None


class V1CommentCreateRequest(_Struct, kw_only=True):
    mark_review_as_processed: bool | _UnsetType = _UNSET
    parent_comment_id: str | _UnsetType = _UNSET
    review_id: str
    text: str


class V1CommentCreateResponse(_Struct, kw_only=True):
    comment_id: str | None = None


class V1CommentDeleteRequest(_Struct, kw_only=True):
    comment_id: str


class V1CommentListRequest(_Struct, kw_only=True):
    filter: ReviewV1CommentListRequestFilter | _UnsetType = _UNSET
    limit: int
    offset: int | _UnsetType = _UNSET
    review_id: str | _UnsetType = _UNSET
    sort_dir: V1CommentSort | _UnsetType = _UNSET


class V1CommentListResponse(_Struct, kw_only=True):
    comments: list[CommentListResponseComment] | None = None
    offset: int | None = None


class V1Competitor(_Struct, kw_only=True):
    """object"""

    coefficient: float
    competitor_id: int


class V1CompetitorOut(_Struct, kw_only=True):
    """object"""

    coefficient: float
    competitor_id: int


class V1CreateDocumentB2BSalesJSONReportRequest(_Struct, kw_only=True):
    date: str


class V1CreateDocumentB2BSalesJSONReportResponse(_Struct, kw_only=True):
    date_from: str | None = None
    date_to: str | None = None
    invoices: list[CreateDocumentB2BSalesJSONReportResponseLegalSaleInvoice] | None = None
    seller_info: CreateDocumentB2BSalesJSONReportResponseSellerInfo | None = None


class V1CreateDocumentB2BSalesReportRequest(_Struct, kw_only=True):
    date: str
    language: str | _UnsetType = _UNSET


class V1CreateLabelBatchRequest(_Struct, kw_only=True):
    """object"""

    posting_number: list[str]


class V1CreateLabelBatchResponse(_Struct, kw_only=True):
    """object"""

    result: V1CreateLabelBatchResponseResult | None = None


class V1CreateLabelBatchResponseResult(_Struct, kw_only=True):
    """Результат работы метода."""

    task_id: int | None = None


class V1CreateMutualSettlementReportRequest(_Struct, kw_only=True):
    date: str
    language: str | _UnsetType = _UNSET


class V1CreatePlacementByProductsReportRequest(_Struct, kw_only=True):
    date_from: str
    date_to: str


class V1CreatePlacementByProductsReportResponse(_Struct, kw_only=True):
    code: str | None = None


class V1CreatePlacementBySuppliesReportRequest(_Struct, kw_only=True):
    date_from: str
    date_to: str


class V1CreatePlacementBySuppliesReportResponse(_Struct, kw_only=True):
    code: str | None = None


class V1CreatePricingStrategyRequest(_Struct, kw_only=True):
    """object"""

    competitors: list[V1Competitor]
    strategy_name: str


class V1CreatePricingStrategyResponse(_Struct, kw_only=True):
    """object"""

    result: V1CreatePricingStrategyResponseResult | None = None


class V1CreatePricingStrategyResponseResult(_Struct, kw_only=True):
    """Результат работы метода."""

    strategy_id: str | None = None


class V1CreateStockByWarehouseReportRequest(_Struct, kw_only=True):
    """object"""

    language: str | _UnsetType = _UNSET
    warehouse_id: list[str] = _field(name="warehouseId")


class V1CreateWarehouseFBSRequest(_Struct, kw_only=True):
    address_coordinates: CreateWarehouseFBSRequestAddressCoordinates
    cut_in_time: int
    drop_off_point_id: int | _UnsetType = _UNSET
    first_mile_type: CreateWarehouseFBSRequestFirstMileTypeEnum
    is_kgt: bool
    name: str
    options: CreateWarehouseFBSRequestOptions | _UnsetType = _UNSET
    phone: str
    timeslot_id: int
    return_point_id: int | _UnsetType = _UNSET
    working_days: list[CreateWarehouseFBSRequestWorkingDaysEnum] | _UnsetType = _UNSET


class V1CreateWarehouseFBSResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class V1Day(_Struct, kw_only=True):
    date_in_timezone: str | None = None
    timeslots: list[V1DayTimeSlotOut] | None = None


class V1DayTimeSlot(_Struct, kw_only=True):
    """Таймслот поставки."""

    from_in_timezone: _dt.datetime | _UnsetType = _UNSET
    to_in_timezone: _dt.datetime | _UnsetType = _UNSET


class V1DayTimeSlotOut(_Struct, kw_only=True):
    """Таймслот поставки."""

    from_in_timezone: str | None = None
    to_in_timezone: str | None = None


class V1DeclineDiscountTasksRequest(_Struct, kw_only=True):
    """object"""

    tasks: list[V1DeclineDiscountTasksRequestTask]


class V1DeclineDiscountTasksRequestTask(_Struct, kw_only=True):
    """object"""

    id: int
    seller_comment: str | _UnsetType = _UNSET


class V1DeleteStrategyItemsResponse(_Struct, kw_only=True):
    """object"""

    result: V1DeleteStrategyItemsResponseResult | None = None


class V1DeleteStrategyItemsResponseResult(_Struct, kw_only=True):
    """Результат работы метода."""

    failed_product_count: int | None = None


class V1DeliveryCheckRequest(_Struct, kw_only=True):
    client_phone: str


class V1DeliveryCheckResponse(_Struct, kw_only=True):
    is_possible: bool | None = None


class V1DeliveryCheckoutRequest(_Struct, kw_only=True):
    buyer_phone: str | _UnsetType = _UNSET
    delivery_schema: V2DeliveryCheckoutRequestV2DeliverySchemaEnum | _UnsetType = _UNSET
    delivery_type: V1DeliveryCheckoutRequestDeliveryType | _UnsetType = _UNSET
    items: list[V1DeliveryCheckoutRequestItem] | _UnsetType = _UNSET


class V1DeliveryCheckoutRequestDeliveryType(_Struct, kw_only=True):
    """Способ доставки."""

    courier: DeliveryTypeCourier | _UnsetType = _UNSET
    pick_up: DeliveryTypePickUp | _UnsetType = _UNSET


class V1DeliveryCheckoutRequestItem(_Struct, kw_only=True):
    offer_id: str | _UnsetType = _UNSET
    quantity: int | _UnsetType = _UNSET
    sku: int | _UnsetType = _UNSET


class V1DeliveryCheckoutResponse(_Struct, kw_only=True):
    splits: list[DeliveryCheckoutResponseSplit] | None = None


class V1DeliveryDetailsDirectDetails(_Struct, kw_only=True):
    """Детали доставки продавцом."""

    by_seller_details: DirectDetailsBySellerDetails | None = None
    by_tpl_details: DirectDetailsByTplDetails | None = None
    timeslot_details: DirectDetailsTimeslotDetails | None = None


class V1DeliveryDetailsPickUpDetails(_Struct, kw_only=True):
    """Детали пункта выдачи."""

    address: str | None = None
    comment: str | None = None
    date: str | None = None
    sender_name: str | None = None
    sender_phone: str | None = None


class V1DeliveryMapRequest(_Struct, kw_only=True):
    viewport: V1DeliveryMapRequestViewport | _UnsetType = _UNSET
    zoom: int | _UnsetType = _UNSET


class V1DeliveryMapRequestViewport(_Struct, kw_only=True):
    """Область карты для получения кластеров и точек самовывоза."""

    left_bottom: DeliveryMapRequestViewportCoordinatesLeft | _UnsetType = _UNSET
    right_top: DeliveryMapRequestViewportCoordinatesRight | _UnsetType = _UNSET


class V1DeliveryMapResponse(_Struct, kw_only=True):
    clusters: list[DeliveryMapResponseCluster] | None = None


class V1DeliveryPointInfoRequest(_Struct, kw_only=True):
    map_point_ids: list[str] | _UnsetType = _UNSET


class V1DeliveryPointInfoResponse(_Struct, kw_only=True):
    points: list[V1DeliveryPointInfoResponsePoint] | None = None


class V1DeliveryPointInfoResponsePoint(_Struct, kw_only=True):
    delivery_method: DeliveryPointInfoResponsePointDeliveryMethod | None = None
    enabled: bool | None = None


class V1DeliveryPointListResponse(_Struct, kw_only=True):
    points: list[V1DeliveryPointListResponsePoint] | None = None


class V1DeliveryPointListResponsePoint(_Struct, kw_only=True):
    """Информация о точке самовывоза."""

    coordinate: DeliveryPointListResponsePointCoordinates | None = None
    map_point_id: int | None = None


class V1DraftClusterListRequest(_Struct, kw_only=True):
    cluster_ids: list[str] | _UnsetType = _UNSET
    cluster_type: V1ClusterType


class V1DraftClusterListResponse(_Struct, kw_only=True):
    clusters: list[V1DraftClusterListResponseCluster] | None = None


class V1DraftClusterListResponseCluster(_Struct, kw_only=True):
    id: int | None = None
    logistic_clusters: list[DraftClusterListResponseLogisticCluster] | None = None
    macrolocal_cluster_id: int | None = None
    name: str | None = None
    type: str | None = None


class V1DraftClusterListResponseWarehouse(_Struct, kw_only=True):
    name: str | None = None
    type: str | None = None
    warehouse_id: int | None = None


class V1DraftCreateCommonResponse(_Struct, kw_only=True):
    draft_id: int | None = None
    errors: list[DraftCreateCommonResponseError] | None = None


class V1DraftCreateInfoRequest(_Struct, kw_only=True):
    operation_id: str


class V1DraftCreateInfoResponse(_Struct, kw_only=True):
    clusters: list[Draftv1Cluster] | None = None
    draft_id: int | None = None
    errors: list[V1CalculationError] | None = None
    status: str | None = None


class V1DraftCreateRequest(_Struct, kw_only=True):
    """DraftCreate messages"""

    cluster_ids: list[str] | _UnsetType = _UNSET
    drop_off_point_warehouse_id: int | _UnsetType = _UNSET
    items: list[DraftCreateRequestItem]
    type: V1CreateType


class V1DraftCreateResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class V1DraftCrossdockCreateRequest(_Struct, kw_only=True):
    cluster_info: V1DraftCrossdockCreateRequestClusterInfo
    deletion_sku_mode: V1DraftCrossdockCreateRequestDeleteSkuModeEnum | _UnsetType = _UNSET
    delivery_info: V1DraftCrossdockCreateRequestDeliveryInfo


class V1DraftCrossdockCreateRequestClusterInfo(_Struct, kw_only=True):
    """Информация о кластере."""

    items: list[V1DraftCrossdockCreateRequestClusterInfoItem]
    macrolocal_cluster_id: int


class V1DraftCrossdockCreateRequestClusterInfoItem(_Struct, kw_only=True):
    quantity: int
    sku: int


class V1DraftCrossdockCreateRequestDeliveryInfo(_Struct, kw_only=True):
    """Информация о доставке."""

    drop_off_warehouse: V1DraftCrossdockCreateRequestDeliveryInfoDropOffWarehouse | _UnsetType = _UNSET
    seller_warehouse_id: int | _UnsetType = _UNSET
    type: V1DraftCrossdockCreateRequestDeliveryInfoTypeEnum


class V1DraftCrossdockCreateRequestDeliveryInfoDropOffWarehouse(_Struct, kw_only=True):
    """Информация о пункте отгрузки."""

    warehouse_id: int
    warehouse_type: V1DraftCrossdockCreateRequestDeliveryInfoDropOffWarehouseWarehouseTypeEnum


class V1DraftDirectCreateRequest(_Struct, kw_only=True):
    cluster_info: V1DraftDirectCreateRequestClusterInfo
    deletion_sku_mode: V1DraftDirectCreateRequestDeleteSkuModeEnum | _UnsetType = _UNSET


class V1DraftDirectCreateRequestClusterInfo(_Struct, kw_only=True):
    """Информация о кластере."""

    items: list[V1DraftDirectCreateRequestClusterInfoItem]
    macrolocal_cluster_id: int


class V1DraftDirectCreateRequestClusterInfoItem(_Struct, kw_only=True):
    quantity: int
    sku: int


class V1DraftGetWarehouseFboListRequest(_Struct, kw_only=True):
    """DraftGetWarehouseFboList"""

    filter_by_supply_type: list[V1CreateType]
    search: str


class V1DraftGetWarehouseFboListResponse(_Struct, kw_only=True):
    search: list[DraftGetWarehouseFboListResponseSearch] | None = None


class V1DraftMultiClusterCreateRequest(_Struct, kw_only=True):
    clusters_info: list[V1DraftMultiClusterCreateRequestClusterInfo]
    deletion_sku_mode: V1DraftMultiClusterCreateRequestDeleteSkuModeEnum | _UnsetType = _UNSET
    delivery_info: V1DraftMultiClusterCreateRequestDeliveryInfo


class V1DraftMultiClusterCreateRequestClusterInfo(_Struct, kw_only=True):
    items: list[V1DraftMultiClusterCreateRequestClusterInfoItem]
    macrolocal_cluster_id: int


class V1DraftMultiClusterCreateRequestClusterInfoItem(_Struct, kw_only=True):
    quantity: int
    sku: int


class V1DraftMultiClusterCreateRequestDeliveryInfo(_Struct, kw_only=True):
    """Информация о доставке."""

    drop_off_warehouse: V1DraftMultiClusterCreateRequestDeliveryInfoDropOffWarehouse | _UnsetType = _UNSET
    seller_warehouse_id: int | _UnsetType = _UNSET
    type: V1DraftMultiClusterCreateRequestDeliveryInfoTypeEnum


class V1DraftMultiClusterCreateRequestDeliveryInfoDropOffWarehouse(_Struct, kw_only=True):
    """Информация о пункте отгрузки."""

    warehouse_id: int
    warehouse_type: V1DraftMultiClusterCreateRequestDeliveryInfoDropOffWarehouseWarehouseTypeEnum


class V1DraftSupplyCreateRequest(_Struct, kw_only=True):
    """DraftSupplyCreate"""

    draft_id: int
    timeslot: V1DayTimeSlot | _UnsetType = _UNSET
    warehouse_id: int


class V1DraftSupplyCreateResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class V1DraftSupplyCreateStatusRequest(_Struct, kw_only=True):
    """DraftSupplyCreateStatus"""

    operation_id: str


class V1DraftSupplyCreateStatusResponse(_Struct, kw_only=True):
    error_messages: list[str] | None = None
    result: DraftSupplyCreateStatusResponseResult | None = None
    status: str | None = None


class V1DraftTimeslotInfoRequest(_Struct, kw_only=True):
    """DraftTimeslotInfo messages"""

    date_from: _dt.datetime
    date_to: _dt.datetime
    draft_id: int
    warehouse_ids: list[str]


class V1DraftTimeslotInfoResponse(_Struct, kw_only=True):
    drop_off_warehouse_timeslots: list[V1DropOffWarehouse] | None = None
    requested_date_from: str | None = None
    requested_date_to: str | None = None


class V1DropOffWarehouse(_Struct, kw_only=True):
    current_time_in_timezone: str | None = None
    days: list[V1Day] | None = None
    drop_off_warehouse_id: int | None = None
    warehouse_timezone: str | None = None


class V1FbpArchiveGetRequest(_Struct, kw_only=True):
    supply_id: str


class V1FbpArchiveGetResponse(_Struct, kw_only=True):
    act_file_uuid: str | None = None
    bundle_id: str | None = None
    bundle_sku_summary: V1ArchiveSkuSummary | None = None
    business_flow_type_id: int | None = None
    created_date: str | None = None
    decline_reason: V1ArchiveDeclineReason | None = None
    delivery_details: Fbpv1DeliveryDetails | None = None
    has_act: bool | None = None
    has_label: bool | None = None
    id: int | None = None
    order_draft_id: int | None = None
    order_number: str | None = None
    package_units_count: int | None = None
    receive_date: str | None = None
    row_version: int | None = None
    status: str | None = None
    supply_id: str | None = None
    warehouse_id: int | None = None


class V1FbpArchiveListRequest(_Struct, kw_only=True):
    count: str
    last_id: str | _UnsetType = _UNSET


class V1FbpArchiveListResponse(_Struct, kw_only=True):
    has_next: bool | None = None
    items: list[V1FbpArchiveListResponseItem] | None = None
    last_id: int | None = None


class V1FbpArchiveListResponseItem(_Struct, kw_only=True):
    act_file_uuid: str | None = None
    bundle_id: str | None = None
    bundle_sku_summary: V1ArchiveSkuSummary | None = None
    created_date: str | None = None
    decline_reason: V1ArchiveDeclineReason | None = None
    delivery_details: Fbpv1DeliveryDetails | None = None
    external_order_id: str | None = None
    has_act: bool | None = None
    has_label: bool | None = None
    order_draft_id: int | None = None
    package_units_count: int | None = None
    receive_date: str | None = None
    row_version: int | None = None
    status: str | None = None
    supply_id: str | None = None
    warehouse_id: int | None = None
    whc_order_id: int | None = None


class V1FbpAvailableTimeslotListRequest(_Struct, kw_only=True):
    interval_end: _dt.datetime
    interval_start: _dt.datetime
    supply_id: str


class V1FbpAvailableTimeslotListResponse(_Struct, kw_only=True):
    reasons: list[str] | None = None
    timeslots: list[Fbpv1Timeslot] | None = None
    warehouse_timezone_name: str | None = None


class V1FbpCheckActStateRequest(_Struct, kw_only=True):
    file_uuid: str


class V1FbpCheckActStateResponse(_Struct, kw_only=True):
    cdn_url: str | None = None
    error: str | None = None
    status: str | None = None


class V1FbpCheckConsignmentNoteStateRequest(_Struct, kw_only=True):
    code: str
    supply_id: str


class V1FbpCheckConsignmentNoteStateResponse(_Struct, kw_only=True):
    error_message: str | None = None
    label_url: str | None = None
    state: str | None = None


class V1FbpCreateActRequest(_Struct, kw_only=True):
    supply_id: str


class V1FbpCreateActResponse(_Struct, kw_only=True):
    errors: list[str] | None = None
    file_uuid: str | None = None
    is_success: bool | None = None


class V1FbpCreateConsignmentNoteRequest(_Struct, kw_only=True):
    supply_id: str


class V1FbpCreateConsignmentNoteResponse(_Struct, kw_only=True):
    code: str | None = None


class V1FbpCreateLabelRequest(_Struct, kw_only=True):
    supply_id: str


class V1FbpCreateLabelResponse(_Struct, kw_only=True):
    code: str | None = None


class V1FbpDraftDirectCreateRequest(_Struct, kw_only=True):
    bundle_id: str
    delivery_details: V1FbpDraftDirectCreateRequestDirectDetails
    package_units_count: int
    warehouse_id: int


class V1FbpDraftDirectCreateRequestDirectDetails(_Struct, kw_only=True):
    """Детали доставки."""

    timeslot_start: _dt.datetime


class V1FbpDraftDirectCreateResponse(_Struct, kw_only=True):
    draft_id: int | None = None
    row_version: int | None = None
    supply_id: str | None = None


class V1FbpDraftDirectDeleteRequest(_Struct, kw_only=True):
    supply_id: str


class V1FbpDraftDirectDeleteResponse(_Struct, kw_only=True):
    cancellation_state: V1CancellationState | None = None
    row_version: int | None = None


class V1FbpDraftDirectGetTimeslotRequest(_Struct, kw_only=True):
    bundle_id: str
    interval_end: _dt.datetime
    interval_start: _dt.datetime
    warehouse_id: int


class V1FbpDraftDirectGetTimeslotResponse(_Struct, kw_only=True):
    reasons: list[str] | None = None
    timeslots: list[V1FbpDraftDirectGetTimeslotResponseTimeslot] | None = None
    warehouse_timezone_name: str | None = None


class V1FbpDraftDirectGetTimeslotResponseTimeslot(_Struct, kw_only=True):
    timeslot_end: str | None = None
    timeslot_start: str | None = None


class V1FbpDraftDirectProductValidateRequest(_Struct, kw_only=True):
    skus: list[V1FbpDraftDirectProductValidateRequestSkuItem]
    warehouse_id: int


class V1FbpDraftDirectProductValidateRequestSkuItem(_Struct, kw_only=True):
    count: int
    sku: int


class V1FbpDraftDirectProductValidateResponse(_Struct, kw_only=True):
    approved_items: list[V1FbpDraftDirectProductValidateResponseApprovedItem] | None = None
    bundle_generated: bool | None = None
    bundle_id: str | None = None
    rejected_items: list[V1FbpDraftDirectProductValidateResponseRejectedItem] | None = None


class V1FbpDraftDirectProductValidateResponseApprovedItem(_Struct, kw_only=True):
    barcode: str | None = None
    icon_name: str | None = None
    name: str | None = None
    offer_id: str | None = None
    quantity: int | None = None
    sku: int | None = None
    volume: float | None = None


class V1FbpDraftDirectProductValidateResponseRejectedItem(_Struct, kw_only=True):
    barcode: str | None = None
    icon_name: str | None = None
    name: str | None = None
    offer_id: str | None = None
    quantity: int | None = None
    rejection_reasons: list[str] | None = None
    sku: int | None = None
    volume: float | None = None


class V1FbpDraftDirectRegistrateRequest(_Struct, kw_only=True):
    row_version: int
    supply_id: str


class V1FbpDraftDirectRegistrateResponse(_Struct, kw_only=True):
    error: V1FbpDraftDirectRegistrateResponseRegistrationError | None = None
    is_error: bool | None = None
    row_version: int | None = None


class V1FbpDraftDirectRegistrateResponseRegistrationError(_Struct, kw_only=True):
    """Ошибка."""

    bundle_errors: list[V1FbpDraftDirectRegistrateResponseRegistrationErrorBundleError] | None = None
    order_error: str | None = None


class V1FbpDraftDirectRegistrateResponseRegistrationErrorBundleError(_Struct, kw_only=True):
    errors: list[str] | None = None
    sku: int | None = None


class V1FbpDraftDirectSellerDlvCreateRequest(_Struct, kw_only=True):
    bundle_id: str
    delivery_details: V1FbpDraftDirectSellerDlvCreateRequestDirectDetails
    package_units_count: int
    warehouse_id: int


class V1FbpDraftDirectSellerDlvCreateRequestDirectDetails(_Struct, kw_only=True):
    """Детали доставки."""

    driver_name: str
    timeslot_start: _dt.datetime
    vehicle_number: str
    vehicle_type: str


class V1FbpDraftDirectSellerDlvCreateResponse(_Struct, kw_only=True):
    draft_id: int | None = None
    row_version: int | None = None
    supply_id: str | None = None


class V1FbpDraftDirectSellerDlvEditRequest(_Struct, kw_only=True):
    driver_name: str
    row_version: int
    supply_id: str
    vehicle_number: str
    vehicle_type: str


class V1FbpDraftDirectSellerDlvEditResponse(_Struct, kw_only=True):
    error: V1OrderDraftValidationError | None = None
    is_error: bool | None = None
    row_version: int | None = None


class V1FbpDraftDirectTimeslotEditRequest(_Struct, kw_only=True):
    row_version: int
    supply_id: str
    timeslot_start: _dt.datetime


class V1FbpDraftDirectTimeslotEditResponse(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    row_version: int | None = None


class V1FbpDraftDirectTplDlvCreateRequest(_Struct, kw_only=True):
    bundle_id: str
    delivery_details: V1FbpDraftDirectTplDlvCreateRequestDirectDetails
    package_units_count: int
    warehouse_id: int


class V1FbpDraftDirectTplDlvCreateRequestDirectDetails(_Struct, kw_only=True):
    """Детали доставки."""

    timeslot_start: _dt.datetime
    tracking_number: str
    transport_company_name: str


class V1FbpDraftDirectTplDlvCreateResponse(_Struct, kw_only=True):
    draft_id: int | None = None
    row_version: int | None = None
    supply_id: str | None = None


class V1FbpDraftDirectTplDlvEditRequest(_Struct, kw_only=True):
    row_version: int
    supply_id: str
    tracking_number: str
    transport_company_name: str


class V1FbpDraftDirectTplDlvEditResponse(_Struct, kw_only=True):
    error: V1OrderDraftValidationError | None = None
    is_error: bool | None = None
    row_version: int | None = None


class V1FbpDraftDropOffCreateRequest(_Struct, kw_only=True):
    bundle_id: str
    delivery_details: V1FbpDraftDropOffCreateRequestDeliveryDetails
    package_units_count: int
    warehouse_id: int


class V1FbpDraftDropOffCreateRequestDeliveryDetails(_Struct, kw_only=True):
    """Детали доставки."""

    drop_off_date: str
    drop_off_point_id: int
    drop_off_province_uuid: str


class V1FbpDraftDropOffCreateResponse(_Struct, kw_only=True):
    draft_id: int | None = None
    row_version: int | None = None
    supply_id: str | None = None


class V1FbpDraftDropOffDeleteRequest(_Struct, kw_only=True):
    supply_id: str


class V1FbpDraftDropOffDeleteResponse(_Struct, kw_only=True):
    cancellation_state: V1CancellationState | None = None
    row_version: int | None = None


class V1FbpDraftDropOffDlvEditRequest(_Struct, kw_only=True):
    drop_off_date: str
    drop_off_point_id: int
    drop_off_province_uuid: str
    row_version: int
    supply_id: str


class V1FbpDraftDropOffDlvEditResponse(_Struct, kw_only=True):
    row_version: int | None = None


class V1FbpDraftDropOffPointListRequest(_Struct, kw_only=True):
    next_page_number: int | _UnsetType = _UNSET
    page_size: int
    province_uuid: str
    warehouse_id: int


class V1FbpDraftDropOffPointListResponse(_Struct, kw_only=True):
    drop_off_points: list[FbpDraftDropOffPointListResponseDropOffPoint] | None = None


class V1FbpDraftDropOffPointTimetableRequest(_Struct, kw_only=True):
    drop_off_point_id: int
    province_uuid: str
    warehouse_id: int


class V1FbpDraftDropOffPointTimetableResponse(_Struct, kw_only=True):
    calendar: list[V1FbpDraftDropOffPointTimetableResponseCalendar] | None = None


class V1FbpDraftDropOffPointTimetableResponseCalendar(_Struct, kw_only=True):
    calendar_item: V1FbpDraftDropOffPointTimetableResponseCalendarCalendarItem | None = None
    day_of_week: str | None = None


class V1FbpDraftDropOffPointTimetableResponseCalendarCalendarItem(_Struct, kw_only=True):
    """Расписание работы."""

    break_hours: V1FbpDraftDropOffPointTimetableResponseCalendarCalendarItemTimeslotWithTime | None = None
    is_holiday: bool | None = None
    opening_hours: (
        V1FbpDraftDropOffPointTimetableResponseCalendarCalendarItemTimeslotWithTimeOpening | None
    ) = None


class V1FbpDraftDropOffPointTimetableResponseCalendarCalendarItemTimeslotWithTime(_Struct, kw_only=True):
    """Часы перерыва."""

    timeslot_end: str | None = None
    timeslot_start: str | None = None


class V1FbpDraftDropOffPointTimetableResponseCalendarCalendarItemTimeslotWithTimeOpening(
    _Struct, kw_only=True
):
    """Часы работы."""

    timeslot_end: str | None = None
    timeslot_start: str | None = None


class V1FbpDraftDropOffProductValidateRequest(_Struct, kw_only=True):
    skus: list[V1FbpDraftDropOffProductValidateRequestSkuItem]
    warehouse_id: int


class V1FbpDraftDropOffProductValidateRequestSkuItem(_Struct, kw_only=True):
    count: int
    sku: int


class V1FbpDraftDropOffProductValidateResponse(_Struct, kw_only=True):
    approved_items: list[V1FbpDraftDropOffProductValidateResponseApprovedItem] | None = None
    bundle_generated: bool | None = None
    bundle_id: str | None = None
    rejected_items: list[V1FbpDraftDropOffProductValidateResponseRejectedItem] | None = None


class V1FbpDraftDropOffProductValidateResponseApprovedItem(_Struct, kw_only=True):
    barcode: str | None = None
    icon_name: str | None = None
    name: str | None = None
    offer_id: str | None = None
    quantity: int | None = None
    sku: int | None = None
    volume: float | None = None


class V1FbpDraftDropOffProductValidateResponseRejectedItem(_Struct, kw_only=True):
    barcode: str | None = None
    icon_name: str | None = None
    name: str | None = None
    offer_id: str | None = None
    quantity: int | None = None
    rejection_reasons: list[str] | None = None
    sku: int | None = None
    volume: float | None = None


class V1FbpDraftDropOffProvinceListRequest(_Struct, kw_only=True):
    warehouse_id: int


class V1FbpDraftDropOffProvinceListResponse(_Struct, kw_only=True):
    provinces: list[FbpDraftDropOffProvinceListResponseProvince] | None = None


class V1FbpDraftDropOffRegistrateRequest(_Struct, kw_only=True):
    row_version: int
    supply_id: str


class V1FbpDraftDropOffRegistrateResponse(_Struct, kw_only=True):
    error: V1FbpDraftDropOffRegistrateResponseRegistrationError | None = None
    is_error: bool | None = None
    row_version: int | None = None


class V1FbpDraftDropOffRegistrateResponseRegistrationError(_Struct, kw_only=True):
    """Ошибка."""

    bundle_errors: list[V1FbpDraftDropOffRegistrateResponseRegistrationErrorBundleError] | None = None
    order_error: str | None = None


class V1FbpDraftDropOffRegistrateResponseRegistrationErrorBundleError(_Struct, kw_only=True):
    errors: list[str] | None = None
    sku: int | None = None


class V1FbpDraftGetRequest(_Struct, kw_only=True):
    supply_id: str


class V1FbpDraftGetResponse(_Struct, kw_only=True):
    bundle_id: str | None = None
    cancellation_state: V1CancellationState | None = None
    created_at: str | None = None
    decline_reason: FbpDraftGetResponseDeclineReason | None = None
    deleted_at: str | None = None
    delivery_details: V1fbpDeliveryDetails | None = None
    editable: bool | None = None
    id: int | None = None
    is_cancelable: bool | None = None
    is_deletable: bool | None = None
    is_registration_available: bool | None = None
    locked: bool | None = None
    package_units_count: int | None = None
    row_version: int | None = None
    status: str | None = None
    supply_id: str | None = None
    warehouse_id: int | None = None


class V1FbpDraftListRequest(_Struct, kw_only=True):
    count: int
    last_id: int | _UnsetType = _UNSET


class V1FbpDraftListResponse(_Struct, kw_only=True):
    has_next: bool | None = None
    items: list[V1FbpDraftListResponseItem] | None = None
    last_id: int | None = None


class V1FbpDraftListResponseItem(_Struct, kw_only=True):
    bundle_id: str | None = None
    cancellation_state: V1CancellationState | None = None
    created_at: str | None = None
    deleted_at: str | None = None
    delivery_details: V1fbpDeliveryDetails | None = None
    editable: bool | None = None
    id: int | None = None
    is_cancelable: bool | None = None
    is_deletable: bool | None = None
    locked: bool | None = None
    package_units_count: int | None = None
    status: str | None = None
    supply_id: str | None = None
    warehouse_id: int | None = None


class V1FbpDraftPickUpDeleteRequest(_Struct, kw_only=True):
    supply_id: str


class V1FbpDraftPickUpDeleteResponse(_Struct, kw_only=True):
    cancellation_state: V1CancellationState | None = None
    row_version: int | None = None


class V1FbpDraftPickUpProductValidateRequest(_Struct, kw_only=True):
    skus: list[V1FbpDraftPickUpProductValidateRequestSkuItem]
    warehouse_id: int


class V1FbpDraftPickUpProductValidateRequestSkuItem(_Struct, kw_only=True):
    count: int
    sku: int


class V1FbpDraftPickUpProductValidateResponse(_Struct, kw_only=True):
    approved_items: list[V1FbpDraftPickUpProductValidateResponseApprovedItem] | None = None
    bundle_generated: bool | None = None
    bundle_id: str | None = None
    rejected_items: list[V1FbpDraftPickUpProductValidateResponseRejectedItem] | None = None


class V1FbpDraftPickUpProductValidateResponseApprovedItem(_Struct, kw_only=True):
    barcode: str | None = None
    icon_name: str | None = None
    name: str | None = None
    offer_id: str | None = None
    quantity: int | None = None
    sku: int | None = None
    volume: float | None = None


class V1FbpDraftPickUpProductValidateResponseRejectedItem(_Struct, kw_only=True):
    barcode: str | None = None
    icon_name: str | None = None
    name: str | None = None
    offer_id: str | None = None
    quantity: int | None = None
    rejection_reasons: list[str] | None = None
    sku: int | None = None
    volume: float | None = None


class V1FbpDraftPickUpRegistrateRequest(_Struct, kw_only=True):
    row_version: int
    supply_id: str


class V1FbpDraftPickUpRegistrateResponse(_Struct, kw_only=True):
    error: V1FbpDraftPickUpRegistrateResponseRegistrationError | None = None
    is_error: bool | None = None
    row_version: int | None = None


class V1FbpDraftPickUpRegistrateResponseRegistrationError(_Struct, kw_only=True):
    """Ошибка."""

    bundle_errors: list[V1FbpDraftPickUpRegistrateResponseRegistrationErrorBundleError] | None = None
    order_error: str | None = None


class V1FbpDraftPickUpRegistrateResponseRegistrationErrorBundleError(_Struct, kw_only=True):
    errors: list[str] | None = None
    sku: int | None = None


class V1FbpDraftPickupCreateRequest(_Struct, kw_only=True):
    bundle_id: str
    delivery_details: V1FbpDraftPickupCreateRequestDeliveryDetails
    package_units_count: int
    warehouse_id: int


class V1FbpDraftPickupCreateRequestDeliveryDetails(_Struct, kw_only=True):
    """Детали доставки."""

    address: str
    comment: str
    date: _dt.datetime
    sender_name: str
    sender_phone: str


class V1FbpDraftPickupCreateResponse(_Struct, kw_only=True):
    draft_id: int | None = None
    row_version: int | None = None
    supply_id: str | None = None


class V1FbpDraftPickupDlvEditRequest(_Struct, kw_only=True):
    pickup_details: V1FbpDraftPickupDlvEditRequestDeliveryDetails
    row_version: int
    supply_id: str


class V1FbpDraftPickupDlvEditRequestDeliveryDetails(_Struct, kw_only=True):
    """Детали доставки."""

    address: str
    comment: str
    date: _dt.datetime
    sender_name: str
    sender_phone: str


class V1FbpDraftPickupDlvEditResponse(_Struct, kw_only=True):
    row_version: int | None = None


class V1FbpEditTimeslotRequest(_Struct, kw_only=True):
    row_version: int
    supply_id: str
    timeslot_start: _dt.datetime


class V1FbpEditTimeslotResponse(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    row_version: int | None = None


class V1FbpGetLabelRequest(_Struct, kw_only=True):
    code: str
    supply_id: str


class V1FbpGetLabelResponse(_Struct, kw_only=True):
    label_url: str | None = None
    state: str | None = None


class V1FbpOrderDirectCancelRequest(_Struct, kw_only=True):
    supply_id: str


class V1FbpOrderDirectCancelResponse(_Struct, kw_only=True):
    error: V1OrderValidationError | None = None
    is_error: bool | None = None
    row_version: int | None = None


class V1FbpOrderDirectSellerDlvEditRequest(_Struct, kw_only=True):
    driver_name: str
    row_version: int
    supply_id: str
    vehicle_number: str
    vehicle_type: str


class V1FbpOrderDirectSellerDlvEditResponse(_Struct, kw_only=True):
    error: V1OrderValidationError | None = None
    is_error: bool | None = None
    row_version: int | None = None


class V1FbpOrderDropOffCancelRequest(_Struct, kw_only=True):
    supply_id: str


class V1FbpOrderDropOffCancelResponse(_Struct, kw_only=True):
    error: V1OrderValidationError | None = None
    is_error: bool | None = None
    row_version: int | None = None


class V1FbpOrderDropOffDlvEditRequest(_Struct, kw_only=True):
    drop_off_date: str
    row_version: int
    supply_id: str


class V1FbpOrderDropOffDlvEditResponse(_Struct, kw_only=True):
    row_version: int | None = None


class V1FbpOrderDropOffTimetableRequest(_Struct, kw_only=True):
    drop_off_point_id: int
    province_uuid: str
    warehouse_id: int


class V1FbpOrderDropOffTimetableResponse(_Struct, kw_only=True):
    calendar: list[V1FbpOrderDropOffTimetableResponseCalendar] | None = None


class V1FbpOrderDropOffTimetableResponseCalendar(_Struct, kw_only=True):
    calendar_item: V1FbpOrderDropOffTimetableResponseCalendarCalendarItem | None = None
    day_of_week: str | None = None


class V1FbpOrderDropOffTimetableResponseCalendarCalendarItem(_Struct, kw_only=True):
    """Информация о дне."""

    break_hours: V1FbpOrderDropOffTimetableResponseCalendarCalendarItemTimeslotWithTimeBreak | None = None
    is_holiday: bool | None = None
    opening_hours: V1FbpOrderDropOffTimetableResponseCalendarCalendarItemTimeslotWithTime | None = None


class V1FbpOrderDropOffTimetableResponseCalendarCalendarItemTimeslotWithTime(_Struct, kw_only=True):
    """Информация о рабочих часах."""

    timeslot_end: str | None = None
    timeslot_start: str | None = None


class V1FbpOrderDropOffTimetableResponseCalendarCalendarItemTimeslotWithTimeBreak(_Struct, kw_only=True):
    """Информация о перерыве."""

    timeslot_end: str | None = None
    timeslot_start: str | None = None


class V1FbpOrderGetRequest(_Struct, kw_only=True):
    supply_id: str


class V1FbpOrderGetResponse(_Struct, kw_only=True):
    attention_reasons: list[str] | None = None
    bundle_uuid: str | None = None
    can_be_cancelled: bool | None = None
    cancellation_state: V1CancellationState | None = None
    created_date: str | None = None
    delivery_details: Fbpv1DeliveryDetails | None = None
    draft_id: int | None = None
    has_consignment_note: bool | None = None
    has_label: bool | None = None
    id: int | None = None
    locked: bool | None = None
    order_number: str | None = None
    package_units_count: int | None = None
    receive_date: str | None = None
    row_version: int | None = None
    status: str | None = None
    supply_id: str | None = None
    warehouse_id: int | None = None


class V1FbpOrderListRequest(_Struct, kw_only=True):
    count: int
    last_id: int | _UnsetType = _UNSET


class V1FbpOrderListResponse(_Struct, kw_only=True):
    has_next: bool | None = None
    items: list[V1FbpOrderListResponseItem] | None = None
    last_id: int | None = None


class V1FbpOrderListResponseItem(_Struct, kw_only=True):
    """Детали заказа."""

    attention_reasons: list[str] | None = None
    bundle_summary: ItemBundleSummary | None = None
    can_be_cancelled: bool | None = None
    cancellation_state: V1CancellationState | None = None
    created_date: str | None = None
    delivery_details: Fbpv1DeliveryDetails | None = None
    has_consignment_note: bool | None = None
    has_label: bool | None = None
    id: int | None = None
    locked: bool | None = None
    order_number: str | None = None
    package_units_count: int | None = None
    receive_date: str | None = None
    status: str | None = None
    supply_id: str | None = None
    warehouse_id: int | None = None


class V1FbpOrderPickUpCancelRequest(_Struct, kw_only=True):
    supply_id: str


class V1FbpOrderPickUpCancelResponse(_Struct, kw_only=True):
    error: V1OrderValidationError | None = None
    is_error: bool | None = None
    row_version: int | None = None


class V1FbpOrderPickUpDlvEditRequest(_Struct, kw_only=True):
    pickup_details: V1FbpOrderPickUpDlvEditRequestPickUpDetails
    row_version: int
    supply_id: str


class V1FbpOrderPickUpDlvEditRequestPickUpDetails(_Struct, kw_only=True):
    """Детали отправителя."""

    sender_name: str
    sender_phone: str


class V1FbpOrderPickUpDlvEditResponse(_Struct, kw_only=True):
    error: V1OrderValidationError | None = None
    is_error: bool | None = None
    row_version: int | None = None


class V1FbpWarehouseListResponse(_Struct, kw_only=True):
    warehouses: list[FbpWarehouseListResponseWarehouse] | None = None


class V1FbsPostingProductExemplarUpdateRequest(_Struct, kw_only=True):
    posting_number: str


class V1GenerateBarcodeRequest(_Struct, kw_only=True):
    """object"""

    product_ids: list[str]


class V1GenerateBarcodeResponse(_Struct, kw_only=True):
    """object"""

    errors: list[V1GenerateBarcodeResult] | None = None


class V1GenerateBarcodeResult(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    error: str | None = None
    barcode: str | None = None
    product_id: int | None = None


class V1GetAttributeValuesRequest(_Struct, kw_only=True):
    """object"""

    attribute_id: int
    description_category_id: int
    language: LanguageLanguage | _UnsetType = _UNSET
    last_value_id: int | _UnsetType = _UNSET
    limit: int
    type_id: int


class V1GetAttributeValuesResponse(_Struct, kw_only=True):
    """object"""

    has_next: bool | None = None
    result: list[V1GetAttributeValuesResponseDictionaryValue] | None = None


class V1GetAttributeValuesResponseDictionaryValue(_Struct, kw_only=True):
    """object"""

    id: int | None = None
    info: str | None = None
    picture: str | None = None
    value: str | None = None


class V1GetAttributesRequest(_Struct, kw_only=True):
    """object"""

    description_category_id: int
    language: LanguageLanguage | _UnsetType = _UNSET
    type_id: int


class V1GetAttributesResponse(_Struct, kw_only=True):
    """object"""

    result: list[V1GetAttributesResponseAttribute] | None = None


class V1GetAttributesResponseAttribute(_Struct, kw_only=True):
    """object"""

    category_dependent: bool | None = None
    description: str | None = None
    dictionary_id: int | None = None
    group_id: int | None = None
    group_name: str | None = None
    id: int | None = None
    is_aspect: bool | None = None
    is_collection: bool | None = None
    is_required: bool | None = None
    name: str | None = None
    type: str | None = None
    attribute_complex_id: int | None = None
    max_value_count: int | None = None
    complex_is_collection: bool | None = None


class V1GetCompensationReportRequest(_Struct, kw_only=True):
    date: str
    language: str | _UnsetType = _UNSET


class V1GetCompetitorsRequest(_Struct, kw_only=True):
    """object"""

    page: int
    limit: int


class V1GetCompetitorsResponse(_Struct, kw_only=True):
    """object"""

    competitor: list[GetCompetitorsResponseCompetitorInfo] | None = None
    total: int | None = None


class V1GetDecompensationReportRequest(_Struct, kw_only=True):
    date: str
    language: str | _UnsetType = _UNSET


class V1GetDeliveryMethodReturnSettingsV1Request(_Struct, kw_only=True):
    delivery_method_id: int


class V1GetDeliveryMethodReturnSettingsV1Response(_Struct, kw_only=True):
    settings: GetDeliveryMethodReturnSettingsV1ResponseReturnSetting | None = None


class V1GetDiscountTaskListRequest(_Struct, kw_only=True):
    """object"""

    status: V1DiscountTaskStatus
    page: int
    limit: int


class V1GetDiscountTaskListResponse(_Struct, kw_only=True):
    """object"""

    result: list[V1GetDiscountTaskListResponseTask] | None = None


class V1GetDiscountTaskListResponseTask(_Struct, kw_only=True):
    """object"""

    id: int | None = None
    created_at: str | None = None
    end_at: str | None = None
    edited_till: str | None = None
    status: str | None = None
    customer_name: str | None = None
    sku: int | None = None
    user_comment: str | None = None
    seller_comment: str | None = None
    requested_price: float | None = None
    approved_price: float | None = None
    original_price: float | None = None
    discount: float | None = None
    discount_percent: float | None = None
    base_price: float | None = None
    min_auto_price: float | None = None
    prev_task_id: int | None = None
    is_damaged: bool | None = None
    moderated_at: str | None = None
    approved_discount: float | None = None
    approved_discount_percent: float | None = None
    is_purchased: bool | None = None
    is_auto_moderated: bool | None = None
    offer_id: str | None = None
    email: str | None = None
    last_name: str | None = None
    first_name: str | None = None
    patronymic: str | None = None
    approved_quantity_min: int | None = None
    approved_quantity_max: int | None = None
    requested_quantity_min: int | None = None
    requested_quantity_max: int | None = None
    requested_price_with_fee: float | None = None
    approved_price_with_fee: float | None = None
    approved_price_fee_percent: float | None = None


class V1GetEtgbRequest(_Struct, kw_only=True):
    """object"""

    date: GetEtgbRequestDate


class V1GetEtgbResponse(_Struct, kw_only=True):
    """object"""

    result: list[GetEtgbResponseResult] | None = None


class V1GetFBSRatingIndexInfoV1Response(_Struct, kw_only=True):
    currency_code: str | None = None
    defects: list[GetFBSRatingIndexInfoV1ResponseIndexDynamics] | None = None
    index: float | None = None
    period_from: str | None = None
    period_to: str | None = None
    processing_costs_sum: float | None = None


class V1GetFinanceBalanceV1Request(_Struct, kw_only=True):
    date_from: _dt.datetime
    date_to: _dt.datetime


class V1GetFinanceBalanceV1Response(_Struct, kw_only=True):
    """Отчёт о балансе."""

    cashflows: GetFinanceBalanceV1ResponseCashflows | None = None
    total: GetFinanceBalanceV1ResponseTotal | None = None


class V1GetFinanceBalanceV1ResponseAccruedMoney(_Struct, kw_only=True):
    """Начислено за период."""

    currency_code: str | None = None
    value: float | None = None


class V1GetFinanceBalanceV1ResponseClosingBalanceMoney(_Struct, kw_only=True):
    """Баланс на конец периода."""

    currency_code: str | None = None
    value: float | None = None


class V1GetFinanceBalanceV1ResponseFeeMoney(_Struct, kw_only=True):
    """Сумма вознаграждения Ozon."""

    currency_code: str | None = None
    value: float | None = None


class V1GetFinanceBalanceV1ResponseOpeningBalanceMoney(_Struct, kw_only=True):
    """Баланс на начало периода."""

    currency_code: str | None = None
    value: float | None = None


class V1GetFinanceBalanceV1ResponsePartnerMoney(_Struct, kw_only=True):
    """Выплаты по механикам лояльности партнёров."""

    currency_code: str | None = None
    value: float | None = None


class V1GetFinanceBalanceV1ResponsePaymentsMoney(_Struct, kw_only=True):
    """Выплачено за период."""

    currency_code: str | None = None
    value: float | None = None


class V1GetFinanceBalanceV1ResponseReturnsMoney(_Struct, kw_only=True):
    """Сумма возвратов."""

    currency_code: str | None = None
    value: float | None = None


class V1GetFinanceBalanceV1ResponseRevenueMoney(_Struct, kw_only=True):
    """Сумма, которую оплатили покупатели."""

    currency_code: str | None = None
    value: float | None = None


class V1GetFinanceBalanceV1ResponseSalesMoney(_Struct, kw_only=True):
    """Сумма продаж."""

    currency_code: str | None = None
    value: float | None = None


class V1GetFinanceBalanceV1ResponseServicesMoney(_Struct, kw_only=True):
    """Сумма начислений за другие услуги."""

    currency_code: str | None = None
    value: float | None = None


class V1GetFinanceProductsBuyoutRequest(_Struct, kw_only=True):
    date_from: str
    date_to: str


class V1GetFinanceProductsBuyoutResponse(_Struct, kw_only=True):
    products: list[GetFinanceProductsBuyoutResponseProduct] | None = None


class V1GetLabelBatchRequest(_Struct, kw_only=True):
    """object"""

    task_id: int


class V1GetLabelBatchResponse(_Struct, kw_only=True):
    """object"""

    result: V1GetLabelBatchResponseResult | None = None


class V1GetLabelBatchResponseResult(_Struct, kw_only=True):
    """Результат работы метода."""

    error: str | None = None
    file_url: str | None = None
    printed_postings_count: int | None = None
    status: str | None = None
    unprinted_postings: list[ResultUnprintedPosting] | None = None
    unprinted_postings_count: int | None = None


class V1GetProductInfoDiscountedRequest(_Struct, kw_only=True):
    """object"""

    discounted_skus: list[str]


class V1GetProductInfoDiscountedResponse(_Struct, kw_only=True):
    """object"""

    items: list[V1GetProductInfoDiscountedResponseItem] | None = None


class V1GetProductInfoDiscountedResponseItem(_Struct, kw_only=True):
    """object"""

    comment_reason_damaged: str | None = None
    condition: str | None = None
    condition_estimation: str | None = None
    defects: str | None = None
    discounted_sku: int | None = None
    mechanical_damage: str | None = None
    package_damage: str | None = None
    packaging_violation: str | None = None
    reason_damaged: str | None = None
    repair: str | None = None
    shortage: str | None = None
    sku: int | None = None
    warranty_type: str | None = None


class V1GetProductInfoSubscriptionRequest(_Struct, kw_only=True):
    """object"""

    skus: list[str]


class V1GetProductInfoSubscriptionResponse(_Struct, kw_only=True):
    """object"""

    result: list[V1GetProductInfoSubscriptionResponseResult] | None = None


class V1GetProductInfoSubscriptionResponseResult(_Struct, kw_only=True):
    """object"""

    count: int | None = None
    sku: int | None = None


class V1GetProductPlacementZoneInfoRequest(_Struct, kw_only=True):
    skus: list[str]


class V1GetProductPlacementZoneInfoResponse(_Struct, kw_only=True):
    products_placement: list[GetProductPlacementZoneInfoResponseProductPlacement] | None = None


class V1GetProductRatingBySkuRequest(_Struct, kw_only=True):
    """object"""

    skus: list[str]


class V1GetProductRatingBySkuResponse(_Struct, kw_only=True):
    """object"""

    products: list[GetProductRatingBySkuResponseProductRating] | None = None


class V1GetProductStairwayDiscountByQuantityRequest(_Struct, kw_only=True):
    skus: list[str]


class V1GetProductStairwayDiscountByQuantityResponse(_Struct, kw_only=True):
    stairways: list[V1GetProductStairwayDiscountByQuantityResponseStairways] | None = None


class V1GetProductStairwayDiscountByQuantityResponseStairways(_Struct, kw_only=True):
    enabled: bool | None = None
    sku: int | None = None
    stairway: V1GetProductStairwayDiscountByQuantityResponseStairwaysStairway | None = None
    status: str | None = None


class V1GetProductStairwayDiscountByQuantityResponseStairwaysStairway(_Struct, kw_only=True):
    """Информация об уровне скидки от количества."""

    steps: list[V1GetProductStairwayDiscountByQuantityResponseStairwaysStairwayStep] | None = None


class V1GetProductStairwayDiscountByQuantityResponseStairwaysStairwayStep(_Struct, kw_only=True):
    discount: int | None = None
    quantity: int | None = None
    step: int | None = None


class V1GetRealizationReportByDayRequest(_Struct, kw_only=True):
    day: int
    month: int
    year: int


class V1GetRealizationReportPostingRequest(_Struct, kw_only=True):
    month: int
    year: int


class V1GetRealizationReportPostingResponse(_Struct, kw_only=True):
    """Результат запроса."""

    header: GetRealizationReportResponseV2Header | None = None
    rows: list[V1GetRealizationReportPostingResponseRow] | None = None


class V1GetRealizationReportPostingResponseRow(_Struct, kw_only=True):
    """object"""

    commission_ratio: float | None = None
    delivery_commission: RowItemCommission | None = None
    item: RowItem | None = None
    return_commission: RowItemCommissionReturn | None = None
    row_number: int | None = None
    seller_price_per_instance: float | None = None
    order: RowItemOrder | None = None
    legal_entity_document: RowItemLegalEntityDocument | None = None


class V1GetReceiptRequest(_Struct, kw_only=True):
    receipt_id: str


class V1GetReceiptResponse(_Struct, kw_only=True):
    content: str | None = None


class V1GetRestrictionsRequest(_Struct, kw_only=True):
    """object"""

    posting_number: str


class V1GetRestrictionsResponse(_Struct, kw_only=True):
    """object"""

    result: V1Restriction | None = None


class V1GetReturnsListRequest(_Struct, kw_only=True):
    """object"""

    filter: GetReturnsListRequestFilter | _UnsetType = _UNSET
    limit: int
    last_id: int | _UnsetType = _UNSET


class V1GetReturnsListResponse(_Struct, kw_only=True):
    """object"""

    returns: list[GetReturnsListResponseReturnsItem] | None = None
    has_next: bool | None = None


class V1GetStrategyIDsByItemIDsResponse(_Struct, kw_only=True):
    """object"""

    result: V1GetStrategyIDsByItemIDsResponseResult | None = None


class V1GetStrategyIDsByItemIDsResponseResult(_Struct, kw_only=True):
    """Результат работы метода."""

    products_info: list[GetStrategyIDsByItemIDsResponseProductInfo] | None = None


class V1GetStrategyItemInfoRequest(_Struct, kw_only=True):
    """object"""

    product_id: int


class V1GetStrategyItemInfoResponse(_Struct, kw_only=True):
    """object"""

    result: V1GetStrategyItemInfoResponseResult | None = None


class V1GetStrategyItemInfoResponseResult(_Struct, kw_only=True):
    """Результат работы метода."""

    strategy_id: str | None = None
    is_enabled: bool | None = None
    strategy_product_price: int | None = None
    price_downloaded_at: str | None = None
    strategy_competitor_id: int | None = None
    strategy_competitor_product_url: str | None = None


class V1GetStrategyItemsResponse(_Struct, kw_only=True):
    """object"""

    result: V1GetStrategyItemsResponseResult | None = None


class V1GetStrategyItemsResponseResult(_Struct, kw_only=True):
    """Список товаров."""

    product_id: list[int] | None = None


class V1GetStrategyListRequest(_Struct, kw_only=True):
    """object"""

    page: int
    limit: int


class V1GetStrategyListResponse(_Struct, kw_only=True):
    """object"""

    strategies: list[GetStrategyListResponseStrategy] | None = None
    total: int | None = None


class V1GetStrategyResponse(_Struct, kw_only=True):
    """object"""

    result: V1GetStrategyResponseResult | None = None


class V1GetStrategyResponseResult(_Struct, kw_only=True):
    """Результат работы метода."""

    competitors: list[V1CompetitorOut] | None = None
    enabled: bool | None = None
    name: str | None = None
    type: str | None = None
    update_type: str | None = None


class V1GetSupplierReturnsSummaryReportRequest(_Struct, kw_only=True):
    date_from: str
    date_to: str
    last_id: str | _UnsetType = _UNSET
    limit: int


class V1GetSupplierReturnsSummaryReportResponse(_Struct, kw_only=True):
    last_id: str | None = None
    returns_summary_report_rows: list[V1GetSupplierReturnsSummaryReportResponseRow] | None = None


class V1GetSupplierReturnsSummaryReportResponseRow(_Struct, kw_only=True):
    barcode: str | None = None
    box_barcode: str | None = None
    box_height: float | None = None
    box_id: int | None = None
    box_length: float | None = None
    box_state: str | None = None
    box_volume: float | None = None
    box_weight: float | None = None
    box_width: float | None = None
    clearing_warehouse_name: str | None = None
    delivery_date: str | None = None
    delivery_type: str | None = None
    destination_warehouse_address: str | None = None
    destination_warehouse_name: str | None = None
    given_out_date: str | None = None
    is_auto_return: bool | None = None
    name: str | None = None
    offer_id: str | None = None
    preliminary_delivery_price: float | None = None
    quant_count: int | None = None
    quantity_for_return: int | None = None
    return_created_at: str | None = None
    return_id: int | None = None
    return_state: str | None = None
    sku: int | None = None
    stock_type: str | None = None
    utilization_date: str | None = None


class V1GetSupplyOrderBundleRequest(_Struct, kw_only=True):
    bundle_ids: list[str]
    is_asc: bool | _UnsetType = _UNSET
    item_tags_calculation: GetSupplyOrderBundleRequestItemTagsCalculation | _UnsetType = _UNSET
    last_id: str | _UnsetType = _UNSET
    limit: int
    query: str | _UnsetType = _UNSET
    sort_field: V1ItemSortField | _UnsetType = _UNSET


class V1GetSupplyOrderBundleResponse(_Struct, kw_only=True):
    """object"""

    items: list[V1ItemResponse] | None = None
    total_count: int | None = None
    has_next: bool | None = None
    last_id: str | None = None


class V1GetSupplyOrderTimeslotStatusRequest(_Struct, kw_only=True):
    """object"""

    operation_id: str


class V1GetSupplyOrderTimeslotStatusResponse(_Struct, kw_only=True):
    """object"""

    errors: list[str] | None = None
    status: str | None = None


class V1GetSupplyOrderTimeslotsRequest(_Struct, kw_only=True):
    """object"""

    supply_order_id: int


class V1GetSupplyOrderTimeslotsResponse(_Struct, kw_only=True):
    timeslots: list[V1SupplyOrderTimeslotOut] | None = None
    timezone: list[V1Timezone] | None = None


class V1GetSupplyReturnsSummaryReportRequest(_Struct, kw_only=True):
    date_from: str
    date_to: str
    last_id: str | _UnsetType = _UNSET
    limit: int


class V1GetSupplyReturnsSummaryReportResponse(_Struct, kw_only=True):
    last_id: str | None = None
    returns_summary_report_rows: list[V1GetSupplyReturnsSummaryReportResponseRow] | None = None


class V1GetSupplyReturnsSummaryReportResponseRow(_Struct, kw_only=True):
    barcode: str | None = None
    box_barcode: str | None = None
    box_height: float | None = None
    box_id: int | None = None
    box_length: float | None = None
    box_state: str | None = None
    box_volume: float | None = None
    box_weight: float | None = None
    box_width: float | None = None
    clearing_warehouse_name: str | None = None
    delivery_date: str | None = None
    delivery_type: str | None = None
    destination_warehouse_address: str | None = None
    destination_warehouse_name: str | None = None
    given_out_date: str | None = None
    is_auto_return: bool | None = None
    name: str | None = None
    offer_id: str | None = None
    preliminary_delivery_price: float | None = None
    quant_count: int | None = None
    quantity_for_return: int | None = None
    return_created_at: str | None = None
    return_id: int | None = None
    return_state: str | None = None
    sku: int | None = None
    stock_type: str | None = None
    utilization_date: str | None = None


class V1GetTreeRequest(_Struct, kw_only=True):
    """object"""

    language: LanguageLanguage | _UnsetType = _UNSET


class V1GetTreeResponse(_Struct, kw_only=True):
    """object"""

    result: list[V1GetTreeResponseItem] | None = None


class V1GetTreeResponseItem(_Struct, kw_only=True):
    """object"""

    description_category_id: int | None = None
    category_name: str | None = None
    children: list[V1GetTreeResponseItem] | None = None
    disabled: bool | None = None
    type_id: int | None = None
    type_name: str | None = None


class V1GetWarehouseFBSOperationStatusRequest(_Struct, kw_only=True):
    operation_id: str


class V1GetWarehouseFBSOperationStatusResponse(_Struct, kw_only=True):
    error: GetWarehouseFBSOperationStatusResponseError | None = None
    result: GetWarehouseFBSOperationStatusResponseResult | None = None
    status: str | None = None
    type: str | None = None


class V1GiveoutGetBarcodeResponse(_Struct, kw_only=True):
    barcode: str | None = None


class V1GiveoutInfoRequest(_Struct, kw_only=True):
    giveout_id: int


class V1GiveoutInfoResponse(_Struct, kw_only=True):
    articles: list[GiveoutInfoResponseArticleDetails] | None = None
    giveout_id: int | None = None
    giveout_status: str | None = None
    warehouse_address: str | None = None
    warehouse_name: str | None = None


class V1GiveoutIsEnabledResponse(_Struct, kw_only=True):
    enabled: bool | None = None


class V1GiveoutListRequest(_Struct, kw_only=True):
    last_id: int | _UnsetType = _UNSET
    limit: int


class V1GiveoutListResponse(_Struct, kw_only=True):
    giveouts: list[GiveoutListResponseGiveoutDetails] | None = None


class V1InvoiceDeleteRequest(_Struct, kw_only=True):
    """object"""

    posting_number: str


class V1InvoiceDeleteResponse(_Struct, kw_only=True):
    """object"""

    result: bool | None = None


class V1InvoiceFileUploadRequest(_Struct, kw_only=True):
    """object"""

    base64_content: str
    posting_number: str


class V1InvoiceFileUploadResponse(_Struct, kw_only=True):
    """object"""

    url: str | None = None


class V1InvoiceGetRequest(_Struct, kw_only=True):
    """object"""

    posting_number: str


class V1ItemError(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    message: str | None = None
    state: str | None = None
    level: str | None = None
    description: str | None = None
    field: str | None = None
    attribute_id: int | None = None
    attribute_name: str | None = None


class V1ItemIDsRequest(_Struct, kw_only=True):
    """object"""

    product_id: list[str]


class V1ItemResponse(_Struct, kw_only=True):
    """object"""

    icon_path: str | None = None
    sku: int | None = None
    name: str | None = None
    offer_id: str | None = None
    quantity: int | None = None
    barcode: str | None = None
    product_id: int | None = None
    quant: int | None = None
    is_quant_editable: bool | None = None
    volume_in_litres: float | None = None
    total_volume_in_litres: float | None = None
    contractor_item_code: str | None = None
    sfbo_attribute: str | None = None
    shipment_type: str | None = None
    tags: list[str] | None = None
    placement_zone: str | None = None


class V1ItemsValidation(_Struct, kw_only=True):
    reasons: list[str] | None = None
    sku: int | None = None


class V1ListDropOffPointsForCreateFBSWarehouseRequest(_Struct, kw_only=True):
    coordinates: V1ListDropOffPointsForCreateFBSWarehouseRequestCoordinates | _UnsetType = _UNSET
    country_code: str
    is_kgt: bool
    search: ListDropOffPointsForCreateFBSWarehouseRequestSearch | _UnsetType = _UNSET


class V1ListDropOffPointsForCreateFBSWarehouseRequestCoordinates(_Struct, kw_only=True):
    """Координаты."""

    latitude: float
    longitude: float


class V1ListDropOffPointsForCreateFBSWarehouseResponse(_Struct, kw_only=True):
    points: list[ListDropOffPointsForCreateFBSWarehouseResponseDropOffPoint] | None = None


class V1ListDropOffPointsForCreateFBSWarehouseResponseCoordinates(_Struct, kw_only=True):
    """Координаты drop-off пункта."""

    latitude: float | None = None
    longitude: float | None = None


class V1ListDropOffPointsForUpdateFBSWarehouseRequest(_Struct, kw_only=True):
    search: ListDropOffPointsForUpdateFBSWarehouseRequestSearch | _UnsetType = _UNSET
    warehouse_id: int


class V1ListDropOffPointsForUpdateFBSWarehouseResponse(_Struct, kw_only=True):
    points: list[ListDropOffPointsForUpdateFBSWarehouseResponseDropOffPoint] | None = None


class V1ListFBSRatingIndexPostingsV1Request(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: ListFBSRatingIndexPostingsV1RequestFilter
    limit: int


class V1ListFBSRatingIndexPostingsV1Response(_Struct, kw_only=True):
    cursor: str | None = None
    errors: list[ListFBSRatingIndexPostingsV1ResponseError] | None = None
    has_next: bool | None = None


class V1ListPostingCodesRequest(_Struct, kw_only=True):
    dir: DirEnum | _UnsetType = _UNSET
    filter: ListPostingCodesRequestFilter | _UnsetType = _UNSET
    limit: int | _UnsetType = _UNSET
    offset: int | _UnsetType = _UNSET
    with_: ListPostingCodesRequestWithParams | _UnsetType = _field(name="with", default=_UNSET)


class V1ListPostingCodesResponse(_Struct, kw_only=True):
    result: list[ListPostingCodesResponsePosting] | None = None


class V1Money(_Struct, kw_only=True):
    """Ограничение по цене."""

    currency: str | None = None
    value: float | None = None


class V1OrderCancelCheckRequest(_Struct, kw_only=True):
    order_number: str


class V1OrderCancelCheckResponse(_Struct, kw_only=True):
    cancellable: bool | None = None
    order_number: str | None = None
    posting_groups: list[OrderCancelCheckResponsePostingGroup] | None = None
    postings: list[OrderCancelCheckResponsePosting] | None = None


class V1OrderCancelRequest(_Struct, kw_only=True):
    order_number: str
    reason_id: int
    reason_message: str | _UnsetType = _UNSET


class V1OrderCancelResponse(_Struct, kw_only=True):
    message: str | None = None


class V1OrderCancelStatusRequest(_Struct, kw_only=True):
    order_number: str


class V1OrderCancelStatusResponse(_Struct, kw_only=True):
    order_number: str | None = None
    posting_number: list[str] | None = None
    state: str | None = None


class V1OrderCreateRequest(_Struct, kw_only=True):
    buyer: OrderCreateRequestBuyer
    delivery: OrderCreateRequestDelivery
    delivery_schema: OrderCreateRequestV2DeliverySchemaEnum
    recipient: OrderCreateRequestRecipient
    splits: list[OrderCreateRequestSplit]


class V1OrderCreateResponse(_Struct, kw_only=True):
    order_number: str | None = None
    postings: list[str] | None = None


class V1OrderDraftValidationError(_Struct, kw_only=True):
    """Информация об ошибке."""

    errors: list[str] | None = None


class V1OrderValidationError(_Struct, kw_only=True):
    """Информация об ошибке."""

    order_errors: list[str] | None = None


class V1PolygonDeleteRequest(_Struct, kw_only=True):
    delivery_method_id: int
    polygon_id: int
    warehouse_id: int


class V1PolygonListRequest(_Struct, kw_only=True):
    delivery_method_id: int
    warehouse_id: int


class V1PolygonListResponse(_Struct, kw_only=True):
    polygons: list[PolygonListResponsePolygon] | None = None


class V1PolygonTimeCoordinatesUpdateRequest(_Struct, kw_only=True):
    coordinates: str
    delivery_method_id: int
    polygon_id: int
    warehouse_id: int


class V1PolygonTimeSetRequest(_Struct, kw_only=True):
    current_time: int
    delivery_method_id: int
    new_time: int
    polygon_id: int
    warehouse_id: int


class V1PostingCancelRequest(_Struct, kw_only=True):
    posting_number: str
    reason_id: int
    reason_message: str | _UnsetType = _UNSET


class V1PostingCancelResponse(_Struct, kw_only=True):
    message: str | None = None


class V1PostingCancelStatusRequest(_Struct, kw_only=True):
    posting_number: str | _UnsetType = _UNSET


class V1PostingCancelStatusResponse(_Struct, kw_only=True):
    order_number: str | None = None
    posting_number: list[str] | None = None
    state: str | None = None


class V1PostingFBSPickupCodeVerifyRequest(_Struct, kw_only=True):
    pickup_code: str
    posting_number: str


class V1PostingFBSPickupCodeVerifyResponse(_Struct, kw_only=True):
    valid: bool | None = None


class V1PostingFbsProductTraceableAttributeRequest(_Struct, kw_only=True):
    posting_number: str


class V1PostingFbsProductTraceableAttributeResponse(_Struct, kw_only=True):
    products: list[V1PostingFbsProductTraceableAttributeResponseProduct] | None = None


class V1PostingFbsProductTraceableAttributeResponseProduct(_Struct, kw_only=True):
    required_attributes: list[str] | None = None
    sku: int | None = None


class V1PostingFbsSplitRequest(_Struct, kw_only=True):
    posting_number: str
    postings: list[V1PostingFbsSplitRequestPosting]


class V1PostingFbsSplitRequestPosting(_Struct, kw_only=True):
    products: list[V1ProductFbsSplit]


class V1PostingFbsSplitResponse(_Struct, kw_only=True):
    parent_posting: V1PostingFbsSplitResponsePostingParent | None = None
    postings: list[V1PostingFbsSplitResponsePosting] | None = None


class V1PostingFbsSplitResponsePosting(_Struct, kw_only=True):
    posting_number: str | None = None
    products: list[V1ProductFbsSplitOut] | None = None


class V1PostingFbsSplitResponsePostingParent(_Struct, kw_only=True):
    """Информация об изначальном отправлении."""

    posting_number: str | None = None
    products: list[V1ProductFbsSplitOut] | None = None


class V1PostingFbsTimeslotChangeRestrictionsDeliveryInterval(_Struct, kw_only=True):
    """Период дат, доступных для переноса."""

    begin: str | None = None
    end: str | None = None


class V1PostingFbsTimeslotChangeRestrictionsRequest(_Struct, kw_only=True):
    """object"""

    posting_number: str


class V1PostingFbsTimeslotChangeRestrictionsResponse(_Struct, kw_only=True):
    """object"""

    delivery_interval: V1PostingFbsTimeslotChangeRestrictionsDeliveryInterval | None = None
    remaining_changes_count: int | None = None


class V1PostingFbsTimeslotSetNewTimeslot(_Struct, kw_only=True):
    """Новый период для даты доставки."""

    from_: _dt.datetime = _field(name="from")
    to: _dt.datetime


class V1PostingFbsTimeslotSetRequest(_Struct, kw_only=True):
    """object"""

    new_timeslot: V1PostingFbsTimeslotSetNewTimeslot
    posting_number: str


class V1PostingFbsTimeslotSetResponse(_Struct, kw_only=True):
    """object"""

    result: bool | None = None


class V1PostingFbsTraceableSplitRequest(_Struct, kw_only=True):
    posting_number: str


class V1PostingFbsTraceableSplitResponse(_Struct, kw_only=True):
    postings: list[V1PostingFbsTraceableSplitResponsePosting] | None = None


class V1PostingFbsTraceableSplitResponsePosting(_Struct, kw_only=True):
    posting_number: str | None = None
    potential_blr_traceable: bool | None = None
    products: list[PostingFbsTraceableSplitResponsePostingProduct] | None = None


class V1PostingMarksRequest(_Struct, kw_only=True):
    posting_numbers: list[str] | _UnsetType = _UNSET


class V1PostingMarksResponse(_Struct, kw_only=True):
    invalid_postings: list[str] | None = None
    issued_exemplars: list[PostingMarksResponseIssuedExemplar] | None = None
    non_issued_exemplars: list[PostingMarksResponseNonIssuedExemplar] | None = None


class V1PostingUnpaidLegalProductListRequest(_Struct, kw_only=True):
    """object"""

    cursor: str | _UnsetType = _UNSET
    limit: int


class V1PostingUnpaidLegalProductListResponse(_Struct, kw_only=True):
    """object"""

    products: list[V1PostingUnpaidLegalProductListResponseProducts] | None = None
    cursor: str | None = None


class V1PostingUnpaidLegalProductListResponseProducts(_Struct, kw_only=True):
    """object"""

    product_id: int | None = None
    offer_id: str | None = None
    quantity: int | None = None
    name: str | None = None
    image_url: str | None = None


class V1PremiumScores(_Struct, kw_only=True):
    """object"""

    rating: str | None = None
    scores: list[PremiumScoresScore] | None = None


class V1ProductActionTimerStatusRequest(_Struct, kw_only=True):
    product_ids: list[str] | _UnsetType = _UNSET


class V1ProductActionTimerStatusResponse(_Struct, kw_only=True):
    statuses: list[V1ProductActionTimerStatusResponseStatuses] | None = None


class V1ProductActionTimerStatusResponseStatuses(_Struct, kw_only=True):
    expired_at: str | None = None
    min_price_for_auto_actions_enabled: bool | None = None
    product_id: int | None = None


class V1ProductActionTimerUpdateRequest(_Struct, kw_only=True):
    product_ids: list[str] | _UnsetType = _UNSET


class V1ProductCertificateDeleteRequest(_Struct, kw_only=True):
    """object"""

    certificate_id: int


class V1ProductCertificateDeleteResponse(_Struct, kw_only=True):
    """object"""

    result: V1ProductCertificateDeleteResponseResult | None = None


class V1ProductCertificateDeleteResponseResult(_Struct, kw_only=True):
    """Результат удаления сертификата."""

    is_delete: bool | None = None
    error_message: str | None = None


class V1ProductCertificateInfoRequest(_Struct, kw_only=True):
    """object"""

    certificate_number: str


class V1ProductCertificateInfoResponse(_Struct, kw_only=True):
    """object"""

    result: V1Certificate | None = None


class V1ProductCertificateListRequest(_Struct, kw_only=True):
    """object"""

    offer_id: str | _UnsetType = _UNSET
    status: str | _UnsetType = _UNSET
    type: str | _UnsetType = _UNSET
    page: int
    page_size: int


class V1ProductCertificateListResponse(_Struct, kw_only=True):
    """object"""

    result: V1ProductCertificateListResponseResult | None = None


class V1ProductCertificateListResponseResult(_Struct, kw_only=True):
    """Список сертификатов."""

    certificates: list[V1Certificate] | None = None
    page_count: int | None = None


class V1ProductCertificateProductStatusListResponse(_Struct, kw_only=True):
    """object"""

    result: list[V1StatusCodeNamePair] | None = None


class V1ProductCertificateProductsListRequest(_Struct, kw_only=True):
    """object"""

    certificate_id: int
    product_status_code: str | _UnsetType = _UNSET
    page: int
    page_size: int


class V1ProductCertificateProductsListResponse(_Struct, kw_only=True):
    """object"""

    result: V1ProductCertificateProductsListResponseResult | None = None


class V1ProductCertificateProductsListResponseResult(_Struct, kw_only=True):
    """Товары, привязанные к сертификату."""

    items: list[ProductCertificateProductsListResponseProduct] | None = None
    count: int | None = None


class V1ProductCertificateRejectionReasonsListResponse(_Struct, kw_only=True):
    """object"""

    result: list[V1StatusCodeNamePairRejection] | None = None


class V1ProductCertificateStatusListResponse(_Struct, kw_only=True):
    """object"""

    result: list[V1StatusCodeNamePairStatuses] | None = None


class V1ProductCertificateUnbindRequest(_Struct, kw_only=True):
    """object"""

    certificate_id: int
    product_id: list[str]


class V1ProductCertificateUnbindResponse(_Struct, kw_only=True):
    """object"""

    result: list[ProductCertificateUnbindResponseItem] | None = None


class V1ProductFbsSplit(_Struct, kw_only=True):
    """PostingFbsSplit"""

    product_id: int
    quantity: int


class V1ProductFbsSplitOut(_Struct, kw_only=True):
    """PostingFbsSplit"""

    product_id: int
    quantity: int


class V1ProductGetRelatedSKURequest(_Struct, kw_only=True):
    """object"""

    sku: list[str]


class V1ProductGetRelatedSKUResponse(_Struct, kw_only=True):
    """object"""

    items: list[V1ProductGetRelatedSKUResponseItem] | None = None
    errors: list[V1ProductGetRelatedSKUResponseError] | None = None


class V1ProductGetRelatedSKUResponseError(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    sku: int | None = None
    message: str | None = None


class V1ProductGetRelatedSKUResponseItem(_Struct, kw_only=True):
    """object"""

    availability: str | None = None
    deleted_at: str | None = None
    delivery_schema: str | None = None
    product_id: int | None = None
    sku: int | None = None


class V1ProductInfoWarehouseStocksRequest(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    limit: int
    warehouse_id: int


class V1ProductInfoWarehouseStocksResponse(_Struct, kw_only=True):
    cursor: str | None = None
    has_next: bool | None = None
    stocks: list[ProductInfoWarehouseStocksResponseStocks] | None = None


class V1ProductInfoWrongVolumeRequest(_Struct, kw_only=True):
    """object"""

    cursor: str | _UnsetType = _UNSET
    limit: int


class V1ProductInfoWrongVolumeResponse(_Struct, kw_only=True):
    """object"""

    cursor: str | None = None
    products: list[ProductInfoWrongVolumeResponseWrongVolumeProduct] | None = None


class V1ProductPricesDetailsRequest(_Struct, kw_only=True):
    skus: list[str]


class V1ProductPricesDetailsResponse(_Struct, kw_only=True):
    prices: list[V1ProductPricesDetailsResponsePrice] | None = None


class V1ProductPricesDetailsResponsePrice(_Struct, kw_only=True):
    customer_price: MoneyMoneyCustomerPrice | None = None
    discount_percent: float | None = None
    offer_id: str | None = None
    price: MoneyMoney2 | None = None
    price_indexes: list[ProductV1ProductPricesDetailsResponsePricePriceIndex] | None = None
    sku: int | None = None


class V1ProductUpdateAttributesRequest(_Struct, kw_only=True):
    """object"""

    items: list[V1ProductUpdateAttributesRequestItem] | _UnsetType = _UNSET


class V1ProductUpdateAttributesRequestAttribute(_Struct, kw_only=True):
    """object"""

    complex_id: int | _UnsetType = _UNSET
    id: int | _UnsetType = _UNSET
    values: list[V1ProductUpdateAttributesRequestValue] | _UnsetType = _UNSET


class V1ProductUpdateAttributesRequestItem(_Struct, kw_only=True):
    """object"""

    attributes: list[V1ProductUpdateAttributesRequestAttribute] | _UnsetType = _UNSET
    offer_id: str


class V1ProductUpdateAttributesRequestValue(_Struct, kw_only=True):
    """object"""

    dictionary_value_id: int | _UnsetType = _UNSET
    value: str | _UnsetType = _UNSET


class V1ProductUpdateAttributesResponse(_Struct, kw_only=True):
    """object"""

    task_id: int | None = None


class V1ProductUpdateDiscountRequest(_Struct, kw_only=True):
    """object"""

    discount: int
    product_id: int


class V1ProductUpdateDiscountResponse(_Struct, kw_only=True):
    """object"""

    result: bool | None = None


class V1ProductUpdateOfferIdRequest(_Struct, kw_only=True):
    """object"""

    update_offer_id: list[ProductUpdateOfferIdRequestUpdateOfferId]


class V1ProductUpdateOfferIdResponse(_Struct, kw_only=True):
    """object"""

    errors: list[V1ProductUpdateOfferIdResponseError] | None = None


class V1ProductUpdateOfferIdResponseError(_Struct, kw_only=True):
    """object"""

    message: str | None = None
    offer_id: str | None = None


class V1QuestionAnswerCreateRequest(_Struct, kw_only=True):
    """object"""

    question_id: str
    sku: int
    text: str


class V1QuestionAnswerCreateResponse(_Struct, kw_only=True):
    """object"""

    answer_id: str | None = None


class V1QuestionAnswerDeleteRequest(_Struct, kw_only=True):
    """object"""

    answer_id: str
    sku: int


class V1QuestionAnswerListRequest(_Struct, kw_only=True):
    """object"""

    last_id: _Any | _UnsetType = _UNSET
    question_id: str
    sku: int


class V1QuestionAnswerListResponse(_Struct, kw_only=True):
    """object"""

    answers: list[V1QuestionAnswerListResponseAnswers] | None = None
    last_id: str | None = None


class V1QuestionAnswerListResponseAnswers(_Struct, kw_only=True):
    """object"""

    author_name: str | None = None
    id: str | None = None
    published_at: _Any = None
    question_id: str | None = None
    sku: int | None = None
    status_publication: str | None = None
    text: str | None = None


class V1QuestionChangeStatusRequest(_Struct, kw_only=True):
    """object"""

    question_ids: list[str]
    status: str


class V1QuestionCountResponse(_Struct, kw_only=True):
    """object"""

    all: int | None = None
    new: int | None = None
    processed: int | None = None
    unprocessed: int | None = None
    viewed: int | None = None


class V1QuestionInfoRequest(_Struct, kw_only=True):
    """object"""

    question_id: str


class V1QuestionInfoResponse(_Struct, kw_only=True):
    """object"""

    answers_count: int | None = None
    author_name: str | None = None
    id: str | None = None
    product_url: str | None = None
    published_at: _Any = None
    question_link: str | None = None
    sku: int | None = None
    status: _Any = None
    text: str | None = None


class V1QuestionListRequest(_Struct, kw_only=True):
    """object"""

    filter: V1QuestionListRequestFilter | _UnsetType = _UNSET
    last_id: str | _UnsetType = _UNSET
    limit: int | _UnsetType = _UNSET
    sort_dir: QuestionV1GetQuestionListRequestSortDirEnum | _UnsetType = _UNSET


class V1QuestionListRequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    date_from: _dt.datetime | _UnsetType = _UNSET
    date_to: _dt.datetime | _UnsetType = _UNSET
    status: str | _UnsetType = _UNSET


class V1QuestionListResponse(_Struct, kw_only=True):
    """object"""

    questions: list[V1QuestionListResponseQuestions] | None = None
    last_id: str | None = None
    has_next: bool | None = None


class V1QuestionListResponseQuestions(_Struct, kw_only=True):
    """object"""

    answers_count: int | None = None
    author_name: str | None = None
    id: str | None = None
    product_url: str | None = None
    published_at: _Any = None
    question_link: str | None = None
    sku: int | None = None
    status: _Any = None
    text: str | None = None


class V1QuestionTopSkuRequest(_Struct, kw_only=True):
    """object"""

    limit: int


class V1QuestionTopSkuResponse(_Struct, kw_only=True):
    """object"""

    sku: list[int] | None = None


class V1Rating(_Struct, kw_only=True):
    """object"""

    danger_threshold: float | None = None
    premium_threshold: float | None = None
    rating: str | None = None
    values: list[RatingValue] | None = None
    warning_threshold: float | None = None


class V1RatingHistoryV1Request(_Struct, kw_only=True):
    """object"""

    date_from: _dt.datetime
    date_to: _dt.datetime
    ratings: list[str]
    with_premium_scores: bool | _UnsetType = _UNSET


class V1RatingHistoryV1Response(_Struct, kw_only=True):
    """object"""

    premium_scores: list[V1PremiumScores] | None = None
    ratings: list[V1Rating] | None = None


class V1RatingItem(_Struct, kw_only=True):
    """object"""

    change: RatingItemChange | None = None
    current_value: float | None = None
    name: str | None = None
    past_value: float | None = None
    rating: str | None = None
    rating_direction: str | None = None
    status: str | None = None
    value_type: str | None = None


class V1RatingStatus(_Struct, kw_only=True):
    """Статус рейтинга."""

    danger: bool | None = None
    premium: bool | None = None
    warning: bool | None = None


class V1RatingSummaryV1Response(_Struct, kw_only=True):
    """object"""

    groups: list[RatingSummaryV1ResponseGroup] | None = None
    localization_index: list[RatingSummaryV1ResponseLocalIndex] | None = None
    penalty_score_exceeded: bool | None = None
    premium: bool | None = None
    premium_plus: bool | None = None


class V1ReceiptsSellerListRequest(_Struct, kw_only=True):
    page: int | _UnsetType = _UNSET
    page_size: int | _UnsetType = _UNSET
    posting_numbers: list[str] | _UnsetType = _UNSET


class V1ReceiptsSellerListResponse(_Struct, kw_only=True):
    has_next: bool | None = None
    receipts: list[ReceiptsSellerListResponseReceipt] | None = None


class V1ReportMarkedProductsSalesCreateRequest(_Struct, kw_only=True):
    date: ReportMarkedProductsSalesCreateRequestDate | _UnsetType = _UNSET


class V1Restriction(_Struct, kw_only=True):
    """object"""

    posting_number: str | None = None
    max_posting_weight: float | None = None
    min_posting_weight: float | None = None
    width: float | None = None
    length: float | None = None
    height: float | None = None
    max_posting_price: float | None = None
    min_posting_price: float | None = None


class V1ReturnsCompanyFbsInfoRequest(_Struct, kw_only=True):
    """object"""

    filter: V1ReturnsCompanyFbsInfoRequestFilter | _UnsetType = _UNSET
    pagination: ReturnsCompanyFbsInfoRequestPagination


class V1ReturnsCompanyFbsInfoRequestFilter(_Struct, kw_only=True):
    """Фильтры."""

    place_id: int | _UnsetType = _UNSET


class V1ReturnsCompanyFbsInfoResponse(_Struct, kw_only=True):
    """object"""

    drop_off_points: list[ReturnsCompanyFbsInfoResponseDropOffPoints] | None = None
    has_next: bool | None = None


class V1ReturnsRfbsActionSetRequest(_Struct, kw_only=True):
    comment: str | _UnsetType = _UNSET
    compensation_amount: float | _UnsetType = _UNSET
    id: int | _UnsetType = _UNSET
    rejection_reason_id: int | _UnsetType = _UNSET
    return_for_back_way: float | _UnsetType = _UNSET
    return_id: int


class V1ReturnsSettingsUtilizationHistoryResponse(_Struct, kw_only=True):
    history: list[ReturnsSettingsUtilizationHistoryResponseHistory] | None = None


class V1ReturnsSettingsUtilizationInfoResponse(_Struct, kw_only=True):
    min_price: MinUtilizationMoney | None = None
    utilization_settings: ReturnsSettingsUtilizationInfoResponseUtilizationSettings | None = None


class V1ReturnsSettingsUtilizationUpdateRequest(_Struct, kw_only=True):
    utilization_price: ReturnsSettingsUtilizationUpdateRequestUtilizationPrice
    utilization_price_defects: ReturnsSettingsUtilizationUpdateRequestUtilizationPriceDefects


class V1ReviewChangeStatusRequest(_Struct, kw_only=True):
    """ReviewChangeStatus"""

    review_ids: list[str]
    status: str


class V1ReviewCountResponse(_Struct, kw_only=True):
    processed: int | None = None
    total: int | None = None
    unprocessed: int | None = None


class V1ReviewInfoRequest(_Struct, kw_only=True):
    """ReviewInfo"""

    review_id: str


class V1ReviewInfoResponse(_Struct, kw_only=True):
    comments_amount: int | None = None
    dislikes_amount: int | None = None
    id: str | None = None
    is_rating_participant: bool | None = None
    likes_amount: int | None = None
    order_status: str | None = None
    photos: list[ReviewInfoResponsePhoto] | None = None
    photos_amount: int | None = None
    published_at: str | None = None
    rating: int | None = None
    sku: int | None = None
    status: str | None = None
    text: str | None = None
    videos: list[ReviewInfoResponseVideo] | None = None
    videos_amount: int | None = None


class V1ReviewListRequest(_Struct, kw_only=True):
    """ReviewList"""

    last_id: str | _UnsetType = _UNSET
    limit: int
    sort_dir: str | _UnsetType = _UNSET
    status: str | _UnsetType = _UNSET


class V1ReviewListResponse(_Struct, kw_only=True):
    has_next: bool | None = None
    last_id: str | None = None
    reviews: list[ReviewListResponseReview] | None = None


class V1RolesByTokenResponse(_Struct, kw_only=True):
    expires_at: str | None = None
    roles: list[RolesByTokenResponseRoles] | None = None


class V1SearchAttributeValuesRequest(_Struct, kw_only=True):
    """object"""

    attribute_id: int
    description_category_id: int
    limit: int
    type_id: int
    value: str


class V1SearchAttributeValuesResponse(_Struct, kw_only=True):
    """object"""

    result: list[SearchAttributeValuesResponseValue] | None = None


class V1SearchQueriesTextRequest(_Struct, kw_only=True):
    limit: str
    offset: str
    sort_by: SearchQueriesTextRequestSortBy | _UnsetType = _UNSET
    sort_dir: SearchQueriesTextRequestSortDir | _UnsetType = _UNSET
    text: str


class V1SearchQueriesTextResponse(_Struct, kw_only=True):
    offset: int | None = None
    search_queries: list[V1SearchQueriesTextResponseSearchQuery] | None = None
    total: int | None = None


class V1SearchQueriesTextResponseSearchQuery(_Struct, kw_only=True):
    add_to_cart: float | None = None
    avg_price: float | None = None
    client_count: float | None = None
    conversion_to_cart: float | None = None
    items_views: float | None = None
    query: str | None = None
    sellers_count: float | None = None


class V1SearchQueriesTopRequest(_Struct, kw_only=True):
    limit: str
    offset: str


class V1SearchQueriesTopResponse(_Struct, kw_only=True):
    offset: int | None = None
    search_queries: list[V1SearchQueriesTopResponseSearchQuery] | None = None
    total: int | None = None


class V1SearchQueriesTopResponseSearchQuery(_Struct, kw_only=True):
    add_to_cart: float | None = None
    avg_price: float | None = None
    client_count: float | None = None
    conversion_to_cart: float | None = None
    items_views: float | None = None
    query: str | None = None
    sellers_count: float | None = None


class V1SellerActionsArchiveRequest(_Struct, kw_only=True):
    action_id: int


class V1SellerActionsChangeActivityRequest(_Struct, kw_only=True):
    action_id: int
    is_turn_on: bool


class V1SellerActionsCreateDiscountRequest(_Struct, kw_only=True):
    date_end: _dt.datetime
    date_start: _dt.datetime
    min_action_percent: float
    title: str | _UnsetType = _UNSET


class V1SellerActionsCreateDiscountResponse(_Struct, kw_only=True):
    action_id: int | None = None


class V1SellerActionsCreateDiscountWithConditionRequest(_Struct, kw_only=True):
    date_end: _dt.datetime
    date_start: _dt.datetime
    discount_type: V1SellerActionsCreateDiscountWithConditionRequestDiscountTypeEnum
    discount_value: float
    min_order_amount: float
    title: str | _UnsetType = _UNSET


class V1SellerActionsCreateDiscountWithConditionResponse(_Struct, kw_only=True):
    action_id: int | None = None


class V1SellerActionsCreateInstallmentRequest(_Struct, kw_only=True):
    date_start: _dt.datetime
    title: str


class V1SellerActionsCreateInstallmentResponse(_Struct, kw_only=True):
    action_id: int | None = None


class V1SellerActionsCreateMultiLevelDiscountRequest(_Struct, kw_only=True):
    date_end: _dt.datetime
    date_start: _dt.datetime
    discount_levels: list[V1SellerActionsCreateMultiLevelDiscountRequestDiscountLevel]
    discount_type: V1SellerActionsCreateMultiLevelDiscountRequestDiscountTypeEnum
    is_legal_entities_segment: bool | _UnsetType = _UNSET
    title: str | _UnsetType = _UNSET


class V1SellerActionsCreateMultiLevelDiscountRequestDiscountLevel(_Struct, kw_only=True):
    discount_value: float
    order_amount: float


class V1SellerActionsCreateMultiLevelDiscountResponse(_Struct, kw_only=True):
    action_id: int | None = None


class V1SellerActionsCreateVoucherRequest(_Struct, kw_only=True):
    budget: int
    date_end: _dt.datetime
    date_start: _dt.datetime
    discount_type: V1SellerActionsCreateVoucherRequestDiscountTypeEnum
    discount_value: float
    title: str
    user_ids: list[str] | _UnsetType = _UNSET
    voucher_parameters: V1SellerActionsCreateVoucherRequestVoucherParameter


class V1SellerActionsCreateVoucherRequestVoucherParameter(_Struct, kw_only=True):
    """Параметры промокодов."""

    count_codes: int
    is_private: bool
    type: V1SellerActionsCreateVoucherRequestVoucherParameterTypeEnum


class V1SellerActionsCreateVoucherResponse(_Struct, kw_only=True):
    action_id: int | None = None


class V1SellerActionsListRequest(_Struct, kw_only=True):
    action_ids: list[str] | _UnsetType = _UNSET
    action_type: list[SellerActionsListRequestActionTypeEnum] | _UnsetType = _UNSET
    limit: int
    offset: int | _UnsetType = _UNSET
    search: str | _UnsetType = _UNSET
    status: list[SellerActionsListRequestStatusEnum] | _UnsetType = _UNSET


class V1SellerActionsListResponse(_Struct, kw_only=True):
    actions: list[SellerActionsListResponseAction] | None = None
    total: int | None = None


class V1SellerActionsProductsAddRequest(_Struct, kw_only=True):
    action_id: int
    products: list[V1SellerActionsProductsAddRequestProduct]


class V1SellerActionsProductsAddRequestProduct(_Struct, kw_only=True):
    currency: ProductCurrencyEnum | _UnsetType = _UNSET
    discount_percent: float | _UnsetType = _UNSET
    sku: int


class V1SellerActionsProductsCandidatesRequest(_Struct, kw_only=True):
    action_id: int
    cursor: int | _UnsetType = _UNSET
    limit: int


class V1SellerActionsProductsCandidatesResponse(_Struct, kw_only=True):
    cursor: int | None = None
    has_next: bool | None = None
    products: list[V1SellerActionsProductsCandidatesResponseProduct] | None = None


class V1SellerActionsProductsCandidatesResponseProduct(_Struct, kw_only=True):
    action_price: float | None = None
    base_price: float | None = None
    currency: str | None = None
    discount_percent: float | None = None
    is_active: bool | None = None
    min_seller_price: float | None = None
    name: str | None = None
    offer_id: str | None = None
    price: float | None = None
    product_id: int | None = None
    quant_size: int | None = None
    quant_type: str | None = None
    sku: list[int] | None = None


class V1SellerActionsProductsDeleteRequest(_Struct, kw_only=True):
    action_id: int
    skus: list[str]


class V1SellerActionsProductsListRequest(_Struct, kw_only=True):
    action_id: int
    cursor: int | _UnsetType = _UNSET
    limit: int


class V1SellerActionsProductsListResponse(_Struct, kw_only=True):
    cursor: int | None = None
    has_next: bool | None = None
    products: list[V1SellerActionsProductsListResponseProduct] | None = None


class V1SellerActionsProductsListResponseProduct(_Struct, kw_only=True):
    action_price: float | None = None
    base_price: float | None = None
    currency: str | None = None
    discount_percent: float | None = None
    is_active: bool | None = None
    min_seller_price: float | None = None
    name: str | None = None
    offer_id: str | None = None
    price: float | None = None
    product_id: int | None = None
    quant_size: int | None = None
    quant_type: str | None = None
    sku: list[int] | None = None


class V1SellerActionsUpdateDiscountRequest(_Struct, kw_only=True):
    action_id: int | _UnsetType = _UNSET
    action_parameters: V1SellerActionsUpdateDiscountRequestActionParameters | _UnsetType = _UNSET


class V1SellerActionsUpdateDiscountRequestActionParameters(_Struct, kw_only=True):
    """Параметры акции."""

    date_end: _dt.datetime
    date_start: _dt.datetime
    title: str


class V1SellerActionsUpdateDiscountWithConditionRequest(_Struct, kw_only=True):
    action_id: int | _UnsetType = _UNSET
    action_parameters: V1SellerActionsUpdateDiscountWithConditionRequestActionParameters | _UnsetType = _UNSET


class V1SellerActionsUpdateDiscountWithConditionRequestActionParameters(_Struct, kw_only=True):
    """Параметры акции."""

    date_end: _dt.datetime
    date_start: _dt.datetime
    discount_value: float
    min_order_amount: float
    title: str


class V1SellerActionsUpdateInstallmentRequest(_Struct, kw_only=True):
    action_id: int | _UnsetType = _UNSET
    action_parameters: V1SellerActionsUpdateInstallmentRequestActionParameters | _UnsetType = _UNSET


class V1SellerActionsUpdateInstallmentRequestActionParameters(_Struct, kw_only=True):
    """Параметры акции."""

    date_start: _dt.datetime
    title: str


class V1SellerActionsUpdateMultiLevelDiscountRequest(_Struct, kw_only=True):
    action_id: int | _UnsetType = _UNSET
    action_parameters: V1SellerActionsUpdateMultiLevelDiscountRequestActionParameters | _UnsetType = _UNSET


class V1SellerActionsUpdateMultiLevelDiscountRequestActionParameters(_Struct, kw_only=True):
    """Параметры акции."""

    date_end: _dt.datetime
    date_start: _dt.datetime
    discount_levels: list[SellerActionsUpdateMultiLevelDiscountRequestActionParametersDiscountLevel]
    is_legal_entities_segment: bool | _UnsetType = _UNSET
    title: str


class V1SellerActionsUpdateVoucherRequest(_Struct, kw_only=True):
    action_id: int | _UnsetType = _UNSET
    action_parameters: V1SellerActionsUpdateVoucherRequestActionParameters | _UnsetType = _UNSET


class V1SellerActionsUpdateVoucherRequestActionParameters(_Struct, kw_only=True):
    """Параметры акции."""

    budget: int
    date_end: _dt.datetime
    date_start: _dt.datetime
    discount_value: float
    title: str
    user_ids: list[str] | _UnsetType = _UNSET


class V1SellerActionsVoucherGetRequest(_Struct, kw_only=True):
    action_id: int


class V1SellerActionsVoucherGetResponse(_Struct, kw_only=True):
    file: str | None = None


class V1SellerInfoResponse(_Struct, kw_only=True):
    company: SellerInfoResponseCompany | None = None
    ratings: list[SellerInfoResponseRating] | None = None
    subscription: SellerInfoResponseSubscription | None = None


class V1SellerOzonLogisticsInfoResponse(_Struct, kw_only=True):
    available_schemas: list[str] | None = None
    ozon_logistics_enabled: bool | None = None


class V1SetPostingCutoffRequest(_Struct, kw_only=True):
    """object"""

    new_cutoff_date: _dt.datetime
    posting_number: str


class V1SetPostingCutoffResponse(_Struct, kw_only=True):
    """object"""

    result: bool | None = None


class V1SetPostingsRequest(_Struct, kw_only=True):
    """object"""

    carriage_id: int
    posting_numbers: list[str]


class V1SetPostingsResponse(_Struct, kw_only=True):
    """object"""

    result: list[SetPostingsResponseResult] | None = None


class V1SetProductStairwayDiscountByQuantityRequest(_Struct, kw_only=True):
    stairways: list[V1SetProductStairwayDiscountByQuantityRequestStairways]
    suppress_warnings: bool | _UnsetType = _UNSET


class V1SetProductStairwayDiscountByQuantityRequestStairways(_Struct, kw_only=True):
    """Информация о скидке от количества по конкретному товару."""

    enabled: bool
    sku: int
    stairway: V1SetProductStairwayDiscountByQuantityRequestStairwaysStairway


class V1SetProductStairwayDiscountByQuantityRequestStairwaysStairway(_Struct, kw_only=True):
    """Информация об уровне скидки от количества."""

    steps: list[V1SetProductStairwayDiscountByQuantityRequestStairwaysStairwayStep]


class V1SetProductStairwayDiscountByQuantityRequestStairwaysStairwayStep(_Struct, kw_only=True):
    discount: int
    quantity: int
    step: int


class V1SetProductStairwayDiscountByQuantityResponse(_Struct, kw_only=True):
    accepted: bool | None = None
    errors: list[V1SetProductStairwayDiscountByQuantityResponseError] | None = None
    warnings: list[V1SetProductStairwayDiscountByQuantityResponseError] | None = None


class V1SetProductStairwayDiscountByQuantityResponseError(_Struct, kw_only=True):
    data: list[ErrorData] | None = None
    sku: int | None = None


class V1StatusCodeNamePair(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    name: str | None = None


class V1StatusCodeNamePairRejection(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    name: str | None = None


class V1StatusCodeNamePairStatuses(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    name: str | None = None


class V1StocksImportRequest(_Struct, kw_only=True):
    stocks: list[StocksImportRequestItemStock] | _UnsetType = _UNSET


class V1StocksImportResponse(_Struct, kw_only=True):
    status: list[StocksImportResponseItemStatus] | None = None


class V1StrategyRequest(_Struct, kw_only=True):
    """object"""

    strategy_id: str


class V1SupplierAvailableWarehousesResponse(_Struct, kw_only=True):
    """object"""

    result: list[SupplierAvailableWarehousesResponseResult] | None = None


class V1SupplyOrderCancelRequest(_Struct, kw_only=True):
    order_id: int


class V1SupplyOrderCancelResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class V1SupplyOrderCancelStatusRequest(_Struct, kw_only=True):
    operation_id: str


class V1SupplyOrderCancelStatusResponse(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    result: SupplyOrderCancelStatusResponseResult | None = None
    status: str | None = None


class V1SupplyOrderContentUpdateRequest(_Struct, kw_only=True):
    items: list[V1SupplyOrderContentUpdateRequestItem]
    order_id: int
    supply_id: int


class V1SupplyOrderContentUpdateRequestItem(_Struct, kw_only=True):
    quant: int
    quantity: int
    sku: int


class V1SupplyOrderContentUpdateResponse(_Struct, kw_only=True):
    errors: list[str] | None = None
    operation_id: str | None = None


class V1SupplyOrderContentUpdateStatusRequest(_Struct, kw_only=True):
    operation_id: str


class V1SupplyOrderContentUpdateStatusResponse(_Struct, kw_only=True):
    errors: list[str] | None = None
    new_bundle_id: str | None = None
    status: str | None = None


class V1SupplyOrderContentUpdateValidationRequest(_Struct, kw_only=True):
    new_bundle_id: str
    supply_id: int


class V1SupplyOrderContentUpdateValidationResponse(_Struct, kw_only=True):
    editing_errors: list[str] | None = None
    validated_assortment: SupplyOrderContentUpdateValidationResponseValidatedAssortment | None = None


class V1SupplyOrderDetailsRequest(_Struct, kw_only=True):
    order_id: int


class V1SupplyOrderDetailsResponse(_Struct, kw_only=True):
    created_date: str | None = None
    data_filling_deadline_utc: str | None = None
    dropoff_warehouse_id: int | None = None
    order_id: int | None = None
    order_number: str | None = None
    order_tags: SupplyOrderDetailsResponseOrderTags | None = None
    state: str | None = None
    state_updated_date: str | None = None
    supplies: list[SupplyOrderDetailsResponseSupply] | None = None
    timeslot: V1SupplyOrderDetailsResponseTimeslot | None = None
    vehicle: SupplyOrderDetailsResponseVehicle | None = None


class V1SupplyOrderDetailsResponseTimeslot(_Struct, kw_only=True):
    """Информация о таймслоте."""

    can_not_set_reasons: list[str] | None = None
    can_set: bool | None = None
    value: SupplyOrderDetailsResponseTimeslotValue | None = None


class V1SupplyOrderPassCreateRequest(_Struct, kw_only=True):
    supply_order_id: int
    vehicle: V1VehicleInfo


class V1SupplyOrderPassCreateResponse(_Struct, kw_only=True):
    """object"""

    error_reasons: list[str] | None = None
    operation_id: str | None = None


class V1SupplyOrderPassStatusRequest(_Struct, kw_only=True):
    """object"""

    operation_id: str


class V1SupplyOrderPassStatusResponse(_Struct, kw_only=True):
    """object"""

    errors: list[str] | None = None
    result: str | None = None


class V1SupplyOrderStatusCounterResponse(_Struct, kw_only=True):
    """object"""

    items: list[V1SupplyOrderStatusCounterResponseItem] | None = None


class V1SupplyOrderStatusCounterResponseItem(_Struct, kw_only=True):
    """object"""

    count: int | None = None
    order_state: str | None = None


class V1SupplyOrderTimeslot(_Struct, kw_only=True):
    """Время интервала поставки."""

    from_: _dt.datetime = _field(name="from")
    to: _dt.datetime


class V1SupplyOrderTimeslotOut(_Struct, kw_only=True):
    """Время интервала поставки."""

    from_: str = _field(name="from")
    to: str


class V1SupplyWarehouse(_Struct, kw_only=True):
    """Склады для поставки."""

    address: str | None = None
    name: str | None = None
    warehouse_id: int | None = None


class V1TimeRangeReturnDate(_Struct, kw_only=True):
    """Фильтр по дате создания возврата."""

    time_from: _dt.datetime | _UnsetType = _UNSET
    time_to: _dt.datetime | _UnsetType = _UNSET


class V1TimeRangeStorageTariffication(_Struct, kw_only=True):
    """Фильтр по дате начала тарификации."""

    time_from: _dt.datetime | _UnsetType = _UNSET
    time_to: _dt.datetime | _UnsetType = _UNSET


class V1TimeRangeVisualStatus(_Struct, kw_only=True):
    """Фильтр по дате изменения статуса возврата."""

    time_from: _dt.datetime | _UnsetType = _UNSET
    time_to: _dt.datetime | _UnsetType = _UNSET


class V1Timezone(_Struct, kw_only=True):
    """object"""

    iana_name: str | None = None
    offset: str | None = None


class V1UnarchiveWarehouseFBSRequest(_Struct, kw_only=True):
    return_point_id: int | _UnsetType = _UNSET
    warehouse_id: int


class V1UnarchiveWarehouseFBSResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class V1UpdatePricingStrategyRequest(_Struct, kw_only=True):
    """object"""

    competitors: list[V1Competitor]
    strategy_id: str
    strategy_name: str


class V1UpdateStatusStrategyRequest(_Struct, kw_only=True):
    """object"""

    enabled: bool | _UnsetType = _UNSET
    strategy_id: str


class V1UpdateSupplyOrderTimeslotRequest(_Struct, kw_only=True):
    supply_order_id: int
    timeslot: V1SupplyOrderTimeslot


class V1UpdateSupplyOrderTimeslotResponse(_Struct, kw_only=True):
    """object"""

    errors: list[str] | None = None
    operation_id: str | None = None


class V1UpdateWarehouseFBSFirstMileRequest(_Struct, kw_only=True):
    cut_in_time: int
    drop_off_point_id: int | _UnsetType = _UNSET
    first_mile_type: V1UpdateWarehouseFBSFirstMileRequestFirstMileTypeEnum
    timeslot_id: int
    return_point_id: int | _UnsetType = _UNSET
    warehouse_id: int


class V1UpdateWarehouseFBSFirstMileResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class V1UpdateWarehouseFBSRequest(_Struct, kw_only=True):
    address_coordinates: V1UpdateWarehouseFBSRequestAddressCoordinates
    name: str | _UnsetType = _UNSET
    options: V1UpdateWarehouseFBSRequestOptions | _UnsetType = _UNSET
    phone: str | _UnsetType = _UNSET
    warehouse_id: int
    working_days: list[V1UpdateWarehouseFBSRequestWorkingDaysEnum] | _UnsetType = _UNSET


class V1UpdateWarehouseFBSRequestAddressCoordinates(_Struct, kw_only=True):
    """Координаты склада."""

    latitude: float
    longitude: float


class V1UpdateWarehouseFBSRequestOptions(_Struct, kw_only=True):
    """Параметры склада."""

    comment: str | _UnsetType = _UNSET
    courier_phones: list[str] | _UnsetType = _UNSET
    is_auto_assembly: bool | _UnsetType = _UNSET
    is_waybill_enabled: bool | _UnsetType = _UNSET


class V1UpdateWarehouseFBSResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class V1UploadPostingCodesRequest(_Struct, kw_only=True):
    exemplars_by_sku: list[UploadPostingCodesRequestPostingLineExemplarInfo] | _UnsetType = _UNSET
    posting_number: str


class V1UploadPostingCodesResponse(_Struct, kw_only=True):
    exemplars_by_sku: list[UploadPostingCodesResponsePostingExemplarInfo] | None = None


class V1UploadReceiptRequest(_Struct, kw_only=True):
    content: bytes | _FileUpload
    operation_type: str
    parent_receipt_id: str | _UnsetType = _UNSET
    posting_numbers: list[str]
    receipt_number: str
    type: V1UploadReceiptRequestTypeEnum


class V1UploadReceiptResponse(_Struct, kw_only=True):
    receipt_id: str | None = None


class V1VehicleInfo(_Struct, kw_only=True):
    """Информация о водителе и автомобиле."""

    driver_name: str
    driver_phone: str
    vehicle_model: str
    vehicle_number: str


class V1WarehouseERFBSAggregatorCreateRequest(_Struct, kw_only=True):
    address_coordinates: V1WarehouseERFBSAggregatorCreateRequestAddressCoordinates
    is_auto_assembly: bool | _UnsetType = _UNSET
    delivery_method: V1WarehouseERFBSAggregatorCreateRequestDeliveryMethod
    min_order_value: int | _UnsetType = _UNSET
    name: str
    phone: str
    timetable_warehouse: V1WarehouseERFBSAggregatorCreateRequestTimetableWarehouse


class V1WarehouseERFBSAggregatorCreateRequestAddressCoordinates(_Struct, kw_only=True):
    """Координаты адреса склада."""

    latitude: float
    longitude: float


class V1WarehouseERFBSAggregatorCreateRequestDeliveryMethod(_Struct, kw_only=True):
    """Информация о методе доставки «Партнёры Ozon»."""

    courier_comment: str | _UnsetType = _UNSET
    courier_phones: list[str]
    cut_in: int
    deliver_to_pvz: bool
    delivery_costs: WarehouseERFBSAggregatorCreateRequestDeliveryMethodDeliveryCosts
    name: str
    return_settings: V1WarehouseERFBSAggregatorCreateRequestDeliveryMethodReturnSettings


class V1WarehouseERFBSAggregatorCreateRequestDeliveryMethodReturnSettings(_Struct, kw_only=True):
    """Информация о получении возвратов от покупателей."""

    contact_days: int | _UnsetType = _UNSET
    post_office_zipcode: str | _UnsetType = _UNSET
    return_method: V1WarehouseERFBSAggregatorCreateRequestDeliveryMethodReturnSettingsReturnMethodEnum
    transport_company_name: str | _UnsetType = _UNSET


class V1WarehouseERFBSAggregatorCreateRequestHolidays(_Struct, kw_only=True):
    day: str | _UnsetType = _UNSET
    from_: str | _UnsetType = _field(name="from", default=_UNSET)
    to: str | _UnsetType = _UNSET


class V1WarehouseERFBSAggregatorCreateRequestTimetableWarehouse(_Struct, kw_only=True):
    """Расписание работы склада."""

    holidays: list[V1WarehouseERFBSAggregatorCreateRequestHolidays] | _UnsetType = _UNSET
    working_days: list[V1WarehouseERFBSAggregatorCreateRequestWorkingDays]


class V1WarehouseERFBSAggregatorCreateRequestWorkingDays(_Struct, kw_only=True):
    day: V1WarehouseERFBSAggregatorCreateRequestWorkingDaysDayEnum
    from_: str = _field(name="from")
    to: str


class V1WarehouseERFBSAggregatorCreateResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class V1WarehouseERFBSAggregatorDeliveryMethodUpdateRequest(_Struct, kw_only=True):
    courier_comment: str | _UnsetType = _UNSET
    courier_phones: list[str] | _UnsetType = _UNSET
    cut_in: int | _UnsetType = _UNSET
    deliver_to_pvz: bool | _UnsetType = _UNSET
    delivery_costs: V1WarehouseERFBSAggregatorDeliveryMethodUpdateRequestDeliveryCosts | _UnsetType = _UNSET
    delivery_method_id: int
    name: str | _UnsetType = _UNSET
    return_settings: V1WarehouseERFBSAggregatorDeliveryMethodUpdateRequestReturnSettings | _UnsetType = _UNSET
    warehouse_id: int


class V1WarehouseERFBSAggregatorDeliveryMethodUpdateRequestDeliveryCosts(_Struct, kw_only=True):
    """Расходы на доставку, которые вы готовы оплатить."""

    min_weight: int | _UnsetType = _UNSET
    max_weight: int | _UnsetType = _UNSET
    min_order_price: int | _UnsetType = _UNSET
    max_order_price: int | _UnsetType = _UNSET
    seller_payment: int | _UnsetType = _UNSET


class V1WarehouseERFBSAggregatorDeliveryMethodUpdateRequestReturnSettings(_Struct, kw_only=True):
    """Настройки возвратов от покупателей."""

    contact_days: int | _UnsetType = _UNSET
    post_office_zipcode: str | _UnsetType = _UNSET
    return_method: (
        V1WarehouseERFBSAggregatorDeliveryMethodUpdateRequestReturnSettingsReturnMethodEnum | _UnsetType
    ) = _UNSET
    transport_company_name: str


class V1WarehouseERFBSAggregatorDeliveryMethodUpdateResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class V1WarehouseERFBSNonIntegratedCreateRequest(_Struct, kw_only=True):
    address_coordinates: V1WarehouseERFBSNonIntegratedCreateRequestAddressCoordinates
    is_auto_assembly: bool | _UnsetType = _UNSET
    delivery_method: V1WarehouseERFBSNonIntegratedCreateRequestDeliveryMethod
    min_order_value: int | _UnsetType = _UNSET
    name: str
    phone: str
    timetable_warehouse: V1WarehouseERFBSNonIntegratedCreateRequestTimetableWarehouse


class V1WarehouseERFBSNonIntegratedCreateRequestAddressCoordinates(_Struct, kw_only=True):
    """Координаты адреса склада."""

    latitude: float
    longitude: float


class V1WarehouseERFBSNonIntegratedCreateRequestDeliveryMethod(_Struct, kw_only=True):
    """Информация о методе доставки «Вы или сторонняя служба»."""

    courier_cutoff: int
    cut_in: int
    delivery_polygons: list[DeliveryMethodDeliveryPolygon]
    name: str
    return_settings: V1WarehouseERFBSNonIntegratedCreateRequestDeliveryMethodReturnSettings


class V1WarehouseERFBSNonIntegratedCreateRequestDeliveryMethodReturnSettings(_Struct, kw_only=True):
    """Информация о получении возвратов от покупателей."""

    contact_days: int | _UnsetType = _UNSET
    post_office_zipcode: str | _UnsetType = _UNSET
    return_method: V1WarehouseERFBSNonIntegratedCreateRequestDeliveryMethodReturnSettingsReturnMethodEnum
    transport_company_name: str | _UnsetType = _UNSET


class V1WarehouseERFBSNonIntegratedCreateRequestHolidays(_Struct, kw_only=True):
    day: str | _UnsetType = _UNSET
    from_: str | _UnsetType = _field(name="from", default=_UNSET)
    to: str | _UnsetType = _UNSET


class V1WarehouseERFBSNonIntegratedCreateRequestTimetableWarehouse(_Struct, kw_only=True):
    """Расписание работы склада."""

    holidays: list[V1WarehouseERFBSNonIntegratedCreateRequestHolidays] | _UnsetType = _UNSET
    working_days: list[V1WarehouseERFBSNonIntegratedCreateRequestWorkingDays]


class V1WarehouseERFBSNonIntegratedCreateRequestWorkingDays(_Struct, kw_only=True):
    day: V1WarehouseERFBSNonIntegratedCreateRequestWorkingDaysDayEnum
    from_: str = _field(name="from")
    to: str


class V1WarehouseERFBSNonIntegratedCreateResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateRequest(_Struct, kw_only=True):
    courier_cutoff: int
    cut_in: int
    delivery_method_id: int
    name: str
    return_settings: V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateRequestReturnSettings
    warehouse_id: int


class V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateRequestReturnSettings(_Struct, kw_only=True):
    """Настройки возвратов от покупателей."""

    contact_days: int | _UnsetType = _UNSET
    post_office_zipcode: str | _UnsetType = _UNSET
    return_method: V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateRequestReturnSettingsReturnMethodEnum
    transport_company_name: str | _UnsetType = _UNSET


class V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class V1WarehouseERFBSUpdateRequest(_Struct, kw_only=True):
    is_auto_assembly: bool | _UnsetType = _UNSET
    min_order_value: int | _UnsetType = _UNSET
    name: str | _UnsetType = _UNSET
    phone: str | _UnsetType = _UNSET
    timetable_warehouse: V1WarehouseERFBSUpdateRequestTimetableWarehouse | _UnsetType = _UNSET
    warehouse_id: int


class V1WarehouseERFBSUpdateRequestHolidays(_Struct, kw_only=True):
    day: str | _UnsetType = _UNSET
    from_: str | _UnsetType = _field(name="from", default=_UNSET)
    to: str | _UnsetType = _UNSET


class V1WarehouseERFBSUpdateRequestTimetableWarehouse(_Struct, kw_only=True):
    """Расписание работы склада."""

    holidays: list[V1WarehouseERFBSUpdateRequestHolidays] | _UnsetType = _UNSET
    working_days: list[V1WarehouseERFBSUpdateRequestWorkingDays] | _UnsetType = _UNSET


class V1WarehouseERFBSUpdateRequestWorkingDays(_Struct, kw_only=True):
    day: V1WarehouseERFBSUpdateRequestWorkingDaysDayEnum | _UnsetType = _UNSET
    from_: str | _UnsetType = _field(name="from", default=_UNSET)
    to: str | _UnsetType = _UNSET


class V1WarehouseERFBSUpdateResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class V1WarehouseFBSCreateReturnPointListRequest(_Struct, kw_only=True):
    coordinates: V1WarehouseFBSCreateReturnPointListRequestCoordinates
    country_code: str
    last_id: int | _UnsetType = _UNSET
    limit: int
    search: V1WarehouseFBSCreateReturnPointListRequestSearch | _UnsetType = _UNSET
    selected_dropoff_point_id: int | _UnsetType = _UNSET


class V1WarehouseFBSCreateReturnPointListRequestCoordinates(_Struct, kw_only=True):
    """Координаты пункта возврата."""

    latitude: float
    longitude: float


class V1WarehouseFBSCreateReturnPointListRequestSearch(_Struct, kw_only=True):
    """Параметры поиска."""

    address: str | _UnsetType = _UNSET
    types: list[V1WarehouseFBSCreateReturnPointListRequestSearchReturnPointTypeEnum] | _UnsetType = _UNSET


class V1WarehouseFBSCreateReturnPointListResponse(_Struct, kw_only=True):
    has_next: bool | None = None
    is_selected_point_available: bool | None = None
    last_id: int | None = None
    points: list[V1WarehouseFBSCreateReturnPointListResponseReturnPoint] | None = None


class V1WarehouseFBSCreateReturnPointListResponseCoordinates(_Struct, kw_only=True):
    """Координаты пункта возврата."""

    latitude: float | None = None
    longitude: float | None = None


class V1WarehouseFBSCreateReturnPointListResponseReturnPoint(_Struct, kw_only=True):
    address: str | None = None
    coordinates: V1WarehouseFBSCreateReturnPointListResponseCoordinates | None = None
    id: int | None = None
    name: str | None = None
    type: str | None = None
    utc_offset: int | None = None
    working_days: list[V1WarehouseFBSCreateReturnPointListResponseWorkingDays] | None = None


class V1WarehouseFBSCreateReturnPointListResponseWorkingDays(_Struct, kw_only=True):
    day: str | None = None
    from_: str | None = _field(name="from", default=None)
    to: str | None = None


class V1WarehouseFBSReturnMileInfoRequest(_Struct, kw_only=True):
    warehouse_ids: list[str]


class V1WarehouseFBSReturnMileInfoResponse(_Struct, kw_only=True):
    return_mile_settings: list[WarehouseFBSReturnMileInfoResponseWarehouseReturnMileSettings] | None = None


class V1WarehouseFBSReturnMileInfoResponseCoordinates(_Struct, kw_only=True):
    """Координаты пункта возврата."""

    latitude: float | None = None
    longitude: float | None = None


class V1WarehouseFBSReturnMileInfoResponseReturnPoint(_Struct, kw_only=True):
    """Информация о пункте возврата."""

    address: str | None = None
    coordinates: V1WarehouseFBSReturnMileInfoResponseCoordinates | None = None
    id: int | None = None
    name: str | None = None
    type: str | None = None
    utc_offset: int | None = None
    working_days: list[V1WarehouseFBSReturnMileInfoResponseWorkingDays] | None = None


class V1WarehouseFBSReturnMileInfoResponseWorkingDays(_Struct, kw_only=True):
    day: str | None = None
    from_: str | None = _field(name="from", default=None)
    to: str | None = None


class V1WarehouseFBSUpdateReturnPointListRequest(_Struct, kw_only=True):
    current_dropoff_point_id: int | _UnsetType = _UNSET
    current_return_point_id: int | _UnsetType = _UNSET
    last_id: int | _UnsetType = _UNSET
    limit: int
    search: V1WarehouseFBSUpdateReturnPointListRequestSearch | _UnsetType = _UNSET
    warehouse_id: int


class V1WarehouseFBSUpdateReturnPointListRequestSearch(_Struct, kw_only=True):
    """Параметры поиска."""

    address: str | _UnsetType = _UNSET
    types: list[V1WarehouseFBSUpdateReturnPointListRequestSearchReturnPointTypeEnum] | _UnsetType = _UNSET


class V1WarehouseFBSUpdateReturnPointListResponse(_Struct, kw_only=True):
    has_next: bool | None = None
    is_selected_point_available: bool | None = None
    last_id: int | None = None
    points: list[V1WarehouseFBSUpdateReturnPointListResponseReturnPoint] | None = None


class V1WarehouseFBSUpdateReturnPointListResponseCoordinates(_Struct, kw_only=True):
    """Координаты пункта возврата."""

    latitude: float | None = None
    longitude: float | None = None


class V1WarehouseFBSUpdateReturnPointListResponseReturnPoint(_Struct, kw_only=True):
    address: str | None = None
    coordinates: V1WarehouseFBSUpdateReturnPointListResponseCoordinates | None = None
    id: int | None = None
    name: str | None = None
    type: str | None = None
    utc_offset: int | None = None
    working_days: list[V1WarehouseFBSUpdateReturnPointListResponseWorkingDays] | None = None


class V1WarehouseFBSUpdateReturnPointListResponseWorkingDays(_Struct, kw_only=True):
    day: str | None = None
    from_: str | None = _field(name="from", default=None)
    to: str | None = None


class V1WarehouseFboSellerListResponse(_Struct, kw_only=True):
    warehouses: list[V1WarehouseFboSellerListResponseWarehouse] | None = None


class V1WarehouseFboSellerListResponseWarehouse(_Struct, kw_only=True):
    address: WarehouseAddress | None = None
    contacts: WarehouseContacts | None = None
    courier_comment: str | None = None
    is_active: bool | None = None
    is_pickup: bool | None = None
    seller_warehouse_id: int | None = None
    seller_warehouse_name: str | None = None
    working_days: list[WarehouseWorkingDay] | None = None


class V1WarehouseFbsCreateDropOffTimeslotListRequest(_Struct, kw_only=True):
    drop_off_point_id: int


class V1WarehouseFbsCreateDropOffTimeslotListResponse(_Struct, kw_only=True):
    timeslots: list[V1WarehouseFbsCreateDropOffTimeslotListResponseTimeslot] | None = None


class V1WarehouseFbsCreateDropOffTimeslotListResponseTimeslot(_Struct, kw_only=True):
    acceptance_end_time_local: str | None = None
    acceptance_start_time_local: str | None = None
    from_: str | None = _field(name="from", default=None)
    id: int | None = None
    to: str | None = None


class V1WarehouseFbsCreatePickUpTimeslotListRequest(_Struct, kw_only=True):
    address_coordinates: V1WarehouseFbsCreatePickUpTimeslotListRequestAddressCoordinates
    is_kgt: bool


class V1WarehouseFbsCreatePickUpTimeslotListRequestAddressCoordinates(_Struct, kw_only=True):
    """Координаты склада."""

    latitude: float
    longitude: float


class V1WarehouseFbsCreatePickUpTimeslotListResponse(_Struct, kw_only=True):
    is_pickup_supported: bool | None = None
    timeslots: list[V1WarehouseFbsCreatePickUpTimeslotListResponseTimeslot] | None = None


class V1WarehouseFbsCreatePickUpTimeslotListResponseTimeslot(_Struct, kw_only=True):
    from_: str | None = _field(name="from", default=None)
    id: int | None = None
    to: str | None = None


class V1WarehouseFbsPickUpCourierCancelRequest(_Struct, kw_only=True):
    warehouse_id: int


class V1WarehouseFbsPickUpCourierCreateRequest(_Struct, kw_only=True):
    warehouse_id: int


class V1WarehouseFbsPickUpHistoryListRequest(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: V1WarehouseFbsPickUpHistoryListRequestFilter | _UnsetType = _UNSET
    limit: int


class V1WarehouseFbsPickUpHistoryListRequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    planned_date: str | _UnsetType = _UNSET
    warehouse_id: list[str] | _UnsetType = _UNSET
    was_planned: bool | _UnsetType = _UNSET


class V1WarehouseFbsPickUpHistoryListResponse(_Struct, kw_only=True):
    result: V1WarehouseFbsPickUpHistoryListResponseResult | None = None


class V1WarehouseFbsPickUpHistoryListResponseResult(_Struct, kw_only=True):
    """Результат метода."""

    cursor: str | None = None
    history: list[WarehouseFbsPickUpHistoryListResponseHistoryEntity] | None = None


class V1WarehouseFbsPickUpPlanningListResponse(_Struct, kw_only=True):
    result: V1WarehouseFbsPickUpPlanningListResponseResult | None = None


class V1WarehouseFbsPickUpPlanningListResponseResult(_Struct, kw_only=True):
    """Список складов."""

    warehouses: list[WarehouseFbsPickUpPlanningListResponseResultWarehouse] | None = None


class V1WarehouseFbsReturnMileCheckRequest(_Struct, kw_only=True):
    country_code: str
    first_mile_type: V1WarehouseFbsReturnMileCheckRequestFirstMileTypeEnum
    is_kgt: bool
    warehouse_id: int | _UnsetType = _UNSET


class V1WarehouseFbsReturnMileCheckResponse(_Struct, kw_only=True):
    should_set_return_mile: bool | None = None
    unavailability_reasons: list[str] | None = None


class V1WarehouseFbsUpdateDropOffTimeslotListRequest(_Struct, kw_only=True):
    drop_off_point_id: int
    warehouse_id: int


class V1WarehouseFbsUpdateDropOffTimeslotListResponse(_Struct, kw_only=True):
    timeslots: list[V1WarehouseFbsUpdateDropOffTimeslotListResponseTimeslot] | None = None


class V1WarehouseFbsUpdateDropOffTimeslotListResponseTimeslot(_Struct, kw_only=True):
    acceptance_end_time_local: str | None = None
    acceptance_start_time_local: str | None = None
    from_: str | None = _field(name="from", default=None)
    id: int | None = None
    to: str | None = None


class V1WarehouseFbsUpdatePickUpTimeslotListRequest(_Struct, kw_only=True):
    warehouse_id: int


class V1WarehouseFbsUpdatePickUpTimeslotListResponse(_Struct, kw_only=True):
    timeslots: list[V1WarehouseFbsUpdatePickUpTimeslotListResponseTimeslot] | None = None


class V1WarehouseFbsUpdatePickUpTimeslotListResponseTimeslot(_Struct, kw_only=True):
    from_: str | None = _field(name="from", default=None)
    id: int | None = None
    to: str | None = None


class V1WarehouseInvalidProductsGetRequest(_Struct, kw_only=True):
    last_id: int | _UnsetType = _UNSET
    warehouse_id: int


class V1WarehouseInvalidProductsGetResponse(_Struct, kw_only=True):
    has_next: bool | None = None
    last_id: int | None = None
    validation_results: list[WarehouseInvalidProductsGetResponseValidationResult] | None = None
    warehouse_id: int | None = None


class V1WarehouseListRequest(_Struct, kw_only=True):
    limit: int
    offset: int | _UnsetType = _UNSET
    with_: V1WarehouseListRequestWith | _UnsetType = _field(name="with", default=_UNSET)


class V1WarehouseListRequestWith(_Struct, kw_only=True):
    """Дополнительные поля, которые нужно добавить в ответ."""

    able_to_set_price: bool | _UnsetType = _UNSET


class V1WarehouseOZONListRequest(_Struct, kw_only=True):
    warehouse_types: list[V1WarehouseOZONListRequestWarehouseTypeEnum] | _UnsetType = _UNSET


class V1WarehouseOZONListResponse(_Struct, kw_only=True):
    warehouses: list[V1WarehouseOZONListResponseWarehouse] | None = None


class V1WarehouseOZONListResponseWarehouse(_Struct, kw_only=True):
    warehouse_id: int | None = None
    name: str | None = None
    short_name: str | None = None
    address: str | None = None
    timezone: str | None = None
    is_active: bool | None = None
    warehouse_type: str | None = None
    country_iso_numeric: int | None = None
    is_cross_dock: bool | None = None
    is_distribution_center: bool | None = None
    is_edo: bool | None = None
    is_express: bool | None = None
    is_for_supply: bool | None = None


class V1WarehouseStatus(_Struct, kw_only=True):
    """Доступность склада."""

    invalid_reason: str | None = None
    is_available: bool | None = None
    state: str | None = None


class V1WarehouseWithInvalidProductsResponse(_Struct, kw_only=True):
    warehouse_ids: list[int] | None = None


class V1fbpDeliveryDetails(_Struct, kw_only=True):
    """Детали доставки."""

    direct_details: V1DeliveryDetailsDirectDetails | None = None
    drop_off_point: DeliveryDetailsDropOffPointDetails | None = None
    pickup_details: V1DeliveryDetailsPickUpDetails | None = None
    supply_type: str | None = None


class V1fbpTimeslot(_Struct, kw_only=True):
    """Таймслот."""

    timeslot_end: str | None = None
    timeslot_start: str | None = None


class V2AdditionalDataItem(_Struct, kw_only=True):
    """Дополнительная информация."""

    key: str | None = None
    value: str | None = None


class V2CargoesCreateErrors(_Struct, kw_only=True):
    """Ошибки."""

    error_reasons: list[str] | None = None
    items_validation: list[CargoesCreateV2ErrorsItemValidation] | None = None


class V2CargoesCreateInfoV2Request(_Struct, kw_only=True):
    operation_id: str


class V2CargoesCreateInfoV2Response(_Struct, kw_only=True):
    errors: V2CargoesCreateErrors | None = None
    result: CargoesCreateInfoV2ResponseResult | None = None
    status: str | None = None


class V2CarriageDeliveryListV2Request(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: CarriageDeliveryListV2RequestFilter | _UnsetType = _UNSET
    limit: int


class V2CarriageDeliveryListV2Response(_Struct, kw_only=True):
    cursor: str | None = None
    has_next: bool | None = None
    methods: list[CarriageDeliveryListV2ResponseDeliveryMethod] | None = None


class V2ChatReadResponse(_Struct, kw_only=True):
    """object"""

    unread_count: int | None = None


class V2ConditionalCancellationMoveV2Request(_Struct, kw_only=True):
    cancellation_id: int
    comment: str | _UnsetType = _UNSET


class V2CreateLabelBatchResponse(_Struct, kw_only=True):
    """object"""

    result: V2CreateLabelBatchResponseResult | None = None


class V2CreateLabelBatchResponseResult(_Struct, kw_only=True):
    """Результат работы метода."""

    tasks: list[V2CreateLabelBatchResponseResultTasks] | None = None


class V2CreateLabelBatchResponseResultTasks(_Struct, kw_only=True):
    """object"""

    task_id: int | None = None
    task_type: str | None = None


class V2DeliveryMethodListV2Request(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: DeliveryMethodListV2RequestFilter | _UnsetType = _UNSET
    limit: int
    sort_dir: DeliveryMethodListV2RequestSortDirEnum | _UnsetType = _UNSET


class V2DeliveryMethodListV2Response(_Struct, kw_only=True):
    cursor: str | None = None
    has_next: bool | None = None
    delivery_methods: list[DeliveryMethodListV2ResponseDeliveryMethod] | None = None


class V2DraftClusterListResponse(_Struct, kw_only=True):
    result: list[V2DraftClusterListResponseResult] | None = None


class V2DraftClusterListResponseResult(_Struct, kw_only=True):
    data: ResultData | None = None
    macrolocal_cluster_id: int | None = None


class V2DraftCreateInfoRequest(_Struct, kw_only=True):
    draft_id: int


class V2DraftCreateInfoResponse(_Struct, kw_only=True):
    clusters: list[DraftCreateInfoResponseCluster] | None = None
    errors: list[DraftCreateInfoResponseError] | None = None
    status: str | None = None


class V2DraftSupplyCreateRequest(_Struct, kw_only=True):
    draft_id: int
    selected_cluster_warehouses: list[V2DraftSupplyCreateRequestSelectedClusterWarehouse]
    timeslot: V2DraftSupplyCreateRequestTimeslot | _UnsetType = _UNSET
    supply_type: _Literal["CROSSDOCK", "DIRECT", "MULTI_CLUSTER"]


class V2DraftSupplyCreateRequestSelectedClusterWarehouse(_Struct, kw_only=True):
    macrolocal_cluster_id: int
    storage_warehouse_id: int


class V2DraftSupplyCreateRequestTimeslot(_Struct, kw_only=True):
    """Таймслот поставки."""

    from_in_timezone: str | _UnsetType = _UNSET
    to_in_timezone: str | _UnsetType = _UNSET


class V2DraftSupplyCreateResponse(_Struct, kw_only=True):
    draft_id: int | None = None
    error_reasons: list[str] | None = None


class V2DraftSupplyCreateStatusRequest(_Struct, kw_only=True):
    draft_id: int


class V2DraftSupplyCreateStatusResponse(_Struct, kw_only=True):
    error_reasons: list[str] | None = None
    order_id: int | None = None
    status: str | None = None


class V2DraftTimeslotInfoRequest(_Struct, kw_only=True):
    date_from: str
    date_to: str
    draft_id: int
    supply_type: _Literal["CROSSDOCK", "DIRECT", "MULTI_CLUSTER"]
    selected_cluster_warehouses: list[V2DraftTimeslotInfoRequestSelectedClusterWarehouse]


class V2DraftTimeslotInfoRequestSelectedClusterWarehouse(_Struct, kw_only=True):
    macrolocal_cluster_id: int | _UnsetType = _UNSET
    storage_warehouse_id: int | _UnsetType = _UNSET


class V2DraftTimeslotInfoResponse(_Struct, kw_only=True):
    error_reason: str | None = None
    result: DraftTimeslotInfoResponseResult | None = None


class V2FboPosting(_Struct, kw_only=True):
    """Результат запроса."""

    additional_data: list[V2AdditionalDataItem] | None = None
    analytics_data: FboPostingFboPostingAnalyticsData | None = None
    cancel_reason_id: int | None = None
    created_at: str | None = None
    fact_delivery_date: str | None = None
    financial_data: V2PostingFinancialDataFBO | None = None
    in_process_at: str | None = None
    legal_info: V2FboSinglePostingLegalInfo | None = None
    order_id: int | None = None
    order_number: str | None = None
    posting_number: str | None = None
    products: list[V2PostingProduct] | None = None
    status: str | None = None
    substatus: str | None = None


class V2FboPostingListResponse(_Struct, kw_only=True):
    """object"""

    result: list[V2FboPostingV2] | None = None


class V2FboPostingResponse(_Struct, kw_only=True):
    """object"""

    result: V2FboPosting | None = None


class V2FboPostingV2(_Struct, kw_only=True):
    """Результат запроса."""

    additional_data: list[V2AdditionalDataItem] | None = None
    analytics_data: FboPostingFboPostingAnalyticsData | None = None
    cancel_reason_id: int | None = None
    created_at: str | None = None
    financial_data: V2PostingFinancialDataFBOV2 | None = None
    in_process_at: str | None = None
    legal_info: V2FboSinglePostingLegalInfo | None = None
    order_id: int | None = None
    order_number: str | None = None
    posting_number: str | None = None
    products: list[V2PostingProduct] | None = None
    status: str | None = None
    substatus: str | None = None


class V2FboSinglePostingLegalInfo(_Struct, kw_only=True):
    """Юридическая информация о покупателе."""

    company_name: str | None = None
    inn: str | None = None
    kpp: str | None = None


class V2FbsPosting(_Struct, kw_only=True):
    """Результаты запроса."""

    barcodes: FbsPostingBarcodes | None = None
    cancel_reason_id: int | None = None
    created_at: str | None = None
    in_process_at: str | None = None
    order_id: int | None = None
    order_number: str | None = None
    posting_number: str | None = None
    products: list[V2FbsPostingProduct] | None = None
    shipment_date: str | None = None
    status: str | None = None


class V2FbsPostingProduct(_Struct, kw_only=True):
    """object"""

    name: str | None = None
    offer_id: str | None = None
    price: str | None = None
    quantity: int | None = None
    sku: int | None = None


class V2FbsPostingProductCountryListRequest(_Struct, kw_only=True):
    """object"""

    name_search: str | _UnsetType = _UNSET


class V2FbsPostingProductCountryListResponse(_Struct, kw_only=True):
    """object"""

    result: list[V2FbsPostingProductCountryListResponseResult] | None = None


class V2FbsPostingProductCountryListResponseResult(_Struct, kw_only=True):
    """object"""

    name: str | None = None
    country_iso_code: str | None = None


class V2FbsPostingProductCountrySetRequest(_Struct, kw_only=True):
    """object"""

    posting_number: str
    product_id: int
    country_iso_code: str


class V2FbsPostingProductCountrySetResponse(_Struct, kw_only=True):
    """object"""

    product_id: int | None = None
    is_gtd_needed: bool | None = None


class V2FbsPostingResponse(_Struct, kw_only=True):
    """Информация об отправлении."""

    result: V2FbsPosting | None = None


class V2GetConditionalCancellationListV2Request(_Struct, kw_only=True):
    """object"""

    filters: GetConditionalCancellationListV2RequestFilters | _UnsetType = _UNSET
    last_id: int | _UnsetType = _UNSET
    limit: int
    with_: GetConditionalCancellationListV2RequestWith | _UnsetType = _field(name="with", default=_UNSET)


class V2GetConditionalCancellationListV2Response(_Struct, kw_only=True):
    counter: int | None = None
    last_id: int | None = None
    result: list[GetConditionalCancellationListV2ResponseResult] | None = None


class V2GetDiscountTaskListV2Request(_Struct, kw_only=True):
    last_id: int | _UnsetType = _UNSET
    limit: int | _UnsetType = _UNSET
    status: V2GetDiscountTaskListV2RequestDiscountTaskStatusEnum | _UnsetType = _UNSET


class V2GetDiscountTaskListV2Response(_Struct, kw_only=True):
    tasks: list[GetDiscountTaskListV2ResponseTask] | None = None


class V2GetProductInfoStocksByWarehouseFbsRequestV2(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    limit: int
    offer_id: list[str] | _UnsetType = _UNSET
    sku: list[str] | _UnsetType = _UNSET


class V2GetProductInfoStocksByWarehouseFbsResponseV2(_Struct, kw_only=True):
    cursor: str | None = None
    has_next: bool | None = None
    products: list[V2GetProductInfoStocksByWarehouseFbsResponseV2Product] | None = None


class V2GetProductInfoStocksByWarehouseFbsResponseV2Product(_Struct, kw_only=True):
    free_stock: int | None = None
    offer_id: str | None = None
    present: int | None = None
    product_id: int | None = None
    reserved: int | None = None
    sku: int | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None


class V2GetRealizationReportRequestV2(_Struct, kw_only=True):
    month: int
    year: int


class V2GetRealizationReportResponseV2(_Struct, kw_only=True):
    result: GetRealizationReportResponseV2Result | None = None


class V2HsCode(_Struct, kw_only=True):
    """object"""

    code: str | _UnsetType = _UNSET
    sku: str | _UnsetType = _UNSET


class V2HsCodeOut(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    sku: str | None = None


class V2InvoiceCreateOrUpdateV2Request(_Struct, kw_only=True):
    """object"""

    date: _dt.datetime
    hs_codes: list[V2HsCode] | _UnsetType = _UNSET
    number: str | _UnsetType = _UNSET
    posting_number: str
    price: float | _UnsetType = _UNSET
    price_currency: str | _UnsetType = _UNSET
    url: str


class V2InvoiceCreateOrUpdateV2Response(_Struct, kw_only=True):
    """object"""

    result: bool | None = None


class V2InvoiceGetV2Response(_Struct, kw_only=True):
    """object"""

    result: InvoiceGetV2ResponseResult | None = None


class V2MovePostingToAwaitingDeliveryRequest(_Struct, kw_only=True):
    """object"""

    posting_number: list[str]


class V2PolygonBindRequest(_Struct, kw_only=True):
    delivery_method_id: int
    polygon_id: int
    time: int
    warehouse_id: int


class V2PostingFBSActGetPostingsRequest(_Struct, kw_only=True):
    """object"""

    id: int


class V2PostingFBSActGetPostingsResponse(_Struct, kw_only=True):
    """object"""

    result: list[V2PostingFBSActGetPostingsResult] | None = None


class V2PostingFBSActGetPostingsResult(_Struct, kw_only=True):
    """object"""

    id: int | None = None
    multi_box_qty: int | None = None
    posting_number: str | None = None
    status: str | None = None
    seller_error: str | None = None
    updated_at: str | None = None
    created_at: str | None = None
    products: list[V2PostingFBSActGetProducts] | None = None


class V2PostingFBSActGetProducts(_Struct, kw_only=True):
    """object"""

    name: str | None = None
    offer_id: str | None = None
    price: str | None = None
    quantity: int | None = None
    sku: int | None = None


class V2PostingFBSActListFilter(_Struct, kw_only=True):
    """Параметры фильтра."""

    date_from: str
    date_to: str
    integration_type: str | _UnsetType = _UNSET
    status: list[str] | _UnsetType = _UNSET


class V2PostingFBSActListRelatedDocs(_Struct, kw_only=True):
    """Информация про акты перевозки."""

    act_of_acceptance: V2PostingFBSActListRelatedDocsActOfAcceptance | None = None
    act_of_mismatch: V2PostingFBSActListRelatedDocsActOfMismatch | None = None
    act_of_excess: V2PostingFBSActListRelatedDocsActOfExcess | None = None


class V2PostingFBSActListRelatedDocsActOfAcceptance(_Struct, kw_only=True):
    """Информация про акт приёма-передачи."""

    created_at: str | None = None
    document_status: str | None = None


class V2PostingFBSActListRelatedDocsActOfExcess(_Struct, kw_only=True):
    """Информация про акт об излишках."""

    created_at: str | None = None
    document_status: str | None = None


class V2PostingFBSActListRelatedDocsActOfMismatch(_Struct, kw_only=True):
    """Информация про акт о расхождениях."""

    created_at: str | None = None
    document_status: str | None = None


class V2PostingFBSActListRequest(_Struct, kw_only=True):
    """object"""

    filter: V2PostingFBSActListFilter | _UnsetType = _UNSET
    limit: int


class V2PostingFBSActListResponse(_Struct, kw_only=True):
    """object"""

    result: list[V2PostingFBSActListResult] | None = None


class V2PostingFBSActListResult(_Struct, kw_only=True):
    """object"""

    id: int | None = None
    delivery_method_id: int | None = None
    delivery_method_name: str | None = None
    integration_type: str | None = None
    containers_count: int | None = None
    status: str | None = None
    departure_date: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    act_type: str | None = None
    is_partial: bool | None = None
    has_postings_for_next_carriage: bool | None = None
    partial_num: int | None = None
    related_docs: V2PostingFBSActListRelatedDocs | None = None


class V2PostingFBSDigitalActCheckStatusRequest(_Struct, kw_only=True):
    """object"""

    id: int


class V2PostingFBSDigitalActCheckStatusResponse(_Struct, kw_only=True):
    """object"""

    id: int | None = None
    status: str | None = None


class V2PostingFBSGetBarcodeRequest(_Struct, kw_only=True):
    """object"""

    id: int


class V2PostingFBSGetBarcodeTextResponse(_Struct, kw_only=True):
    """object"""

    result: str | None = None


class V2PostingFBSGetDigitalActRequest(_Struct, kw_only=True):
    """object"""

    id: int
    doc_type: _Any | _UnsetType = _UNSET


class V2PostingFinancialDataFBO(_Struct, kw_only=True):
    """Финансовые данные."""

    cluster_from: str | None = None
    cluster_to: str | None = None
    products: list[PostingFinancialDataProduct] | None = None


class V2PostingFinancialDataFBOV2(_Struct, kw_only=True):
    """Финансовые данные."""

    cluster_from: str | None = None
    cluster_to: str | None = None
    products: list[PostingFinancialDataProductV2] | None = None


class V2PostingProduct(_Struct, kw_only=True):
    """object"""

    digital_codes: list[str] | None = None
    name: str | None = None
    offer_id: str | None = None
    currency_code: str | None = None
    price: str | None = None
    is_marketplace_buyout: bool | None = None
    quantity: int | None = None
    sku: int | None = None


class V2Product(_Struct, kw_only=True):
    """Данные о товаре."""

    name: str | None = None
    offer_id: str | None = None
    currency_code: str | None = None
    price: int | None = None
    sku: int | None = None


class V2ProductCertificateAccordanceTypesResponse(_Struct, kw_only=True):
    """object"""

    result: V2ProductCertificateAccordanceTypesResponseResult | None = None


class V2ProductCertificateAccordanceTypesResponseResult(_Struct, kw_only=True):
    """Список типов соответствия требованиям."""

    base: list[V2ProductCertificateAccordanceTypesResponseType] | None = None
    hazard: list[V2ProductCertificateAccordanceTypesResponseType] | None = None


class V2ProductCertificateAccordanceTypesResponseType(_Struct, kw_only=True):
    """object"""

    code: str | None = None
    title: str | None = None


class V2ProductCertificationListRequest(_Struct, kw_only=True):
    page: int
    page_size: int


class V2ProductCertificationListResponse(_Struct, kw_only=True):
    certification: list[ProductCertificationListResponseCertificationv2] | None = None
    total: int | None = None


class V2ProductInfoPicturesRequest(_Struct, kw_only=True):
    """object"""

    product_id: list[str]


class V2ProductInfoPicturesResponse(_Struct, kw_only=True):
    """object"""

    items: list[V2ProductInfoPicturesResponseItem] | None = None


class V2ProductInfoPicturesResponseError(_Struct, kw_only=True):
    """object"""

    message: str | None = None
    url: str | None = None


class V2ProductInfoPicturesResponseItem(_Struct, kw_only=True):
    """object"""

    product_id: int | None = None
    primary_photo: list[str] | None = None
    photo: list[str] | None = None
    color_photo: list[str] | None = None
    photo_360: list[str] | None = None
    errors: list[V2ProductInfoPicturesResponseError] | None = None


class V2ReportReturnsCreateRequest(_Struct, kw_only=True):
    """object"""

    filter: V2ReportReturnsCreateRequestFilter
    language: str | _UnsetType = _UNSET


class V2ReportReturnsCreateRequestFilter(_Struct, kw_only=True):
    """Фильтр."""

    delivery_schema: _Literal["FBS", "FBO", "ALL"] | _UnsetType = _UNSET
    date_from: _dt.datetime
    date_to: _dt.datetime
    status: _Literal[
        "DisputeOpened",
        "OnSellerApproval",
        "ArrivedAtReturnPlace",
        "OnSellerClarification",
        "OnSellerClarificationAfterPartialCompensation",
        "OfferedPartialCompensation",
        "ReturnMoneyApproved",
        "PartialCompensationReturned",
        "CancelledDisputeNotOpen",
        "Rejected",
        "CrmRejected",
        "Cancelled",
        "Approved",
        "ApprovedByOzon",
        "ReceivedBySeller",
        "MovingToSeller",
        "ReturnCompensated",
        "ReturningToSellerByCourier",
        "Utilizing",
        "Utilized",
        "MoneyReturned",
        "PartialCompensationInProcess",
        "DisputeYouOpened",
        "CompensationRejected",
        "DisputeOpening",
        "CompensationOffered",
        "WaitingCompensation",
        "SendingError",
        "CompensationRejectedBySla",
        "CompensationRejectedBySeller",
        "MovingToOzon",
        "ReturnedToOzon",
        "MoneyReturnedBySystem",
        "WaitingShipment",
    ]


class V2ReportReturnsCreateResponse(_Struct, kw_only=True):
    """object"""

    result: CreateReportResponseCode | None = None


class V2ReturnsRfbsCompensateRequest(_Struct, kw_only=True):
    """object"""

    compensation_amount: str | _UnsetType = _UNSET
    return_id: int


class V2ReturnsRfbsFilter(_Struct, kw_only=True):
    """Фильтр."""

    offer_id: str | _UnsetType = _UNSET
    posting_number: str | _UnsetType = _UNSET
    group_state: list[str] | _UnsetType = _UNSET
    created_at: CreatedAt | _UnsetType = _UNSET


class V2ReturnsRfbsGetRequest(_Struct, kw_only=True):
    """object"""

    return_id: int


class V2ReturnsRfbsGetResponse(_Struct, kw_only=True):
    """object"""

    returns: ReturnsRfbsGetResponseReturns | None = None


class V2ReturnsRfbsGetV2ResponseState(_Struct, kw_only=True):
    """Данные о статусе возврата."""

    state: str | None = None
    state_name: str | None = None


class V2ReturnsRfbsListRequest(_Struct, kw_only=True):
    """object"""

    filter: V2ReturnsRfbsFilter | _UnsetType = _UNSET
    last_id: int | _UnsetType = _UNSET
    limit: int


class V2ReturnsRfbsListResponse(_Struct, kw_only=True):
    """object"""

    returns: ReturnsRfbsListResponseReturns | None = None


class V2ReturnsRfbsListV2ResponseState(_Struct, kw_only=True):
    """Статусы заявки и возврата денег."""

    group_state: str | None = None
    money_return_state_name: str | None = None
    state: str | None = None
    state_name: str | None = None


class V2ReturnsRfbsReceiveReturnRequest(_Struct, kw_only=True):
    """object"""

    return_id: int


class V2ReturnsRfbsRejectRequest(_Struct, kw_only=True):
    """object"""

    return_id: int
    comment: str | _UnsetType = _UNSET
    rejection_reason_id: int


class V2ReturnsRfbsReturnMoneyRequest(_Struct, kw_only=True):
    """object"""

    return_id: int
    return_for_back_way: int | _UnsetType = _UNSET


class V2ReturnsRfbsVerifyRequest(_Struct, kw_only=True):
    """object"""

    return_id: int
    return_method_description: str | _UnsetType = _UNSET


class V2WarehouseListV2Request(_Struct, kw_only=True):
    limit: int
    cursor: str | _UnsetType = _UNSET
    warehouse_ids: list[str] | _UnsetType = _UNSET


class V2WarehouseListV2Response(_Struct, kw_only=True):
    cursor: str | None = None
    warehouses: list[WarehouseListV2ResponseWarehouse] | None = None
    has_next: bool | None = None


class V3AdditionalDataItem(_Struct, kw_only=True):
    """object"""

    key: str | None = None
    value: str | None = None


class V3Address(_Struct, kw_only=True):
    """Информация об адресе доставки."""

    address_tail: str | None = None
    city: str | None = None
    comment: str | None = None
    country: str | None = None
    district: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    provider_pvz_code: str | None = None
    pvz_code: int | None = None
    region: str | None = None
    zip_code: str | None = None


class V3Addressee(_Struct, kw_only=True):
    """Контактные данные получателя."""

    name: str | None = None
    phone: str | None = None
    pin: str | None = None


class V3AddresseeFbsLists(_Struct, kw_only=True):
    """Контактные данные получателя."""

    name: str | None = None
    phone: str | None = None


class V3Barcodes(_Struct, kw_only=True):
    """Штрихкоды отправления."""

    lower_barcode: str | None = None
    upper_barcode: str | None = None


class V3Cancellation(_Struct, kw_only=True):
    """Информация об отмене."""

    affect_cancellation_rating: bool | None = None
    cancel_reason: str | None = None
    cancel_reason_id: int | None = None
    cancellation_initiator: str | None = None
    cancellation_type: str | None = None
    cancelled_after_ship: bool | None = None


class V3ChatDetailsInfo(_Struct, kw_only=True):
    """Информация о чате."""

    created_at: str | None = None
    chat_id: str | None = None
    chat_status: str | None = None
    chat_type: str | None = None


class V3ChatHistoryRequest(_Struct, kw_only=True):
    chat_id: str
    direction: str | _UnsetType = _UNSET
    filter: ChatHistoryRequestFilter | _UnsetType = _UNSET
    from_message_id: int | _UnsetType = _UNSET
    limit: int | _UnsetType = _UNSET


class V3ChatHistoryResponse(_Struct, kw_only=True):
    has_next: bool | None = None
    messages: list[V3ChatMessage] | None = None


class V3ChatInfo(_Struct, kw_only=True):
    chat: V3ChatDetailsInfo | None = None
    first_unread_message_id: int | None = None
    last_message_id: int | None = None
    unread_count: int | None = None


class V3ChatList(_Struct, kw_only=True):
    """object"""

    filter: V3ChatListRequestFilter | _UnsetType = _UNSET
    limit: int
    cursor: str | _UnsetType = _UNSET


class V3ChatListRequestFilter(_Struct, kw_only=True):
    """Фильтр по чатам."""

    chat_status: str | _UnsetType = _UNSET
    unread_only: bool | _UnsetType = _UNSET


class V3ChatListResponse(_Struct, kw_only=True):
    """object"""

    chats: list[V3ChatInfo] | None = None
    total_unread_count: int | None = None
    cursor: str | None = None
    has_next: bool | None = None


class V3ChatMessage(_Struct, kw_only=True):
    context: ChatMessageContext | None = None
    created_at: str | None = None
    data: list[str] | None = None
    is_image: bool | None = None
    is_read: bool | None = None
    message_id: int | None = None
    moderate_image_status: str | None = None
    user: V3User | None = None


class V3Customer(_Struct, kw_only=True):
    """Данные о покупателе."""

    address: V3Address | None = None
    customer_id: int | None = None
    name: str | None = None
    phone: str | None = None


class V3CustomerFbsLists(_Struct, kw_only=True):
    """Данные о покупателе."""

    address: V3Address | None = None
    customer_email: str | None = None
    customer_id: int | None = None
    name: str | None = None
    phone: str | None = None


class V3DeliveryMethod(_Struct, kw_only=True):
    """Метод доставки."""

    id: int | None = None
    name: str | None = None
    tpl_provider: str | None = None
    tpl_provider_id: int | None = None
    warehouse: str | None = None
    warehouse_id: int | None = None


class V3Dimensions(_Struct, kw_only=True):
    """Размеры товара."""

    height: str | None = None
    length: str | None = None
    weight: str | None = None
    width: str | None = None


class V3FbsPosting(_Struct, kw_only=True):
    """object"""

    addressee: V3AddresseeFbsLists | None = None
    analytics_data: V3FbsPostingAnalyticsData | None = None
    available_actions: list[str] | None = None
    barcodes: V3Barcodes | None = None
    cancellation: V3Cancellation | None = None
    customer: V3CustomerFbsLists | None = None
    container: PostingV4PostingFbsListResponsePostingsContainer | None = None
    container_sort_type: str | None = None
    delivering_date: str | None = None
    delivery_method: V3DeliveryMethod | None = None
    destination_place_id: int | None = None
    destination_place_name: str | None = None
    financial_data: V3PostingFinancialData | None = None
    in_process_at: str | None = None
    is_express: bool | None = None
    is_multibox: bool | None = None
    is_presortable: bool | None = None
    legal_info: V2FboSinglePostingLegalInfo | None = None
    multi_box_qty: int | None = None
    optional: V3FbsPostingDetailOptional | None = None
    order_id: int | None = None
    order_number: str | None = None
    parent_posting_number: str | None = None
    pickup_code_verified_at: str | None = None
    posting_number: str | None = None
    products: list[V3FbsPostingProduct] | None = None
    prr_option: str | None = None
    quantum_id: int | None = None
    require_blr_traceable_attrs: bool | None = None
    requirements: V3FbsPostingRequirementsV3 | None = None
    shipment_date: str | None = None
    shipment_date_without_delay: str | None = None
    status: str | None = None
    substatus: str | None = None
    tpl_integration_type: str | None = None
    tracking_number: str | None = None
    tariffication: V3FbsTariffication | None = None
    tariffication_steps: list[PostingV4PostingFbsListResponsePostingsTarifficationStep] | None = None


class V3FbsPostingAnalyticsData(_Struct, kw_only=True):
    """Данные аналитики."""

    city: str | None = None
    delivery_date_begin: str | None = None
    delivery_date_end: str | None = None
    delivery_type: str | None = None
    is_legal: bool | None = None
    is_premium: bool | None = None
    payment_type_group_name: str | None = None
    region: str | None = None
    tpl_provider: str | None = None
    tpl_provider_id: int | None = None
    warehouse: str | None = None
    warehouse_id: int | None = None
    client_delivery_date_begin: str | None = None
    client_delivery_date_end: str | None = None


class V3FbsPostingDetail(_Struct, kw_only=True):
    """Информация об отправлении."""

    additional_data: list[V3AdditionalDataItem] | None = None
    addressee: V3Addressee | None = None
    analytics_data: V3FbsPostingAnalyticsData | None = None
    available_actions: list[str] | None = None
    barcodes: V3Barcodes | None = None
    cancellation: V3Cancellation | None = None
    courier: FbsPostingDetailCourier | None = None
    customer: V3Customer | None = None
    container: PostingV4PostingFbsListResponsePostingsContainer | None = None
    container_sort_type: str | None = None
    delivering_date: str | None = None
    delivery_method: V3DeliveryMethod | None = None
    delivery_price: str | None = None
    fact_delivery_date: str | None = None
    financial_data: V3PostingFinancialData | None = None
    in_process_at: str | None = None
    is_express: bool | None = None
    is_multibox: bool | None = None
    legal_info: V2FboSinglePostingLegalInfo | None = None
    multi_box_qty: int | None = None
    optional: V3FbsPostingDetailOptional | None = None
    order_id: int | None = None
    order_number: str | None = None
    parent_posting_number: str | None = None
    pickup_code_verified_at: str | None = None
    posting_number: str | None = None
    product_exemplars: V3FbsPostingProductExemplarsV3 | None = None
    products: list[V3PostingProductDetail] | None = None
    provider_status: str | None = None
    prr_option: FbsPostingDetailPrrOption | None = None
    related_postings: V3FbsPostingDetailRelatedPostings | None = None
    related_weight_postings: list[str] | None = None
    require_blr_traceable_attrs: bool | None = None
    requirements: V3FbsPostingRequirementsV3 | None = None
    shipment_date: str | None = None
    shipment_date_without_delay: str | None = None
    status: str | None = None
    substatus: str | None = None
    previous_substatus: str | None = None
    tpl_integration_type: str | None = None
    tracking_number: str | None = None
    tariffication: V3FbsTariffication | None = None
    tariffication_steps: list[PostingV4PostingFbsListResponsePostingsTarifficationStep] | None = None


class V3FbsPostingDetailOptional(_Struct, kw_only=True):
    """Список товаров с дополнительными характеристиками."""

    products_with_possible_mandatory_mark: list[_Any] | None = None


class V3FbsPostingDetailRelatedPostings(_Struct, kw_only=True):
    """Связанные отправления."""

    related_posting_numbers: list[str] | None = None


class V3FbsPostingExemplarProductV3(_Struct, kw_only=True):
    """Список товаров и экземпляров."""

    exemplars: list[V3FbsPostingProductExemplarInfoV3] | None = None
    sku: int | None = None


class V3FbsPostingProduct(_Struct, kw_only=True):
    """object"""

    name: str | None = None
    offer_id: str | None = None
    price: str | None = None
    quantity: int | None = None
    sku: int | None = None
    currency_code: str | None = None
    is_blr_traceable: bool | None = None
    is_marketplace_buyout: bool | None = None
    imei: list[str] | None = None


class V3FbsPostingProductExemplarInfoV3(_Struct, kw_only=True):
    """object"""

    exemplar_id: int | None = None
    mandatory_mark: str | None = None
    gtd: str | None = None
    is_gtd_absent: bool | None = None
    rnpt: str | None = None
    is_rnpt_absent: bool | None = None
    weight: float | None = None
    imei: list[str] | None = None


class V3FbsPostingProductExemplarsV3(_Struct, kw_only=True):
    """Информация по продуктам и их экземплярам."""

    products: list[V3FbsPostingExemplarProductV3] | None = None


class V3FbsPostingRequirementsV3(_Struct, kw_only=True):
    """Cписок продуктов, для которых нужно передать страну-изготовителя, номер грузовой таможенной декларации (ГТД), регистрационный номер партии товара (РНПТ), марки…"""

    products_requiring_change_country: list[int] | None = None
    products_requiring_gtd: list[int] | None = None
    products_requiring_country: list[int] | None = None
    products_requiring_mandatory_mark: list[int] | None = None
    products_requiring_jw_uin: list[int] | None = None
    products_requiring_rnpt: list[int] | None = None
    products_requiring_weight: list[int] | None = None
    products_requiring_imei: list[int] | None = None


class V3FbsTariffication(_Struct, kw_only=True):
    """Информация по тарификации отгрузки."""

    current_tariff_rate: float | None = None
    current_tariff_type: str | None = None
    current_tariff_charge: str | None = None
    current_tariff_charge_currency_code: str | None = None
    next_tariff_rate: float | None = None
    next_tariff_type: str | None = None
    next_tariff_charge: str | None = None
    next_tariff_starts_at: str | None = None
    next_tariff_charge_currency_code: str | None = None


class V3FinanceCashFlowStatementListRequest(_Struct, kw_only=True):
    """object"""

    date: Financev3Period
    page: int
    with_details: bool | _UnsetType = _UNSET
    page_size: int


class V3FinanceCashFlowStatementListResponse(_Struct, kw_only=True):
    """object"""

    result: V3FinanceCashFlowStatementListResponseResult | None = None


class V3FinanceCashFlowStatementListResponsePeriod(_Struct, kw_only=True):
    """Период."""

    begin: str | None = None
    end: str | None = None
    id: int | None = None


class V3FinanceCashFlowStatementListResponseResult(_Struct, kw_only=True):
    """Результат работы метода."""

    cash_flows: list[FinanceCashFlowStatementListResponseCashFlow] | None = None
    details: FinanceCashFlowStatementListResponseDetails | None = None
    page_count: int | None = None


class V3GetFbsPostingListResponseV3(_Struct, kw_only=True):
    """object"""

    result: V3GetFbsPostingListResponseV3Result | None = None


class V3GetFbsPostingListResponseV3Result(_Struct, kw_only=True):
    """Массив отправлений."""

    has_next: bool | None = None
    postings: list[V3FbsPosting] | None = None


class V3GetFbsPostingResponseV3(_Struct, kw_only=True):
    """object"""

    result: V3FbsPostingDetail | None = None


class V3GetProductInfoListRequest(_Struct, kw_only=True):
    """object"""

    offer_id: list[str] | _UnsetType = _UNSET
    product_id: list[str] | _UnsetType = _UNSET
    sku: list[str] | _UnsetType = _UNSET


class V3GetProductInfoListResponse(_Struct, kw_only=True):
    """object"""

    items: list[V3GetProductInfoListResponseItem] | None = None


class V3GetProductInfoListResponseItem(_Struct, kw_only=True):
    """object"""

    availabilities: list[GetProductInfoListResponseAvailability] | None = None
    barcodes: list[str] | None = None
    color_image: list[str] | None = None
    commissions: list[GetProductInfoListResponseCommission] | None = None
    created_at: str | None = None
    currency_code: str | None = None
    description_category_id: int | None = None
    discounted_fbo_stocks: int | None = None
    errors: list[GetProductInfoListResponseError] | None = None
    has_discounted_fbo_item: bool | None = None
    id: int | None = None
    images: list[str] | None = None
    images360: list[str] | None = None
    is_archived: bool | None = None
    is_autoarchived: bool | None = None
    is_discounted: bool | None = None
    is_kgt: bool | None = None
    is_prepayment_allowed: bool | None = None
    is_super: bool | None = None
    min_price: str | None = None
    model_info: GetProductInfoListResponseModelInfo | None = None
    name: str | None = None
    offer_id: str | None = None
    old_price: str | None = None
    price: str | None = None
    price_indexes: GetProductInfoListResponsePriceIndexes | None = None
    primary_image: list[str] | None = None
    promotions: list[V3GetProductInfoListResponsePromotion] | None = None
    sku: int | None = None
    sources: list[GetProductInfoListResponseSource] | None = None
    statuses: GetProductInfoListResponseStatuses | None = None
    stocks: GetProductInfoListResponseStocks | None = None
    type_id: int | None = None
    updated_at: str | None = None
    vat: str | None = None
    visibility_details: GetProductInfoListResponseVisibilityDetails | None = None
    volume_weight: float | None = None


class V3GetProductInfoListResponsePromotion(_Struct, kw_only=True):
    is_enabled: bool | None = None
    type: str | None = None


class V3ImportProductsRequest(_Struct, kw_only=True):
    """object"""

    items: list[V3ImportProductsRequestItem] | _UnsetType = _UNSET


class V3ImportProductsRequestAttribute(_Struct, kw_only=True):
    """object"""

    complex_id: int | _UnsetType = _UNSET
    id: int | _UnsetType = _UNSET
    values: list[V3ImportProductsRequestDictionaryValue] | _UnsetType = _UNSET


class V3ImportProductsRequestComplexAttribute(_Struct, kw_only=True):
    attributes: list[V3ImportProductsRequestAttribute] | _UnsetType = _UNSET


class V3ImportProductsRequestDictionaryValue(_Struct, kw_only=True):
    """object"""

    dictionary_value_id: int | _UnsetType = _UNSET
    value: str | _UnsetType = _UNSET


class V3ImportProductsRequestItem(_Struct, kw_only=True):
    """object"""

    attributes: list[V3ImportProductsRequestAttribute] | _UnsetType = _UNSET
    barcode: str | _UnsetType = _UNSET
    color_image: str | _UnsetType = _UNSET
    complex_attributes: list[V3ImportProductsRequestComplexAttribute] | _UnsetType = _UNSET
    currency_code: str | _UnsetType = _UNSET
    depth: int | _UnsetType = _UNSET
    description_category_id: int
    new_description_category_id: int | _UnsetType = _UNSET
    dimension_unit: str | _UnsetType = _UNSET
    geo_names: list[str] | _UnsetType = _UNSET
    height: int | _UnsetType = _UNSET
    images: list[str] | _UnsetType = _UNSET
    images360: list[str] | _UnsetType = _UNSET
    name: str | _UnsetType = _UNSET
    offer_id: str | _UnsetType = _UNSET
    old_price: str | _UnsetType = _UNSET
    pdf_list: list[ImportProductsRequestPdfList] | _UnsetType = _UNSET
    price: str
    primary_image: str | _UnsetType = _UNSET
    promotions: list[ImportProductRequestPromotion] | _UnsetType = _UNSET
    service_type: V3ServiceType | _UnsetType = _UNSET
    type_id: int
    vat: str | _UnsetType = _UNSET
    weight: int | _UnsetType = _UNSET
    weight_unit: str | _UnsetType = _UNSET
    width: int | _UnsetType = _UNSET


class V3ImportProductsResponse(_Struct, kw_only=True):
    result: V3ImportProductsResponseResult | None = None


class V3ImportProductsResponseResult(_Struct, kw_only=True):
    """Результаты запроса."""

    task_id: int | None = None


class V3PostingFinancialData(_Struct, kw_only=True):
    """Данные о стоимости товара, размере скидки, выплате и комиссии."""

    cluster_from: str | None = None
    cluster_to: str | None = None
    products: list[PostingFinancialDataProduct] | None = None


class V3PostingProductDetail(_Struct, kw_only=True):
    """Размеры товара."""

    dimensions: V3Dimensions | None = None
    mandatory_mark: list[str] | None = None
    name: str | None = None
    offer_id: str | None = None
    price: str | None = None
    jw_uin: _Any = None
    currency_code: str | None = None
    is_blr_traceable: bool | None = None
    is_marketplace_buyout: bool | None = None
    quantity: int | None = None
    sku: int | None = None
    is_weight_needed: bool | None = None
    weight_max: float | None = None
    weight_min: float | None = None
    has_imei: bool | None = None


class V3SupplyOrderGetRequest(_Struct, kw_only=True):
    order_ids: list[str]


class V3SupplyOrderGetResponse(_Struct, kw_only=True):
    orders: list[SupplyOrderGetResponseOrder] | None = None


class V3SupplyOrderListRequest(_Struct, kw_only=True):
    filter: SupplyOrderListRequestFilter
    last_id: str | _UnsetType = _UNSET
    limit: int
    sort_by: SupplyOrderListRequestSortByEnum
    sort_dir: SupplyOrderListRequestSortDirEnum | _UnsetType = _UNSET


class V3SupplyOrderListResponse(_Struct, kw_only=True):
    last_id: str | None = None
    order_ids: list[int] | None = None


class V3TimeRange(_Struct, kw_only=True):
    """Период, в который последний раз изменялся статус у отправлений."""

    from_: _dt.datetime | _UnsetType = _field(name="from", default=_UNSET)
    to: _dt.datetime | _UnsetType = _UNSET


class V3User(_Struct, kw_only=True):
    """Информация об участнике чата."""

    id: str | None = None
    type: str | None = None


class V4FbsPostingShipPackageV4Request(_Struct, kw_only=True):
    posting_number: str
    products: list[V4FbsPostingShipPackageV4RequestProduct] | _UnsetType = _UNSET


class V4FbsPostingShipPackageV4RequestProduct(_Struct, kw_only=True):
    exemplars_ids: list[str] | _UnsetType = _field(name="exemplarsIds", default=_UNSET)
    product_id: int
    quantity: int


class V4FbsPostingShipPackageV4Response(_Struct, kw_only=True):
    result: str | None = None


class V4GetProductAttributesResponseModelInfo(_Struct, kw_only=True):
    """Информация о модели."""

    model_id: int | None = None
    count: int | None = None


class V4GetProductAttributesResponsePdf(_Struct, kw_only=True):
    """object"""

    file_name: str | None = None
    name: str | None = None


class V4GetProductInfoStocksRequest(_Struct, kw_only=True):
    cursor: str | _UnsetType = _UNSET
    filter: V4GetProductInfoStocksRequestFilter
    limit: int


class V4GetProductInfoStocksRequestFilter(_Struct, kw_only=True):
    """Фильтр по товарам."""

    offer_id: list[str] | _UnsetType = _UNSET
    product_id: list[str] | _UnsetType = _UNSET
    visibility: V4Visibility | _UnsetType = _UNSET
    with_quant: FilterWithQuant | _UnsetType = _UNSET


class V4GetProductInfoStocksResponse(_Struct, kw_only=True):
    cursor: str | None = None
    items: list[V4GetProductInfoStocksResponseItem] | None = None
    total: int | None = None


class V4GetProductInfoStocksResponseItem(_Struct, kw_only=True):
    offer_id: str | None = None
    product_id: int | None = None
    stocks: list[GetProductInfoStocksResponseStock] | None = None


class V4GetUploadQuotaResponse(_Struct, kw_only=True):
    """object"""

    daily_create: GetUploadQuotaResponseDailyCreate | None = None
    daily_update: GetUploadQuotaResponseDailyUpdate | None = None
    operation_limits: ProductV4GetUploadQuotaResponseOperationLimits | None = None
    total: GetUploadQuotaResponseTotal | None = None


class V5FbsPostingProductExemplarStatusV5Request(_Struct, kw_only=True):
    posting_number: str


class V5FbsPostingProductExemplarStatusV5Response(_Struct, kw_only=True):
    posting_number: str | None = None
    products: list[V5FbsPostingProductExemplarStatusV5ResponseProduct] | None = None
    status: str | None = None


class V5FbsPostingProductExemplarStatusV5ResponseProduct(_Struct, kw_only=True):
    exemplars: list[V5FbsPostingProductExemplarStatusV5ResponseProductExemplar] | None = None
    product_id: int | None = None


class V5FbsPostingProductExemplarStatusV5ResponseProductExemplar(_Struct, kw_only=True):
    exemplar_id: int | None = None
    gtd: str | None = None
    gtd_check_status: str | None = None
    gtd_error_codes: list[str] | None = None
    is_gtd_absent: bool | None = None
    is_rnpt_absent: bool | None = None
    marks: list[V5FbsPostingProductExemplarStatusV5ResponseProductExemplarMark] | None = None
    rnpt: str | None = None
    rnpt_check_status: str | None = None
    rnpt_error_codes: list[str] | None = None
    weight: float | None = None
    weight_check_status: str | None = None
    weight_error_codes: list[str] | None = None


class V5FbsPostingProductExemplarStatusV5ResponseProductExemplarMark(_Struct, kw_only=True):
    check_status: str | None = None
    error_codes: list[str] | None = None
    mark: str | None = None
    mark_type: str | None = None


class V5FbsPostingProductExemplarValidateV5Request(_Struct, kw_only=True):
    posting_number: str
    products: list[V5FbsPostingProductExemplarValidateV5RequestProduct]


class V5FbsPostingProductExemplarValidateV5RequestProduct(_Struct, kw_only=True):
    exemplars: list[V5FbsPostingProductExemplarValidateV5RequestProductExemplar]
    product_id: int


class V5FbsPostingProductExemplarValidateV5RequestProductExemplar(_Struct, kw_only=True):
    gtd: str | _UnsetType = _UNSET
    marks: list[V5FbsPostingProductExemplarValidateV5RequestProductExemplarMark] | _UnsetType = _UNSET
    rnpt: str | _UnsetType = _UNSET
    weight: float | _UnsetType = _UNSET


class V5FbsPostingProductExemplarValidateV5RequestProductExemplarMark(_Struct, kw_only=True):
    mark: str | _UnsetType = _UNSET
    mark_type: str | _UnsetType = _UNSET


class V5FbsPostingProductExemplarValidateV5Response(_Struct, kw_only=True):
    products: list[V5FbsPostingProductExemplarValidateV5ResponseProduct] | None = None


class V5FbsPostingProductExemplarValidateV5ResponseProduct(_Struct, kw_only=True):
    error: str | None = None
    exemplars: list[V5FbsPostingProductExemplarValidateV5ResponseProductExemplar] | None = None
    product_id: int | None = None
    valid: bool | None = None


class V5FbsPostingProductExemplarValidateV5ResponseProductExemplar(_Struct, kw_only=True):
    errors: list[str] | None = None
    gtd: str | None = None
    marks: list[V5FbsPostingProductExemplarValidateV5ResponseProductExemplarMark] | None = None
    rnpt: str | None = None
    valid: bool | None = None
    weight: float | None = None


class V5FbsPostingProductExemplarValidateV5ResponseProductExemplarMark(_Struct, kw_only=True):
    errors: list[str] | None = None
    mark: str | None = None
    mark_type: str | None = None
    valid: bool | None = None


class V6FbsPostingProductExemplarCreateOrGetV6Request(_Struct, kw_only=True):
    posting_number: str


class V6FbsPostingProductExemplarCreateOrGetV6Response(_Struct, kw_only=True):
    multi_box_qty: int | None = None
    posting_number: str | None = None
    products: list[FbsPostingProductExemplarCreateOrGetV6ResponseProduct] | None = None


class V6FbsPostingProductExemplarSetV6Request(_Struct, kw_only=True):
    multi_box_qty: int | _UnsetType = _UNSET
    posting_number: str
    products: list[FbsPostingProductExemplarSetV6RequestProducts]


class ValidationResultItem(_Struct, kw_only=True):
    """Информация о товаре."""

    size: ItemSize | None = None
    sku: int | None = None
    weight_g: float | None = None


class ValidationResultValidationError(_Struct, kw_only=True):
    characteristic: str | None = None
    restriction_price: V1Money | None = None
    restriction_vwc: float | None = None
    template_id: int | None = None
    type: str | None = None


class ValueItem(_Struct, kw_only=True):
    barcode: str | _UnsetType = _UNSET
    expires_at: _dt.datetime | _UnsetType = _UNSET
    offer_id: str | _UnsetType = _UNSET
    quant: int | _UnsetType = _UNSET
    quantity: int | _UnsetType = _UNSET


class ValueTimezoneInfo(_Struct, kw_only=True):
    """Часовой пояс."""

    iana_name: str | None = None
    offset: str | None = None


class WarehouseAddress(_Struct, kw_only=True):
    """Информация об адресе склада продавца."""

    address: str | None = None
    city: str | None = None
    coordinates: WarehouseAddressCoordinates | None = None
    country_code: str | None = None
    macrolocal_cluster_id: int | None = None
    region: str | None = None
    timezone: str | None = None


class WarehouseAddressCoordinates(_Struct, kw_only=True):
    """Координаты."""

    latitude: float | None = None
    longitude: float | None = None


class WarehouseAddressInfo(_Struct, kw_only=True):
    """Информация о расположении склада."""

    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    utc: str | None = None


class WarehouseAvailabilityStatus(_Struct, kw_only=True):
    """Информация о доступности склада."""

    invalid_reason: str | None = None
    state: str | None = None


class WarehouseContacts(_Struct, kw_only=True):
    """Контакты."""

    phone_numbers: list[str] | None = None


class WarehouseDeliveryMethodListRequest(_Struct, kw_only=True):
    """object"""

    filter: DeliveryMethodListRequestFilter | _UnsetType = _UNSET
    limit: int
    offset: int | _UnsetType = _UNSET


class WarehouseDeliveryMethodListResponse(_Struct, kw_only=True):
    """object"""

    has_next: bool | None = None
    result: list[DeliveryMethodListResponseDeliveryMethod] | None = None


class WarehouseERFBSAggregatorCreateRequestDeliveryMethodDeliveryCosts(_Struct, kw_only=True):
    """Расходы на доставку, которые вы готовы оплатить."""

    min_weight: int | _UnsetType = _UNSET
    max_weight: int | _UnsetType = _UNSET
    min_order_price: int | _UnsetType = _UNSET
    max_order_price: int | _UnsetType = _UNSET
    seller_payment: int | _UnsetType = _UNSET


class WarehouseFBSReturnMileInfoResponseWarehouseReturnMileSettings(_Struct, kw_only=True):
    is_return_mile_required: bool | None = None
    return_point: V1WarehouseFBSReturnMileInfoResponseReturnPoint | None = None
    warehouse_id: int | None = None


class WarehouseFbsPickUpHistoryListResponseHistoryEntity(_Struct, kw_only=True):
    planned_date: str | None = None
    status: str | None = None
    updated_at: str | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None
    was_planned: bool | None = None


class WarehouseFbsPickUpPlanningListResponseResultWarehouse(_Struct, kw_only=True):
    can_modify_pickup_plan: bool | None = None
    has_postings_to_be_planned: bool | None = None
    is_pickup_planned: bool | None = None
    last_pickup_plan_date_at: str | None = None
    warehouse_id: int | None = None
    warehouse_name: str | None = None


class WarehouseFirstMile(_Struct, kw_only=True):
    """Первая миля."""

    dropoff_point_id: str | None = None
    first_mile_is_changing: bool | None = None
    timeslot_from: str | None = None
    timeslot_id: int | None = None
    timeslot_to: str | None = None
    type: str | None = None


class WarehouseFirstMileType(_Struct, kw_only=True):
    """Первая миля FBS."""

    dropoff_point_id: str | None = None
    dropoff_timeslot_id: int | None = None
    first_mile_is_changing: bool | None = None
    first_mile_type: str | None = None


class WarehouseInvalidProductsGetResponseValidationResult(_Struct, kw_only=True):
    item: ValidationResultItem | None = None
    state: str | None = None
    validation_errors: list[ValidationResultValidationError] | None = None


class WarehouseListResponseWarehouse(_Struct, kw_only=True):
    """object"""

    has_entrusted_acceptance: bool | None = None
    is_rfbs: bool | None = None
    name: str | None = None
    warehouse_id: int | None = None
    can_print_act_in_advance: bool | None = None
    first_mile_type: WarehouseFirstMileType | None = None
    has_postings_limit: bool | None = None
    is_karantin: bool | None = None
    is_kgt: bool | None = None
    is_economy: bool | None = None
    is_able_to_set_price: bool | None = None
    is_presorted: bool | None = None
    is_timetable_editable: bool | None = None
    min_postings_limit: int | None = None
    postings_limit: int | None = None
    min_working_days: int | None = None
    status: str | None = None
    working_days: list[str] | None = None


class WarehouseListV2ResponseWarehouse(_Struct, kw_only=True):
    address_info: WarehouseAddressInfo | None = None
    carriage_label_type: str | None = None
    courier_comment: str | None = None
    courier_phones: list[str] | None = None
    created_at: str | None = None
    cut_in_time: int | None = None
    first_mile: WarehouseFirstMile | None = None
    has_entrusted_acceptance: bool | None = None
    has_postings_limit: bool | None = None
    is_auto_assembly: bool | None = None
    is_comfort: bool | None = None
    is_express: bool | None = None
    is_kgt: bool | None = None
    is_rfbs: bool | None = None
    is_waybill_enabled: bool | None = None
    min_postings_limit: int | None = None
    name: str | None = None
    pause_at: str | None = None
    phone: str | None = None
    postings_limit: int | None = None
    sla_cut_in: int | None = None
    status: str | None = None
    timetable: WarehouseTimetable | None = None
    updated_at: str | None = None
    warehouse_id: int | None = None
    warehouse_type: str | None = None
    with_item_list: bool | None = None
    working_days: list[str] | None = None


class WarehouseStorageWarehouse(_Struct, kw_only=True):
    """Склад хранения для поставок с типом DIRECT."""

    address: str | None = None
    name: str | None = None
    warehouse_id: int | None = None


class WarehouseTimetable(_Struct, kw_only=True):
    """Расписание работы склада."""

    timetable_from: str | None = None
    timetable_to: str | None = None
    working_hours: list[TimetableWorkingHours] | None = None


class WarehouseV1WarehouseRfbsPauseRequest(_Struct, kw_only=True):
    warehouse_id: int | _UnsetType = _UNSET


class WarehouseV1WarehouseRfbsPauseResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class WarehouseV1WarehouseRfbsUnpauseRequest(_Struct, kw_only=True):
    warehouse_id: int | _UnsetType = _UNSET


class WarehouseV1WarehouseRfbsUnpauseResponse(_Struct, kw_only=True):
    operation_id: str | None = None


class WarehouseV2DeliveryMethodListV2ResponseDeliveryMethodTPLDropOffPoint(_Struct, kw_only=True):
    """Информация о drop-off пункте."""

    address: str | None = None
    address_coordinates: (
        WarehouseV2DeliveryMethodListV2ResponseDeliveryMethodTPLDropOffPointAddressCoordinates | None
    ) = None
    code: str | None = None
    name: str | None = None


class WarehouseV2DeliveryMethodListV2ResponseDeliveryMethodTPLDropOffPointAddressCoordinates(
    _Struct, kw_only=True
):
    """Координаты drop-off пункта."""

    latitude: float | None = None
    longitude: float | None = None


class WarehouseWarehouseListResponse(_Struct, kw_only=True):
    """object"""

    result: list[WarehouseListResponseWarehouse] | None = None


class WarehouseWorkingDay(_Struct, kw_only=True):
    day: str | None = None
    time_from_local: str | None = None
    time_to_local: str | None = None


class WorkingHoursPeriods(_Struct, kw_only=True):
    max: MaxPeriodsPeriod | None = None
    min: MinPeriodsPeriod | None = None


__all__ = [
    "ActionParameter",
    "ActionParameterVoucherParameter",
    "ActionsV1ActionsAutoAddProductsCandidatesRequest",
    "ActionsV1ActionsAutoAddProductsCandidatesResponse",
    "ActionsV1ActionsAutoAddProductsCandidatesResponseProducts",
    "ActionsV1ActionsAutoAddProductsDeleteRequest",
    "ActionsV1ActionsAutoAddProductsDeleteResponse",
    "ActionsV1ActionsAutoAddProductsListRequest",
    "ActionsV1ActionsAutoAddProductsListResponse",
    "ActionsV1ActionsAutoAddProductsListResponseProducts",
    "ActionsV1ActionsAutoAddProductsUpdateRequest",
    "ActionsV1ActionsAutoAddProductsUpdateRequestToUpdate",
    "ActionsV1ActionsAutoAddProductsUpdateResponse",
    "ActionsV1ActionsAutoAddProductsUpdateResponseBelowMinPrice",
    "ActionsV1ActionsAutoAddProductsUpdateResponseExtremelyLowPrice",
    "ActionsV1ActionsAutoAddProductsUpdateResponseFailedPrice",
    "ActionsV1ActionsAutoAddProductsUpdateResponseRejected",
    "AddStrategyItemsResponseError",
    "AnalyticsAnalyticsGetDataRequest",
    "AnalyticsAnalyticsGetDataResponse",
    "AnalyticsDataRow",
    "AnalyticsDataRowDimension",
    "AnalyticsFilter",
    "AnalyticsGetDataResponseResult",
    "AnalyticsGetStockOnWarehousesRequestWarehouseType",
    "AnalyticsProductQueriesDetailsResponseQuery",
    "AnalyticsProductQueriesRequestSortBy",
    "AnalyticsProductQueriesRequestSortDir",
    "AnalyticsProductQueriesResponseAnalyticsPeriod",
    "AnalyticsSorting",
    "AnalyticsStockOnWarehouseRequest",
    "AnalyticsStockOnWarehouseResponse",
    "AnalyticsStockOnWarehouseResponseResult",
    "AnalyticsStockOnWarehouseResultRows",
    "ApproveDeclineDiscountTasksResponseFailDetail",
    "ArrivalPassListRequestFilter",
    "ArrivalpassArrivalPassCreateRequest",
    "ArrivalpassArrivalPassCreateRequestArrivalPass",
    "ArrivalpassArrivalPassCreateResponse",
    "ArrivalpassArrivalPassDeleteRequest",
    "ArrivalpassArrivalPassListRequest",
    "ArrivalpassArrivalPassListResponse",
    "ArrivalpassArrivalPassListResponseArrivalPass",
    "ArrivalpassArrivalPassUpdateRequest",
    "ArrivalpassArrivalPassUpdateRequestArrivalPass",
    "AssemblyFbsProductListResponseProducts",
    "AvailabilityReason",
    "BrandBrandCompanyCertificationListRequest",
    "BrandBrandCompanyCertificationListResponse",
    "BrandCompanyCertificationListResponseBrandCertification",
    "BrandCompanyCertificationListResponseBrandCertificationResult",
    "CancellationStateCancellationError",
    "CargoInfoTrackingInfo",
    "CargoValue",
    "CargoesCreateErrorsItemValidation",
    "CargoesCreateInfoV2ResponseResult",
    "CargoesCreateV2ErrorsItemValidation",
    "CargoesGetResponseSupply",
    "CargoesPresentRuleCargoCountPerType",
    "CargoesRulesGetResponseSupplyCheck",
    "CargoesV1CargoesLabelTransportByOrderCreateRequest",
    "CargoesV1CargoesLabelTransportByOrderCreateResponse",
    "CargoesV1CargoesLabelTransportByOrderStatusRequest",
    "CargoesV1CargoesLabelTransportByOrderStatusResponse",
    "CargoesV1CargoesLabelTransportByOrderStatusResponseResult",
    "CargoesV1CargoesLabelTransportCreateRequest",
    "CargoesV1CargoesLabelTransportCreateResponse",
    "CargoesV1CargoesLabelTransportStatusRequest",
    "CargoesV1CargoesLabelTransportStatusResponse",
    "CargoesV1CargoesLabelTransportStatusResponseResult",
    "CargoesV1CargoesSuppliesGetRequest",
    "CargoesV1CargoesSuppliesGetResponse",
    "CargoesV1CargoesSuppliesGetResponseSuppliesCargoes",
    "CargoesV1CargoesSuppliesGetResponseSuppliesCargoesCargoesWithoutTransportCargoes",
    "CargoesV1CargoesSuppliesGetResponseSuppliesCargoesTransportCargoes",
    "CargoesV1CargoesSuppliesGetResponseSuppliesCargoesTransportCargoesCargoes",
    "CargoesV1CargoesTransportActivateRequest",
    "CargoesV1CargoesTransportActivateResponse",
    "CargoesV1CargoesTransportActivateStatusRequest",
    "CargoesV1CargoesTransportActivateStatusResponse",
    "CargoesV1CargoesTransportBindRequest",
    "CargoesV1CargoesTransportBindRequestTransportCargoBind",
    "CargoesV1CargoesTransportBindResponse",
    "CargoesV1CargoesTransportBindStatusRequest",
    "CargoesV1CargoesTransportBindStatusResponse",
    "CargoesV1CargoesTransportCreateRequest",
    "CargoesV1CargoesTransportCreateRequestTransportCargoes",
    "CargoesV1CargoesTransportCreateRequestTransportCargoesTypeEnum",
    "CargoesV1CargoesTransportCreateResponse",
    "CargoesV1CargoesTransportCreateStatusRequest",
    "CargoesV1CargoesTransportCreateStatusResponse",
    "CargoesV1CargoesTransportCreateStatusResponseResult",
    "CargoesV1CargoesTransportCreateStatusResponseResultTransportCargoes",
    "CargoesV2CargoesDeleteRequest",
    "CargoesV2CargoesDeleteRequestTransportCargoDeletionTypeEnum",
    "CargoesV2CargoesDeleteResponse",
    "CargoesV2CargoesDeleteResponseErrors",
    "CargoesV2CargoesDeleteResponseErrorsCargoErrorReasons",
    "CargoesV2CargoesDeleteResponseErrorsTransportCargoErrorReasons",
    "CargoesV2CargoesDeleteStatusRequest",
    "CargoesV2CargoesDeleteStatusResponse",
    "CargoesV2CargoesDeleteStatusResponseErrors",
    "CargoesV2CargoesDeleteStatusResponseErrorsCargoErrorReasons",
    "CargoesV2CargoesDeleteStatusResponseErrorsTransportCargoErrorReasons",
    "CargoesV2CargoesGetRequest",
    "CargoesV2CargoesGetRequestSupplies",
    "CargoesV2CargoesGetResponse",
    "CargoesV2CargoesGetResponseSupplies",
    "CargoesV2CargoesGetResponseSuppliesCargoes",
    "CargoesV2CargoesGetResponseSuppliesCargoesTrackingInfo",
    "CargoesV2CargoesGetResponseSuppliesCargoesTrackingInfoArrivalAt",
    "CargoesV2CargoesGetResponseSuppliesCargoesTrackingInfoArrivalAtTimezoneInfo",
    "CargoesV2CargoesGetResponseSuppliesLimits",
    "CargoesV2CargoesGetResponseSuppliesTransportCargoes",
    "CargoesV2CargoesGetResponseSuppliesTransportCargoesTrackingInfo",
    "CargoesV2CargoesGetResponseSuppliesTransportCargoesTrackingInfoArrivalAt",
    "CargoesV2CargoesGetResponseSuppliesTransportCargoesTrackingInfoArrivalAtTimezone",
    "CarriageCarriageGetRequest",
    "CarriageCarriageGetResponse",
    "CarriageCarriageGetResponseCancelAvailability",
    "CarriageDeliveryListV2RequestFilter",
    "CarriageDeliveryListV2ResponseDeliveryMethod",
    "CarriagePickupFee",
    "Carriagev1CarriageContainerApproveRequest",
    "Carriagev1CarriageContainerApproveResponse",
    "Carriagev1CarriageContainerApproveResponseErrorContainers",
    "Carriagev1CarriageContainerCancelRequest",
    "Carriagev1CarriageContainerCancelResponse",
    "Carriagev1CarriageContainerCancelResponseErrorContainers",
    "Carriagev1CarriageContainerCreateRequest",
    "Carriagev1CarriageContainerCreateResponse",
    "Carriagev1CarriageContainerDocumentGetRequest",
    "Carriagev1CarriageContainerDocumentGetResponse",
    "Carriagev1CarriageContainerFillRequest",
    "Carriagev1CarriageContainerFillResponse",
    "Carriagev1CarriageContainerFillResponseErrorPostings",
    "Carriagev1CarriageContainerGetRequest",
    "Carriagev1CarriageContainerGetResponse",
    "Carriagev1CarriageContainerGetResponsePostings",
    "Carriagev1CarriageContainerGetResponsePostingsProducts",
    "Carriagev1CarriageContainerLabelGetRequest",
    "Carriagev1CarriageContainerLabelGetResponse",
    "Carriagev1CarriageContainerLabelGetResponseContent",
    "Carriagev1CarriageContainerLabelGetResponseErrorContainers",
    "Carriagev1CarriageContainerListRequest",
    "Carriagev1CarriageContainerListRequestFilter",
    "Carriagev1CarriageContainerListRequestSortDirEnum",
    "Carriagev1CarriageContainerListResponse",
    "Carriagev1CarriageContainerListResponseContainers",
    "Carriagev1CarriageContainerPlaceIntoRequest",
    "Carriagev1CarriageContainerPlaceIntoResponse",
    "Carriagev1CarriageContainerPlaceIntoResponseErrorContainers",
    "Carriagev1CarriageContainerRemoveFromRequest",
    "Carriagev1CarriageContainerRemoveFromResponse",
    "Carriagev1CarriageContainerRemoveFromResponseErrorContainers",
    "Carriagev1CarriageContainerRemovePostingsRequest",
    "Carriagev1CarriageContainerRemovePostingsResponse",
    "Carriagev1CarriageContainerRemovePostingsResponseErrorPostings",
    "Carriagev1CarriageContainerStatusGetRequest",
    "Carriagev1CarriageContainerStatusGetResponse",
    "Carriagev1CarriageContainerStatusGetResponseContainers",
    "Carriagev1CarriageContainerTaskInfoRequest",
    "Carriagev1CarriageContainerTaskInfoResponse",
    "ChatChatSendFileRequest",
    "ChatChatSendFileResponse",
    "ChatChatSendMessageRequest",
    "ChatChatSendMessageResponse",
    "ChatChatStartRequest",
    "ChatChatStartResponse",
    "ChatHistoryRequestFilter",
    "ChatMessageContext",
    "ChatRead",
    "ChatStartResponseResult",
    "ClientTimeslotDateRange",
    "ClusterWarehouse",
    "CommentListResponseComment",
    "CommonCreateReportResponse",
    "CourierCoordinates",
    "CreateCompanyPostingsReportRequestWith",
    "CreateDocumentB2BSalesJSONReportResponseBuyer",
    "CreateDocumentB2BSalesJSONReportResponseInvoiceInfo",
    "CreateDocumentB2BSalesJSONReportResponseLegalSaleInvoice",
    "CreateDocumentB2BSalesJSONReportResponseLegalSaleOperation",
    "CreateDocumentB2BSalesJSONReportResponseSellerInfo",
    "CreateReportResponse",
    "CreateReportResponseCode",
    "CreateReportResponseCodeNoDeadline",
    "CreateWarehouseFBSRequestAddressCoordinates",
    "CreateWarehouseFBSRequestFirstMileTypeEnum",
    "CreateWarehouseFBSRequestOptions",
    "CreateWarehouseFBSRequestWorkingDaysEnum",
    "CreatedAt",
    "DataFulfillment",
    "DataMacrolocalCluster",
    "DeleteProductsRequestProduct",
    "DeleteProductsResponseDeleteStatus",
    "DeliveryCheckoutResponseSplit",
    "DeliveryCheckoutResponseSplitDeliveryMethod",
    "DeliveryCheckoutResponseSplitItem",
    "DeliveryCourier",
    "DeliveryDetailsDropOffPointDetails",
    "DeliveryMapRequestViewportCoordinatesLeft",
    "DeliveryMapRequestViewportCoordinatesRight",
    "DeliveryMapResponseCluster",
    "DeliveryMapResponseClusterCoordinates",
    "DeliveryMapResponseClusterCoordinatesLeft",
    "DeliveryMapResponseClusterCoordinatesRight",
    "DeliveryMapResponseClusterViewport",
    "DeliveryMethodAddressDetails",
    "DeliveryMethodCarriage",
    "DeliveryMethodDateRange",
    "DeliveryMethodDeliveryPolygon",
    "DeliveryMethodError",
    "DeliveryMethodHolidays",
    "DeliveryMethodListRequestFilter",
    "DeliveryMethodListResponseDeliveryMethod",
    "DeliveryMethodListV2RequestFilter",
    "DeliveryMethodListV2RequestSortDirEnum",
    "DeliveryMethodListV2ResponseDeliveryMethod",
    "DeliveryMethodProperties",
    "DeliveryMethodTimeslot",
    "DeliveryMethodWorkingHours",
    "DeliveryPickUp",
    "DeliveryPointInfoResponsePointDeliveryMethod",
    "DeliveryPointInfoResponsePointDeliveryMethodDeliveryType",
    "DeliveryPointListResponsePointCoordinates",
    "DeliveryTypeCourier",
    "DeliveryTypeCourierCoordinates",
    "DeliveryTypeEnum",
    "DeliveryTypePickUp",
    "DetailsDeliveryDetails",
    "DetailsOthers",
    "DetailsPayment",
    "DetailsReturnDetails",
    "DetailsReturns",
    "DetailsRfbsDetails",
    "DetailsService",
    "DetailsServices",
    "DirEnum",
    "DirectDetailsBySellerDetails",
    "DirectDetailsByTplDetails",
    "DirectDetailsTimeslotDetails",
    "DraftClusterListResponseLogisticCluster",
    "DraftCreateCommonResponseError",
    "DraftCreateCommonResponseErrorItemsValidation",
    "DraftCreateInfoResponseCluster",
    "DraftCreateInfoResponseError",
    "DraftCreateRequestItem",
    "DraftGetWarehouseFboListResponseCoordinate",
    "DraftGetWarehouseFboListResponseSearch",
    "DraftSupplyCreateStatusResponseResult",
    "DraftTimeslotInfoResponseResult",
    "Draftv1Cluster",
    "Draftv1Warehouse",
    "DropOffPointCoordinates",
    "DropOffWarehouseTimeslotsDay",
    "DropOffWarehouseTimeslotsDayTimeslot",
    "ErrorData",
    "ErrorHumanTexts",
    "ErrorItemsValidation",
    "ExemplarMark",
    "ExemplarsMarks",
    "FboPostingFboPostingAnalyticsData",
    "FbpDraftDropOffPointListResponseDropOffPoint",
    "FbpDraftDropOffProvinceListResponseProvince",
    "FbpDraftGetResponseDeclineReason",
    "FbpWarehouseListResponseAddressDetailing",
    "FbpWarehouseListResponseWarehouse",
    "Fbpv1DeliveryDetails",
    "Fbpv1Timeslot",
    "FbsPostingBarcodes",
    "FbsPostingDetailCourier",
    "FbsPostingDetailPrrOption",
    "FbsPostingMoveStatusResponseMoveStatus",
    "FbsPostingProductExemplarCreateOrGetV6ResponseProduct",
    "FbsPostingProductExemplarSetV6RequestExemplars",
    "FbsPostingProductExemplarSetV6RequestProducts",
    "FbsPostingShipV4RequestPackage",
    "FbsPostingShipV4RequestPackageProduct",
    "FbsPostingShipV4RequestWith",
    "FbsPostingShipV4ResponseShipAdditionalData",
    "FbsPostingTrackingNumberSetRequestTrackingNumber",
    "Fbsv4FbsPostingShipV4Request",
    "Fbsv4FbsPostingShipV4Response",
    "Fbsv4PostingProductDetailWithoutDimensions",
    "FilterPeriod",
    "FilterStatusEnum",
    "FilterTimeslotFromRange",
    "FilterWithQuant",
    "FinanceCashFlowStatementListResponseCashFlow",
    "FinanceCashFlowStatementListResponseDeliveryService",
    "FinanceCashFlowStatementListResponseDetails",
    "FinanceCashFlowStatementListResponseDetailsOthers",
    "FinanceCashFlowStatementListResponseReturnService",
    "FinanceCashFlowStatementListResponseService",
    "FinanceTransactionListV3RequestFilter",
    "FinanceTransactionListV3ResponseOperation",
    "FinanceTransactionTotalsV3RequestDate",
    "FinanceV1GetFinanceAccrualByDayRequest",
    "FinanceV1GetFinanceAccrualByDayResponse",
    "FinanceV1GetFinanceAccrualByDayResponseAccrual",
    "FinanceV1GetFinanceAccrualByDayResponseAccrualItemFees",
    "FinanceV1GetFinanceAccrualByDayResponseAccrualItemFeesItemFee",
    "FinanceV1GetFinanceAccrualByDayResponseAccrualItemFeesItemFeeFee",
    "FinanceV1GetFinanceAccrualByDayResponseAccrualNonItemFee",
    "FinanceV1GetFinanceAccrualByDayResponseAccrualPosting",
    "FinanceV1GetFinanceAccrualByDayResponseAccrualPostingProduct",
    "FinanceV1GetFinanceAccrualByDayResponseAccrualPostingProductCommission",
    "FinanceV1GetFinanceAccrualByDayResponseAccrualPostingProductDelivery",
    "FinanceV1GetFinanceAccrualByDayResponseAccrualPostingProductDeliveryService",
    "FinanceV1GetFinanceAccrualPostingsRequest",
    "FinanceV1GetFinanceAccrualPostingsResponse",
    "FinanceV1GetFinanceAccrualPostingsResponsePostingAccruals",
    "FinanceV1GetFinanceAccrualPostingsResponsePostingAccrualsAccrual",
    "FinanceV1GetFinanceAccrualTypesResponse",
    "FinanceV1GetFinanceAccrualTypesResponseAccrualType",
    "Financev3FinanceTransactionListV3Request",
    "Financev3FinanceTransactionListV3Response",
    "Financev3FinanceTransactionListV3ResponseResult",
    "Financev3FinanceTransactionTotalsV3Request",
    "Financev3FinanceTransactionTotalsV3Response",
    "Financev3FinanceTransactionTotalsV3ResponseResult",
    "Financev3Period",
    "GetCarriageAvailableListResponseResult",
    "GetCompetitorsResponseCompetitorInfo",
    "GetConditionalCancellationListV2RequestFilters",
    "GetConditionalCancellationListV2RequestWith",
    "GetConditionalCancellationListV2ResponseCancellationReason",
    "GetConditionalCancellationListV2ResponseResult",
    "GetConditionalCancellationListV2ResponseState",
    "GetDeliveryMethodReturnSettingsV1ResponseReturnSetting",
    "GetDiscountTaskListV2ResponseTask",
    "GetEtgbRequestDate",
    "GetEtgbResponseResult",
    "GetEtgbResponseResultEtgb",
    "GetFBSRatingIndexInfoV1ResponseIndexDynamics",
    "GetFinanceBalanceV1ResponseCashflows",
    "GetFinanceBalanceV1ResponseReturns",
    "GetFinanceBalanceV1ResponseReturnsDetails",
    "GetFinanceBalanceV1ResponseSales",
    "GetFinanceBalanceV1ResponseSalesDetails",
    "GetFinanceBalanceV1ResponseService",
    "GetFinanceBalanceV1ResponseTotal",
    "GetFinanceProductsBuyoutResponseProduct",
    "GetImportProductsInfoResponseResultItem",
    "GetProductAttributesV3ResponseDictionaryValue",
    "GetProductAttributesV4ResponseAttribute",
    "GetProductInfoListResponseAvailability",
    "GetProductInfoListResponseCommission",
    "GetProductInfoListResponseError",
    "GetProductInfoListResponseModelInfo",
    "GetProductInfoListResponsePriceIndexes",
    "GetProductInfoListResponseSource",
    "GetProductInfoListResponseStatuses",
    "GetProductInfoListResponseStocks",
    "GetProductInfoListResponseStocksStock",
    "GetProductInfoListResponseVisibilityDetails",
    "GetProductInfoPricesResponseItemPriceIndexes",
    "GetProductInfoStocksResponseStock",
    "GetProductPlacementZoneInfoResponseProductPlacement",
    "GetProductRatingBySkuResponseProductRating",
    "GetProductRatingBySkuResponseRatingCondition",
    "GetProductRatingBySkuResponseRatingGroup",
    "GetProductRatingBySkuResponseRatingImproveAttribute",
    "GetRealizationReportByDayResponse",
    "GetRealizationReportByDayResponseRow",
    "GetRealizationReportResponseV2Header",
    "GetRealizationReportResponseV2Result",
    "GetRealizationReportResponseV2Row",
    "GetReturnsListRequestFilter",
    "GetReturnsListResponseAdditionalInfo",
    "GetReturnsListResponseCompensation",
    "GetReturnsListResponseCompensationStatus",
    "GetReturnsListResponseExemplar",
    "GetReturnsListResponseLogistic",
    "GetReturnsListResponsePlaceNow",
    "GetReturnsListResponsePlaceTarget",
    "GetReturnsListResponseProduct",
    "GetReturnsListResponseReturnsItem",
    "GetReturnsListResponseStorage",
    "GetReturnsListResponseVisual",
    "GetReturnsListResponseVisualStatus",
    "GetSellerActionsV1ResponseAction",
    "GetStrategyIDsByItemIDsResponseProductInfo",
    "GetStrategyListResponseStrategy",
    "GetSupplyOrderBundleRequestItemTagsCalculation",
    "GetUploadQuotaResponseDailyCreate",
    "GetUploadQuotaResponseDailyUpdate",
    "GetUploadQuotaResponseTotal",
    "GetWarehouseFBSOperationStatusResponseError",
    "GetWarehouseFBSOperationStatusResponseResult",
    "GiveoutInfoResponseArticleDetails",
    "GiveoutListResponseGiveoutDetails",
    "HumanTextsParam",
    "ImportProductRequestPromotion",
    "ImportProductsRequestPdfList",
    "InvoiceGetV2ResponseResult",
    "ItemBundleSummary",
    "ItemCommissionsv5",
    "ItemMarketing",
    "ItemPricev5",
    "ItemSize",
    "ItemStatusError",
    "ItemsValidationRejectedItems",
    "LanguageLanguage",
    "ListDropOffPointsForCreateFBSWarehouseRequestSearch",
    "ListDropOffPointsForCreateFBSWarehouseRequestSearchDropOffPointTypeEnum",
    "ListDropOffPointsForCreateFBSWarehouseResponseDropOffPoint",
    "ListDropOffPointsForUpdateFBSWarehouseRequestSearch",
    "ListDropOffPointsForUpdateFBSWarehouseRequestSearchDropOffPointTypeEnum",
    "ListDropOffPointsForUpdateFBSWarehouseResponseDropOffPoint",
    "ListFBSRatingIndexPostingsV1RequestFilter",
    "ListFBSRatingIndexPostingsV1ResponseError",
    "ListPostingCodesRequestFilter",
    "ListPostingCodesRequestWithParams",
    "ListPostingCodesResponsePosting",
    "LogisticTimeslotDateRange",
    "MacrolocalClusterCountry",
    "MarketingAction",
    "MaxPeriodsPeriod",
    "MinPeriodsPeriod",
    "MinUtilizationMoney",
    "MoneyMoney",
    "MoneyMoney2",
    "MoneyMoneyAccrued",
    "MoneyMoneyBonus",
    "MoneyMoneyCoinvestment",
    "MoneyMoneyCommission",
    "MoneyMoneyCurrentTariffCharge",
    "MoneyMoneyCurrentTariffMinCharge",
    "MoneyMoneyCustomerPrice",
    "MoneyMoneyNextTariffCharge",
    "MoneyMoneyNextTariffMinCharge",
    "MoneyMoneySaleAmount",
    "MoneyMoneySaleCommission",
    "MoneyMoneySalePrice",
    "MoneyMoneySelf",
    "MoneyMoneySellerPrice",
    "MoneyMoneySellerPrice2",
    "MoneyMoneyTotalAccrued",
    "MoneyMoneyTotalAmount",
    "MoneyPostingMoney",
    "NotificationV1CheckNotificationRequest",
    "NotificationV1CheckNotificationResponse",
    "NotificationV1CheckNotificationResponseError",
    "NotificationV1DeleteNotificationRequest",
    "NotificationV1EnableNotificationRequest",
    "NotificationV1GetNotificationPushTypeListResponse",
    "NotificationV1GetNotificationPushTypeListResponseNotificationType",
    "NotificationV1GetNotificationPushTypeListResponseNotificationTypeSellerEndpoint",
    "NotificationV1NotificationListResponse",
    "NotificationV1NotificationListResponseNotification",
    "NotificationV1NotificationListResponseNotificationNotificationType",
    "NotificationV1SetNotificationRequest",
    "NotificationV1SetNotificationRequestTypeEnum",
    "NotificationV1UpdateNotificationRequest",
    "NotificationV1UpdateNotificationRequestTypeEnum",
    "OperationItem",
    "OperationPosting",
    "OperationService",
    "OrderCancelCheckResponsePosting",
    "OrderCancelCheckResponsePostingGroup",
    "OrderCreateRequestBuyer",
    "OrderCreateRequestDelivery",
    "OrderCreateRequestDeliveryPrice",
    "OrderCreateRequestPrice",
    "OrderCreateRequestRecipient",
    "OrderCreateRequestSplit",
    "OrderCreateRequestV2DeliverySchemaEnum",
    "OrderDropOffWarehouse",
    "OrderOrderTags",
    "OrderSupply",
    "ParameterDiscountLevels",
    "ParameterPickedSegment",
    "PickedSegmentSegment",
    "PointDeliveryMethodCoordinates",
    "PolygonBindRequestpolygon",
    "PolygonBindRequestwhLocation",
    "PolygonListResponsePolygon",
    "Polygonv1PolygonBindRequest",
    "Polygonv1PolygonCreateRequest",
    "Polygonv1PolygonCreateResponse",
    "PostingAdditionalDataItem",
    "PostingBooleanResponse",
    "PostingCancelFbsPostingRequest",
    "PostingCancelReason",
    "PostingCancelReasonListResponse",
    "PostingCancelReasonRequest",
    "PostingCancelReasonResponse",
    "PostingExemplarInfoExemplarError",
    "PostingFBSActCheckStatusResponseStatus",
    "PostingFBSActCreateResponseAct",
    "PostingFboPostingWithParams",
    "PostingFbsPostingDeliveredRequest",
    "PostingFbsPostingDeliveringRequest",
    "PostingFbsPostingLastMileRequest",
    "PostingFbsPostingMoveStatusResponse",
    "PostingFbsPostingTrackingNumberSetRequest",
    "PostingFbsTraceableSplitResponsePostingProduct",
    "PostingFinancialDataProduct",
    "PostingFinancialDataProductV2",
    "PostingGetFboPostingListRequest",
    "PostingGetFboPostingListRequestFilter",
    "PostingGetFboPostingRequest",
    "PostingGetFbsPostingByBarcodeRequest",
    "PostingLegalInfo",
    "PostingMarksResponseIssuedExemplar",
    "PostingMarksResponseNonIssuedExemplar",
    "PostingMovePostingRequest",
    "PostingPostingAnalyticsData",
    "PostingPostingFBSActCheckStatusRequest",
    "PostingPostingFBSActCheckStatusResponse",
    "PostingPostingFBSActCreateRequest",
    "PostingPostingFBSActCreateResponse",
    "PostingPostingFBSActGetContainerLabelsRequest",
    "PostingPostingFBSGetActRequest",
    "PostingPostingFBSPackageLabelRequest",
    "PostingPostingFinancialData",
    "PostingPostingProduct",
    "PostingPostingProductCancelRequest",
    "PostingPostingProductCancelResponse",
    "PostingProductCancelRequestItem",
    "PostingV1PostingFbpListRequest",
    "PostingV1PostingFbpListRequestFilter",
    "PostingV1PostingFbpListRequestSortDirEnum",
    "PostingV1PostingFbpListResponse",
    "PostingV1PostingFbpListResponsePostings",
    "PostingV1PostingFbpListResponsePostingsFinancialData",
    "PostingV1PostingFbpListResponsePostingsFinancialDataProducts",
    "PostingV1PostingFbpListResponsePostingsFinancialDataProductsActions",
    "PostingV1PostingFbpListResponsePostingsProducts",
    "PostingV2PostingDigitalListRequest",
    "PostingV2PostingDigitalListRequestFilter",
    "PostingV2PostingDigitalListRequestSortDirEnum",
    "PostingV2PostingDigitalListRequestWith",
    "PostingV2PostingDigitalListResponse",
    "PostingV2PostingDigitalListResponsePostings",
    "PostingV2PostingDigitalListResponsePostingsAdditionalData",
    "PostingV2PostingDigitalListResponsePostingsAnalyticsData",
    "PostingV2PostingDigitalListResponsePostingsCancellation",
    "PostingV2PostingDigitalListResponsePostingsExternalOrder",
    "PostingV2PostingDigitalListResponsePostingsFinancialData",
    "PostingV2PostingDigitalListResponsePostingsFinancialDataProducts",
    "PostingV2PostingDigitalListResponsePostingsFinancialDataProductsCommission",
    "PostingV2PostingDigitalListResponsePostingsLegalInfo",
    "PostingV2PostingDigitalListResponsePostingsProducts",
    "PostingV3PostingFboListRequest",
    "PostingV3PostingFboListRequestFilter",
    "PostingV3PostingFboListRequestSortDirEnum",
    "PostingV3PostingFboListRequestWith",
    "PostingV3PostingFboListResponse",
    "PostingV3PostingFboListResponsePostings",
    "PostingV3PostingFboListResponsePostingsAdditionalData",
    "PostingV3PostingFboListResponsePostingsAnalyticsData",
    "PostingV3PostingFboListResponsePostingsCancellation",
    "PostingV3PostingFboListResponsePostingsExternalOrder",
    "PostingV3PostingFboListResponsePostingsFinancialData",
    "PostingV3PostingFboListResponsePostingsFinancialDataProducts",
    "PostingV3PostingFboListResponsePostingsFinancialDataProductsCommission",
    "PostingV3PostingFboListResponsePostingsLegalInfo",
    "PostingV3PostingFboListResponsePostingsProducts",
    "PostingV4PostingFbsListRequest",
    "PostingV4PostingFbsListRequestFilter",
    "PostingV4PostingFbsListRequestFilterLastChangedStatusDate",
    "PostingV4PostingFbsListRequestSortDirEnum",
    "PostingV4PostingFbsListRequestWith",
    "PostingV4PostingFbsListResponse",
    "PostingV4PostingFbsListResponsePostings",
    "PostingV4PostingFbsListResponsePostingsAddressee",
    "PostingV4PostingFbsListResponsePostingsAnalyticsData",
    "PostingV4PostingFbsListResponsePostingsBarcodes",
    "PostingV4PostingFbsListResponsePostingsCancellation",
    "PostingV4PostingFbsListResponsePostingsContainer",
    "PostingV4PostingFbsListResponsePostingsCustomer",
    "PostingV4PostingFbsListResponsePostingsCustomerAddress",
    "PostingV4PostingFbsListResponsePostingsDeliveryMethod",
    "PostingV4PostingFbsListResponsePostingsExternalOrder",
    "PostingV4PostingFbsListResponsePostingsFinancialData",
    "PostingV4PostingFbsListResponsePostingsFinancialDataProducts",
    "PostingV4PostingFbsListResponsePostingsFinancialDataProductsCommission",
    "PostingV4PostingFbsListResponsePostingsLegalInfo",
    "PostingV4PostingFbsListResponsePostingsOptional",
    "PostingV4PostingFbsListResponsePostingsProducts",
    "PostingV4PostingFbsListResponsePostingsRequirements",
    "PostingV4PostingFbsListResponsePostingsTariffication",
    "PostingV4PostingFbsListResponsePostingsTarifficationStep",
    "PostingV4PostingFbsUnfulfilledListRequest",
    "PostingV4PostingFbsUnfulfilledListRequestFilter",
    "PostingV4PostingFbsUnfulfilledListRequestFilterLastChangedStatusDate",
    "PostingV4PostingFbsUnfulfilledListRequestSortDirEnum",
    "PostingV4PostingFbsUnfulfilledListRequestWith",
    "PostingV4PostingFbsUnfulfilledListResponse",
    "PostingV4PostingFbsUnfulfilledListResponsePostings",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsAddressee",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsAnalyticsData",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsBarcodes",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsCancellation",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsContainer",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsCustomer",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsCustomerAddress",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsDeliveryMethod",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsExternalOrder",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsFinancialData",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsFinancialDataProducts",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsFinancialDataProductsCommission",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsLegalInfo",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsOptional",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsProducts",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsRequirements",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsTariffication",
    "PostingV4PostingFbsUnfulfilledListResponsePostingsTarifficationStep",
    "PostinglistV3status",
    "Postingv1GetCarriageAvailableListRequest",
    "Postingv1GetCarriageAvailableListResponse",
    "Postingv3FbsPostingWithParams",
    "Postingv3FbsPostingWithParamsExamplars",
    "Postingv3GetFbsPostingListRequest",
    "Postingv3GetFbsPostingListRequestFilter",
    "Postingv3GetFbsPostingRequest",
    "Postingv3GetFbsPostingUnfulfilledListRequest",
    "Postingv3GetFbsPostingUnfulfilledListRequestFilter",
    "Postingv3GetFbsPostingUnfulfilledListResponse",
    "Postingv3GetFbsPostingUnfulfilledListResponseResult",
    "Postingv3PostingMultiBoxQtySetV3Request",
    "Postingv3PostingMultiBoxQtySetV3Response",
    "Postingv3PostingMultiBoxQtySetV3ResponseResult",
    "PremiumScoresScore",
    "PriceIndexesIndexDataExternal",
    "PriceIndexesIndexDataOzon",
    "PriceIndexesIndexDataSelf",
    "PriceIndexesIndexExternalData",
    "PriceIndexesIndexOzonData",
    "PriceIndexesIndexSelfData",
    "ProductAPIProductCertificateCreateRequest",
    "ProductBooleanResponse",
    "ProductCertificateProductsListResponseProduct",
    "ProductCertificateUnbindResponseItem",
    "ProductCertificationListResponseCertification",
    "ProductCertificationListResponseCertificationResult",
    "ProductCertificationListResponseCertificationv2",
    "ProductCurrencyEnum",
    "ProductExemplar",
    "ProductGetImportProductsInfoRequest",
    "ProductGetImportProductsInfoResponse",
    "ProductGetImportProductsInfoResponseResult",
    "ProductGetProductAttributesV3ResponseDictionaryValue",
    "ProductGetProductAttributesV4ResponseAttribute",
    "ProductGetProductInfoDescriptionRequest",
    "ProductGetProductInfoDescriptionResponse",
    "ProductGetProductInfoDescriptionResponseProduct",
    "ProductGetProductInfoPricesV5ResponseItem",
    "ProductImportProductsBySKURequest",
    "ProductImportProductsBySKURequestItem",
    "ProductImportProductsBySKUResponse",
    "ProductImportProductsBySKUResponseResult",
    "ProductImportProductsPricesRequest",
    "ProductImportProductsPricesRequestPrice",
    "ProductImportProductsPricesResponse",
    "ProductImportProductsPricesResponseError",
    "ProductImportProductsPricesResponseProcessResult",
    "ProductInfoWarehouseStocksResponseStocks",
    "ProductInfoWrongVolumeResponseWrongVolumeProduct",
    "ProductProductArchiveRequest",
    "ProductProductCertificateAccordanceTypesResponse",
    "ProductProductCertificateAccordanceTypesResponseType",
    "ProductProductCertificateBindRequest",
    "ProductProductCertificateTypesResponse",
    "ProductProductCertificateTypesResponseType",
    "ProductProductCertificationListRequest",
    "ProductProductCertificationListResponse",
    "ProductProductInfoPicturesResponsePicture",
    "ProductProductUnarchiveRequest",
    "ProductUpdateOfferIdRequestUpdateOfferId",
    "ProductV1ProductPricesDetailsResponsePricePriceIndex",
    "ProductV1ProductPricesDetailsResponsePricePriceIndexIndexData",
    "ProductV1ProductPricesDetailsResponsePricePriceIndexIndexDataSelf",
    "ProductV1ProductVisibilityInfoRequest",
    "ProductV1ProductVisibilityInfoResponse",
    "ProductV1ProductVisibilityInfoResponseItem",
    "ProductV1ProductVisibilitySetRequest",
    "ProductV1ProductVisibilitySetRequestItemPlacement",
    "ProductV1ProductVisibilitySetRequestItemPlacementPlacementEnum",
    "ProductV1ProductVisibilitySetResponse",
    "ProductV1ProductVisibilitySetResponseItems",
    "ProductV1ProductVisibilitySetResponseItemsErrors",
    "ProductV1QuantInfoRequest",
    "ProductV1QuantInfoResponse",
    "ProductV1QuantInfoResponseResultItems",
    "ProductV1QuantInfoResponseResultItemsQuantInfo",
    "ProductV1QuantInfoResponseResultItemsQuantInfoQuants",
    "ProductV1QuantInfoResponseResultItemsQuantInfoQuantsBarcodesExtended",
    "ProductV1QuantInfoResponseResultItemsQuantInfoQuantsDimensions",
    "ProductV1QuantInfoResponseResultItemsQuantInfoQuantsMarketingPrice",
    "ProductV1QuantInfoResponseResultItemsQuantInfoQuantsTexts",
    "ProductV1QuantListRequest",
    "ProductV1QuantListResponse",
    "ProductV1QuantListResponseProducts",
    "ProductV1QuantListResponseProductsQuants",
    "ProductV4GetUploadQuotaResponseOperationLimits",
    "ProductsPostings",
    "Productsv1GetProductInfoStocksByWarehouseFbsRequest",
    "Productsv1GetProductInfoStocksByWarehouseFbsResponse",
    "Productsv1GetProductInfoStocksByWarehouseFbsResponseResult",
    "Productv1ProductImportPicturesRequest",
    "Productv1ProductInfoPicturesResponse",
    "Productv1ProductInfoPicturesResponseResult",
    "Productv2DeleteProductsRequest",
    "Productv2DeleteProductsResponse",
    "Productv2GetProductListRequestFilterFilterVisibility",
    "Productv2ProductsStocksRequest",
    "Productv2ProductsStocksRequestStock",
    "Productv2ProductsStocksResponse",
    "Productv2ProductsStocksResponseError",
    "Productv2ProductsStocksResponseResult",
    "Productv3GetProductListRequest",
    "Productv3GetProductListRequestFilter",
    "Productv3GetProductListRequestFilterFilterVisibility",
    "Productv3GetProductListResponse",
    "Productv3GetProductListResponseItem",
    "Productv3GetProductListResponseItemQuant",
    "Productv3GetProductListResponseResult",
    "Productv4Filter",
    "Productv4GetProductAttributesV4Request",
    "Productv4GetProductAttributesV4Response",
    "Productv4GetProductAttributesV4ResponseResult",
    "Productv5Filter",
    "Productv5GetProductInfoPricesV5Request",
    "Productv5GetProductInfoPricesV5Response",
    "Productv5GetProductListRequestFilterFilterVisibility",
    "QuestionV1GetQuestionListRequestSortDirEnum",
    "RatingItemChange",
    "RatingSummaryV1ResponseGroup",
    "RatingSummaryV1ResponseLocalIndex",
    "RatingValue",
    "RatingValueCurrent",
    "RatingValuePast",
    "ReasonHumanText",
    "ReceiptsSellerListResponseReceipt",
    "RejectedItemsRestrictions",
    "RelatedPostingCancelReason",
    "RelatedPostingCancelReasons",
    "ReportCreateCompanyPostingsReportRequest",
    "ReportCreateCompanyPostingsReportRequestFilter",
    "ReportCreateCompanyProductsReportRequest",
    "ReportCreateCompanyProductsReportRequestVisibility",
    "ReportCreateDiscountedResponse",
    "ReportCreateReportResponse",
    "ReportListResponseResult",
    "ReportMarkedProductsSalesCreateRequestDate",
    "ReportReport",
    "ReportReportInfoRequest",
    "ReportReportInfoResponse",
    "ReportReportListRequest",
    "ReportReportListResponse",
    "ReportReportinfo",
    "ResultCargo",
    "ResultData",
    "ResultDropOffWarehouseTimeslots",
    "ResultError",
    "ResultUnprintedPosting",
    "ReturnSettingCourierDetails",
    "ReturnSettingTransportCompanyDetails",
    "ReturnsCompanyFbsInfoRequestPagination",
    "ReturnsCompanyFbsInfoResponseDropOffPoints",
    "ReturnsCompanyFbsInfoResponsePassInfo",
    "ReturnsRfbsGetResponseReturns",
    "ReturnsRfbsGetV2ResponseAvailableAction",
    "ReturnsRfbsGetV2ResponseClientReturnMethodType",
    "ReturnsRfbsGetV2ResponseRejectionReason",
    "ReturnsRfbsGetV2ResponseReturnReason",
    "ReturnsRfbsListResponseReturns",
    "ReturnsSettingsUtilizationHistoryResponseHistory",
    "ReturnsSettingsUtilizationInfoResponseUtilizationSettings",
    "ReturnsSettingsUtilizationUpdateRequestUtilizationPrice",
    "ReturnsSettingsUtilizationUpdateRequestUtilizationPriceDefects",
    "ReviewInfoResponsePhoto",
    "ReviewInfoResponseVideo",
    "ReviewListResponseReview",
    "ReviewV1CommentListRequestFilter",
    "ReviewV2ReviewChangeStatusV2Request",
    "ReviewV2ReviewChangeStatusV2RequestStatusEnum",
    "ReviewV2ReviewCommentDeleteV2Request",
    "ReviewV2ReviewCountV2Response",
    "ReviewV2ReviewInfoV2Request",
    "ReviewV2ReviewInfoV2Response",
    "ReviewV2ReviewInfoV2ResponsePhoto",
    "ReviewV2ReviewInfoV2ResponseVideo",
    "ReviewV2ReviewListV2Request",
    "ReviewV2ReviewListV2RequestFilters",
    "ReviewV2ReviewListV2RequestFiltersOrderStatusEnum",
    "ReviewV2ReviewListV2RequestFiltersStatusEnum",
    "ReviewV2ReviewListV2RequestSortDirEnum",
    "ReviewV2ReviewListV2Response",
    "ReviewV2ReviewListV2ResponseReview",
    "RolesByTokenResponseRoles",
    "RowItem",
    "RowItemCommission",
    "RowItemCommissionReturn",
    "RowItemLegalEntityDocument",
    "RowItemOrder",
    "SearchAttributeValuesResponseValue",
    "SearchQueriesTextRequestSortBy",
    "SearchQueriesTextRequestSortDir",
    "SellerActionsListRequestActionTypeEnum",
    "SellerActionsListRequestStatusEnum",
    "SellerActionsListResponseAction",
    "SellerActionsUpdateMultiLevelDiscountRequestActionParametersDiscountLevel",
    "SellerApiActivateProductV1Request",
    "SellerApiGetSellerActionsV1Response",
    "SellerApiGetSellerProductV1Request",
    "SellerApiGetSellerProductV1Response",
    "SellerApiGetSellerProductV1ResponseResult",
    "SellerApiProduct",
    "SellerApiProductIDsV1Request",
    "SellerApiProductPrice",
    "SellerApiProductV1Response",
    "SellerApiProductV1ResponseDeactivate",
    "SellerApiProductV1ResponseProduct",
    "SellerApiProductV1ResponseProductDeactivate",
    "SellerApiProductV1ResponseResult",
    "SellerApiProductV1ResponseResultDeactivate",
    "SellerInfoResponseCompany",
    "SellerInfoResponseRating",
    "SellerInfoResponseSubscription",
    "SellerReturnsv1MoneyCommission",
    "SellerReturnsv1MoneyProduct",
    "SellerReturnsv1MoneyStorage",
    "SellerReturnsv1MoneyUtilization",
    "SellerReturnsv1MoneyWithoutCommission",
    "SellerSellerAPIArrivalPassCreateRequest",
    "SellerSellerAPIArrivalPassCreateRequestArrivalPass",
    "SellerSellerAPIArrivalPassCreateResponse",
    "SellerSellerAPIArrivalPassDeleteRequest",
    "SellerSellerAPIArrivalPassUpdateRequest",
    "SellerSellerAPIArrivalPassUpdateRequestArrivalPass",
    "SellerServiceanalyticsDimension",
    "SetPostingsResponseResult",
    "SplitDeliveryMethod",
    "SplitItem",
    "StocksImportRequestItemStock",
    "StocksImportResponseItemStatus",
    "SupplierAvailableWarehousesResponseCapacity",
    "SupplierAvailableWarehousesResponseResult",
    "SupplierAvailableWarehousesResponseSchedule",
    "SupplierAvailableWarehousesResponseWarehouse",
    "SupplyCancellationAllowability",
    "SupplyCargoInfo",
    "SupplyCheckCargoesPresentRule",
    "SupplyCheckEditDeadlineExpireRule",
    "SupplyCheckExpireDatePresentedRule",
    "SupplyCheckIsValidDistributionRule",
    "SupplyCheckPackageUnitWithDistributionRule",
    "SupplyCheckPlacementZoneRule",
    "SupplyContent",
    "SupplyETTN",
    "SupplyOrderCancelStatusResponseCancelSupplyResults",
    "SupplyOrderCancelStatusResponseResult",
    "SupplyOrderContentUpdateValidationResponseApprovedItems",
    "SupplyOrderContentUpdateValidationResponseRejectedItems",
    "SupplyOrderContentUpdateValidationResponseValidatedAssortment",
    "SupplyOrderDetailsResponseOrderTags",
    "SupplyOrderDetailsResponseSupply",
    "SupplyOrderDetailsResponseTimeslotValue",
    "SupplyOrderDetailsResponseVehicle",
    "SupplyOrderDetailsResponseVehicleValue",
    "SupplyOrderGetResponseOrder",
    "SupplyOrderGetResponseTimeslotTZ",
    "SupplyOrderListRequestFilter",
    "SupplyOrderListRequestFilterStateEnum",
    "SupplyOrderListRequestSortByEnum",
    "SupplyOrderListRequestSortDirEnum",
    "SupplyStorageWarehouse",
    "SupplySupplyTags",
    "SupplyTags",
    "TaskAutoModeratedInfo",
    "TimeslotFromRangeTimeslotFilterTypeEnum",
    "TimeslotTZTimeslot",
    "TimeslotTZTimezoneInfo",
    "TimeslotValueTimeslot",
    "TimetableWorkingHours",
    "TypeTimeOfDay",
    "UploadPostingCodesRequestPostingLineExemplarInfo",
    "UploadPostingCodesResponsePostingExemplarInfo",
    "UtilizationDefectsMoney",
    "UtilizationMoney",
    "V1AddBarcodeRequest",
    "V1AddBarcodeResponse",
    "V1AddBarcodeResult",
    "V1AddStrategyItemsRequest",
    "V1AddStrategyItemsResponse",
    "V1AddStrategyItemsResponseResult",
    "V1AnalyticsManageStocksRequest",
    "V1AnalyticsManageStocksRequestFilter",
    "V1AnalyticsManageStocksResponse",
    "V1AnalyticsManageStocksResponseItem",
    "V1AnalyticsProductQueriesDetailsRequest",
    "V1AnalyticsProductQueriesDetailsRequestSortBy",
    "V1AnalyticsProductQueriesDetailsRequestSortDir",
    "V1AnalyticsProductQueriesDetailsResponse",
    "V1AnalyticsProductQueriesDetailsResponseAnalyticsPeriod",
    "V1AnalyticsProductQueriesRequest",
    "V1AnalyticsProductQueriesResponse",
    "V1AnalyticsProductQueriesResponseItem",
    "V1AnalyticsStocksRequest",
    "V1AnalyticsStocksResponse",
    "V1AnalyticsStocksResponseItem",
    "V1AnalyticsTurnoverStocksRequest",
    "V1AnalyticsTurnoverStocksResponse",
    "V1AnalyticsTurnoverStocksResponseItem",
    "V1ApproveDeclineDiscountTasksResponse",
    "V1ApproveDeclineDiscountTasksResponseResult",
    "V1ApproveDiscountTasksRequest",
    "V1ApproveDiscountTasksRequestTask",
    "V1ArchiveDeclineReason",
    "V1ArchiveSkuSummary",
    "V1ArchiveWarehouseFBSRequest",
    "V1ArchiveWarehouseFBSResponse",
    "V1AssemblyCarriagePostingListRequest",
    "V1AssemblyCarriagePostingListRequestFilter",
    "V1AssemblyCarriagePostingListResponse",
    "V1AssemblyCarriagePostingListResponsePosting",
    "V1AssemblyCarriagePostingListResponsePostingProduct",
    "V1AssemblyCarriageProductListRequest",
    "V1AssemblyCarriageProductListRequestFilter",
    "V1AssemblyCarriageProductListResponse",
    "V1AssemblyCarriageProductListResponseProduct",
    "V1AssemblyFbsPostingListRequest",
    "V1AssemblyFbsPostingListRequestFilter",
    "V1AssemblyFbsPostingListRequestSortDirEnum",
    "V1AssemblyFbsPostingListResponse",
    "V1AssemblyFbsPostingListResponsePosting",
    "V1AssemblyFbsPostingListResponsePostingProduct",
    "V1AssemblyFbsProductListRequest",
    "V1AssemblyFbsProductListRequestFilter",
    "V1AssemblyFbsProductListRequestSortDirEnum",
    "V1AssemblyFbsProductListResponse",
    "V1Barcode",
    "V1BundleId",
    "V1CalculationError",
    "V1CancelReasonListByOrderRequest",
    "V1CancelReasonListByOrderResponse",
    "V1CancelReasonListByOrderResponseReason",
    "V1CancelReasonListByOrderResponseReasonFbo",
    "V1CancelReasonListByPostingRequest",
    "V1CancelReasonListByPostingResponse",
    "V1CancelReasonListByPostingResponseReason",
    "V1CancelReasonListResponse",
    "V1CancelReasonListResponseFbo",
    "V1CancellationState",
    "V1CargoesCreateErrors",
    "V1CargoesCreateRequest",
    "V1CargoesCreateRequestCargo",
    "V1CargoesCreateRequestCargoValue",
    "V1CargoesCreateResponse",
    "V1CargoesDeleteRequest",
    "V1CargoesDeleteResponse",
    "V1CargoesDeleteResponseError",
    "V1CargoesDeleteResponseErrorCargoErrorReason",
    "V1CargoesDeleteStatusRequest",
    "V1CargoesDeleteStatusResponse",
    "V1CargoesDeleteStatusResponseError",
    "V1CargoesDeleteStatusResponseErrorCargoErrorReason",
    "V1CargoesGetRequest",
    "V1CargoesGetResponse",
    "V1CargoesLabelCreateErrors",
    "V1CargoesLabelCreateRequest",
    "V1CargoesLabelCreateRequestCargo",
    "V1CargoesLabelCreateResponse",
    "V1CargoesLabelGetRequest",
    "V1CargoesLabelGetResponse",
    "V1CargoesLabelGetResponseResult",
    "V1CargoesRulesGetRequest",
    "V1CargoesRulesGetResponse",
    "V1CarriageActDiscrepancyPDFRequest",
    "V1CarriageActDiscrepancyPDFResponse",
    "V1CarriageApproveRequest",
    "V1CarriageCancelRequest",
    "V1CarriageCancelResponse",
    "V1CarriageCreateRequest",
    "V1CarriageCreateResponse",
    "V1CarriageDeliveryListRequest",
    "V1CarriageDeliveryListResponse",
    "V1CarriageDeliveryListResponseResult",
    "V1CarriageDeliveryListResponseResultCarriages",
    "V1CarriageDeliveryListResponseResultErrors",
    "V1CarriageEttnStatusRequest",
    "V1CarriageEttnStatusResponse",
    "V1Certificate",
    "V1ClusterType",
    "V1CommentCreateRequest",
    "V1CommentCreateResponse",
    "V1CommentDeleteRequest",
    "V1CommentListRequest",
    "V1CommentListResponse",
    "V1CommentSort",
    "V1Competitor",
    "V1CompetitorOut",
    "V1CreateDocumentB2BSalesJSONReportRequest",
    "V1CreateDocumentB2BSalesJSONReportResponse",
    "V1CreateDocumentB2BSalesReportRequest",
    "V1CreateLabelBatchRequest",
    "V1CreateLabelBatchResponse",
    "V1CreateLabelBatchResponseResult",
    "V1CreateMutualSettlementReportRequest",
    "V1CreatePlacementByProductsReportRequest",
    "V1CreatePlacementByProductsReportResponse",
    "V1CreatePlacementBySuppliesReportRequest",
    "V1CreatePlacementBySuppliesReportResponse",
    "V1CreatePricingStrategyRequest",
    "V1CreatePricingStrategyResponse",
    "V1CreatePricingStrategyResponseResult",
    "V1CreateStockByWarehouseReportRequest",
    "V1CreateType",
    "V1CreateWarehouseFBSRequest",
    "V1CreateWarehouseFBSResponse",
    "V1Day",
    "V1DayTimeSlot",
    "V1DayTimeSlotOut",
    "V1DeclineDiscountTasksRequest",
    "V1DeclineDiscountTasksRequestTask",
    "V1DeleteStrategyItemsResponse",
    "V1DeleteStrategyItemsResponseResult",
    "V1DeliveryCheckRequest",
    "V1DeliveryCheckResponse",
    "V1DeliveryCheckoutRequest",
    "V1DeliveryCheckoutRequestDeliveryType",
    "V1DeliveryCheckoutRequestItem",
    "V1DeliveryCheckoutResponse",
    "V1DeliveryDetailsDirectDetails",
    "V1DeliveryDetailsPickUpDetails",
    "V1DeliveryMapRequest",
    "V1DeliveryMapRequestViewport",
    "V1DeliveryMapResponse",
    "V1DeliveryPointInfoRequest",
    "V1DeliveryPointInfoResponse",
    "V1DeliveryPointInfoResponsePoint",
    "V1DeliveryPointListResponse",
    "V1DeliveryPointListResponsePoint",
    "V1DiscountTaskStatus",
    "V1DraftClusterListRequest",
    "V1DraftClusterListResponse",
    "V1DraftClusterListResponseCluster",
    "V1DraftClusterListResponseWarehouse",
    "V1DraftCreateCommonResponse",
    "V1DraftCreateInfoRequest",
    "V1DraftCreateInfoResponse",
    "V1DraftCreateRequest",
    "V1DraftCreateResponse",
    "V1DraftCrossdockCreateRequest",
    "V1DraftCrossdockCreateRequestClusterInfo",
    "V1DraftCrossdockCreateRequestClusterInfoItem",
    "V1DraftCrossdockCreateRequestDeleteSkuModeEnum",
    "V1DraftCrossdockCreateRequestDeliveryInfo",
    "V1DraftCrossdockCreateRequestDeliveryInfoDropOffWarehouse",
    "V1DraftCrossdockCreateRequestDeliveryInfoDropOffWarehouseWarehouseTypeEnum",
    "V1DraftCrossdockCreateRequestDeliveryInfoTypeEnum",
    "V1DraftDirectCreateRequest",
    "V1DraftDirectCreateRequestClusterInfo",
    "V1DraftDirectCreateRequestClusterInfoItem",
    "V1DraftDirectCreateRequestDeleteSkuModeEnum",
    "V1DraftGetWarehouseFboListRequest",
    "V1DraftGetWarehouseFboListResponse",
    "V1DraftMultiClusterCreateRequest",
    "V1DraftMultiClusterCreateRequestClusterInfo",
    "V1DraftMultiClusterCreateRequestClusterInfoItem",
    "V1DraftMultiClusterCreateRequestDeleteSkuModeEnum",
    "V1DraftMultiClusterCreateRequestDeliveryInfo",
    "V1DraftMultiClusterCreateRequestDeliveryInfoDropOffWarehouse",
    "V1DraftMultiClusterCreateRequestDeliveryInfoDropOffWarehouseWarehouseTypeEnum",
    "V1DraftMultiClusterCreateRequestDeliveryInfoTypeEnum",
    "V1DraftSupplyCreateRequest",
    "V1DraftSupplyCreateResponse",
    "V1DraftSupplyCreateStatusRequest",
    "V1DraftSupplyCreateStatusResponse",
    "V1DraftTimeslotInfoRequest",
    "V1DraftTimeslotInfoResponse",
    "V1DropOffWarehouse",
    "V1FbpArchiveGetRequest",
    "V1FbpArchiveGetResponse",
    "V1FbpArchiveListRequest",
    "V1FbpArchiveListResponse",
    "V1FbpArchiveListResponseItem",
    "V1FbpAvailableTimeslotListRequest",
    "V1FbpAvailableTimeslotListResponse",
    "V1FbpCheckActStateRequest",
    "V1FbpCheckActStateResponse",
    "V1FbpCheckConsignmentNoteStateRequest",
    "V1FbpCheckConsignmentNoteStateResponse",
    "V1FbpCreateActRequest",
    "V1FbpCreateActResponse",
    "V1FbpCreateConsignmentNoteRequest",
    "V1FbpCreateConsignmentNoteResponse",
    "V1FbpCreateLabelRequest",
    "V1FbpCreateLabelResponse",
    "V1FbpDraftDirectCreateRequest",
    "V1FbpDraftDirectCreateRequestDirectDetails",
    "V1FbpDraftDirectCreateResponse",
    "V1FbpDraftDirectDeleteRequest",
    "V1FbpDraftDirectDeleteResponse",
    "V1FbpDraftDirectGetTimeslotRequest",
    "V1FbpDraftDirectGetTimeslotResponse",
    "V1FbpDraftDirectGetTimeslotResponseTimeslot",
    "V1FbpDraftDirectProductValidateRequest",
    "V1FbpDraftDirectProductValidateRequestSkuItem",
    "V1FbpDraftDirectProductValidateResponse",
    "V1FbpDraftDirectProductValidateResponseApprovedItem",
    "V1FbpDraftDirectProductValidateResponseRejectedItem",
    "V1FbpDraftDirectRegistrateRequest",
    "V1FbpDraftDirectRegistrateResponse",
    "V1FbpDraftDirectRegistrateResponseRegistrationError",
    "V1FbpDraftDirectRegistrateResponseRegistrationErrorBundleError",
    "V1FbpDraftDirectSellerDlvCreateRequest",
    "V1FbpDraftDirectSellerDlvCreateRequestDirectDetails",
    "V1FbpDraftDirectSellerDlvCreateResponse",
    "V1FbpDraftDirectSellerDlvEditRequest",
    "V1FbpDraftDirectSellerDlvEditResponse",
    "V1FbpDraftDirectTimeslotEditRequest",
    "V1FbpDraftDirectTimeslotEditResponse",
    "V1FbpDraftDirectTplDlvCreateRequest",
    "V1FbpDraftDirectTplDlvCreateRequestDirectDetails",
    "V1FbpDraftDirectTplDlvCreateResponse",
    "V1FbpDraftDirectTplDlvEditRequest",
    "V1FbpDraftDirectTplDlvEditResponse",
    "V1FbpDraftDropOffCreateRequest",
    "V1FbpDraftDropOffCreateRequestDeliveryDetails",
    "V1FbpDraftDropOffCreateResponse",
    "V1FbpDraftDropOffDeleteRequest",
    "V1FbpDraftDropOffDeleteResponse",
    "V1FbpDraftDropOffDlvEditRequest",
    "V1FbpDraftDropOffDlvEditResponse",
    "V1FbpDraftDropOffPointListRequest",
    "V1FbpDraftDropOffPointListResponse",
    "V1FbpDraftDropOffPointTimetableRequest",
    "V1FbpDraftDropOffPointTimetableResponse",
    "V1FbpDraftDropOffPointTimetableResponseCalendar",
    "V1FbpDraftDropOffPointTimetableResponseCalendarCalendarItem",
    "V1FbpDraftDropOffPointTimetableResponseCalendarCalendarItemTimeslotWithTime",
    "V1FbpDraftDropOffPointTimetableResponseCalendarCalendarItemTimeslotWithTimeOpening",
    "V1FbpDraftDropOffProductValidateRequest",
    "V1FbpDraftDropOffProductValidateRequestSkuItem",
    "V1FbpDraftDropOffProductValidateResponse",
    "V1FbpDraftDropOffProductValidateResponseApprovedItem",
    "V1FbpDraftDropOffProductValidateResponseRejectedItem",
    "V1FbpDraftDropOffProvinceListRequest",
    "V1FbpDraftDropOffProvinceListResponse",
    "V1FbpDraftDropOffRegistrateRequest",
    "V1FbpDraftDropOffRegistrateResponse",
    "V1FbpDraftDropOffRegistrateResponseRegistrationError",
    "V1FbpDraftDropOffRegistrateResponseRegistrationErrorBundleError",
    "V1FbpDraftGetRequest",
    "V1FbpDraftGetResponse",
    "V1FbpDraftListRequest",
    "V1FbpDraftListResponse",
    "V1FbpDraftListResponseItem",
    "V1FbpDraftPickUpDeleteRequest",
    "V1FbpDraftPickUpDeleteResponse",
    "V1FbpDraftPickUpProductValidateRequest",
    "V1FbpDraftPickUpProductValidateRequestSkuItem",
    "V1FbpDraftPickUpProductValidateResponse",
    "V1FbpDraftPickUpProductValidateResponseApprovedItem",
    "V1FbpDraftPickUpProductValidateResponseRejectedItem",
    "V1FbpDraftPickUpRegistrateRequest",
    "V1FbpDraftPickUpRegistrateResponse",
    "V1FbpDraftPickUpRegistrateResponseRegistrationError",
    "V1FbpDraftPickUpRegistrateResponseRegistrationErrorBundleError",
    "V1FbpDraftPickupCreateRequest",
    "V1FbpDraftPickupCreateRequestDeliveryDetails",
    "V1FbpDraftPickupCreateResponse",
    "V1FbpDraftPickupDlvEditRequest",
    "V1FbpDraftPickupDlvEditRequestDeliveryDetails",
    "V1FbpDraftPickupDlvEditResponse",
    "V1FbpEditTimeslotRequest",
    "V1FbpEditTimeslotResponse",
    "V1FbpGetLabelRequest",
    "V1FbpGetLabelResponse",
    "V1FbpOrderDirectCancelRequest",
    "V1FbpOrderDirectCancelResponse",
    "V1FbpOrderDirectSellerDlvEditRequest",
    "V1FbpOrderDirectSellerDlvEditResponse",
    "V1FbpOrderDropOffCancelRequest",
    "V1FbpOrderDropOffCancelResponse",
    "V1FbpOrderDropOffDlvEditRequest",
    "V1FbpOrderDropOffDlvEditResponse",
    "V1FbpOrderDropOffTimetableRequest",
    "V1FbpOrderDropOffTimetableResponse",
    "V1FbpOrderDropOffTimetableResponseCalendar",
    "V1FbpOrderDropOffTimetableResponseCalendarCalendarItem",
    "V1FbpOrderDropOffTimetableResponseCalendarCalendarItemTimeslotWithTime",
    "V1FbpOrderDropOffTimetableResponseCalendarCalendarItemTimeslotWithTimeBreak",
    "V1FbpOrderGetRequest",
    "V1FbpOrderGetResponse",
    "V1FbpOrderListRequest",
    "V1FbpOrderListResponse",
    "V1FbpOrderListResponseItem",
    "V1FbpOrderPickUpCancelRequest",
    "V1FbpOrderPickUpCancelResponse",
    "V1FbpOrderPickUpDlvEditRequest",
    "V1FbpOrderPickUpDlvEditRequestPickUpDetails",
    "V1FbpOrderPickUpDlvEditResponse",
    "V1FbpWarehouseListResponse",
    "V1FbsPostingProductExemplarUpdateRequest",
    "V1GenerateBarcodeRequest",
    "V1GenerateBarcodeResponse",
    "V1GenerateBarcodeResult",
    "V1GetAttributeValuesRequest",
    "V1GetAttributeValuesResponse",
    "V1GetAttributeValuesResponseDictionaryValue",
    "V1GetAttributesRequest",
    "V1GetAttributesResponse",
    "V1GetAttributesResponseAttribute",
    "V1GetCompensationReportRequest",
    "V1GetCompetitorsRequest",
    "V1GetCompetitorsResponse",
    "V1GetDecompensationReportRequest",
    "V1GetDeliveryMethodReturnSettingsV1Request",
    "V1GetDeliveryMethodReturnSettingsV1Response",
    "V1GetDiscountTaskListRequest",
    "V1GetDiscountTaskListResponse",
    "V1GetDiscountTaskListResponseTask",
    "V1GetEtgbRequest",
    "V1GetEtgbResponse",
    "V1GetFBSRatingIndexInfoV1Response",
    "V1GetFinanceBalanceV1Request",
    "V1GetFinanceBalanceV1Response",
    "V1GetFinanceBalanceV1ResponseAccruedMoney",
    "V1GetFinanceBalanceV1ResponseClosingBalanceMoney",
    "V1GetFinanceBalanceV1ResponseFeeMoney",
    "V1GetFinanceBalanceV1ResponseOpeningBalanceMoney",
    "V1GetFinanceBalanceV1ResponsePartnerMoney",
    "V1GetFinanceBalanceV1ResponsePaymentsMoney",
    "V1GetFinanceBalanceV1ResponseReturnsMoney",
    "V1GetFinanceBalanceV1ResponseRevenueMoney",
    "V1GetFinanceBalanceV1ResponseSalesMoney",
    "V1GetFinanceBalanceV1ResponseServicesMoney",
    "V1GetFinanceProductsBuyoutRequest",
    "V1GetFinanceProductsBuyoutResponse",
    "V1GetLabelBatchRequest",
    "V1GetLabelBatchResponse",
    "V1GetLabelBatchResponseResult",
    "V1GetProductInfoDiscountedRequest",
    "V1GetProductInfoDiscountedResponse",
    "V1GetProductInfoDiscountedResponseItem",
    "V1GetProductInfoSubscriptionRequest",
    "V1GetProductInfoSubscriptionResponse",
    "V1GetProductInfoSubscriptionResponseResult",
    "V1GetProductPlacementZoneInfoRequest",
    "V1GetProductPlacementZoneInfoResponse",
    "V1GetProductRatingBySkuRequest",
    "V1GetProductRatingBySkuResponse",
    "V1GetProductStairwayDiscountByQuantityRequest",
    "V1GetProductStairwayDiscountByQuantityResponse",
    "V1GetProductStairwayDiscountByQuantityResponseStairways",
    "V1GetProductStairwayDiscountByQuantityResponseStairwaysStairway",
    "V1GetProductStairwayDiscountByQuantityResponseStairwaysStairwayStep",
    "V1GetRealizationReportByDayRequest",
    "V1GetRealizationReportPostingRequest",
    "V1GetRealizationReportPostingResponse",
    "V1GetRealizationReportPostingResponseRow",
    "V1GetReceiptRequest",
    "V1GetReceiptResponse",
    "V1GetRestrictionsRequest",
    "V1GetRestrictionsResponse",
    "V1GetReturnsListRequest",
    "V1GetReturnsListResponse",
    "V1GetStrategyIDsByItemIDsResponse",
    "V1GetStrategyIDsByItemIDsResponseResult",
    "V1GetStrategyItemInfoRequest",
    "V1GetStrategyItemInfoResponse",
    "V1GetStrategyItemInfoResponseResult",
    "V1GetStrategyItemsResponse",
    "V1GetStrategyItemsResponseResult",
    "V1GetStrategyListRequest",
    "V1GetStrategyListResponse",
    "V1GetStrategyResponse",
    "V1GetStrategyResponseResult",
    "V1GetSupplierReturnsSummaryReportRequest",
    "V1GetSupplierReturnsSummaryReportResponse",
    "V1GetSupplierReturnsSummaryReportResponseRow",
    "V1GetSupplyOrderBundleRequest",
    "V1GetSupplyOrderBundleResponse",
    "V1GetSupplyOrderTimeslotStatusRequest",
    "V1GetSupplyOrderTimeslotStatusResponse",
    "V1GetSupplyOrderTimeslotsRequest",
    "V1GetSupplyOrderTimeslotsResponse",
    "V1GetSupplyReturnsSummaryReportRequest",
    "V1GetSupplyReturnsSummaryReportResponse",
    "V1GetSupplyReturnsSummaryReportResponseRow",
    "V1GetTreeRequest",
    "V1GetTreeResponse",
    "V1GetTreeResponseItem",
    "V1GetWarehouseFBSOperationStatusRequest",
    "V1GetWarehouseFBSOperationStatusResponse",
    "V1GiveoutGetBarcodeResponse",
    "V1GiveoutInfoRequest",
    "V1GiveoutInfoResponse",
    "V1GiveoutIsEnabledResponse",
    "V1GiveoutListRequest",
    "V1GiveoutListResponse",
    "V1InvoiceDeleteRequest",
    "V1InvoiceDeleteResponse",
    "V1InvoiceFileUploadRequest",
    "V1InvoiceFileUploadResponse",
    "V1InvoiceGetRequest",
    "V1ItemError",
    "V1ItemIDsRequest",
    "V1ItemResponse",
    "V1ItemSortField",
    "V1ItemsValidation",
    "V1ListDropOffPointsForCreateFBSWarehouseRequest",
    "V1ListDropOffPointsForCreateFBSWarehouseRequestCoordinates",
    "V1ListDropOffPointsForCreateFBSWarehouseResponse",
    "V1ListDropOffPointsForCreateFBSWarehouseResponseCoordinates",
    "V1ListDropOffPointsForUpdateFBSWarehouseRequest",
    "V1ListDropOffPointsForUpdateFBSWarehouseResponse",
    "V1ListFBSRatingIndexPostingsV1Request",
    "V1ListFBSRatingIndexPostingsV1Response",
    "V1ListPostingCodesRequest",
    "V1ListPostingCodesResponse",
    "V1Money",
    "V1OrderCancelCheckRequest",
    "V1OrderCancelCheckResponse",
    "V1OrderCancelRequest",
    "V1OrderCancelResponse",
    "V1OrderCancelStatusRequest",
    "V1OrderCancelStatusResponse",
    "V1OrderCreateRequest",
    "V1OrderCreateResponse",
    "V1OrderDraftValidationError",
    "V1OrderValidationError",
    "V1PolygonDeleteRequest",
    "V1PolygonListRequest",
    "V1PolygonListResponse",
    "V1PolygonTimeCoordinatesUpdateRequest",
    "V1PolygonTimeSetRequest",
    "V1PostingCancelRequest",
    "V1PostingCancelResponse",
    "V1PostingCancelStatusRequest",
    "V1PostingCancelStatusResponse",
    "V1PostingFBSPickupCodeVerifyRequest",
    "V1PostingFBSPickupCodeVerifyResponse",
    "V1PostingFbsProductTraceableAttributeRequest",
    "V1PostingFbsProductTraceableAttributeResponse",
    "V1PostingFbsProductTraceableAttributeResponseProduct",
    "V1PostingFbsSplitRequest",
    "V1PostingFbsSplitRequestPosting",
    "V1PostingFbsSplitResponse",
    "V1PostingFbsSplitResponsePosting",
    "V1PostingFbsSplitResponsePostingParent",
    "V1PostingFbsTimeslotChangeRestrictionsDeliveryInterval",
    "V1PostingFbsTimeslotChangeRestrictionsRequest",
    "V1PostingFbsTimeslotChangeRestrictionsResponse",
    "V1PostingFbsTimeslotSetNewTimeslot",
    "V1PostingFbsTimeslotSetRequest",
    "V1PostingFbsTimeslotSetResponse",
    "V1PostingFbsTraceableSplitRequest",
    "V1PostingFbsTraceableSplitResponse",
    "V1PostingFbsTraceableSplitResponsePosting",
    "V1PostingMarksRequest",
    "V1PostingMarksResponse",
    "V1PostingUnpaidLegalProductListRequest",
    "V1PostingUnpaidLegalProductListResponse",
    "V1PostingUnpaidLegalProductListResponseProducts",
    "V1PremiumScores",
    "V1ProductActionTimerStatusRequest",
    "V1ProductActionTimerStatusResponse",
    "V1ProductActionTimerStatusResponseStatuses",
    "V1ProductActionTimerUpdateRequest",
    "V1ProductCertificateDeleteRequest",
    "V1ProductCertificateDeleteResponse",
    "V1ProductCertificateDeleteResponseResult",
    "V1ProductCertificateInfoRequest",
    "V1ProductCertificateInfoResponse",
    "V1ProductCertificateListRequest",
    "V1ProductCertificateListResponse",
    "V1ProductCertificateListResponseResult",
    "V1ProductCertificateProductStatusListResponse",
    "V1ProductCertificateProductsListRequest",
    "V1ProductCertificateProductsListResponse",
    "V1ProductCertificateProductsListResponseResult",
    "V1ProductCertificateRejectionReasonsListResponse",
    "V1ProductCertificateStatusListResponse",
    "V1ProductCertificateUnbindRequest",
    "V1ProductCertificateUnbindResponse",
    "V1ProductFbsSplit",
    "V1ProductFbsSplitOut",
    "V1ProductGetRelatedSKURequest",
    "V1ProductGetRelatedSKUResponse",
    "V1ProductGetRelatedSKUResponseError",
    "V1ProductGetRelatedSKUResponseItem",
    "V1ProductInfoWarehouseStocksRequest",
    "V1ProductInfoWarehouseStocksResponse",
    "V1ProductInfoWrongVolumeRequest",
    "V1ProductInfoWrongVolumeResponse",
    "V1ProductPricesDetailsRequest",
    "V1ProductPricesDetailsResponse",
    "V1ProductPricesDetailsResponsePrice",
    "V1ProductUpdateAttributesRequest",
    "V1ProductUpdateAttributesRequestAttribute",
    "V1ProductUpdateAttributesRequestItem",
    "V1ProductUpdateAttributesRequestValue",
    "V1ProductUpdateAttributesResponse",
    "V1ProductUpdateDiscountRequest",
    "V1ProductUpdateDiscountResponse",
    "V1ProductUpdateOfferIdRequest",
    "V1ProductUpdateOfferIdResponse",
    "V1ProductUpdateOfferIdResponseError",
    "V1QuestionAnswerCreateRequest",
    "V1QuestionAnswerCreateResponse",
    "V1QuestionAnswerDeleteRequest",
    "V1QuestionAnswerListRequest",
    "V1QuestionAnswerListResponse",
    "V1QuestionAnswerListResponseAnswers",
    "V1QuestionChangeStatusRequest",
    "V1QuestionCountResponse",
    "V1QuestionInfoRequest",
    "V1QuestionInfoResponse",
    "V1QuestionListRequest",
    "V1QuestionListRequestFilter",
    "V1QuestionListResponse",
    "V1QuestionListResponseQuestions",
    "V1QuestionTopSkuRequest",
    "V1QuestionTopSkuResponse",
    "V1Rating",
    "V1RatingHistoryV1Request",
    "V1RatingHistoryV1Response",
    "V1RatingItem",
    "V1RatingStatus",
    "V1RatingSummaryV1Response",
    "V1ReceiptsSellerListRequest",
    "V1ReceiptsSellerListResponse",
    "V1ReportMarkedProductsSalesCreateRequest",
    "V1Restriction",
    "V1ReturnsCompanyFbsInfoRequest",
    "V1ReturnsCompanyFbsInfoRequestFilter",
    "V1ReturnsCompanyFbsInfoResponse",
    "V1ReturnsRfbsActionSetRequest",
    "V1ReturnsSettingsUtilizationHistoryResponse",
    "V1ReturnsSettingsUtilizationInfoResponse",
    "V1ReturnsSettingsUtilizationUpdateRequest",
    "V1ReviewChangeStatusRequest",
    "V1ReviewCountResponse",
    "V1ReviewInfoRequest",
    "V1ReviewInfoResponse",
    "V1ReviewListRequest",
    "V1ReviewListResponse",
    "V1RolesByTokenResponse",
    "V1SearchAttributeValuesRequest",
    "V1SearchAttributeValuesResponse",
    "V1SearchQueriesTextRequest",
    "V1SearchQueriesTextResponse",
    "V1SearchQueriesTextResponseSearchQuery",
    "V1SearchQueriesTopRequest",
    "V1SearchQueriesTopResponse",
    "V1SearchQueriesTopResponseSearchQuery",
    "V1SellerActionsArchiveRequest",
    "V1SellerActionsChangeActivityRequest",
    "V1SellerActionsCreateDiscountRequest",
    "V1SellerActionsCreateDiscountResponse",
    "V1SellerActionsCreateDiscountWithConditionRequest",
    "V1SellerActionsCreateDiscountWithConditionRequestDiscountTypeEnum",
    "V1SellerActionsCreateDiscountWithConditionResponse",
    "V1SellerActionsCreateInstallmentRequest",
    "V1SellerActionsCreateInstallmentResponse",
    "V1SellerActionsCreateMultiLevelDiscountRequest",
    "V1SellerActionsCreateMultiLevelDiscountRequestDiscountLevel",
    "V1SellerActionsCreateMultiLevelDiscountRequestDiscountTypeEnum",
    "V1SellerActionsCreateMultiLevelDiscountResponse",
    "V1SellerActionsCreateVoucherRequest",
    "V1SellerActionsCreateVoucherRequestDiscountTypeEnum",
    "V1SellerActionsCreateVoucherRequestVoucherParameter",
    "V1SellerActionsCreateVoucherRequestVoucherParameterTypeEnum",
    "V1SellerActionsCreateVoucherResponse",
    "V1SellerActionsListRequest",
    "V1SellerActionsListResponse",
    "V1SellerActionsProductsAddRequest",
    "V1SellerActionsProductsAddRequestProduct",
    "V1SellerActionsProductsCandidatesRequest",
    "V1SellerActionsProductsCandidatesResponse",
    "V1SellerActionsProductsCandidatesResponseProduct",
    "V1SellerActionsProductsDeleteRequest",
    "V1SellerActionsProductsListRequest",
    "V1SellerActionsProductsListResponse",
    "V1SellerActionsProductsListResponseProduct",
    "V1SellerActionsUpdateDiscountRequest",
    "V1SellerActionsUpdateDiscountRequestActionParameters",
    "V1SellerActionsUpdateDiscountWithConditionRequest",
    "V1SellerActionsUpdateDiscountWithConditionRequestActionParameters",
    "V1SellerActionsUpdateInstallmentRequest",
    "V1SellerActionsUpdateInstallmentRequestActionParameters",
    "V1SellerActionsUpdateMultiLevelDiscountRequest",
    "V1SellerActionsUpdateMultiLevelDiscountRequestActionParameters",
    "V1SellerActionsUpdateVoucherRequest",
    "V1SellerActionsUpdateVoucherRequestActionParameters",
    "V1SellerActionsVoucherGetRequest",
    "V1SellerActionsVoucherGetResponse",
    "V1SellerInfoResponse",
    "V1SellerOzonLogisticsInfoResponse",
    "V1SetPostingCutoffRequest",
    "V1SetPostingCutoffResponse",
    "V1SetPostingsRequest",
    "V1SetPostingsResponse",
    "V1SetProductStairwayDiscountByQuantityRequest",
    "V1SetProductStairwayDiscountByQuantityRequestStairways",
    "V1SetProductStairwayDiscountByQuantityRequestStairwaysStairway",
    "V1SetProductStairwayDiscountByQuantityRequestStairwaysStairwayStep",
    "V1SetProductStairwayDiscountByQuantityResponse",
    "V1SetProductStairwayDiscountByQuantityResponseError",
    "V1StatusCodeNamePair",
    "V1StatusCodeNamePairRejection",
    "V1StatusCodeNamePairStatuses",
    "V1StocksImportRequest",
    "V1StocksImportResponse",
    "V1StrategyRequest",
    "V1SupplierAvailableWarehousesResponse",
    "V1SupplyOrderCancelRequest",
    "V1SupplyOrderCancelResponse",
    "V1SupplyOrderCancelStatusRequest",
    "V1SupplyOrderCancelStatusResponse",
    "V1SupplyOrderContentUpdateRequest",
    "V1SupplyOrderContentUpdateRequestItem",
    "V1SupplyOrderContentUpdateResponse",
    "V1SupplyOrderContentUpdateStatusRequest",
    "V1SupplyOrderContentUpdateStatusResponse",
    "V1SupplyOrderContentUpdateValidationRequest",
    "V1SupplyOrderContentUpdateValidationResponse",
    "V1SupplyOrderDetailsRequest",
    "V1SupplyOrderDetailsResponse",
    "V1SupplyOrderDetailsResponseTimeslot",
    "V1SupplyOrderPassCreateRequest",
    "V1SupplyOrderPassCreateResponse",
    "V1SupplyOrderPassStatusRequest",
    "V1SupplyOrderPassStatusResponse",
    "V1SupplyOrderStatusCounterResponse",
    "V1SupplyOrderStatusCounterResponseItem",
    "V1SupplyOrderTimeslot",
    "V1SupplyOrderTimeslotOut",
    "V1SupplyWarehouse",
    "V1TimeRangeReturnDate",
    "V1TimeRangeStorageTariffication",
    "V1TimeRangeVisualStatus",
    "V1Timezone",
    "V1UnarchiveWarehouseFBSRequest",
    "V1UnarchiveWarehouseFBSResponse",
    "V1UpdatePricingStrategyRequest",
    "V1UpdateStatusStrategyRequest",
    "V1UpdateSupplyOrderTimeslotRequest",
    "V1UpdateSupplyOrderTimeslotResponse",
    "V1UpdateWarehouseFBSFirstMileRequest",
    "V1UpdateWarehouseFBSFirstMileRequestFirstMileTypeEnum",
    "V1UpdateWarehouseFBSFirstMileResponse",
    "V1UpdateWarehouseFBSRequest",
    "V1UpdateWarehouseFBSRequestAddressCoordinates",
    "V1UpdateWarehouseFBSRequestOptions",
    "V1UpdateWarehouseFBSRequestWorkingDaysEnum",
    "V1UpdateWarehouseFBSResponse",
    "V1UploadPostingCodesRequest",
    "V1UploadPostingCodesResponse",
    "V1UploadReceiptRequest",
    "V1UploadReceiptRequestTypeEnum",
    "V1UploadReceiptResponse",
    "V1VehicleInfo",
    "V1WarehouseERFBSAggregatorCreateRequest",
    "V1WarehouseERFBSAggregatorCreateRequestAddressCoordinates",
    "V1WarehouseERFBSAggregatorCreateRequestDeliveryMethod",
    "V1WarehouseERFBSAggregatorCreateRequestDeliveryMethodReturnSettings",
    "V1WarehouseERFBSAggregatorCreateRequestDeliveryMethodReturnSettingsReturnMethodEnum",
    "V1WarehouseERFBSAggregatorCreateRequestHolidays",
    "V1WarehouseERFBSAggregatorCreateRequestTimetableWarehouse",
    "V1WarehouseERFBSAggregatorCreateRequestWorkingDays",
    "V1WarehouseERFBSAggregatorCreateRequestWorkingDaysDayEnum",
    "V1WarehouseERFBSAggregatorCreateResponse",
    "V1WarehouseERFBSAggregatorDeliveryMethodUpdateRequest",
    "V1WarehouseERFBSAggregatorDeliveryMethodUpdateRequestDeliveryCosts",
    "V1WarehouseERFBSAggregatorDeliveryMethodUpdateRequestReturnSettings",
    "V1WarehouseERFBSAggregatorDeliveryMethodUpdateRequestReturnSettingsReturnMethodEnum",
    "V1WarehouseERFBSAggregatorDeliveryMethodUpdateResponse",
    "V1WarehouseERFBSNonIntegratedCreateRequest",
    "V1WarehouseERFBSNonIntegratedCreateRequestAddressCoordinates",
    "V1WarehouseERFBSNonIntegratedCreateRequestDeliveryMethod",
    "V1WarehouseERFBSNonIntegratedCreateRequestDeliveryMethodReturnSettings",
    "V1WarehouseERFBSNonIntegratedCreateRequestDeliveryMethodReturnSettingsReturnMethodEnum",
    "V1WarehouseERFBSNonIntegratedCreateRequestHolidays",
    "V1WarehouseERFBSNonIntegratedCreateRequestTimetableWarehouse",
    "V1WarehouseERFBSNonIntegratedCreateRequestWorkingDays",
    "V1WarehouseERFBSNonIntegratedCreateRequestWorkingDaysDayEnum",
    "V1WarehouseERFBSNonIntegratedCreateResponse",
    "V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateRequest",
    "V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateRequestReturnSettings",
    "V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateRequestReturnSettingsReturnMethodEnum",
    "V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateResponse",
    "V1WarehouseERFBSUpdateRequest",
    "V1WarehouseERFBSUpdateRequestHolidays",
    "V1WarehouseERFBSUpdateRequestTimetableWarehouse",
    "V1WarehouseERFBSUpdateRequestWorkingDays",
    "V1WarehouseERFBSUpdateRequestWorkingDaysDayEnum",
    "V1WarehouseERFBSUpdateResponse",
    "V1WarehouseFBSCreateReturnPointListRequest",
    "V1WarehouseFBSCreateReturnPointListRequestCoordinates",
    "V1WarehouseFBSCreateReturnPointListRequestSearch",
    "V1WarehouseFBSCreateReturnPointListRequestSearchReturnPointTypeEnum",
    "V1WarehouseFBSCreateReturnPointListResponse",
    "V1WarehouseFBSCreateReturnPointListResponseCoordinates",
    "V1WarehouseFBSCreateReturnPointListResponseReturnPoint",
    "V1WarehouseFBSCreateReturnPointListResponseWorkingDays",
    "V1WarehouseFBSReturnMileInfoRequest",
    "V1WarehouseFBSReturnMileInfoResponse",
    "V1WarehouseFBSReturnMileInfoResponseCoordinates",
    "V1WarehouseFBSReturnMileInfoResponseReturnPoint",
    "V1WarehouseFBSReturnMileInfoResponseWorkingDays",
    "V1WarehouseFBSUpdateReturnPointListRequest",
    "V1WarehouseFBSUpdateReturnPointListRequestSearch",
    "V1WarehouseFBSUpdateReturnPointListRequestSearchReturnPointTypeEnum",
    "V1WarehouseFBSUpdateReturnPointListResponse",
    "V1WarehouseFBSUpdateReturnPointListResponseCoordinates",
    "V1WarehouseFBSUpdateReturnPointListResponseReturnPoint",
    "V1WarehouseFBSUpdateReturnPointListResponseWorkingDays",
    "V1WarehouseFboSellerListResponse",
    "V1WarehouseFboSellerListResponseWarehouse",
    "V1WarehouseFbsCreateDropOffTimeslotListRequest",
    "V1WarehouseFbsCreateDropOffTimeslotListResponse",
    "V1WarehouseFbsCreateDropOffTimeslotListResponseTimeslot",
    "V1WarehouseFbsCreatePickUpTimeslotListRequest",
    "V1WarehouseFbsCreatePickUpTimeslotListRequestAddressCoordinates",
    "V1WarehouseFbsCreatePickUpTimeslotListResponse",
    "V1WarehouseFbsCreatePickUpTimeslotListResponseTimeslot",
    "V1WarehouseFbsPickUpCourierCancelRequest",
    "V1WarehouseFbsPickUpCourierCreateRequest",
    "V1WarehouseFbsPickUpHistoryListRequest",
    "V1WarehouseFbsPickUpHistoryListRequestFilter",
    "V1WarehouseFbsPickUpHistoryListResponse",
    "V1WarehouseFbsPickUpHistoryListResponseResult",
    "V1WarehouseFbsPickUpPlanningListResponse",
    "V1WarehouseFbsPickUpPlanningListResponseResult",
    "V1WarehouseFbsReturnMileCheckRequest",
    "V1WarehouseFbsReturnMileCheckRequestFirstMileTypeEnum",
    "V1WarehouseFbsReturnMileCheckResponse",
    "V1WarehouseFbsUpdateDropOffTimeslotListRequest",
    "V1WarehouseFbsUpdateDropOffTimeslotListResponse",
    "V1WarehouseFbsUpdateDropOffTimeslotListResponseTimeslot",
    "V1WarehouseFbsUpdatePickUpTimeslotListRequest",
    "V1WarehouseFbsUpdatePickUpTimeslotListResponse",
    "V1WarehouseFbsUpdatePickUpTimeslotListResponseTimeslot",
    "V1WarehouseInvalidProductsGetRequest",
    "V1WarehouseInvalidProductsGetResponse",
    "V1WarehouseListRequest",
    "V1WarehouseListRequestWith",
    "V1WarehouseOZONListRequest",
    "V1WarehouseOZONListRequestWarehouseTypeEnum",
    "V1WarehouseOZONListResponse",
    "V1WarehouseOZONListResponseWarehouse",
    "V1WarehouseStatus",
    "V1WarehouseWithInvalidProductsResponse",
    "V1fbpDeliveryDetails",
    "V1fbpTimeslot",
    "V2AdditionalDataItem",
    "V2CancellationInitiatorEnum",
    "V2CancellationStateEnumFilters",
    "V2CargoesCreateErrors",
    "V2CargoesCreateInfoV2Request",
    "V2CargoesCreateInfoV2Response",
    "V2CarriageDeliveryListV2Request",
    "V2CarriageDeliveryListV2Response",
    "V2ChatReadResponse",
    "V2ConditionalCancellationMoveV2Request",
    "V2CreateLabelBatchResponse",
    "V2CreateLabelBatchResponseResult",
    "V2CreateLabelBatchResponseResultTasks",
    "V2DeliveryCheckoutRequestV2DeliverySchemaEnum",
    "V2DeliveryMethodListV2Request",
    "V2DeliveryMethodListV2Response",
    "V2DraftClusterListResponse",
    "V2DraftClusterListResponseResult",
    "V2DraftCreateInfoRequest",
    "V2DraftCreateInfoResponse",
    "V2DraftSupplyCreateRequest",
    "V2DraftSupplyCreateRequestSelectedClusterWarehouse",
    "V2DraftSupplyCreateRequestTimeslot",
    "V2DraftSupplyCreateResponse",
    "V2DraftSupplyCreateStatusRequest",
    "V2DraftSupplyCreateStatusResponse",
    "V2DraftTimeslotInfoRequest",
    "V2DraftTimeslotInfoRequestSelectedClusterWarehouse",
    "V2DraftTimeslotInfoResponse",
    "V2FboPosting",
    "V2FboPostingListResponse",
    "V2FboPostingResponse",
    "V2FboPostingV2",
    "V2FboSinglePostingLegalInfo",
    "V2FbsPosting",
    "V2FbsPostingProduct",
    "V2FbsPostingProductCountryListRequest",
    "V2FbsPostingProductCountryListResponse",
    "V2FbsPostingProductCountryListResponseResult",
    "V2FbsPostingProductCountrySetRequest",
    "V2FbsPostingProductCountrySetResponse",
    "V2FbsPostingResponse",
    "V2GetConditionalCancellationListV2Request",
    "V2GetConditionalCancellationListV2Response",
    "V2GetDiscountTaskListV2Request",
    "V2GetDiscountTaskListV2RequestDiscountTaskStatusEnum",
    "V2GetDiscountTaskListV2Response",
    "V2GetProductInfoStocksByWarehouseFbsRequestV2",
    "V2GetProductInfoStocksByWarehouseFbsResponseV2",
    "V2GetProductInfoStocksByWarehouseFbsResponseV2Product",
    "V2GetRealizationReportRequestV2",
    "V2GetRealizationReportResponseV2",
    "V2HsCode",
    "V2HsCodeOut",
    "V2InvoiceCreateOrUpdateV2Request",
    "V2InvoiceCreateOrUpdateV2Response",
    "V2InvoiceGetV2Response",
    "V2MovePostingToAwaitingDeliveryRequest",
    "V2PolygonBindRequest",
    "V2PostingFBSActGetPostingsRequest",
    "V2PostingFBSActGetPostingsResponse",
    "V2PostingFBSActGetPostingsResult",
    "V2PostingFBSActGetProducts",
    "V2PostingFBSActListFilter",
    "V2PostingFBSActListRelatedDocs",
    "V2PostingFBSActListRelatedDocsActOfAcceptance",
    "V2PostingFBSActListRelatedDocsActOfExcess",
    "V2PostingFBSActListRelatedDocsActOfMismatch",
    "V2PostingFBSActListRequest",
    "V2PostingFBSActListResponse",
    "V2PostingFBSActListResult",
    "V2PostingFBSDigitalActCheckStatusRequest",
    "V2PostingFBSDigitalActCheckStatusResponse",
    "V2PostingFBSGetBarcodeRequest",
    "V2PostingFBSGetBarcodeTextResponse",
    "V2PostingFBSGetDigitalActRequest",
    "V2PostingFinancialDataFBO",
    "V2PostingFinancialDataFBOV2",
    "V2PostingProduct",
    "V2Product",
    "V2ProductCertificateAccordanceTypesResponse",
    "V2ProductCertificateAccordanceTypesResponseResult",
    "V2ProductCertificateAccordanceTypesResponseType",
    "V2ProductCertificationListRequest",
    "V2ProductCertificationListResponse",
    "V2ProductInfoPicturesRequest",
    "V2ProductInfoPicturesResponse",
    "V2ProductInfoPicturesResponseError",
    "V2ProductInfoPicturesResponseItem",
    "V2ReportReturnsCreateRequest",
    "V2ReportReturnsCreateRequestFilter",
    "V2ReportReturnsCreateResponse",
    "V2ReturnsRfbsCompensateRequest",
    "V2ReturnsRfbsFilter",
    "V2ReturnsRfbsGetRequest",
    "V2ReturnsRfbsGetResponse",
    "V2ReturnsRfbsGetV2ResponseState",
    "V2ReturnsRfbsListRequest",
    "V2ReturnsRfbsListResponse",
    "V2ReturnsRfbsListV2ResponseState",
    "V2ReturnsRfbsReceiveReturnRequest",
    "V2ReturnsRfbsRejectRequest",
    "V2ReturnsRfbsReturnMoneyRequest",
    "V2ReturnsRfbsVerifyRequest",
    "V2WarehouseListV2Request",
    "V2WarehouseListV2Response",
    "V3AdditionalDataItem",
    "V3Address",
    "V3Addressee",
    "V3AddresseeFbsLists",
    "V3Barcodes",
    "V3Cancellation",
    "V3ChatDetailsInfo",
    "V3ChatHistoryRequest",
    "V3ChatHistoryResponse",
    "V3ChatInfo",
    "V3ChatList",
    "V3ChatListRequestFilter",
    "V3ChatListResponse",
    "V3ChatMessage",
    "V3Customer",
    "V3CustomerFbsLists",
    "V3DeliveryMethod",
    "V3Dimensions",
    "V3FbsPosting",
    "V3FbsPostingAnalyticsData",
    "V3FbsPostingDetail",
    "V3FbsPostingDetailOptional",
    "V3FbsPostingDetailRelatedPostings",
    "V3FbsPostingExemplarProductV3",
    "V3FbsPostingProduct",
    "V3FbsPostingProductExemplarInfoV3",
    "V3FbsPostingProductExemplarsV3",
    "V3FbsPostingRequirementsV3",
    "V3FbsTariffication",
    "V3FinanceCashFlowStatementListRequest",
    "V3FinanceCashFlowStatementListResponse",
    "V3FinanceCashFlowStatementListResponsePeriod",
    "V3FinanceCashFlowStatementListResponseResult",
    "V3GetFbsPostingListResponseV3",
    "V3GetFbsPostingListResponseV3Result",
    "V3GetFbsPostingResponseV3",
    "V3GetProductInfoListRequest",
    "V3GetProductInfoListResponse",
    "V3GetProductInfoListResponseItem",
    "V3GetProductInfoListResponsePromotion",
    "V3ImportProductsRequest",
    "V3ImportProductsRequestAttribute",
    "V3ImportProductsRequestComplexAttribute",
    "V3ImportProductsRequestDictionaryValue",
    "V3ImportProductsRequestItem",
    "V3ImportProductsResponse",
    "V3ImportProductsResponseResult",
    "V3PostingFinancialData",
    "V3PostingProductDetail",
    "V3ServiceType",
    "V3SupplyOrderGetRequest",
    "V3SupplyOrderGetResponse",
    "V3SupplyOrderListRequest",
    "V3SupplyOrderListResponse",
    "V3TimeRange",
    "V3User",
    "V4FbsPostingShipPackageV4Request",
    "V4FbsPostingShipPackageV4RequestProduct",
    "V4FbsPostingShipPackageV4Response",
    "V4GetProductAttributesResponseModelInfo",
    "V4GetProductAttributesResponsePdf",
    "V4GetProductInfoStocksRequest",
    "V4GetProductInfoStocksRequestFilter",
    "V4GetProductInfoStocksResponse",
    "V4GetProductInfoStocksResponseItem",
    "V4GetUploadQuotaResponse",
    "V4Visibility",
    "V5FbsPostingProductExemplarStatusV5Request",
    "V5FbsPostingProductExemplarStatusV5Response",
    "V5FbsPostingProductExemplarStatusV5ResponseProduct",
    "V5FbsPostingProductExemplarStatusV5ResponseProductExemplar",
    "V5FbsPostingProductExemplarStatusV5ResponseProductExemplarMark",
    "V5FbsPostingProductExemplarValidateV5Request",
    "V5FbsPostingProductExemplarValidateV5RequestProduct",
    "V5FbsPostingProductExemplarValidateV5RequestProductExemplar",
    "V5FbsPostingProductExemplarValidateV5RequestProductExemplarMark",
    "V5FbsPostingProductExemplarValidateV5Response",
    "V5FbsPostingProductExemplarValidateV5ResponseProduct",
    "V5FbsPostingProductExemplarValidateV5ResponseProductExemplar",
    "V5FbsPostingProductExemplarValidateV5ResponseProductExemplarMark",
    "V6FbsPostingProductExemplarCreateOrGetV6Request",
    "V6FbsPostingProductExemplarCreateOrGetV6Response",
    "V6FbsPostingProductExemplarSetV6Request",
    "ValidationResultItem",
    "ValidationResultValidationError",
    "ValueCargoType",
    "ValueItem",
    "ValueTimezoneInfo",
    "WarehouseAddress",
    "WarehouseAddressCoordinates",
    "WarehouseAddressInfo",
    "WarehouseAvailabilityStatus",
    "WarehouseContacts",
    "WarehouseDeliveryMethodListRequest",
    "WarehouseDeliveryMethodListResponse",
    "WarehouseERFBSAggregatorCreateRequestDeliveryMethodDeliveryCosts",
    "WarehouseFBSReturnMileInfoResponseWarehouseReturnMileSettings",
    "WarehouseFbsPickUpHistoryListResponseHistoryEntity",
    "WarehouseFbsPickUpPlanningListResponseResultWarehouse",
    "WarehouseFirstMile",
    "WarehouseFirstMileType",
    "WarehouseInvalidProductsGetResponseValidationResult",
    "WarehouseListResponseWarehouse",
    "WarehouseListV2ResponseWarehouse",
    "WarehouseStorageWarehouse",
    "WarehouseTimetable",
    "WarehouseV1WarehouseRfbsPauseRequest",
    "WarehouseV1WarehouseRfbsPauseResponse",
    "WarehouseV1WarehouseRfbsUnpauseRequest",
    "WarehouseV1WarehouseRfbsUnpauseResponse",
    "WarehouseV2DeliveryMethodListV2ResponseDeliveryMethodTPLDropOffPoint",
    "WarehouseV2DeliveryMethodListV2ResponseDeliveryMethodTPLDropOffPointAddressCoordinates",
    "WarehouseWarehouseListResponse",
    "WarehouseWorkingDay",
    "WorkingHoursPeriods",
]
