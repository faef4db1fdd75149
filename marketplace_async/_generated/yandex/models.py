"""Request and response models of the Yandex.Market Partner API. GENERATED from marketplace_async/_specs/yandex/openapi/ by
``python -m marketplace_async._codegen``: do not edit.

Requests: keyword-only; optional fields default to UNSET and are left out of the body.
Responses: unknown fields are ignored, enums are plain ``str``; a class that is both has a
response twin named ``<Name>Out``."""

from __future__ import annotations

import datetime as _dt
from typing import Literal as _Literal

from msgspec import UNSET as _UNSET
from msgspec import Struct as _Struct
from msgspec import UnsetType as _UnsetType
from msgspec import field as _field

from ..._multipart import FileUpload as _FileUpload

AgeUnitType = _Literal["YEAR", "MONTH"]
BarcodeFormatType = _Literal["F_30_20", "F_43_25", "F_58_40", "F_43_25_SINGLE"]
CatalogLanguageType = _Literal["RU", "UZ"]
ChatContextIdentifiableType = _Literal["ORDER", "RETURN"]
ChatContextType = _Literal["ORDER", "RETURN", "DIRECT"]
ChatStatusType = _Literal[
    "NEW",
    "WAITING_FOR_CUSTOMER",
    "WAITING_FOR_PARTNER",
    "WAITING_FOR_ARBITER",
    "WAITING_FOR_MARKET",
    "FINISHED",
]
ChatType = _Literal["CHAT", "ARBITRAGE"]
ClosureDocumentsContractType = _Literal["INCOME", "OUTCOME", "MARKETING"]
CommodityCodeType = _Literal["CUSTOMS_COMMODITY_CODE", "IKPU_CODE"]
CreateOrderPackageType = _Literal["WHITELABEL", "BRAND"]
CurrencyType = _Literal[
    "RUR",
    "USD",
    "EUR",
    "UAH",
    "AUD",
    "GBP",
    "BYR",
    "BYN",
    "DKK",
    "ISK",
    "KZT",
    "CAD",
    "CNY",
    "NOK",
    "XDR",
    "SGD",
    "TRY",
    "SEK",
    "CHF",
    "JPY",
    "AZN",
    "ALL",
    "DZD",
    "AOA",
    "ARS",
    "AMD",
    "AFN",
    "BHD",
    "BGN",
    "BOB",
    "BWP",
    "BND",
    "BRL",
    "BIF",
    "HUF",
    "VEF",
    "KPW",
    "VND",
    "GMD",
    "GHS",
    "GNF",
    "HKD",
    "GEL",
    "AED",
    "EGP",
    "ZMK",
    "ILS",
    "INR",
    "IDR",
    "JOD",
    "IQD",
    "IRR",
    "YER",
    "QAR",
    "KES",
    "KGS",
    "COP",
    "CDF",
    "CRC",
    "KWD",
    "CUP",
    "LAK",
    "LVL",
    "SLL",
    "LBP",
    "LYD",
    "SZL",
    "LTL",
    "MUR",
    "MRO",
    "MKD",
    "MWK",
    "MGA",
    "MYR",
    "MAD",
    "MXN",
    "MZN",
    "MDL",
    "MNT",
    "NPR",
    "NGN",
    "NIO",
    "NZD",
    "OMR",
    "PKR",
    "PYG",
    "PEN",
    "PLN",
    "KHR",
    "SAR",
    "RON",
    "SCR",
    "SYP",
    "SKK",
    "SOS",
    "SDG",
    "SRD",
    "TJS",
    "THB",
    "TWD",
    "BDT",
    "TZS",
    "TND",
    "TMM",
    "UGX",
    "UZS",
    "UYU",
    "PHP",
    "DJF",
    "XAF",
    "XOF",
    "HRK",
    "CZK",
    "CLP",
    "LKR",
    "EEK",
    "ETB",
    "RSD",
    "ZAR",
    "KRW",
    "NAD",
    "TL",
    "UE",
]
DayOfWeekType = _Literal["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
DeleteOfferParameterType = _Literal[
    "ADDITIONAL_EXPENSES",
    "ADULT",
    "AGE",
    "BARCODES",
    "BOX_COUNT",
    "CERTIFICATES",
    "COMMODITY_CODES",
    "CONDITION",
    "CUSTOMS_COMMODITY_CODE",
    "DESCRIPTION",
    "DOWNLOADABLE",
    "GUARANTEE_PERIOD",
    "LIFE_TIME",
    "MANUALS",
    "MANUFACTURER_COUNTRIES",
    "PARAMETERS",
    "PICTURES",
    "PURCHASE_PRICE",
    "SHELF_LIFE",
    "TAGS",
    "TYPE",
    "VENDOR_CODE",
    "VIDEOS",
]
DeliveryPaymentType = _Literal["PREPAID"]
ExternalReturnDecisionReasonType = _Literal["BAD_QUALITY", "DOES_NOT_FIT", "WRONG_ITEM"]
ExternalReturnDecisionSubreasonType = _Literal[
    "USER_DID_NOT_LIKE",
    "USER_CHANGED_MIND",
    "DELIVERED_TOO_LONG",
    "BAD_PACKAGE",
    "DAMAGED",
    "NOT_WORKING",
    "INCOMPLETENESS",
    "WRONG_ITEM",
    "WRONG_COLOR",
    "DID_NOT_MATCH_DESCRIPTION",
]
FeedbackReactionStatusType = _Literal["ALL", "NEED_REACTION"]
KeyIndicatorsReportDetalizationLevelType = _Literal["WEEK", "MONTH"]
LabelsSortingType = _Literal["SORT_BY_GIVEN_ORDER", "SORT_BY_ORDER_CREATED_AT"]
LanguageType = _Literal["RU", "EN"]
LicenseType = _Literal["ALCOHOL", "UNKNOWN"]
MechanicsType = _Literal["DIRECT_DISCOUNT", "BLUE_FLASH", "MARKET_PROMOCODE"]
OfferCampaignStatusType = _Literal[
    "PUBLISHED",
    "CHECKING",
    "DISABLED_BY_PARTNER",
    "DISABLED_AUTOMATICALLY",
    "REJECTED_BY_MARKET",
    "CREATING_CARD",
    "NO_CARD",
    "NO_STOCKS",
    "ARCHIVED",
    "READY_FOR_PUBLICATION",
]
OfferCardStatusType = _Literal[
    "HAS_CARD_CAN_NOT_UPDATE",
    "HAS_CARD_CAN_UPDATE",
    "HAS_CARD_CAN_UPDATE_ERRORS",
    "HAS_CARD_CAN_UPDATE_PROCESSING",
    "NO_CARD_NEED_CONTENT",
    "NO_CARD_MARKET_WILL_CREATE",
    "NO_CARD_ERRORS",
    "NO_CARD_PROCESSING",
    "NO_CARD_ADD_TO_CAMPAIGN",
]
OfferConditionQualityType = _Literal["PERFECT", "EXCELLENT", "GOOD", "NOT_SPECIFIED"]
OfferConditionType = _Literal[
    "PREOWNED", "SHOWCASESAMPLE", "REFURBISHED", "REDUCTION", "RENOVATED", "NOT_SPECIFIED"
]
OfferType = _Literal["DEFAULT", "MEDICINE", "BOOK", "AUDIOBOOK", "ARTIST_TITLE", "ON_DEMAND", "ALCOHOL"]
OperationType = _Literal[
    "ORDER_RECIPIENT_UPDATE", "ORDER_DELIVERY_INTERVAL_UPDATE", "ORDER_STATUS_UPDATE", "RETURN_CANCELLATION"
]
OrderBuyerType = _Literal["PERSON", "BUSINESS"]
OrderCancellationReasonType = _Literal["ORDER_DELIVERED", "ORDER_IN_DELIVERY"]
OrderDeliveryDateReasonType = _Literal["USER_MOVED_DELIVERY_DATES", "PARTNER_MOVED_DELIVERY_DATES"]
OrderDeliveryDispatchType = _Literal["UNKNOWN", "BUYER", "MARKET_BRANDED_OUTLET", "SHOP_OUTLET"]
OrderItemsModificationRequestReasonType = _Literal["PARTNER_REQUESTED_REMOVE", "USER_REQUESTED_REMOVE"]
OrderSourcePlatformType = _Literal["MARKET", "OZON", "WILDBERRIES", "OTHER"]
OrderStatsStatusType = _Literal[
    "CANCELLED_BEFORE_PROCESSING",
    "CANCELLED_IN_DELIVERY",
    "CANCELLED_IN_PROCESSING",
    "DELIVERY",
    "DELIVERED",
    "PARTIALLY_DELIVERED",
    "PARTIALLY_RETURNED",
    "PENDING",
    "PICKUP",
    "PROCESSING",
    "RESERVED",
    "RETURNED",
    "UNKNOWN",
    "UNPAID",
    "LOST",
]
OrderStatusType = _Literal[
    "PLACING",
    "RESERVED",
    "UNPAID",
    "PROCESSING",
    "DELIVERY",
    "PICKUP",
    "DELIVERED",
    "CANCELLED",
    "PENDING",
    "PARTIALLY_RETURNED",
    "RETURNED",
    "UNKNOWN",
]
OrderSubstatusType = _Literal[
    "RESERVATION_EXPIRED",
    "USER_NOT_PAID",
    "USER_UNREACHABLE",
    "USER_CHANGED_MIND",
    "USER_REFUSED_DELIVERY",
    "USER_REFUSED_PRODUCT",
    "SHOP_FAILED",
    "USER_REFUSED_QUALITY",
    "REPLACING_ORDER",
    "PROCESSING_EXPIRED",
    "PENDING_EXPIRED",
    "SHOP_PENDING_CANCELLED",
    "PENDING_CANCELLED",
    "USER_FRAUD",
    "RESERVATION_FAILED",
    "USER_PLACED_OTHER_ORDER",
    "USER_BOUGHT_CHEAPER",
    "MISSING_ITEM",
    "BROKEN_ITEM",
    "WRONG_ITEM",
    "PICKUP_EXPIRED",
    "DELIVERY_PROBLEMS",
    "LATE_CONTACT",
    "CUSTOM",
    "DELIVERY_SERVICE_FAILED",
    "WAREHOUSE_FAILED_TO_SHIP",
    "DELIVERY_SERVICE_UNDELIVERED",
    "PREORDER",
    "AWAIT_CONFIRMATION",
    "STARTED",
    "PACKAGING",
    "READY_TO_SHIP",
    "SHIPPED",
    "ASYNC_PROCESSING",
    "WAITING_USER_INPUT",
    "WAITING_BANK_DECISION",
    "BANK_REJECT_CREDIT_OFFER",
    "CUSTOMER_REJECT_CREDIT_OFFER",
    "CREDIT_OFFER_FAILED",
    "AWAIT_DELIVERY_DATES_CONFIRMATION",
    "SERVICE_FAULT",
    "DELIVERY_SERVICE_RECEIVED",
    "USER_RECEIVED",
    "WAITING_FOR_STOCKS",
    "AS_PART_OF_MULTI_ORDER",
    "READY_FOR_LAST_MILE",
    "LAST_MILE_STARTED",
    "ANTIFRAUD",
    "DELIVERY_USER_NOT_RECEIVED",
    "DELIVERY_SERVICE_DELIVERED",
    "DELIVERED_USER_NOT_RECEIVED",
    "USER_WANTED_ANOTHER_PAYMENT_METHOD",
    "USER_RECEIVED_TECHNICAL_ERROR",
    "USER_FORGOT_TO_USE_BONUS",
    "DELIVERY_SERVICE_NOT_RECEIVED",
    "DELIVERY_SERVICE_LOST",
    "SHIPPED_TO_WRONG_DELIVERY_SERVICE",
    "DELIVERED_USER_RECEIVED",
    "WAITING_TINKOFF_DECISION",
    "COURIER_SEARCH",
    "COURIER_FOUND",
    "COURIER_IN_TRANSIT_TO_SENDER",
    "COURIER_ARRIVED_TO_SENDER",
    "COURIER_RECEIVED",
    "COURIER_NOT_FOUND",
    "COURIER_NOT_DELIVER_ORDER",
    "COURIER_RETURNS_ORDER",
    "COURIER_RETURNED_ORDER",
    "WAITING_USER_DELIVERY_INPUT",
    "PICKUP_SERVICE_RECEIVED",
    "PICKUP_USER_RECEIVED",
    "CANCELLED_COURIER_NOT_FOUND",
    "COURIER_NOT_COME_FOR_ORDER",
    "DELIVERY_NOT_MANAGED_REGION",
    "INCOMPLETE_CONTACT_INFORMATION",
    "INCOMPLETE_MULTI_ORDER",
    "INAPPROPRIATE_WEIGHT_SIZE",
    "TECHNICAL_ERROR",
    "SORTING_CENTER_LOST",
    "COURIER_SEARCH_NOT_STARTED",
    "LOST",
    "AWAIT_PAYMENT",
    "AWAIT_LAVKA_RESERVATION",
    "USER_WANTS_TO_CHANGE_ADDRESS",
    "FULL_NOT_RANSOM",
    "PRESCRIPTION_MISMATCH",
    "DROPOFF_LOST",
    "DROPOFF_CLOSED",
    "DELIVERY_TO_STORE_STARTED",
    "USER_WANTS_TO_CHANGE_DELIVERY_DATE",
    "WRONG_ITEM_DELIVERED",
    "DAMAGED_BOX",
    "AWAIT_DELIVERY_DATES",
    "LAST_MILE_COURIER_SEARCH",
    "PICKUP_POINT_CLOSED",
    "LEGAL_INFO_CHANGED",
    "USER_HAS_NO_TIME_TO_PICKUP_ORDER",
    "DELIVERY_CUSTOMS_ARRIVED",
    "DELIVERY_CUSTOMS_CLEARED",
    "FIRST_MILE_DELIVERY_SERVICE_RECEIVED",
    "AWAIT_AUTO_DELIVERY_DATES",
    "AWAIT_USER_PERSONAL_DATA",
    "NO_PERSONAL_DATA_EXPIRED",
    "CUSTOMS_PROBLEMS",
    "AWAIT_CASHIER",
    "WAITING_POSTPAID_BUDGET_RESERVATION",
    "AWAIT_SERVICEABLE_CONFIRMATION",
    "POSTPAID_BUDGET_RESERVATION_FAILED",
    "AWAIT_CUSTOM_PRICE_CONFIRMATION",
    "READY_FOR_PICKUP",
    "TOO_MANY_DELIVERY_DATE_CHANGES",
    "TOO_LONG_DELIVERY",
    "DEFERRED_PAYMENT",
    "POSTPAID_FAILED",
    "INCORRECT_PERSONAL_DATA",
    "CUSTOMS_FAILED_MARKET",
    "CUSTOMS_FAILED_USER_COMMERCIAL_ITEMS",
    "CUSTOMS_FAILED_USER_DUTY_NOT_PAID",
    "CUSTOMS_FAILED_USER_INVALID_PERSONAL_DATA",
    "CUSTOMS_FAILED_USER_ADDITIONAL_DATA_NOT_PROVIDED",
    "AWAIT_PAYMENT_AFTER_DELIVERY",
    "AWAIT_USER_STEAM_FAST_URL",
    "USER_IDENTIFICATION_MISMATCH",
    "PURCHASE_GROUP_THRESHOLD_NOT_REACHED_CANCELLED",
    "UNKNOWN",
]
OutletType = _Literal["DEPOT", "MIXED", "RETAIL", "NOT_DEFINED"]
OutletVisibilityType = _Literal["HIDDEN", "VISIBLE", "UNKNOWN"]
PageFormatType = _Literal["A9_HORIZONTALLY", "A9", "A7", "A4"]
PaymentFrequencyType = _Literal["DAILY", "WEEKLY", "BIWEEKLY", "MONTHLY"]
PlacementType = _Literal["FBS", "FBY", "DBS", "LAAS"]
PriceCompetitivenessType = _Literal["OPTIMAL", "AVERAGE", "LOW"]
PromoOfferParticipationStatusFilterType = _Literal["MANUALLY_ADDED", "NOT_MANUALLY_ADDED"]
PromoOfferParticipationStatusMultiFilterType = _Literal[
    "MANUALLY_ADDED", "RENEWED", "RENEW_FAILED", "NOT_MANUALLY_ADDED", "MINIMUM_FOR_PROMOS"
]
PromoParticipationType = _Literal["PARTICIPATING_NOW", "PARTICIPATED"]
QuestionSortOrderType = _Literal["CREATED_AT_DESC", "CREATED_AT_ASC"]
QuestionsTextEntityOperationType = _Literal["UPDATE", "CREATE", "DELETE"]
QuestionsTextEntityType = _Literal["QUESTION", "ANSWER", "COMMENT"]
RefundStatusType = _Literal[
    "STARTED_BY_USER",
    "REFUND_IN_PROGRESS",
    "REFUNDED",
    "FAILED",
    "WAITING_FOR_DECISION",
    "DECISION_MADE",
    "REFUNDED_WITH_BONUSES",
    "REFUNDED_BY_SHOP",
    "CANCELLED",
    "REJECTED",
    "COMPLETE_WITHOUT_REFUND",
    "PREMODERATION_DISPUTE",
    "PREMODERATION_DECISION_WAITING",
    "PREMODERATION_DECISION_MADE",
    "PREMODERATION_SELECT_DELIVERY",
    "UNKNOWN",
]
ReportFormatType = _Literal["FILE", "CSV", "JSON"]
ReportLanguageType = _Literal["RU", "EN"]
ReturnRequestDecisionReasonType = _Literal[
    "ISSUE_WITH_THE_PRODUCT_WAS_NOT_CONFIRMED",
    "MECHANICAL_DAMAGE",
    "WARRANTY_PERIOD_HAS_EXPIRED",
    "CONFIGURATION_OR_PACKAGING_COMPROMISED",
    "PRODUCT_APPEARANCE_COMPROMISED",
    "WARRANTY_TERMS_VIOLATED",
    "DEVICE_ACTIVATED",
]
ReturnRequestDecisionType = _Literal[
    "FAST_REFUND_MONEY",
    "REFUND_MONEY",
    "REFUND_MONEY_INCLUDING_SHIPMENT",
    "REPAIR",
    "REPLACE",
    "SEND_TO_EXAMINATION",
    "DECLINE_REFUND",
    "PARTIAL_MONEY_REFUND",
    "OTHER_DECISION",
]
ReturnShipmentStatusType = _Literal[
    "CREATED",
    "RECEIVED",
    "IN_TRANSIT",
    "READY_FOR_PICKUP",
    "PICKED",
    "LOST",
    "EXPIRED",
    "CANCELLED",
    "FULFILMENT_RECEIVED",
    "PREPARED_FOR_UTILIZATION",
    "NOT_IN_DEMAND",
    "UTILIZED",
    "READY_FOR_EXPROPRIATION",
    "RECEIVED_FOR_EXPROPRIATION",
    "UNKNOWN",
]
ReturnType = _Literal["UNREDEEMED", "RETURN"]
SellingProgramType = _Literal["FBY", "FBS", "DBS", "EXPRESS", "LAAS"]
ShipmentPalletLabelPageFormatType = _Literal["A4", "A8"]
ShipmentStatusType = _Literal[
    "OUTBOUND_CREATED",
    "OUTBOUND_READY_FOR_CONFIRMATION",
    "OUTBOUND_CONFIRMED",
    "OUTBOUND_SIGNED",
    "FINISHED",
    "ACCEPTED",
    "ACCEPTED_WITH_DISCREPANCIES",
    "ERROR",
]
ShowsSalesGroupingType = _Literal["CATEGORIES", "OFFERS"]
SortOrderType = _Literal["ASC", "DESC"]
SourceType = _Literal["SELLER", "ADVERTISER"]
StatisticsAttributionType = _Literal["CLICKS", "SHOWS"]
SupplyRequestSortAttributeType = _Literal["ID", "REQUESTED_DATE", "UPDATED_AT", "STATUS"]
SupplyRequestStatusType = _Literal[
    "CREATED",
    "FINISHED",
    "CANCELLED",
    "INVALID",
    "VALIDATED",
    "PUBLISHED",
    "ARRIVED_TO_SERVICE",
    "ARRIVED_TO_XDOC_SERVICE",
    "SHIPPED_TO_SERVICE",
    "CANCELLATION_REQUESTED",
    "CANCELLATION_REJECTED",
    "REGISTERED_IN_ELECTRONIC_QUEUE",
    "READY_FOR_UTILIZATION",
    "TRANSIT_MOVING",
    "WAREHOUSE_HANDLING",
    "ACCEPTED_BY_WAREHOUSE_SYSTEM",
    "READY_TO_WITHDRAW",
    "NEED_PREPARATION",
    "WAREHOUSE_SIGNED_ACT",
]
SupplyRequestSubType = _Literal[
    "DEFAULT",
    "XDOC",
    "INVENTORYING_SUPPLY",
    "INVENTORYING_SUPPLY_WAREHOUSE_BASED_PER_SUPPLIER",
    "MOVEMENT_SUPPLY",
    "ADDITIONAL_SUPPLY",
    "VIRTUAL_DISTRIBUTION_CENTER",
    "VIRTUAL_DISTRIBUTION_CENTER_CHILD",
    "FORCE_PLAN",
    "FORCE_PLAN_ANOMALY_PER_SUPPLY",
    "PLAN_BY_SUPPLIER",
    "ANOMALY_WITHDRAW",
    "FIX_LOST_INVENTORYING",
    "OPER_LOST_INVENTORYING",
    "MOVEMENT_WITHDRAW",
    "MISGRADING_SUPPLY",
    "MISGRADING_WITHDRAW",
    "MAN_UTIL",
    "WITHDRAW_AUTO_UTILIZATION",
    "EXTERNAL_WITHDRAW_INT_OZON",
    "EXTERNAL_WITHDRAW_INT_WB",
]
SupplyRequestType = _Literal["SUPPLY", "WITHDRAW", "UTILIZATION"]
TimeUnitType = _Literal["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]
WarehouseComponentType = _Literal["ADDRESS", "STATUS"]


class AcceptOrderCancellationRequest(_Struct, kw_only=True):
    accepted: bool
    reason: OrderCancellationReasonType | _UnsetType = _UNSET


class AddHiddenOffersRequest(_Struct, kw_only=True):
    """Запрос на скрытие оферов."""

    hidden_offers: list[HiddenOfferDTO] = _field(name="hiddenOffers")


class AddOffersToArchiveDTO(_Struct, kw_only=True):
    """Товары, которые не удалось поместить в архив."""

    not_archived_offers: list[AddOffersToArchiveErrorDTO] | None = _field(
        name="notArchivedOffers", default=None
    )


class AddOffersToArchiveErrorDTO(_Struct, kw_only=True):
    """Товар, который не удалось поместить в архив."""

    offer_id: str = _field(name="offerId")
    error: str


class AddOffersToArchiveRequest(_Struct, kw_only=True):
    """Товары, которые нужно поместить в архив."""

    offer_ids: list[str] = _field(name="offerIds")


class AddOffersToArchiveResponse(_Struct, kw_only=True):
    """Результат архивации товаров."""

    status: str
    result: AddOffersToArchiveDTO | None = None


class AgeDTO(_Struct, kw_only=True):
    """Возраст в заданных единицах измерения."""

    value: float
    age_unit: AgeUnitType = _field(name="ageUnit")


class AgeDTOOut(_Struct, kw_only=True):
    """Возраст в заданных единицах измерения."""

    value: float
    age_unit: str = _field(name="ageUnit")


class AnswerDTO(_Struct, kw_only=True):
    """Ответ на вопрос."""

    id: int
    text: str
    can_modify: bool = _field(name="canModify")
    author: QuestionsTextContentAuthorDTO | None = None
    status: str
    question_id: int = _field(name="questionId")
    created_at: str = _field(name="createdAt")
    votes: VotesDTO
    comments: list[CommentDTO] | None = None


class AnswerListDTO(_Struct, kw_only=True):
    """Ответы на вопрос."""

    answers: list[AnswerDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class ApiKeyDTO(_Struct, kw_only=True):
    """Информация о Api-Key-токене."""

    name: str
    auth_scopes: list[str] = _field(name="authScopes")


class BarcodeOfferInfoDTO(_Struct, kw_only=True):
    """Информация о штрихкодах."""

    offer_id: str = _field(name="offerId")
    barcode_count: int = _field(name="barcodeCount")


class BasePriceDTO(_Struct, kw_only=True):
    """Цена товара."""

    value: float
    currency_id: CurrencyType = _field(name="currencyId")


class BasePriceDTOOut(_Struct, kw_only=True):
    """Цена товара."""

    value: float
    currency_id: str = _field(name="currencyId")


class BasicOrderItemDTO(_Struct, kw_only=True):
    """Товар в заказе или возврате."""

    offer_id: str = _field(name="offerId")
    count: int


class BasicOrderItemDTOOut(_Struct, kw_only=True):
    """Товар в заказе или возврате."""

    offer_id: str = _field(name="offerId")
    count: int


class BidRecommendationItemDTO(_Struct, kw_only=True):
    """Рекомендованная ставка, возможная доля показов и доступные дополнительные инструменты продвижения."""

    bid: int
    show_percent: int = _field(name="showPercent")
    benefits: list[str] | None = None


class BriefOrderItemDTO(_Struct, kw_only=True):
    """Информация о маркированном товаре."""

    id: int | None = None
    vat: str | None = None
    count: int | None = None
    price: float | None = None
    offer_name: str | None = _field(name="offerName", default=None)
    offer_id: str | None = _field(name="offerId", default=None)
    instances: list[OrderItemInstanceDTO] | None = None


class BriefOrderItemInstanceDTO(_Struct, kw_only=True):
    """Идентификатор единицы товара."""

    cis: str | _UnsetType = _UNSET
    uin: str | _UnsetType = _UNSET
    rnpt: str | _UnsetType = _UNSET
    gtd: str | _UnsetType = _UNSET
    country_code: str | _UnsetType = _field(name="countryCode", default=_UNSET)


class BriefOrderItemInstanceDTOOut(_Struct, kw_only=True):
    """Идентификатор единицы товара."""

    cis: str | None = None
    uin: str | None = None
    rnpt: str | None = None
    gtd: str | None = None
    country_code: str | None = _field(name="countryCode", default=None)


class BusinessDTO(_Struct, kw_only=True):
    """Информация о кабинете."""

    id: int | None = None
    name: str | None = None


class BusinessOrderBoxLayoutDTO(_Struct, kw_only=True):
    """Информация о коробке (для заказов в кабинете)."""

    items: list[BusinessOrderBoxLayoutItemDTO]
    box_id: int = _field(name="boxId")
    barcode: str


class BusinessOrderBoxLayoutItemDTO(_Struct, kw_only=True):
    """Информация о товаре в коробке."""

    id: int
    full_count: int | None = _field(name="fullCount", default=None)
    partial_count: BusinessOrderBoxLayoutPartialCountDTO | None = _field(name="partialCount", default=None)
    instances: list[BriefOrderItemInstanceDTOOut] | None = None


class BusinessOrderBoxLayoutPartialCountDTO(_Struct, kw_only=True):
    """Информация о части товара в коробке."""

    current: int
    total: int


class BusinessOrderCourierDeliveryDTO(_Struct, kw_only=True):
    """Информация о курьерской доставке."""

    address: BusinessOrderDeliveryAddressDTO | None = None
    region: RegionDTO | None = None


class BusinessOrderDTO(_Struct, kw_only=True):
    """Информация о заказе."""

    order_id: int = _field(name="orderId")
    campaign_id: int = _field(name="campaignId")
    program_type: str | None = _field(name="programType", default=None)
    external_order_id: str | None = _field(name="externalOrderId", default=None)
    status: str
    substatus: str
    creation_date: str = _field(name="creationDate")
    update_date: str | None = _field(name="updateDate", default=None)
    payment_type: str = _field(name="paymentType")
    payment_method: str = _field(name="paymentMethod")
    fake: bool
    items: list[BusinessOrderItemDTO]
    prices: OrderPriceDTO | None = None
    delivery: BusinessOrderDeliveryDTO
    services: BusinessOrderServicesDTO | None = None
    buyer_type: str | None = _field(name="buyerType", default=None)
    notes: str | None = None
    cancel_requested: bool | None = _field(name="cancelRequested", default=None)
    source_platform: str | None = _field(name="sourcePlatform", default=None)


class BusinessOrderDeliveryAddressDTO(_Struct, kw_only=True):
    """Адрес доставки."""

    country: str | None = None
    postcode: str | None = None
    city: str | None = None
    district: str | None = None
    subway: str | None = None
    street: str | None = None
    house: str | None = None
    block: str | None = None
    entrance: str | None = None
    entryphone: str | None = None
    floor: str | None = None
    apartment: str | None = None
    gps: GpsDTO | None = None


class BusinessOrderDeliveryDTO(_Struct, kw_only=True):
    """Информация о доставке заказа."""

    type: str
    service_name: str = _field(name="serviceName")
    delivery_service_id: int = _field(name="deliveryServiceId")
    warehouse_id: str | None = _field(name="warehouseId", default=None)
    delivery_partner_type: str = _field(name="deliveryPartnerType")
    dispatch_type: str | None = _field(name="dispatchType", default=None)
    dates: BusinessOrderDeliveryDatesDTO
    shipment: BusinessOrderShipmentDTO | None = None
    courier: BusinessOrderCourierDeliveryDTO | None = None
    pickup: BusinessOrderPickupDeliveryDTO | None = None
    transfer: BusinessOrderTransferDTO | None = None
    boxes_layout: list[BusinessOrderBoxLayoutDTO] | None = _field(name="boxesLayout", default=None)
    tracks: list[OrderTrackDTO] | None = None
    estimated: bool | None = None
    receive_barcode: str | None = _field(name="receiveBarcode", default=None)
    receive_code: str | None = _field(name="receiveCode", default=None)
    digital_goods: DigitalGoodsDeliveryDetailsDTO | None = _field(name="digitalGoods", default=None)


class BusinessOrderDeliveryDatesDTO(_Struct, kw_only=True):
    """Диапазон дат доставки."""

    from_date: str = _field(name="fromDate")
    to_date: str | None = _field(name="toDate", default=None)
    from_time: str | None = _field(name="fromTime", default=None)
    to_time: str | None = _field(name="toTime", default=None)
    real_delivery_date: str | None = _field(name="realDeliveryDate", default=None)


class BusinessOrderEacDTO(_Struct, kw_only=True):
    """Информация о коде подтверждения."""

    eac_type: str = _field(name="eacType")
    eac_code: str | None = _field(name="eacCode", default=None)


class BusinessOrderItemDTO(_Struct, kw_only=True):
    """Информация о товаре."""

    id: int
    offer_id: str = _field(name="offerId")
    offer_name: str = _field(name="offerName")
    count: int
    prices: ItemPriceDTO | None = None
    instances: list[OrderItemInstanceDTO] | None = None
    required_instance_types: list[str] | None = _field(name="requiredInstanceTypes", default=None)
    item_statuses: list[OrderItemUnitStatusDTO] | None = _field(name="itemStatuses", default=None)
    tags: list[str] | None = None


class BusinessOrderPickupDeliveryDTO(_Struct, kw_only=True):
    """Информация о доставке в пункт выдачи."""

    address: BusinessOrderDeliveryAddressDTO | None = None
    region: RegionDTO | None = None
    logistic_point_id: int | None = _field(name="logisticPointId", default=None)
    outlet_code: str | None = _field(name="outletCode", default=None)
    outlet_storage_limit_date: str | None = _field(name="outletStorageLimitDate", default=None)


class BusinessOrderServicesDTO(_Struct, kw_only=True):
    """Услуги, добавленные в заказ."""

    lift_type: str | None = _field(name="liftType", default=None)


class BusinessOrderShipmentDTO(_Struct, kw_only=True):
    """Информация об отгрузке заказа."""

    id: int | None = None
    shipment_date: str = _field(name="shipmentDate")
    shipment_time: str | None = _field(name="shipmentTime", default=None)


class BusinessOrderTransferDTO(_Struct, kw_only=True):
    """Информация о курьере и код подтверждения."""

    courier: OrderCourierDTO | None = None
    eac: BusinessOrderEacDTO | None = None


class BusinessSettingsDTO(_Struct, kw_only=True):
    """Настройки кабинета."""

    only_default_price: bool | None = _field(name="onlyDefaultPrice", default=None)
    currency: str | None = None


class CalculateTariffsOfferDTO(_Struct, kw_only=True):
    """Параметры товара, для которого нужно рассчитать стоимость услуг."""

    category_id: int = _field(name="categoryId")
    price: float
    length: float
    width: float
    height: float
    weight: float
    quantity: int | _UnsetType = _UNSET


class CalculateTariffsOfferDTOOut(_Struct, kw_only=True):
    """Параметры товара, для которого нужно рассчитать стоимость услуг."""

    category_id: int = _field(name="categoryId")
    price: float
    length: float
    width: float
    height: float
    weight: float
    quantity: int | None = None


class CalculateTariffsOfferInfoDTO(_Struct, kw_only=True):
    """Стоимость услуг."""

    offer: CalculateTariffsOfferDTOOut
    tariffs: list[CalculatedTariffDTO]


class CalculateTariffsParametersDTO(_Struct, kw_only=True):
    """Параметры для расчета стоимости услуг."""

    campaign_id: int | _UnsetType = _field(name="campaignId", default=_UNSET)
    selling_program: SellingProgramType | _UnsetType = _field(name="sellingProgram", default=_UNSET)
    frequency: PaymentFrequencyType | _UnsetType = _UNSET
    payment_delay_weeks: int | _UnsetType = _field(name="paymentDelayWeeks", default=_UNSET)
    currency: CurrencyType | _UnsetType = _UNSET


class CalculateTariffsRequest(_Struct, kw_only=True):
    parameters: CalculateTariffsParametersDTO
    offers: list[CalculateTariffsOfferDTO]


class CalculateTariffsResponse(_Struct, kw_only=True):
    status: str
    result: CalculateTariffsResponseDTO | None = None


class CalculateTariffsResponseDTO(_Struct, kw_only=True):
    """Расчет стоимости услуг."""

    offers: list[CalculateTariffsOfferInfoDTO]


class CalculatedTariffDTO(_Struct, kw_only=True):
    """Информация об услугах Маркета."""

    type: str
    amount: float | None = None
    currency: str | None = None
    parameters: list[TariffParameterDTO]


class CampaignDTO(_Struct, kw_only=True):
    """Информация о магазине."""

    domain: str | None = None
    id: int | None = None
    client_id: int | None = _field(name="clientId", default=None)
    business: BusinessDTO | None = None
    placement_type: str | None = _field(name="placementType", default=None)
    api_availability: str | None = _field(name="apiAvailability", default=None)


class CampaignQualityRatingDTO(_Struct, kw_only=True):
    """Информация об индексе качества магазина."""

    campaign_id: int = _field(name="campaignId")
    ratings: list[QualityRatingDTO]


class CampaignSettingsDTO(_Struct, kw_only=True):
    """Настройки магазина."""

    country_region: int | None = _field(name="countryRegion", default=None)
    shop_name: str | None = _field(name="shopName", default=None)
    show_in_context: bool | None = _field(name="showInContext", default=None)
    show_in_premium: bool | None = _field(name="showInPremium", default=None)
    use_open_stat: bool | None = _field(name="useOpenStat", default=None)
    local_region: CampaignSettingsLocalRegionDTO | None = _field(name="localRegion", default=None)
    taxation: TaxationInfoDTO


class CampaignSettingsDeliveryDTO(_Struct, kw_only=True):
    """Информация о доставке в своем регионе магазина."""

    schedule: CampaignSettingsScheduleDTO | None = None


class CampaignSettingsLocalRegionDTO(_Struct, kw_only=True):
    """Информация о своем регионе магазина."""

    id: int | None = None
    name: str | None = None
    type: str | None = None
    delivery_options_source: str | None = _field(name="deliveryOptionsSource", default=None)
    delivery: CampaignSettingsDeliveryDTO | None = None


class CampaignSettingsScheduleDTO(_Struct, kw_only=True):
    """Расписание работы службы доставки в своем регионе."""

    available_on_holidays: bool | None = _field(name="availableOnHolidays", default=None)
    custom_holidays: list[str] = _field(name="customHolidays")
    custom_working_days: list[str] = _field(name="customWorkingDays")
    period: CampaignSettingsTimePeriodDTO | None = None
    total_holidays: list[str] = _field(name="totalHolidays")
    weekly_holidays: list[int] = _field(name="weeklyHolidays")


class CampaignSettingsTimePeriodDTO(_Struct, kw_only=True):
    """Период, за который рассчитывается итоговый список нерабочих дней службы доставки."""

    from_date: str | None = _field(name="fromDate", default=None)
    to_date: str | None = _field(name="toDate", default=None)


class CampaignsQualityRatingDTO(_Struct, kw_only=True):
    """Информация об индексе качества магазинов."""

    campaign_ratings: list[CampaignQualityRatingDTO] = _field(name="campaignRatings")


class CancelReturnDTO(_Struct, kw_only=True):
    """Информация об операции по отмене возврата."""

    operation: OperationDTO


class CancelReturnRequest(_Struct, kw_only=True):
    return_id: int = _field(name="returnId")


class CancelReturnResponse(_Struct, kw_only=True):
    status: str
    result: CancelReturnDTO | None = None


class CategoryContentParametersDTO(_Struct, kw_only=True):
    """Информация о параметрах категории."""

    category_id: int = _field(name="categoryId")
    parameters: list[CategoryParameterDTO] | None = None


class CategoryDTO(_Struct, kw_only=True):
    """Информация о категории."""

    id: int
    name: str
    children: list[CategoryDTO] | None = None


class CategoryErrorDTO(_Struct, kw_only=True):
    """Текст ошибки."""

    category_id: int | None = _field(name="categoryId", default=None)
    type: str | None = None


class CategoryParameterDTO(_Struct, kw_only=True):
    """Характеристика товара."""

    id: int
    name: str | None = None
    type: str
    unit: CategoryParameterUnitDTO | None = None
    description: str | None = None
    recommendation_types: list[str] | None = _field(name="recommendationTypes", default=None)
    required: bool
    filtering: bool
    distinctive: bool
    multivalue: bool
    allow_custom_values: bool = _field(name="allowCustomValues")
    values: list[ParameterValueOptionDTO] | None = None
    constraints: ParameterValueConstraintsDTO | None = None
    value_restrictions: list[ValueRestrictionDTO] | None = _field(name="valueRestrictions", default=None)


class CategoryParameterUnitDTO(_Struct, kw_only=True):
    """Единицы измерения характеристики товара."""

    default_unit_id: int = _field(name="defaultUnitId")
    units: list[UnitDTO]


class ChangeOutletRequest(_Struct, kw_only=True):
    name: str
    type: OutletType
    coords: str | _UnsetType = _UNSET
    is_main: bool | _UnsetType = _field(name="isMain", default=_UNSET)
    shop_outlet_code: str | _UnsetType = _field(name="shopOutletCode", default=_UNSET)
    visibility: OutletVisibilityType | _UnsetType = _UNSET
    address: OutletAddressDTO
    phones: list[str]
    working_schedule: OutletWorkingScheduleDTO = _field(name="workingSchedule")
    delivery_rules: list[OutletDeliveryRuleDTO] | _UnsetType | None = _field(
        name="deliveryRules", default=_UNSET
    )
    storage_period: int | _UnsetType = _field(name="storagePeriod", default=_UNSET)


class ChatContextDTO(_Struct, kw_only=True):
    """Информация о заказе или возврате, по которому начат чат."""

    type: ChatContextIdentifiableType
    id: int


class ChatCustomerDTO(_Struct, kw_only=True):
    """Информация о покупателе в чате."""

    name: str | None = None
    public_id: str | None = _field(name="publicId", default=None)


class ChatFullContextDTO(_Struct, kw_only=True):
    """Информация о заказе или возврате, по которому начат чат."""

    type: str
    customer: ChatCustomerDTO | None = None
    campaign_id: int | None = _field(name="campaignId", default=None)
    order_id: int | None = _field(name="orderId", default=None)
    return_id: int | None = _field(name="returnId", default=None)


class ChatMessageDTO(_Struct, kw_only=True):
    """Информация о сообщении."""

    message_id: int = _field(name="messageId")
    created_at: str = _field(name="createdAt")
    sender: str
    message: str | None = None
    payload: list[ChatMessagePayloadDTO] | None = None


class ChatMessagePayloadDTO(_Struct, kw_only=True):
    """Информация о приложенных к сообщению файлах."""

    name: str
    url: str
    size: int


class ChatMessagesResultDTO(_Struct, kw_only=True):
    """Информация о сообщениях."""

    order_id: int | None = _field(name="orderId", default=None)
    context: ChatFullContextDTO
    messages: list[ChatMessageDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class CisDTO(_Struct, kw_only=True):
    """Статус проверки и код маркировки в системе :no-translate[«Честный ЗНАК»]."""

    value: str
    status: str
    substatus: str | None = None
    crpt_request_id: str | None = _field(name="crptRequestId", default=None)
    crpt_request_date_time: str | None = _field(name="crptRequestDateTime", default=None)


class ClosureDocumentsMonthOfYearDTO(_Struct, kw_only=True):
    """Месяц и год."""

    year: int
    month: int


class CommentDTO(_Struct, kw_only=True):
    """Комментарий к ответу."""

    id: int
    text: str
    can_modify: bool | None = _field(name="canModify", default=None)
    parent_id: int | None = _field(name="parentId", default=None)
    author: QuestionsTextContentAuthorDTO | None = None
    status: str
    answer_id: int = _field(name="answerId")
    created_at: str = _field(name="createdAt")
    votes: VotesDTO | None = None


class CommodityCodeDTO(_Struct, kw_only=True):
    """Товарный код."""

    code: str
    type: CommodityCodeType


class CommodityCodeDTOOut(_Struct, kw_only=True):
    """Товарный код."""

    code: str
    type: str


class ConfirmPricesRequest(_Struct, kw_only=True):
    """Запрос на подтверждение цены."""

    offer_ids: list[str] = _field(name="offerIds")


class ConfirmShipmentRequest(_Struct, kw_only=True):
    """Запрос для подтверждения отгрузки."""

    external_shipment_id: str | _UnsetType = _field(name="externalShipmentId", default=_UNSET)
    signatory: str | _UnsetType = _UNSET


class CountryDTO(_Struct, kw_only=True):
    """Страна и ее код в формате :no-translate[ISO 3166-1 alpha-2]."""

    region: RegionDTO
    country_code: str = _field(name="countryCode")


class CourierDeliveryAddressDTO(_Struct, kw_only=True):
    """Адрес доставки."""

    full_address: str = _field(name="fullAddress")
    entrance: str | _UnsetType = _UNSET
    floor: int | _UnsetType = _UNSET
    apartment: str | _UnsetType = _UNSET


class CourierDeliveryOptionDTO(_Struct, kw_only=True):
    """Временные интервалы и способ оплаты."""

    delivery_date_interval: DeliveryDateIntervalDTOOut = _field(name="deliveryDateInterval")
    delivery_time_interval: TimeIntervalDTOOut = _field(name="deliveryTimeInterval")
    price: DeliveryOptionPriceDTO


class CourierDeliveryOptionsDTO(_Struct, kw_only=True):
    """Информация о курьерской доставке."""

    courier_delivery_options: list[CourierDeliveryOptionDTO] = _field(name="courierDeliveryOptions")


class CourierDeliveryParametersDTO(_Struct, kw_only=True):
    """Информация о курьерской доставке."""

    full_address: str = _field(name="fullAddress")


class CreateChatRequest(_Struct, kw_only=True):
    """Заказ, для которого нужно создать чат."""

    order_id: int | _UnsetType = _field(name="orderId", default=_UNSET)
    context: ChatContextDTO | _UnsetType = _UNSET


class CreateChatResponse(_Struct, kw_only=True):
    """Результат создания чата."""

    status: str
    result: CreateChatResultDTO | None = None


class CreateChatResultDTO(_Struct, kw_only=True):
    """Информация о созданном чате."""

    chat_id: int = _field(name="chatId")


class CreateOrderDTO(_Struct, kw_only=True):
    """Информация о заказе."""

    external_order_id: str = _field(name="externalOrderId")
    items_delivery: list[CreateOrderWarehouseItemsDTO] = _field(name="itemsDelivery")
    destination: CreateOrderDeliveryOptionDTO
    customer: CustomerDTO
    packaging: CreateOrderPackagingDTO
    payment_type: DeliveryPaymentType = _field(name="paymentType")
    draft: bool | _UnsetType = _UNSET
    fake: bool | _UnsetType = _UNSET


class CreateOrderDeliveryOptionDTO(_Struct, kw_only=True):
    """Информация о доставке."""

    pickup_delivery: OrderPickupDeliveryDTO | _UnsetType = _field(name="pickupDelivery", default=_UNSET)
    courier_delivery: OrderCourierDeliveryDTO | _UnsetType = _field(name="courierDelivery", default=_UNSET)


class CreateOrderItemDTO(_Struct, kw_only=True):
    """Товар в заказе."""

    offer_id: str = _field(name="offerId")
    count: int
    price: BasePriceDTO


class CreateOrderPackagingDTO(_Struct, kw_only=True):
    """Правила упаковки товаров в заказе."""

    package_type: CreateOrderPackageType | _UnsetType = _field(name="packageType", default=_UNSET)


class CreateOrderRequest(_Struct, kw_only=True):
    order: CreateOrderDTO


class CreateOrderResponse(_Struct, kw_only=True):
    status: str
    result: CreatedOrdersDTO | None = None


class CreateOrderWarehouseItemsDTO(_Struct, kw_only=True):
    """Список товаров в заказе."""

    warehouse_id: int = _field(name="warehouseId")
    items: list[CreateOrderItemDTO]
    delivery_date_interval: DeliveryDateIntervalDTO = _field(name="deliveryDateInterval")
    delivery_time_interval: TimeIntervalDTO | _UnsetType = _field(name="deliveryTimeInterval", default=_UNSET)


class CreateOutletResponse(_Struct, kw_only=True):
    """Ответ на запрос о создании точки продаж."""

    status: str
    result: OutletResponseDTO | None = None


class CreateReturnDTO(_Struct, kw_only=True):
    """Информация о возврате."""

    external_return_id: str = _field(name="externalReturnId")
    order_id: int = _field(name="orderId")
    items: list[CreateReturnItemDTO]
    customer: CustomerDTO
    return_option: CreateReturnOptionDTO = _field(name="returnOption")


class CreateReturnItemDTO(_Struct, kw_only=True):
    """Товар в возврате."""

    offer_id: str = _field(name="offerId")
    count: int
    reason_type: ExternalReturnDecisionReasonType = _field(name="reasonType")
    subreason_type: ExternalReturnDecisionSubreasonType = _field(name="subreasonType")
    comment: str | _UnsetType = _UNSET
    pictures: list[str] | _UnsetType | None = _UNSET


class CreateReturnOptionDTO(_Struct, kw_only=True):
    """Информация о способе возврата."""

    pickup_return: OrderPickupReturnDTO = _field(name="pickupReturn")


class CreateReturnRequest(_Struct, kw_only=True):
    new_return: CreateReturnDTO = _field(name="newReturn")


class CreateReturnResponse(_Struct, kw_only=True):
    status: str
    result: CreatedReturnDTO | None = None


class CreatedOrderDTO(_Struct, kw_only=True):
    """Информация о созданном заказе."""

    id: int


class CreatedOrdersDTO(_Struct, kw_only=True):
    """Информация о созданных заказах."""

    orders: list[CreatedOrderDTO]


class CreatedReturnDTO(_Struct, kw_only=True):
    """Информация о созданном возврате."""

    id: int


class CurrencyValueDTO(_Struct, kw_only=True):
    """Валюта и ее значение."""

    value: float
    currency_id: str = _field(name="currencyId")


class CustomerDTO(_Struct, kw_only=True):
    """Данные получателя заказа или отправителя возврата."""

    first_name: str = _field(name="firstName")
    last_name: str = _field(name="lastName")
    middle_name: str | _UnsetType = _field(name="middleName", default=_UNSET)
    phone: str


class DeleteCampaignOffersDTO(_Struct, kw_only=True):
    """Список товаров, которые не удалось удалить, потому что они не найдены или хранятся на складе Маркета."""

    not_deleted_offer_ids: list[str] | None = _field(name="notDeletedOfferIds", default=None)


class DeleteCampaignOffersRequest(_Struct, kw_only=True):
    """Фильтрации удаляемых товаров по offerIds."""

    offer_ids: list[str] = _field(name="offerIds")


class DeleteCampaignOffersResponse(_Struct, kw_only=True):
    """Результат удаления товаров."""

    status: str
    result: DeleteCampaignOffersDTO | None = None


class DeleteGoodsFeedbackCommentRequest(_Struct, kw_only=True):
    """Фильтр запроса отзывов по бизнесу."""

    id: int


class DeleteHiddenOffersRequest(_Struct, kw_only=True):
    """Запрос на возобновление показа оферов."""

    hidden_offers: list[HiddenOfferDTO] = _field(name="hiddenOffers")


class DeleteOffersDTO(_Struct, kw_only=True):
    """Список товаров, которые не удалось удалить, потому что они хранятся на складе Маркета."""

    not_deleted_offer_ids: list[str] | None = _field(name="notDeletedOfferIds", default=None)


class DeleteOffersFromArchiveDTO(_Struct, kw_only=True):
    """Товары, которые не удалось восстановить из архива."""

    not_unarchived_offer_ids: list[str] | None = _field(name="notUnarchivedOfferIds", default=None)


class DeleteOffersFromArchiveRequest(_Struct, kw_only=True):
    """Товары, которые нужно восстановить из архива."""

    offer_ids: list[str] = _field(name="offerIds")


class DeleteOffersFromArchiveResponse(_Struct, kw_only=True):
    """Результат разархивации товаров."""

    status: str
    result: DeleteOffersFromArchiveDTO | None = None


class DeleteOffersRequest(_Struct, kw_only=True):
    """Фильтрации удаляемых товаров по offerIds."""

    offer_ids: list[str] = _field(name="offerIds")


class DeleteOffersResponse(_Struct, kw_only=True):
    """Результат удаления товаров."""

    status: str
    result: DeleteOffersDTO | None = None


class DeletePromoOffersRequest(_Struct, kw_only=True):
    """Удаление товаров из акции."""

    promo_id: str = _field(name="promoId")
    delete_all_offers: bool | _UnsetType = _field(name="deleteAllOffers", default=_UNSET)
    offer_ids: list[str] | _UnsetType | None = _field(name="offerIds", default=_UNSET)


class DeletePromoOffersResponse(_Struct, kw_only=True):
    """Результат удаления товаров из акции."""

    status: str
    result: DeletePromoOffersResultDTO | None = None


class DeletePromoOffersResultDTO(_Struct, kw_only=True):
    """Результат удаления товаров из акции."""

    rejected_offers: list[RejectedPromoOfferDeleteDTO] | None = _field(name="rejectedOffers", default=None)


class DeliveryDateIntervalDTO(_Struct, kw_only=True):
    """Интервал дат доставки."""

    from_date: _dt.date = _field(name="fromDate")
    to_date: _dt.date = _field(name="toDate")


class DeliveryDateIntervalDTOOut(_Struct, kw_only=True):
    """Интервал дат доставки."""

    from_date: str = _field(name="fromDate")
    to_date: str = _field(name="toDate")


class DeliveryIntervalsUpdateOptionDTO(_Struct, kw_only=True):
    """Интервалы дат и времени."""

    delivery_date_interval: DeliveryDateIntervalDTO = _field(name="deliveryDateInterval")
    delivery_time_interval: TimeIntervalDTO = _field(name="deliveryTimeInterval")


class DeliveryIntervalsUpdateOptionDTOOut(_Struct, kw_only=True):
    """Интервалы дат и времени."""

    delivery_date_interval: DeliveryDateIntervalDTOOut = _field(name="deliveryDateInterval")
    delivery_time_interval: TimeIntervalDTOOut = _field(name="deliveryTimeInterval")


class DeliveryIntervalsUpdateOptionsDTO(_Struct, kw_only=True):
    """Доступные интервалы для курьерской доставки."""

    available_delivery_intervals: list[DeliveryIntervalsUpdateOptionDTOOut] = _field(
        name="availableDeliveryIntervals"
    )


class DeliveryOptionPriceDTO(_Struct, kw_only=True):
    """Стоимость, которую магазин должен заплатить за доставку с выбранным вариантом."""

    value: float
    currency_id: str = _field(name="currencyId")


class DeliveryPriceDTO(_Struct, kw_only=True):
    """Информация о стоимости доставки, включая подъем на этаж."""

    payment: CurrencyValueDTO | None = None
    subsidy: CurrencyValueDTO | None = None
    vat: str | None = None


class DeliveryServiceDTO(_Struct, kw_only=True):
    """Служба доставки."""

    id: int | None = None
    name: str | None = None


class DeliveryServiceInfoDTO(_Struct, kw_only=True):
    """Информация о службе доставки."""

    id: int
    name: str


class DeliveryServicesDTO(_Struct, kw_only=True):
    """Информация о службах доставки."""

    delivery_service: list[DeliveryServiceInfoDTO] = _field(name="deliveryService")


class DigitalGoodsDeliveryDetailsDTO(_Struct, kw_only=True):
    """Информация о доставке цифрового товара."""

    type: str
    steam_link: str | None = _field(name="steamLink", default=None)


class DocumentDTO(_Struct, kw_only=True):
    """Информация о документе."""

    status: str | None = None
    number: str | None = None
    date: str | None = None


class EacVerificationResultDTO(_Struct, kw_only=True):
    """Результат выполнения запроса."""

    verification_result: str | None = _field(name="verificationResult", default=None)
    attempts_left: int | None = _field(name="attemptsLeft", default=None)


class EmptyApiResponse(_Struct, kw_only=True):
    """Пустой ответ сервера."""

    status: str


class EnrichedOrderBoxLayoutDTO(_Struct, kw_only=True):
    """Информация о коробке."""

    items: list[OrderBoxLayoutItemDTOOut]
    box_id: int | None = _field(name="boxId", default=None)


class FlippingPagerDTO(_Struct, kw_only=True):
    """Модель для пагинации."""

    total: int | None = None
    from_: int | None = _field(name="from", default=None)
    to: int | None = None
    current_page: int | None = _field(name="currentPage", default=None)
    pages_count: int | None = _field(name="pagesCount", default=None)
    page_size: int | None = _field(name="pageSize", default=None)


class FulfillmentWarehouseDTO(_Struct, kw_only=True):
    """Фулфилмент-склад Маркета."""

    id: int
    name: str
    address: WarehouseAddressDTO | None = None


class FulfillmentWarehousesDTO(_Struct, kw_only=True):
    """Список фулфилмент-складов Маркета."""

    warehouses: list[FulfillmentWarehouseDTO]


class FullOutletDTO(_Struct, kw_only=True):
    """Информация о точке продаж."""

    name: str
    type: str
    coords: str | None = None
    is_main: bool | None = _field(name="isMain", default=None)
    shop_outlet_code: str | None = _field(name="shopOutletCode", default=None)
    visibility: str | None = None
    address: OutletAddressDTOOut
    phones: list[str]
    working_schedule: OutletWorkingScheduleDTOOut = _field(name="workingSchedule")
    delivery_rules: list[OutletDeliveryRuleDTOOut] | None = _field(name="deliveryRules", default=None)
    storage_period: int | None = _field(name="storagePeriod", default=None)
    id: int
    status: str | None = None
    region: RegionDTO | None = None
    shop_outlet_id: str | None = _field(name="shopOutletId", default=None)
    working_time: str | None = _field(name="workingTime", default=None)
    moderation_reason: str | None = _field(name="moderationReason", default=None)


class FullOutletLicenseDTO(_Struct, kw_only=True):
    """Информация о лицензии."""

    id: int | None = None
    outlet_id: int = _field(name="outletId")
    license_type: str = _field(name="licenseType")
    number: str
    date_of_issue: str = _field(name="dateOfIssue")
    date_of_expiry: str = _field(name="dateOfExpiry")
    check_status: str | None = _field(name="checkStatus", default=None)
    check_comment: str | None = _field(name="checkComment", default=None)


class GenerateBannersStatisticsRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    business_id: int = _field(name="businessId")
    date_from: _dt.date = _field(name="dateFrom")
    date_to: _dt.date = _field(name="dateTo")


class GenerateBarcodesReportRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации файла."""

    campaign_id: int = _field(name="campaignId")
    barcode_format: BarcodeFormatType = _field(name="barcodeFormat")
    barcode_offer_infos: list[BarcodeOfferInfoDTO] | _UnsetType | None = _field(
        name="barcodeOfferInfos", default=_UNSET
    )
    supply_request_id: int | _UnsetType = _field(name="supplyRequestId", default=_UNSET)


class GenerateBoostConsolidatedRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    business_id: int = _field(name="businessId")
    date_from: _dt.date = _field(name="dateFrom")
    date_to: _dt.date = _field(name="dateTo")


class GenerateClosureDocumentsDetalizationRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    campaign_id: int = _field(name="campaignId")
    month_of_year: ClosureDocumentsMonthOfYearDTO = _field(name="monthOfYear")
    contract_type: ClosureDocumentsContractType = _field(name="contractType")


class GenerateClosureDocumentsRequest(_Struct, kw_only=True):
    """Данные, необходимые для запроса закрывающих документов."""

    campaign_id: int = _field(name="campaignId")
    month_of_year: ClosureDocumentsMonthOfYearDTO = _field(name="monthOfYear")
    contract_types: list[ClosureDocumentsContractType] | _UnsetType | None = _field(
        name="contractTypes", default=_UNSET
    )


class GenerateCompetitorsPositionReportRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    business_id: int = _field(name="businessId")
    category_id: int = _field(name="categoryId")
    date_from: _dt.date = _field(name="dateFrom")
    date_to: _dt.date = _field(name="dateTo")


class GenerateGoodsFeedbackRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    business_id: int = _field(name="businessId")


class GenerateGoodsMovementReportRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    campaign_id: int = _field(name="campaignId")
    date_from: _dt.date = _field(name="dateFrom")
    date_to: _dt.date = _field(name="dateTo")
    shop_sku: str | _UnsetType = _field(name="shopSku", default=_UNSET)


class GenerateGoodsPricesReportRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    business_id: int | _UnsetType = _field(name="businessId", default=_UNSET)
    category_ids: list[int] | _UnsetType | None = _field(name="categoryIds", default=_UNSET)
    campaign_id: int | _UnsetType = _field(name="campaignId", default=_UNSET)


class GenerateGoodsRealizationReportRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета: идентификатор кампании и период, за который нужен отчет."""

    campaign_id: int = _field(name="campaignId")
    year: int
    month: int


class GenerateGoodsTurnoverRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    campaign_id: int = _field(name="campaignId")
    date: _dt.date | _UnsetType = _UNSET


class GenerateJewelryFiscalReportRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    campaign_id: int = _field(name="campaignId")
    date_from: _dt.date = _field(name="dateFrom")
    date_to: _dt.date = _field(name="dateTo")


class GenerateKeyIndicatorsRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    business_id: int | _UnsetType = _field(name="businessId", default=_UNSET)
    campaign_id: int | _UnsetType = _field(name="campaignId", default=_UNSET)
    detalization_level: KeyIndicatorsReportDetalizationLevelType = _field(name="detalizationLevel")


class GenerateMarketingDetalizationRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    month_of_year: ClosureDocumentsMonthOfYearDTO = _field(name="monthOfYear")


class GenerateMassOrderLabelsRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации файла."""

    business_id: int = _field(name="businessId")
    order_ids: list[int] = _field(name="orderIds")
    sorting_type: LabelsSortingType | _UnsetType = _field(name="sortingType", default=_UNSET)


class GenerateOfferBarcodesRequest(_Struct, kw_only=True):
    """Товары, для которых нужно сгенерировать штрихкоды."""

    offer_ids: list[str] = _field(name="offerIds")
    skip_if_exists: bool | _UnsetType = _field(name="skipIfExists", default=_UNSET)


class GenerateOfferBarcodesResponse(_Struct, kw_only=True):
    """Результат генерации штрихкодов."""

    status: str
    result: GenerateOfferBarcodesResultDTO | None = None


class GenerateOfferBarcodesResultDTO(_Struct, kw_only=True):
    """Товары, для которых не удалось сгенерировать штрихкоды."""

    unprocessed_offer_ids: list[str] = _field(name="unprocessedOfferIds")


class GenerateReportDTO(_Struct, kw_only=True):
    """Идентификатор, который понадобится для отслеживания статуса генерации и получения готового отчета или документа."""

    report_id: str = _field(name="reportId")
    estimated_generation_time: int = _field(name="estimatedGenerationTime")


class GenerateReportResponse(_Struct, kw_only=True):
    """Ответ на запрос генерации отчета или документа."""

    status: str
    result: GenerateReportDTO | None = None


class GenerateSalesGeographyRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    business_id: int = _field(name="businessId")
    date_from: _dt.date = _field(name="dateFrom")
    date_to: _dt.date = _field(name="dateTo")
    category_ids: list[int] | _UnsetType | None = _field(name="categoryIds", default=_UNSET)
    offer_ids: list[str] | _UnsetType | None = _field(name="offerIds", default=_UNSET)


class GenerateShelfsStatisticsRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    business_id: int = _field(name="businessId")
    date_from: _dt.date = _field(name="dateFrom")
    date_to: _dt.date = _field(name="dateTo")
    attribution_type: StatisticsAttributionType = _field(name="attributionType")


class GenerateShipmentListDocumentReportRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации документа."""

    campaign_id: int = _field(name="campaignId")
    shipment_id: int | _UnsetType = _field(name="shipmentId", default=_UNSET)
    order_ids: list[int] | _UnsetType | None = _field(name="orderIds", default=_UNSET)


class GenerateShowsBoostRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    business_id: int = _field(name="businessId")
    date_from: _dt.date = _field(name="dateFrom")
    date_to: _dt.date = _field(name="dateTo")
    attribution_type: StatisticsAttributionType = _field(name="attributionType")


class GenerateShowsSalesReportRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    business_id: int | _UnsetType = _field(name="businessId", default=_UNSET)
    campaign_id: int | _UnsetType = _field(name="campaignId", default=_UNSET)
    date_from: _dt.date = _field(name="dateFrom")
    date_to: _dt.date = _field(name="dateTo")
    grouping: ShowsSalesGroupingType


class GenerateStocksOnWarehousesReportRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    campaign_id: int | _UnsetType = _field(name="campaignId", default=_UNSET)
    business_id: int | _UnsetType = _field(name="businessId", default=_UNSET)
    warehouse_ids: list[int] | _UnsetType | None = _field(name="warehouseIds", default=_UNSET)
    report_date: _dt.date | _UnsetType = _field(name="reportDate", default=_UNSET)
    category_ids: list[int] | _UnsetType | None = _field(name="categoryIds", default=_UNSET)
    has_stocks: bool | _UnsetType = _field(name="hasStocks", default=_UNSET)
    campaign_ids: list[int] | _UnsetType | None = _field(name="campaignIds", default=_UNSET)


class GenerateUnitedMarketplaceServicesReportRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета: идентификатор кампании, период, за который нужен отчет, а также фильтры."""

    business_id: int = _field(name="businessId")
    date_time_from: _dt.datetime | _UnsetType = _field(name="dateTimeFrom", default=_UNSET)
    date_time_to: _dt.datetime | _UnsetType = _field(name="dateTimeTo", default=_UNSET)
    date_from: _dt.date | _UnsetType = _field(name="dateFrom", default=_UNSET)
    date_to: _dt.date | _UnsetType = _field(name="dateTo", default=_UNSET)
    year_from: int | _UnsetType = _field(name="yearFrom", default=_UNSET)
    month_from: int | _UnsetType = _field(name="monthFrom", default=_UNSET)
    year_to: int | _UnsetType = _field(name="yearTo", default=_UNSET)
    month_to: int | _UnsetType = _field(name="monthTo", default=_UNSET)
    placement_programs: list[PlacementType] | _UnsetType | None = _field(
        name="placementPrograms", default=_UNSET
    )
    inns: list[str] | _UnsetType | None = _UNSET
    campaign_ids: list[int] | _UnsetType | None = _field(name="campaignIds", default=_UNSET)


class GenerateUnitedNettingReportRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета: идентификатор кампании, период, за который нужен отчет, а также фильтры."""

    business_id: int = _field(name="businessId")
    date_time_from: _dt.datetime | _UnsetType = _field(name="dateTimeFrom", default=_UNSET)
    date_time_to: _dt.datetime | _UnsetType = _field(name="dateTimeTo", default=_UNSET)
    date_from: _dt.date | _UnsetType = _field(name="dateFrom", default=_UNSET)
    date_to: _dt.date | _UnsetType = _field(name="dateTo", default=_UNSET)
    bank_order_id: int | _UnsetType = _field(name="bankOrderId", default=_UNSET)
    bank_order_date_time: _dt.datetime | _UnsetType = _field(name="bankOrderDateTime", default=_UNSET)
    month_of_year: MonthOfYearDTO | _UnsetType = _field(name="monthOfYear", default=_UNSET)
    placement_programs: list[PlacementType] | _UnsetType | None = _field(
        name="placementPrograms", default=_UNSET
    )
    inns: list[str] | _UnsetType | None = _UNSET
    campaign_ids: list[int] | _UnsetType | None = _field(name="campaignIds", default=_UNSET)


class GenerateUnitedOrdersRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    business_id: int = _field(name="businessId")
    date_from: _dt.date = _field(name="dateFrom")
    date_to: _dt.date = _field(name="dateTo")
    campaign_ids: list[int] | _UnsetType | None = _field(name="campaignIds", default=_UNSET)
    promo_id: str | _UnsetType = _field(name="promoId", default=_UNSET)


class GenerateUnitedReturnsRequest(_Struct, kw_only=True):
    """Данные, необходимые для генерации отчета."""

    business_id: int = _field(name="businessId")
    date_from: _dt.date = _field(name="dateFrom")
    date_to: _dt.date = _field(name="dateTo")
    campaign_ids: list[int] | _UnsetType | None = _field(name="campaignIds", default=_UNSET)
    return_type: ReturnType | _UnsetType | None = _field(name="returnType", default=_UNSET)
    return_status_types: list[ReturnShipmentStatusType] | _UnsetType | None = _field(
        name="returnStatusTypes", default=_UNSET
    )


class GetAnswersRequest(_Struct, kw_only=True):
    """Фильтр запроса ответов на вопрос."""

    question_id: int | _UnsetType = _field(name="questionId", default=_UNSET)
    answer_ids: list[int] | _UnsetType | None = _field(name="answerIds", default=_UNSET)


class GetAnswersResponse(_Struct, kw_only=True):
    """Ответ на запрос получения ответов на вопрос."""

    status: str
    result: AnswerListDTO | None = None


class GetBidsInfoRequest(_Struct, kw_only=True):
    """description."""

    skus: list[str] | _UnsetType | None = _UNSET


class GetBidsInfoResponse(_Struct, kw_only=True):
    """description."""

    status: str
    result: GetBidsInfoResponseDTO | None = None


class GetBidsInfoResponseDTO(_Struct, kw_only=True):
    """Список товаров с указанными ставками."""

    bids: list[SkuBidItemDTOOut]
    paging: PackagingForwardScrollingPagerDTO | None = None


class GetBidsRecommendationsRequest(_Struct, kw_only=True):
    """description."""

    skus: list[str]


class GetBidsRecommendationsResponse(_Struct, kw_only=True):
    """description."""

    status: str
    result: GetBidsRecommendationsResponseDTO | None = None


class GetBidsRecommendationsResponseDTO(_Struct, kw_only=True):
    """Список товаров с рекомендованными ставками."""

    recommendations: list[SkuBidRecommendationItemDTO]


class GetBusinessBuyerInfoResponse(_Struct, kw_only=True):
    status: str
    result: OrderBusinessBuyerDTO | None = None


class GetBusinessDocumentsInfoResponse(_Struct, kw_only=True):
    status: str
    result: OrderBusinessDocumentsDTO | None = None


class GetBusinessOrdersRequest(_Struct, kw_only=True):
    """Запрос на получение информации о заказах бизнеса."""

    order_ids: list[int] | _UnsetType | None = _field(name="orderIds", default=_UNSET)
    external_order_ids: list[str] | _UnsetType | None = _field(name="externalOrderIds", default=_UNSET)
    program_types: list[SellingProgramType] | _UnsetType | None = _field(name="programTypes", default=_UNSET)
    campaign_ids: list[int] | _UnsetType | None = _field(name="campaignIds", default=_UNSET)
    statuses: list[OrderStatusType] | _UnsetType | None = _UNSET
    substatuses: list[OrderSubstatusType] | _UnsetType | None = _UNSET
    dates: OrderDatesFilterDTO | _UnsetType = _UNSET
    fake: bool | _UnsetType = _UNSET
    waiting_for_cancellation_approve: bool | _UnsetType = _field(
        name="waitingForCancellationApprove", default=_UNSET
    )
    source_platforms: list[OrderSourcePlatformType] | _UnsetType | None = _field(
        name="sourcePlatforms", default=_UNSET
    )


class GetBusinessOrdersResponse(_Struct, kw_only=True):
    """Ответ со списком заказов бизнеса."""

    orders: list[BusinessOrderDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class GetBusinessSettingsInfoDTO(_Struct, kw_only=True):
    """Информация о кабинете и его настройках."""

    info: BusinessDTO | None = None
    settings: BusinessSettingsDTO | None = None
    subscription_level: str | None = _field(name="subscriptionLevel", default=None)
    traits: list[str] | None = None


class GetBusinessSettingsResponse(_Struct, kw_only=True):
    """Ответ на запрос настроек кабинета."""

    status: str
    result: GetBusinessSettingsInfoDTO | None = None


class GetCampaignOfferDTO(_Struct, kw_only=True):
    """Параметры размещения товара в магазине."""

    offer_id: str = _field(name="offerId")
    available: bool | None = None
    basic_price: GetPriceWithDiscountDTO | None = _field(name="basicPrice", default=None)
    campaign_price: GetPriceWithVatDTO | None = _field(name="campaignPrice", default=None)
    status: str | None = None
    errors: list[OfferErrorDTO] | None = None
    warnings: list[OfferErrorDTO] | None = None


class GetCampaignOffersRequest(_Struct, kw_only=True):
    """Фильтрации товаров В запросе можно указать либо фильтр offerIds, либо любые другие фильтры товаров."""

    offer_ids: list[str] | _UnsetType | None = _field(name="offerIds", default=_UNSET)
    statuses: list[OfferCampaignStatusType] | _UnsetType | None = _UNSET
    category_ids: list[int] | _UnsetType | None = _field(name="categoryIds", default=_UNSET)
    vendor_names: list[str] | _UnsetType | None = _field(name="vendorNames", default=_UNSET)
    tags: list[str] | _UnsetType | None = _UNSET


class GetCampaignOffersResponse(_Struct, kw_only=True):
    """Ответ на запрос списка товаров в магазине."""

    status: str
    result: GetCampaignOffersResultDTO | None = None


class GetCampaignOffersResultDTO(_Struct, kw_only=True):
    """Список товаров в заданном магазине."""

    paging: PackagingForwardScrollingPagerDTO | None = None
    offers: list[GetCampaignOfferDTO]


class GetCampaignResponse(_Struct, kw_only=True):
    """Информация о магазине к данным идентификатора кампании."""

    campaign: CampaignDTO | None = None


class GetCampaignSettingsResponse(_Struct, kw_only=True):
    """Ответ на запрос настроек магазина."""

    settings: CampaignSettingsDTO | None = None


class GetCampaignsResponse(_Struct, kw_only=True):
    """Результаты поиска магазинов."""

    campaigns: list[CampaignDTO]
    pager: FlippingPagerDTO | None = None
    paging: PackagingForwardScrollingPagerDTO | None = None


class GetCategoriesMaxSaleQuantumRequest(_Struct, kw_only=True):
    """Список категорий, для которых нужно вернуть лимит на установку кванта и минимального количества товаров."""

    market_category_ids: list[int] = _field(name="marketCategoryIds")


class GetCategoriesMaxSaleQuantumResponse(_Struct, kw_only=True):
    status: str
    results: list[MaxSaleQuantumDTO]
    errors: list[CategoryErrorDTO] | None = None


class GetCategoriesRequest(_Struct, kw_only=True):
    """Параметры запроса категорий."""

    language: LanguageType | _UnsetType = _UNSET


class GetCategoriesResponse(_Struct, kw_only=True):
    status: str
    result: CategoryDTO | None = None


class GetCategoryContentParametersResponse(_Struct, kw_only=True):
    """Ответ со списком характеристик для категории и их допустимыми значениями."""

    status: str
    result: CategoryContentParametersDTO | None = None


class GetChatHistoryRequest(_Struct, kw_only=True):
    """Историю какого чата нужно получить — и начиная с какого сообщения."""

    message_id_from: int | _UnsetType = _field(name="messageIdFrom", default=_UNSET)


class GetChatHistoryResponse(_Struct, kw_only=True):
    status: str
    result: ChatMessagesResultDTO | None = None


class GetChatInfoDTO(_Struct, kw_only=True):
    """Информация о чате."""

    chat_id: int = _field(name="chatId")
    order_id: int | None = _field(name="orderId", default=None)
    context: ChatFullContextDTO
    type: str
    status: str
    created_at: str = _field(name="createdAt")
    updated_at: str = _field(name="updatedAt")


class GetChatMessageResponse(_Struct, kw_only=True):
    status: str
    result: ChatMessageDTO | None = None


class GetChatResponse(_Struct, kw_only=True):
    status: str
    result: GetChatInfoDTO | None = None


class GetChatsInfoDTO(_Struct, kw_only=True):
    """Список чатов."""

    chats: list[GetChatInfoDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class GetChatsRequest(_Struct, kw_only=True):
    """Фильтры по чатам, которые нужно вернуть."""

    order_ids: list[int] | _UnsetType | None = _field(name="orderIds", default=_UNSET)
    contexts: list[ChatContextDTO] | _UnsetType | None = _UNSET
    context_types: list[ChatContextType] | _UnsetType | None = _field(name="contextTypes", default=_UNSET)
    types: list[ChatType] | _UnsetType | None = _UNSET
    statuses: list[ChatStatusType] | _UnsetType | None = _UNSET


class GetChatsResponse(_Struct, kw_only=True):
    status: str
    result: GetChatsInfoDTO | None = None


class GetDefaultPricesRequest(_Struct, kw_only=True):
    """Запрос списка цен."""

    offer_ids: list[str] | _UnsetType | None = _field(name="offerIds", default=_UNSET)
    archived: bool | _UnsetType = _UNSET


class GetDefaultPricesResponse(_Struct, kw_only=True):
    """Ответ на запрос списка цен."""

    status: str
    result: OfferDefaultPriceListResponseDTO | None = None


class GetDeliveryOptionsDTO(_Struct, kw_only=True):
    """Список доступных вариантов для разных складов."""

    warehouses_delivery_options: list[WarehousesDeliveryOptionsDTO] = _field(name="warehousesDeliveryOptions")


class GetDeliveryOptionsItemDTO(_Struct, kw_only=True):
    """Товар, для которого нужно вернуть варианты доставки."""

    offer_id: str = _field(name="offerId")
    count: int
    warehouse_id: int | _UnsetType = _field(name="warehouseId", default=_UNSET)


class GetDeliveryOptionsRequest(_Struct, kw_only=True):
    """Запрос для получения вариантов доставки."""

    items: list[GetDeliveryOptionsItemDTO]
    pickup_delivery: PickupDeliveryParametersDTO | _UnsetType = _field(name="pickupDelivery", default=_UNSET)
    courier_delivery: CourierDeliveryParametersDTO | _UnsetType = _field(
        name="courierDelivery", default=_UNSET
    )


class GetDeliveryOptionsResponse(_Struct, kw_only=True):
    """Ответ на запрос получения вариантов доставки."""

    status: str
    result: GetDeliveryOptionsDTO | None = None


class GetDeliveryServicesResponse(_Struct, kw_only=True):
    """Ответ на запрос списка служб доставки."""

    result: DeliveryServicesDTO | None = None


class GetFulfillmentWarehousesResponse(_Struct, kw_only=True):
    status: str
    result: FulfillmentWarehousesDTO | None = None


class GetGoodsFeedbackCommentsRequest(_Struct, kw_only=True):
    """Фильтр запроса комментариев отзыва."""

    feedback_id: int | _UnsetType = _field(name="feedbackId", default=_UNSET)
    comment_ids: list[int] | _UnsetType | None = _field(name="commentIds", default=_UNSET)


class GetGoodsFeedbackCommentsResponse(_Struct, kw_only=True):
    status: str
    result: GoodsFeedbackCommentListDTO | None = None


class GetGoodsFeedbackRequest(_Struct, kw_only=True):
    """Фильтр запроса отзывов в кабинете."""

    feedback_ids: list[int] | _UnsetType | None = _field(name="feedbackIds", default=_UNSET)
    date_time_from: _dt.datetime | _UnsetType = _field(name="dateTimeFrom", default=_UNSET)
    date_time_to: _dt.datetime | _UnsetType = _field(name="dateTimeTo", default=_UNSET)
    reaction_status: FeedbackReactionStatusType | _UnsetType = _field(name="reactionStatus", default=_UNSET)
    rating_values: list[int] | _UnsetType | None = _field(name="ratingValues", default=_UNSET)
    offer_ids: list[str] | _UnsetType | None = _field(name="offerIds", default=_UNSET)
    paid: bool | _UnsetType = _UNSET


class GetGoodsFeedbackResponse(_Struct, kw_only=True):
    status: str
    result: GoodsFeedbackListDTO | None = None


class GetGoodsFeedbackUrbanadsRequest(_Struct, kw_only=True):
    """Фильтр запроса отзывов в кабинете."""

    feedback_ids: list[int] | _UnsetType | None = _field(name="feedbackIds", default=_UNSET)
    date_time_from: _dt.datetime | _UnsetType = _field(name="dateTimeFrom", default=_UNSET)
    date_time_to: _dt.datetime | _UnsetType = _field(name="dateTimeTo", default=_UNSET)
    reaction_status: FeedbackReactionStatusType | _UnsetType = _field(name="reactionStatus", default=_UNSET)
    rating_values: list[int] | _UnsetType | None = _field(name="ratingValues", default=_UNSET)
    paid: bool | _UnsetType = _UNSET


class GetGoodsFeedbackUrbanadsResponse(_Struct, kw_only=True):
    status: str
    result: GoodsFeedbackUrbanadsListDTO | None = None


class GetGoodsStatsRequest(_Struct, kw_only=True):
    """Запрос отчета по товарам."""

    shop_skus: list[str] = _field(name="shopSkus")


class GetGoodsStatsResponse(_Struct, kw_only=True):
    """Ответ на запрос отчета по товарам."""

    status: str
    result: GoodsStatsDTO | None = None


class GetHiddenOffersResponse(_Struct, kw_only=True):
    """Ответ на запрос списка скрытий."""

    status: str
    result: GetHiddenOffersResultDTO | None = None


class GetHiddenOffersResultDTO(_Struct, kw_only=True):
    """Список скрытых вами товаров."""

    paging: PackagingScrollingPagerDTO | None = None
    hidden_offers: list[HiddenOfferDTOOut] = _field(name="hiddenOffers")


class GetLogisticPointsResponse(_Struct, kw_only=True):
    """Информация о пунктах выдачи."""

    status: str
    result: GetLogisticsPointsDTO | None = None


class GetLogisticsPointsDTO(_Struct, kw_only=True):
    """Информация о пунктах выдачи заказов."""

    logistic_points: list[LogisticPointDTO] = _field(name="logisticPoints")
    paging: PackagingForwardScrollingPagerDTO | None = None


class GetMappingDTO(_Struct, kw_only=True):
    """Информация о товарах в каталоге."""

    market_sku: int | None = _field(name="marketSku", default=None)
    market_sku_name: str | None = _field(name="marketSkuName", default=None)
    market_model_name: str | None = _field(name="marketModelName", default=None)
    market_category_id: int | None = _field(name="marketCategoryId", default=None)
    market_category_name: str | None = _field(name="marketCategoryName", default=None)


class GetOfferCardsContentStatusRequest(_Struct, kw_only=True):
    offer_ids: list[str] | _UnsetType | None = _field(name="offerIds", default=_UNSET)
    card_statuses: list[OfferCardStatusType] | _UnsetType | None = _field(name="cardStatuses", default=_UNSET)
    category_ids: list[int] | _UnsetType | None = _field(name="categoryIds", default=_UNSET)
    with_recommendations: bool | _UnsetType = _field(name="withRecommendations", default=_UNSET)


class GetOfferCardsContentStatusResponse(_Struct, kw_only=True):
    """Ответ со списком состояний товаров и пагинацией."""

    status: str
    result: OfferCardsContentStatusDTO | None = None


class GetOfferDTO(_Struct, kw_only=True):
    """Параметры товара."""

    offer_id: str = _field(name="offerId")
    name: str | None = None
    market_category_id: int | None = _field(name="marketCategoryId", default=None)
    category: str | None = None
    pictures: list[str] | None = None
    videos: list[str] | None = None
    manuals: list[OfferManualDTOOut] | None = None
    vendor: str | None = None
    barcodes: list[str] | None = None
    description: str | None = None
    manufacturer_countries: list[str] | None = _field(name="manufacturerCountries", default=None)
    weight_dimensions: OfferWeightDimensionsDTOOut | None = _field(name="weightDimensions", default=None)
    vendor_code: str | None = _field(name="vendorCode", default=None)
    tags: list[str] | None = None
    shelf_life: TimePeriodDTOOut | None = _field(name="shelfLife", default=None)
    life_time: TimePeriodDTOOut | None = _field(name="lifeTime", default=None)
    guarantee_period: TimePeriodDTOOut | None = _field(name="guaranteePeriod", default=None)
    customs_commodity_code: str | None = _field(name="customsCommodityCode", default=None)
    commodity_codes: list[CommodityCodeDTOOut] | None = _field(name="commodityCodes", default=None)
    certificates: list[str] | None = None
    box_count: int | None = _field(name="boxCount", default=None)
    condition: OfferConditionDTOOut | None = None
    type: str | None = None
    downloadable: bool | None = None
    adult: bool | None = None
    age: AgeDTOOut | None = None
    params: list[OfferParamDTOOut] | None = None
    basic_price: GetPriceWithDiscountDTO | None = _field(name="basicPrice", default=None)
    purchase_price: GetPriceDTO | None = _field(name="purchasePrice", default=None)
    additional_expenses: GetPriceDTO | None = _field(name="additionalExpenses", default=None)
    card_status: str | None = _field(name="cardStatus", default=None)
    campaigns: list[OfferCampaignStatusDTO] | None = None
    selling_programs: list[OfferSellingProgramDTO] | None = _field(name="sellingPrograms", default=None)
    media_files: OfferMediaFilesDTO | None = _field(name="mediaFiles", default=None)
    archived: bool | None = None
    group_id: str | None = _field(name="groupId", default=None)


class GetOfferMappingDTO(_Struct, kw_only=True):
    """Информация о товаре."""

    offer: GetOfferDTO | None = None
    mapping: GetMappingDTO | None = None
    showcase_urls: list[ShowcaseUrlDTO] | None = _field(name="showcaseUrls", default=None)


class GetOfferMappingsRequest(_Struct, kw_only=True):
    offer_ids: list[str] | _UnsetType | None = _field(name="offerIds", default=_UNSET)
    card_statuses: list[OfferCardStatusType] | _UnsetType | None = _field(name="cardStatuses", default=_UNSET)
    category_ids: list[int] | _UnsetType | None = _field(name="categoryIds", default=_UNSET)
    vendor_names: list[str] | _UnsetType | None = _field(name="vendorNames", default=_UNSET)
    tags: list[str] | _UnsetType | None = _UNSET
    archived: bool | _UnsetType = _UNSET


class GetOfferMappingsResponse(_Struct, kw_only=True):
    status: str
    result: GetOfferMappingsResultDTO | None = None


class GetOfferMappingsResultDTO(_Struct, kw_only=True):
    """Информация о товарах."""

    paging: PackagingForwardScrollingPagerDTO | None = None
    offer_mappings: list[GetOfferMappingDTO] = _field(name="offerMappings")


class GetOfferRecommendationsRequest(_Struct, kw_only=True):
    offer_ids: list[str] | _UnsetType | None = _field(name="offerIds", default=_UNSET)
    competitiveness_filter: PriceCompetitivenessType | _UnsetType = _field(
        name="competitivenessFilter", default=_UNSET
    )


class GetOfferRecommendationsResponse(_Struct, kw_only=True):
    status: str
    result: OfferRecommendationsResultDTO | None = None


class GetOperationsRequest(_Struct, kw_only=True):
    """Запрос на получение статусов операций."""

    operation_type: OperationType = _field(name="operationType")
    operation_ids: list[str] = _field(name="operationIds")


class GetOperationsResponse(_Struct, kw_only=True):
    """Ответ с статусами операций."""

    status: str
    result: GetOperationsResultDTO | None = None


class GetOperationsResultDTO(_Struct, kw_only=True):
    """Информация об операциях."""

    operations: list[OperationResultDTO]


class GetOrderBuyerInfoResponse(_Struct, kw_only=True):
    status: str
    result: OrderBuyerInfoDTO | None = None


class GetOrderIdentifiersStatusDTO(_Struct, kw_only=True):
    """Информация по проверке кодов маркировки."""

    items: list[OrderItemValidationStatusDTO]


class GetOrderIdentifiersStatusResponse(_Struct, kw_only=True):
    status: str
    result: GetOrderIdentifiersStatusDTO | None = None


class GetOrderLabelsDataResponse(_Struct, kw_only=True):
    """Ответ с информацией для печати ярлыков."""

    status: str
    result: OrderLabelDTO | None = None


class GetOrderResponse(_Struct, kw_only=True):
    order: OrderDTO | None = None


class GetOrderUpdateOptionsRequest(_Struct, kw_only=True):
    """Запрос вариантов изменения интервала курьерской доставки."""

    id: int


class GetOrderUpdateOptionsResponse(_Struct, kw_only=True):
    status: str
    result: OrderUpdateOptionsDTO | None = None


class GetOrdersResponse(_Struct, kw_only=True):
    """Модель для ответа API списка информации по заказам."""

    pager: FlippingPagerDTO | None = None
    orders: list[OrderDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class GetOrdersStatsRequest(_Struct, kw_only=True):
    """Запрос информации по заказам."""

    date_from: _dt.date | _UnsetType = _field(name="dateFrom", default=_UNSET)
    date_to: _dt.date | _UnsetType = _field(name="dateTo", default=_UNSET)
    update_from: _dt.date | _UnsetType = _field(name="updateFrom", default=_UNSET)
    update_to: _dt.date | _UnsetType = _field(name="updateTo", default=_UNSET)
    orders: list[int] | _UnsetType | None = _UNSET
    statuses: list[OrderStatsStatusType] | _UnsetType | None = _UNSET
    has_cis: bool | _UnsetType = _field(name="hasCis", default=_UNSET)


class GetOrdersStatsResponse(_Struct, kw_only=True):
    """Ответ на запрос информации по заказам."""

    status: str
    result: OrdersStatsDTO | None = None


class GetOutletLicensesResponse(_Struct, kw_only=True):
    status: str
    result: OutletLicensesResponseDTO | None = None


class GetOutletResponse(_Struct, kw_only=True):
    """Ответ на запрос информации о точке продаж."""

    outlet: FullOutletDTO | None = None


class GetOutletsResponse(_Struct, kw_only=True):
    """Ответ на запрос информации о точках продаж."""

    outlets: list[FullOutletDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class GetPagedWarehousesRequest(_Struct, kw_only=True):
    """Запрос на получение складов кабинета."""

    components: list[WarehouseComponentType] | _UnsetType | None = _UNSET
    campaign_ids: list[int] | _UnsetType | None = _field(name="campaignIds", default=_UNSET)


class GetPagedWarehousesResponse(_Struct, kw_only=True):
    status: str
    result: PagedWarehousesDTO | None = None


class GetPriceDTO(_Struct, kw_only=True):
    """Цена с указанием времени последнего обновления."""

    value: float
    currency_id: str = _field(name="currencyId")
    updated_at: str = _field(name="updatedAt")


class GetPriceWithDiscountDTO(_Struct, kw_only=True):
    """Цена с указанием валюты, скидки и времени последнего обновления."""

    value: float
    currency_id: str = _field(name="currencyId")
    discount_base: float | None = _field(name="discountBase", default=None)
    updated_at: str = _field(name="updatedAt")


class GetPriceWithVatDTO(_Struct, kw_only=True):
    """Цена с указанием НДС и времени последнего обновления."""

    value: float | None = None
    discount_base: float | None = _field(name="discountBase", default=None)
    currency_id: str | None = _field(name="currencyId", default=None)
    vat: int | None = None
    updated_at: str = _field(name="updatedAt")


class GetPricesByOfferIdsRequest(_Struct, kw_only=True):
    """Запрос списка цен."""

    offer_ids: list[str] | _UnsetType | None = _field(name="offerIds", default=_UNSET)


class GetPricesByOfferIdsResponse(_Struct, kw_only=True):
    """Ответ на запрос списка цен."""

    status: str
    result: OfferPriceByOfferIdsListResponseDTO | None = None


class GetPricesResponse(_Struct, kw_only=True):
    """Ответ на запрос списка цен."""

    status: str
    result: OfferPriceListResponseDTO | None = None


class GetPromoAssortmentInfoDTO(_Struct, kw_only=True):
    """Информация о товарах в акции."""

    active_offers: int = _field(name="activeOffers")
    potential_offers: int | None = _field(name="potentialOffers", default=None)
    processing: bool | None = None


class GetPromoBestsellerInfoDTO(_Struct, kw_only=True):
    """Информация об акции «Бестселлеры Маркета»."""

    bestseller: bool
    entry_deadline: str | None = _field(name="entryDeadline", default=None)
    renewal_enabled: bool | None = _field(name="renewalEnabled", default=None)


class GetPromoConstraintsDTO(_Struct, kw_only=True):
    """Ограничения в акции."""

    warehouse_ids: list[int] | None = _field(name="warehouseIds", default=None)


class GetPromoDTO(_Struct, kw_only=True):
    """Информация об акции."""

    id: str
    name: str
    period: PromoPeriodDTO
    participating: bool
    assortment_info: GetPromoAssortmentInfoDTO = _field(name="assortmentInfo")
    mechanics_info: GetPromoMechanicsInfoDTO = _field(name="mechanicsInfo")
    bestseller_info: GetPromoBestsellerInfoDTO = _field(name="bestsellerInfo")
    channels: list[str] | None = None
    constraints: GetPromoConstraintsDTO | None = None


class GetPromoMechanicsInfoDTO(_Struct, kw_only=True):
    """Информация о типе акции."""

    type: str
    promocode_info: GetPromoPromocodeInfoDTO | None = _field(name="promocodeInfo", default=None)


class GetPromoOfferDTO(_Struct, kw_only=True):
    """Товар, который участвует или может участвовать в акции."""

    offer_id: str = _field(name="offerId")
    status: str
    params: PromoOfferParamsDTO
    auto_participating_details: PromoOfferAutoParticipatingDetailsDTO | None = _field(
        name="autoParticipatingDetails", default=None
    )


class GetPromoOffersRequest(_Struct, kw_only=True):
    """Получение списка товаров, которые участвуют или могут участвовать в акции."""

    promo_id: str = _field(name="promoId")
    status_type: PromoOfferParticipationStatusFilterType | _UnsetType = _field(
        name="statusType", default=_UNSET
    )
    statuses: list[PromoOfferParticipationStatusMultiFilterType] | _UnsetType | None = _UNSET


class GetPromoOffersResponse(_Struct, kw_only=True):
    status: str
    result: GetPromoOffersResultDTO | None = None


class GetPromoOffersResultDTO(_Struct, kw_only=True):
    """Список товаров, которые участвуют или могут участвовать в акции."""

    offers: list[GetPromoOfferDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class GetPromoPromocodeInfoDTO(_Struct, kw_only=True):
    """Информация для типа MARKET_PROMOCODE."""

    promocode: str
    discount: int


class GetPromosRequest(_Struct, kw_only=True):
    """Фильтры для получения списка акций."""

    participation: PromoParticipationType | _UnsetType = _UNSET
    mechanics: MechanicsType | _UnsetType = _UNSET


class GetPromosResponse(_Struct, kw_only=True):
    status: str
    result: GetPromosResultDTO | None = None


class GetPromosResultDTO(_Struct, kw_only=True):
    """Информация об акциях Маркета."""

    promos: list[GetPromoDTO]


class GetQualityRatingDetailsResponse(_Struct, kw_only=True):
    status: str
    result: QualityRatingDetailsDTO | None = None


class GetQualityRatingRequest(_Struct, kw_only=True):
    """Запрос информации по индексу качества."""

    date_from: _dt.date | _UnsetType = _field(name="dateFrom", default=_UNSET)
    date_to: _dt.date | _UnsetType = _field(name="dateTo", default=_UNSET)
    campaign_ids: list[int] = _field(name="campaignIds")


class GetQualityRatingResponse(_Struct, kw_only=True):
    """Информация об индексе качества магазинов."""

    status: str
    result: CampaignsQualityRatingDTO | None = None


class GetQuarantineOffersRequest(_Struct, kw_only=True):
    """Фильтрации товаров В запросе можно указать либо фильтр offerIds, либо любые другие фильтры товаров."""

    offer_ids: list[str] | _UnsetType | None = _field(name="offerIds", default=_UNSET)
    card_statuses: list[OfferCardStatusType] | _UnsetType | None = _field(name="cardStatuses", default=_UNSET)
    category_ids: list[int] | _UnsetType | None = _field(name="categoryIds", default=_UNSET)
    vendor_names: list[str] | _UnsetType | None = _field(name="vendorNames", default=_UNSET)
    tags: list[str] | _UnsetType | None = _UNSET


class GetQuarantineOffersResponse(_Struct, kw_only=True):
    """Ответ на запрос списка товаров в карантине."""

    status: str
    result: GetQuarantineOffersResultDTO | None = None


class GetQuarantineOffersResultDTO(_Struct, kw_only=True):
    """Список товаров в карантине."""

    paging: PackagingForwardScrollingPagerDTO | None = None
    offers: list[QuarantineOfferDTO]


class GetQuestionsRequest(_Struct, kw_only=True):
    """Запрос на получение вопросов о товарах продавца."""

    category_ids: list[int] | _UnsetType | None = _field(name="categoryIds", default=_UNSET)
    question_ids: list[int] | _UnsetType | None = _field(name="questionIds", default=_UNSET)
    date_from: _dt.date | _UnsetType = _field(name="dateFrom", default=_UNSET)
    date_to: _dt.date | _UnsetType = _field(name="dateTo", default=_UNSET)
    need_answer: bool | _UnsetType = _field(name="needAnswer", default=_UNSET)
    sort: QuestionSortOrderType | _UnsetType = _UNSET


class GetQuestionsResponse(_Struct, kw_only=True):
    """Ответ на запрос вопросов."""

    status: str
    result: QuestionListDTO | None = None


class GetRegionByIdResponse(_Struct, kw_only=True):
    regions: list[RegionDTO] | None = None
    region: RegionDTO


class GetRegionWithChildrenResponse(_Struct, kw_only=True):
    pager: FlippingPagerDTO | None = None
    paging: PackagingForwardScrollingPagerDTO | None = None
    regions: RegionWithChildrenDTO | None = None


class GetRegionsCodesResponse(_Struct, kw_only=True):
    countries: list[CountryDTO]


class GetRegionsResponse(_Struct, kw_only=True):
    regions: list[RegionDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class GetReportInfoResponse(_Struct, kw_only=True):
    """Ответ на запрос информации об отчете или документе."""

    status: str
    result: ReportInfoDTO | None = None


class GetReturnAvailableDecisionsRequest(_Struct, kw_only=True):
    """Запрос на получение возможных решений по возврату."""

    campaign_id: int = _field(name="campaignId")
    return_id: int = _field(name="returnId")


class GetReturnAvailableDecisionsResponse(_Struct, kw_only=True):
    status: str
    result: ReturnAvailableDecisionsResponse | None = None


class GetReturnDeliveryOptionsDTO(_Struct, kw_only=True):
    """Информация о пунктах выдачи, которые могут принять возврат указанных товаров."""

    pickup_delivery: PickupReturnDeliveryOptionsDTO = _field(name="pickupDelivery")


class GetReturnDeliveryOptionsRequest(_Struct, kw_only=True):
    """Запрос для получения вариантов доставки возвратов."""

    items: list[BasicOrderItemDTO]
    pickup_delivery: PickupDeliveryParametersDTO = _field(name="pickupDelivery")


class GetReturnDeliveryOptionsResponse(_Struct, kw_only=True):
    """Информация о доступных пунктах выдачи."""

    status: str
    result: GetReturnDeliveryOptionsDTO | None = None


class GetReturnResponse(_Struct, kw_only=True):
    status: str
    result: ReturnDTO | None = None


class GetReturnsResponse(_Struct, kw_only=True):
    status: str
    result: PagedReturnsDTO | None = None


class GetShipmentOrdersInfoResponse(_Struct, kw_only=True):
    status: str
    result: OrdersShipmentInfoDTO | None = None


class GetShipmentResponse(_Struct, kw_only=True):
    status: str
    result: ShipmentDTO | None = None


class GetSupplyRequestDocumentsDTO(_Struct, kw_only=True):
    """Информация о документах по заявке."""

    documents: list[SupplyRequestDocumentDTO]


class GetSupplyRequestDocumentsRequest(_Struct, kw_only=True):
    request_id: int = _field(name="requestId")


class GetSupplyRequestDocumentsResponse(_Struct, kw_only=True):
    status: str
    result: GetSupplyRequestDocumentsDTO | None = None


class GetSupplyRequestItemsDTO(_Struct, kw_only=True):
    """Информация о товарах в заявке."""

    items: list[SupplyRequestItemDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class GetSupplyRequestItemsRequest(_Struct, kw_only=True):
    request_id: int = _field(name="requestId")


class GetSupplyRequestItemsResponse(_Struct, kw_only=True):
    status: str
    result: GetSupplyRequestItemsDTO | None = None


class GetSupplyRequestsDTO(_Struct, kw_only=True):
    """Список заявок и информация по ним."""

    requests: list[SupplyRequestDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class GetSupplyRequestsRequest(_Struct, kw_only=True):
    """Модель для фильтрации и сортировки заявок на поставку."""

    request_ids: list[int] | _UnsetType | None = _field(name="requestIds", default=_UNSET)
    request_date_from: _dt.datetime | _UnsetType | None = _field(name="requestDateFrom", default=_UNSET)
    request_date_to: _dt.datetime | _UnsetType | None = _field(name="requestDateTo", default=_UNSET)
    request_types: list[SupplyRequestType] | _UnsetType | None = _field(name="requestTypes", default=_UNSET)
    request_subtypes: list[SupplyRequestSubType] | _UnsetType | None = _field(
        name="requestSubtypes", default=_UNSET
    )
    request_statuses: list[SupplyRequestStatusType] | _UnsetType | None = _field(
        name="requestStatuses", default=_UNSET
    )
    sorting: SupplyRequestSortingDTO | _UnsetType = _UNSET


class GetSupplyRequestsResponse(_Struct, kw_only=True):
    status: str
    result: GetSupplyRequestsDTO | None = None


class GetTokenInfoResponse(_Struct, kw_only=True):
    """Ответ на запрос получения информации о токене авторизации."""

    status: str
    result: TokenDTO


class GetWarehouseStocksDTO(_Struct, kw_only=True):
    """Список складов с информацией об остатках на каждом из них."""

    paging: PackagingForwardScrollingPagerDTO | None = None
    warehouses: list[WarehouseOffersDTO]


class GetWarehouseStocksRequest(_Struct, kw_only=True):
    """Фильтры для запроса остатков."""

    stocks_warehouse_id: int | _UnsetType = _field(name="stocksWarehouseId", default=_UNSET)
    has_stocks: bool | _UnsetType = _field(name="hasStocks", default=_UNSET)
    with_turnover: bool | _UnsetType = _field(name="withTurnover", default=_UNSET)
    archived: bool | _UnsetType = _UNSET
    offer_ids: list[str] | _UnsetType | None = _field(name="offerIds", default=_UNSET)


class GetWarehouseStocksResponse(_Struct, kw_only=True):
    status: str
    result: GetWarehouseStocksDTO | None = None


class GetWarehousesResponse(_Struct, kw_only=True):
    status: str
    result: WarehousesDTO | None = None


class GoodsFeedbackCommentAuthorDTO(_Struct, kw_only=True):
    """Информация об авторе комментария."""

    type: str | None = None
    name: str | None = None


class GoodsFeedbackCommentDTO(_Struct, kw_only=True):
    """Комментарий к отзыву."""

    id: int
    text: str
    can_modify: bool | None = _field(name="canModify", default=None)
    parent_id: int | None = _field(name="parentId", default=None)
    author: GoodsFeedbackCommentAuthorDTO | None = None
    status: str
    feedback_id: int = _field(name="feedbackId")


class GoodsFeedbackCommentListDTO(_Struct, kw_only=True):
    """Комментарии к отзыву."""

    comments: list[GoodsFeedbackCommentDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class GoodsFeedbackContextUrbanadsDTO(_Struct, kw_only=True):
    """Информация о товаре, бизнесе и бренде, которые связаны с отзывом."""

    offer_name: str | None = _field(name="offerName", default=None)
    picture_url: str | None = _field(name="pictureUrl", default=None)
    business_id: int | None = _field(name="businessId", default=None)
    business_name: str | None = _field(name="businessName", default=None)
    brand_id: str | None = _field(name="brandId", default=None)
    brand_name: str | None = _field(name="brandName", default=None)


class GoodsFeedbackDTO(_Struct, kw_only=True):
    """Отзыв о товаре."""

    feedback_id: int = _field(name="feedbackId")
    created_at: str = _field(name="createdAt")
    need_reaction: bool = _field(name="needReaction")
    identifiers: GoodsFeedbackIdentifiersDTO
    author: str | None = None
    description: GoodsFeedbackDescriptionDTO | None = None
    media: GoodsFeedbackMediaDTO | None = None
    statistics: GoodsFeedbackStatisticsDTO


class GoodsFeedbackDescriptionDTO(_Struct, kw_only=True):
    """Текстовая часть отзыва."""

    advantages: str | None = None
    disadvantages: str | None = None
    comment: str | None = None


class GoodsFeedbackIdentifiersDTO(_Struct, kw_only=True):
    """Идентификаторы, которые связаны с отзывом."""

    order_id: int | None = _field(name="orderId", default=None)
    offer_id: str | None = _field(name="offerId", default=None)


class GoodsFeedbackListDTO(_Struct, kw_only=True):
    """Список отзывов о товарах."""

    feedbacks: list[GoodsFeedbackDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class GoodsFeedbackMediaDTO(_Struct, kw_only=True):
    """Фотографии и видео."""

    photos: list[str] | None = None
    videos: list[str] | None = None


class GoodsFeedbackStatisticsDTO(_Struct, kw_only=True):
    """Статистическая информация по отзыву."""

    rating: int
    comments_count: int = _field(name="commentsCount")
    recommended: bool | None = None
    paid_amount: int | None = _field(name="paidAmount", default=None)


class GoodsFeedbackUrbanadsDTO(_Struct, kw_only=True):
    """Отзыв о товаре."""

    feedback_id: int = _field(name="feedbackId")
    created_at: str = _field(name="createdAt")
    need_reaction: bool = _field(name="needReaction")
    context: GoodsFeedbackContextUrbanadsDTO
    author: str | None = None
    description: GoodsFeedbackDescriptionDTO | None = None
    media: GoodsFeedbackMediaDTO | None = None
    statistics: GoodsFeedbackStatisticsDTO


class GoodsFeedbackUrbanadsListDTO(_Struct, kw_only=True):
    """Список отзывов о товарах."""

    feedbacks: list[GoodsFeedbackUrbanadsDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class GoodsStatsDTO(_Struct, kw_only=True):
    """Отчет по товарам."""

    shop_skus: list[GoodsStatsGoodsDTO] = _field(name="shopSkus")


class GoodsStatsGoodsDTO(_Struct, kw_only=True):
    """Информация о товаре."""

    shop_sku: str | None = _field(name="shopSku", default=None)
    market_sku: int | None = _field(name="marketSku", default=None)
    name: str | None = None
    price: float | None = None
    category_id: int | None = _field(name="categoryId", default=None)
    category_name: str | None = _field(name="categoryName", default=None)
    weight_dimensions: GoodsStatsWeightDimensionsDTO | None = _field(name="weightDimensions", default=None)
    warehouses: list[GoodsStatsWarehouseDTO] | None = None
    tariffs: list[TariffDTO] | None = None
    pictures: list[str] | None = None


class GoodsStatsWarehouseDTO(_Struct, kw_only=True):
    """Информация о складе."""

    id: int | None = None
    name: str | None = None
    stocks: list[WarehouseStockDTO]


class GoodsStatsWeightDimensionsDTO(_Struct, kw_only=True):
    """Информация о весе и габаритах товара."""

    length: float | None = None
    width: float | None = None
    height: float | None = None
    weight: float | None = None


class GpsDTO(_Struct, kw_only=True):
    """GPS-координаты широты и долготы."""

    latitude: float
    longitude: float


class HiddenOfferDTO(_Struct, kw_only=True):
    """Информация о скрытии."""

    offer_id: str = _field(name="offerId")


class HiddenOfferDTOOut(_Struct, kw_only=True):
    """Информация о скрытии."""

    offer_id: str = _field(name="offerId")


class ItemPriceDTO(_Struct, kw_only=True):
    """Информация о выплатах и вознаграждениях."""

    payment: CurrencyValueDTO | None = None
    subsidy: CurrencyValueDTO | None = None
    cashback: CurrencyValueDTO | None = None
    vat: str | None = None


class LogisticPickupPointDTO(_Struct, kw_only=True):
    """Описание пункта вывоза для возврата."""

    id: int | None = None
    name: str | None = None
    address: PickupAddressDTO | None = None
    instruction: str | None = None
    type: str | None = None
    logistic_partner_id: int | None = _field(name="logisticPartnerId", default=None)


class LogisticPointAddressDTO(_Struct, kw_only=True):
    """Адрес пункта выдачи."""

    full_address: str = _field(name="fullAddress")
    gps: GpsDTO
    region_id: int = _field(name="regionId")
    city: str | None = None
    street: str | None = None
    house: str | None = None
    building: str | None = None
    block: str | None = None
    km: int | None = None
    additional: str | None = None


class LogisticPointDTO(_Struct, kw_only=True):
    """Информация о пункте выдачи."""

    logistic_point_id: int = _field(name="logisticPointId")
    brand: str
    address: LogisticPointAddressDTO
    working_schedule: LogisticPointScheduleDTO = _field(name="workingSchedule")
    delivery_restrictions: LogisticPointDeliveryRestrictionDTO = _field(name="deliveryRestrictions")
    features: list[str] | None = None
    storage_period: int = _field(name="storagePeriod")


class LogisticPointDeliveryRestrictionDTO(_Struct, kw_only=True):
    """Ограничения на доставку в пункт выдачи."""

    dimensions_restrictions: LogisticPointDimensionRestrictionsDTO = _field(name="dimensionsRestrictions")


class LogisticPointDimensionRestrictionsDTO(_Struct, kw_only=True):
    """Ограничения по размеру одного товара."""

    weight: int
    height: int
    width: int
    length: int
    dimensions_sum: int = _field(name="dimensionsSum")


class LogisticPointScheduleDTO(_Struct, kw_only=True):
    """Расписание работы пункта выдачи."""

    schedule: list[ScheduleDayDTO]
    holidays: list[str] | None = None


class MaxSaleQuantumDTO(_Struct, kw_only=True):
    """Лимит на установку кванта и минимального количества товаров по категориям."""

    id: int
    name: str | None = None
    max_sale_quantum: int | None = _field(name="maxSaleQuantum", default=None)


class MonthOfYearDTO(_Struct, kw_only=True):
    """Месяц, за который нужен отчет о баллах Маркета."""

    year: int
    month: int


class OfferCampaignStatusDTO(_Struct, kw_only=True):
    """Статус товара в магазине."""

    campaign_id: int = _field(name="campaignId")
    status: str


class OfferCardDTO(_Struct, kw_only=True):
    """Информация о состоянии карточки товара."""

    offer_id: str = _field(name="offerId")
    mapping: GetMappingDTO | None = None
    parameter_values: list[ParameterValueDTOOut] | None = _field(name="parameterValues", default=None)
    card_status: str | None = _field(name="cardStatus", default=None)
    content_rating: int | None = _field(name="contentRating", default=None)
    average_content_rating: int | None = _field(name="averageContentRating", default=None)
    content_rating_status: str | None = _field(name="contentRatingStatus", default=None)
    recommendations: list[OfferCardRecommendationDTO] | None = None
    group_id: str | None = _field(name="groupId", default=None)
    errors: list[OfferErrorDTO] | None = None
    warnings: list[OfferErrorDTO] | None = None


class OfferCardRecommendationDTO(_Struct, kw_only=True):
    """Рекомендация по заполнению карточки товара."""

    type: str
    percent: int | None = None
    remaining_rating_points: int | None = _field(name="remainingRatingPoints", default=None)


class OfferCardsContentStatusDTO(_Struct, kw_only=True):
    """Список товаров с информацией о состоянии карточек."""

    offer_cards: list[OfferCardDTO] = _field(name="offerCards")
    paging: PackagingForwardScrollingPagerDTO | None = None


class OfferConditionDTO(_Struct, kw_only=True):
    """Состояние уцененного товара."""

    type: OfferConditionType | _UnsetType = _UNSET
    quality: OfferConditionQualityType | _UnsetType = _UNSET
    reason: str | _UnsetType = _UNSET


class OfferConditionDTOOut(_Struct, kw_only=True):
    """Состояние уцененного товара."""

    type: str | None = None
    quality: str | None = None
    reason: str | None = None


class OfferContentDTO(_Struct, kw_only=True):
    """Товар с указанными характеристиками."""

    offer_id: str = _field(name="offerId")
    category_id: int = _field(name="categoryId")
    parameter_values: list[ParameterValueDTO] = _field(name="parameterValues")


class OfferContentErrorDTO(_Struct, kw_only=True):
    """Текст ошибки или предупреждения."""

    type: str
    parameter_id: int | None = _field(name="parameterId", default=None)
    message: str


class OfferDefaultPriceDTO(_Struct, kw_only=True):
    """Цена с указанием валюты, скидки и времени последнего обновления, а также минимальная цена для попадания в акцию «Бестселлеры Маркета»."""

    minimum_for_bestseller: float | None = _field(name="minimumForBestseller", default=None)
    excluded_from_bestsellers: bool | None = _field(name="excludedFromBestsellers", default=None)
    value: float | None = None
    currency_id: str | None = _field(name="currencyId", default=None)
    discount_base: float | None = _field(name="discountBase", default=None)
    updated_at: str | None = _field(name="updatedAt", default=None)


class OfferDefaultPriceListResponseDTO(_Struct, kw_only=True):
    """Список цен на товары."""

    offers: list[OfferDefaultPriceResponseDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class OfferDefaultPriceResponseDTO(_Struct, kw_only=True):
    """Информация об установленной цене на товар."""

    offer_id: str = _field(name="offerId")
    price: OfferDefaultPriceDTO | None = None


class OfferErrorDTO(_Struct, kw_only=True):
    """Сообщение об ошибке, связанной с размещением товара."""

    message: str | None = None
    comment: str | None = None


class OfferForRecommendationDTO(_Struct, kw_only=True):
    """Информация о состоянии цены на товар."""

    offer_id: str | None = _field(name="offerId", default=None)
    price: BasePriceDTOOut | None = None
    competitiveness: str | None = None
    shows: int | None = None


class OfferManualDTO(_Struct, kw_only=True):
    """Инструкция по использованию товара."""

    url: str
    title: str | _UnsetType = _UNSET


class OfferManualDTOOut(_Struct, kw_only=True):
    """Инструкция по использованию товара."""

    url: str
    title: str | None = None


class OfferMappingErrorDTO(_Struct, kw_only=True):
    """Текст ошибки или предупреждения."""

    type: str
    parameter_id: int | None = _field(name="parameterId", default=None)
    message: str


class OfferMediaFileDTO(_Struct, kw_only=True):
    """Информация о медиафайле товара."""

    url: str | None = None
    title: str | None = None
    upload_state: str | None = _field(name="uploadState", default=None)


class OfferMediaFilesDTO(_Struct, kw_only=True):
    """Информация о медиафайлах товара."""

    first_video_as_cover: bool | None = _field(name="firstVideoAsCover", default=None)
    videos: list[OfferMediaFileDTO] | None = None
    pictures: list[OfferMediaFileDTO] | None = None
    manuals: list[OfferMediaFileDTO] | None = None


class OfferParamDTO(_Struct, kw_only=True):
    """Параметры товара."""

    name: str
    value: str


class OfferParamDTOOut(_Struct, kw_only=True):
    """Параметры товара."""

    name: str
    value: str


class OfferPriceByOfferIdsListResponseDTO(_Struct, kw_only=True):
    """Список цен."""

    offers: list[OfferPriceByOfferIdsResponseDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class OfferPriceByOfferIdsResponseDTO(_Struct, kw_only=True):
    """Информация об установленной цене."""

    offer_id: str | None = _field(name="offerId", default=None)
    price: PriceDTOOut | None = None
    updated_at: str | None = _field(name="updatedAt", default=None)


class OfferPriceDTO(_Struct, kw_only=True):
    """Товар с информацией о новой цене на него."""

    offer_id: str | _UnsetType = _field(name="offerId", default=_UNSET)
    price: PriceDTO | _UnsetType = _UNSET


class OfferPriceListResponseDTO(_Struct, kw_only=True):
    """Список цен на товары."""

    offers: list[OfferPriceResponseDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None
    total: int | None = None


class OfferPriceResponseDTO(_Struct, kw_only=True):
    """Информация об установленной цене на товар."""

    id: str | None = None
    price: PriceDTOOut | None = None
    market_sku: int | None = _field(name="marketSku", default=None)
    updated_at: str | None = _field(name="updatedAt", default=None)


class OfferRecommendationDTO(_Struct, kw_only=True):
    """Информация о состоянии цен и рекомендации."""

    offer: OfferForRecommendationDTO | None = None
    recommendation: OfferRecommendationInfoDTO | None = None


class OfferRecommendationInfoDTO(_Struct, kw_only=True):
    """Рекомендации, касающиеся цены на товар."""

    offer_id: str | None = _field(name="offerId", default=None)
    competitiveness_thresholds: PriceCompetitivenessThresholdsDTO | None = _field(
        name="competitivenessThresholds", default=None
    )


class OfferRecommendationsResultDTO(_Struct, kw_only=True):
    """Список товаров с рекомендациями."""

    paging: PackagingForwardScrollingPagerDTO | None = None
    offer_recommendations: list[OfferRecommendationDTO] = _field(name="offerRecommendations")


class OfferSellingProgramDTO(_Struct, kw_only=True):
    """Информация о том, по каким моделям можно продавать товар, а по каким нельзя."""

    selling_program: str = _field(name="sellingProgram")
    status: str


class OfferWeightDimensionsDTO(_Struct, kw_only=True):
    """Габариты упаковки и вес товара."""

    length: float
    width: float
    height: float
    weight: float


class OfferWeightDimensionsDTOOut(_Struct, kw_only=True):
    """Габариты упаковки и вес товара."""

    length: float
    width: float
    height: float
    weight: float


class OperationDTO(_Struct, kw_only=True):
    """Информация об операции."""

    id: str
    type: str


class OperationResultDTO(_Struct, kw_only=True):
    """Результат выполнения."""

    id: str
    type: str
    status: str


class OptionValuesLimitedDTO(_Struct, kw_only=True):
    """Значение ограничивающей характеристики и список допустимых значений ограничиваемой характеристики."""

    limiting_option_value_id: int = _field(name="limitingOptionValueId")
    option_value_ids: list[int] = _field(name="optionValueIds")


class OrderBoxLayoutDTO(_Struct, kw_only=True):
    """Информация о коробке."""

    items: list[OrderBoxLayoutItemDTO]


class OrderBoxLayoutItemDTO(_Struct, kw_only=True):
    """Информация о товаре в коробке."""

    id: int
    full_count: int | _UnsetType = _field(name="fullCount", default=_UNSET)
    partial_count: OrderBoxLayoutPartialCountDTO | _UnsetType = _field(name="partialCount", default=_UNSET)
    instances: list[BriefOrderItemInstanceDTO] | _UnsetType | None = _UNSET


class OrderBoxLayoutItemDTOOut(_Struct, kw_only=True):
    """Информация о товаре в коробке."""

    id: int
    full_count: int | None = _field(name="fullCount", default=None)
    partial_count: OrderBoxLayoutPartialCountDTOOut | None = _field(name="partialCount", default=None)
    instances: list[BriefOrderItemInstanceDTOOut] | None = None


class OrderBoxLayoutPartialCountDTO(_Struct, kw_only=True):
    """Информация о части товара в коробке."""

    current: int
    total: int


class OrderBoxLayoutPartialCountDTOOut(_Struct, kw_only=True):
    """Информация о части товара в коробке."""

    current: int
    total: int


class OrderBoxesLayoutDTO(_Struct, kw_only=True):
    """Распределение товаров по коробкам."""

    boxes: list[EnrichedOrderBoxLayoutDTO]


class OrderBusinessBuyerDTO(_Struct, kw_only=True):
    """Информация о покупателе."""

    inn: str | None = None
    kpp: str | None = None
    organization_name: str | None = _field(name="organizationName", default=None)
    organization_jur_address: str | None = _field(name="organizationJurAddress", default=None)


class OrderBusinessDocumentsDTO(_Struct, kw_only=True):
    """Информация о документах."""

    upd: DocumentDTO | None = None
    ukd: DocumentDTO | None = None
    torg_twelve: DocumentDTO | None = _field(name="torgTwelve", default=None)
    sf: DocumentDTO | None = None
    ksf: DocumentDTO | None = None


class OrderBuyerDTO(_Struct, kw_only=True):
    """Информация о покупателе."""

    id: str | None = None
    last_name: str | None = _field(name="lastName", default=None)
    first_name: str | None = _field(name="firstName", default=None)
    middle_name: str | None = _field(name="middleName", default=None)
    type: str


class OrderBuyerInfoDTO(_Struct, kw_only=True):
    """Информация о покупателе и его номере телефона."""

    id: str | None = None
    last_name: str | None = _field(name="lastName", default=None)
    first_name: str | None = _field(name="firstName", default=None)
    middle_name: str | None = _field(name="middleName", default=None)
    type: str
    phone: str | None = None
    trusted: bool | None = None


class OrderCourierDTO(_Struct, kw_only=True):
    """Информация о курьере."""

    full_name: str | None = _field(name="fullName", default=None)
    phone: str | None = None
    phone_extension: str | None = _field(name="phoneExtension", default=None)
    vehicle_number: str | None = _field(name="vehicleNumber", default=None)
    vehicle_description: str | None = _field(name="vehicleDescription", default=None)


class OrderCourierDeliveryDTO(_Struct, kw_only=True):
    """Информация о курьерской доставке."""

    address: CourierDeliveryAddressDTO
    notes: str | _UnsetType = _UNSET


class OrderDTO(_Struct, kw_only=True):
    """Заказ."""

    id: int
    external_order_id: str | None = _field(name="externalOrderId", default=None)
    status: str
    substatus: str
    creation_date: str = _field(name="creationDate")
    updated_at: str | None = _field(name="updatedAt", default=None)
    currency: str
    items_total: float = _field(name="itemsTotal")
    delivery_total: float = _field(name="deliveryTotal")
    buyer_items_total: float | None = _field(name="buyerItemsTotal", default=None)
    buyer_total: float | None = _field(name="buyerTotal", default=None)
    buyer_items_total_before_discount: float = _field(name="buyerItemsTotalBeforeDiscount")
    buyer_total_before_discount: float | None = _field(name="buyerTotalBeforeDiscount", default=None)
    payment_type: str = _field(name="paymentType")
    payment_method: str = _field(name="paymentMethod")
    fake: bool
    items: list[OrderItemDTO]
    subsidies: list[OrderSubsidyDTO] | None = None
    delivery: OrderDeliveryDTO
    buyer: OrderBuyerDTO
    notes: str | None = None
    tax_system: str = _field(name="taxSystem")
    cancel_requested: bool | None = _field(name="cancelRequested", default=None)
    expiry_date: str | None = _field(name="expiryDate", default=None)


class OrderDatesFilterDTO(_Struct, kw_only=True):
    """Фильтр по датам заказов."""

    creation_date_from: _dt.date | _UnsetType = _field(name="creationDateFrom", default=_UNSET)
    creation_date_to: _dt.date | _UnsetType = _field(name="creationDateTo", default=_UNSET)
    shipment_date_from: _dt.date | _UnsetType = _field(name="shipmentDateFrom", default=_UNSET)
    shipment_date_to: _dt.date | _UnsetType = _field(name="shipmentDateTo", default=_UNSET)
    update_date_from: _dt.datetime | _UnsetType = _field(name="updateDateFrom", default=_UNSET)
    update_date_to: _dt.datetime | _UnsetType = _field(name="updateDateTo", default=_UNSET)


class OrderDeliveryAddressDTO(_Struct, kw_only=True):
    """Адрес доставки."""

    country: str | None = None
    postcode: str | None = None
    city: str | None = None
    district: str | None = None
    subway: str | None = None
    street: str | None = None
    house: str | None = None
    estate: str | None = None
    block: str | None = None
    building: str | None = None
    entrance: str | None = None
    entryphone: str | None = None
    floor: str | None = None
    apartment: str | None = None
    phone: str | None = None
    recipient: str | None = None
    gps: GpsDTO | None = None


class OrderDeliveryDTO(_Struct, kw_only=True):
    """Информация о доставке."""

    id: str | None = None
    type: str
    service_name: str = _field(name="serviceName")
    price: float | None = None
    delivery_partner_type: str = _field(name="deliveryPartnerType")
    courier: OrderCourierDTO | None = None
    dates: OrderDeliveryDatesDTO
    region: RegionDTO | None = None
    address: OrderDeliveryAddressDTO | None = None
    vat: str | None = None
    delivery_service_id: int = _field(name="deliveryServiceId")
    lift_type: str | None = _field(name="liftType", default=None)
    lift_price: float | None = _field(name="liftPrice", default=None)
    outlet_code: str | None = _field(name="outletCode", default=None)
    outlet_storage_limit_date: str | None = _field(name="outletStorageLimitDate", default=None)
    dispatch_type: str | None = _field(name="dispatchType", default=None)
    tracks: list[OrderTrackDTO] | None = None
    shipments: list[OrderShipmentDTO] | None = None
    estimated: bool | None = None
    eac_type: str | None = _field(name="eacType", default=None)
    eac_code: str | None = _field(name="eacCode", default=None)
    receive_code: str | None = _field(name="receiveCode", default=None)


class OrderDeliveryDateDTO(_Struct, kw_only=True):
    """Информация о новой дате доставки заказа."""

    to_date: _dt.date = _field(name="toDate")


class OrderDeliveryDatesDTO(_Struct, kw_only=True):
    """Диапазон дат доставки."""

    from_date: str = _field(name="fromDate")
    to_date: str | None = _field(name="toDate", default=None)
    from_time: str | None = _field(name="fromTime", default=None)
    to_time: str | None = _field(name="toTime", default=None)
    real_delivery_date: str | None = _field(name="realDeliveryDate", default=None)


class OrderDigitalItemDTO(_Struct, kw_only=True):
    """Цифровой товар."""

    id: int
    codes: list[str] | _UnsetType | None = _UNSET
    slip: str
    activate_till: _dt.date


class OrderItemDTO(_Struct, kw_only=True):
    """Список товаров в заказе."""

    id: int
    offer_id: str = _field(name="offerId")
    offer_name: str = _field(name="offerName")
    price: float
    buyer_price: float = _field(name="buyerPrice")
    buyer_price_before_discount: float = _field(name="buyerPriceBeforeDiscount")
    price_before_discount: float | None = _field(name="priceBeforeDiscount", default=None)
    count: int
    vat: str | None = None
    shop_sku: str | None = _field(name="shopSku", default=None)
    subsidy: float | None = None
    partner_warehouse_id: str | None = _field(name="partnerWarehouseId", default=None)
    promos: list[OrderItemPromoDTO] | None = None
    instances: list[OrderItemInstanceDTO] | None = None
    details: list[OrderItemDetailDTO] | None = None
    subsidies: list[OrderItemSubsidyDTO] | None = None
    required_instance_types: list[str] | None = _field(name="requiredInstanceTypes", default=None)
    tags: list[str] | None = None


class OrderItemDetailDTO(_Struct, kw_only=True):
    """Детали по товару в заказе."""

    item_count: int = _field(name="itemCount")
    item_status: str = _field(name="itemStatus")
    update_date: str = _field(name="updateDate")


class OrderItemInstanceDTO(_Struct, kw_only=True):
    """Переданные для данной позиции коды маркировки или УИНы."""

    cis: str | None = None
    cis_full: str | None = _field(name="cisFull", default=None)
    uin: str | None = None
    rnpt: str | None = None
    gtd: str | None = None
    country_code: str | None = _field(name="countryCode", default=None)


class OrderItemInstanceModificationDTO(_Struct, kw_only=True):
    """Позиция в корзине, требующая маркировки."""

    id: int
    instances: list[BriefOrderItemInstanceDTO]


class OrderItemModificationDTO(_Struct, kw_only=True):
    """Список товаров в заказе."""

    id: int
    count: int
    instances: list[BriefOrderItemInstanceDTO] | _UnsetType | None = _UNSET


class OrderItemPromoDTO(_Struct, kw_only=True):
    """Информация о вознаграждении продавцу за скидки на товар по промокодам, купонам и акциям."""

    type: str
    discount: float | None = None
    subsidy: float
    shop_promo_id: str | None = _field(name="shopPromoId", default=None)
    market_promo_id: str | None = _field(name="marketPromoId", default=None)


class OrderItemSubsidyDTO(_Struct, kw_only=True):
    """Общее вознаграждение продавцу за все скидки на товар: по промокодам, купонам и акциям; по баллам Плюса."""

    type: str
    amount: float


class OrderItemUnitStatusDTO(_Struct, kw_only=True):
    """Количество единиц товара с определенным статусом."""

    status: str
    count: int


class OrderItemValidationStatusDTO(_Struct, kw_only=True):
    """Идентификаторы товаров и информация по проверке их кодов."""

    id: int
    uin: list[UinDTO] | None = None
    cis: list[CisDTO] | None = None


class OrderItemsModificationResultDTO(_Struct, kw_only=True):
    """Краткие сведения о промаркированных товарах."""

    items: list[BriefOrderItemDTO]


class OrderLabelDTO(_Struct, kw_only=True):
    """Данные для печати ярлыка."""

    order_id: int = _field(name="orderId")
    places_number: int = _field(name="placesNumber")
    url: str
    parcel_box_labels: list[ParcelBoxLabelDTO] = _field(name="parcelBoxLabels")


class OrderParcelBoxDTO(_Struct, kw_only=True):
    """Информация о грузоместе."""

    id: int
    fulfilment_id: str = _field(name="fulfilmentId")


class OrderPickupDeliveryDTO(_Struct, kw_only=True):
    """Информация о доставке в пункт выдачи."""

    logistic_point_id: int = _field(name="logisticPointId")


class OrderPickupReturnDTO(_Struct, kw_only=True):
    """Информация о пункте выдачи, в который нужно вернуть товары."""

    logistic_point_id: int = _field(name="logisticPointId")


class OrderPriceDTO(_Struct, kw_only=True):
    """Информация о стоимости заказа."""

    payment: CurrencyValueDTO | None = None
    subsidy: CurrencyValueDTO | None = None
    cashback: CurrencyValueDTO | None = None
    delivery: DeliveryPriceDTO | None = None


class OrderShipmentDTO(_Struct, kw_only=True):
    """Список посылок."""

    id: int | None = None
    shipment_date: str | None = _field(name="shipmentDate", default=None)
    shipment_time: str | None = _field(name="shipmentTime", default=None)
    tracks: list[OrderTrackDTO] | None = None
    boxes: list[OrderParcelBoxDTO] | None = None


class OrderStateDTO(_Struct, kw_only=True):
    """Информация по заказу."""

    id: int
    status: OrderStatusType
    substatus: OrderSubstatusType | _UnsetType = _UNSET


class OrderStatusChangeDTO(_Struct, kw_only=True):
    """Заказ."""

    status: OrderStatusType
    substatus: OrderSubstatusType | _UnsetType = _UNSET
    delivery: OrderStatusChangeDeliveryDTO | _UnsetType = _UNSET


class OrderStatusChangeDeliveryDTO(_Struct, kw_only=True):
    """Информация о доставке."""

    dates: OrderStatusChangeDeliveryDatesDTO | _UnsetType = _UNSET


class OrderStatusChangeDeliveryDatesDTO(_Struct, kw_only=True):
    """Диапазон дат доставки."""

    real_delivery_date: _dt.date | _UnsetType = _field(name="realDeliveryDate", default=_UNSET)


class OrderSubsidyDTO(_Struct, kw_only=True):
    """Общее вознаграждение продавцу за DBS-доставку и все скидки на товар: по промокодам, купонам и акциям; по баллам Плюса; по доставке (DBS)."""

    type: str
    amount: float


class OrderTrackDTO(_Struct, kw_only=True):
    """Информация о трек-номере посылки (DBS)."""

    track_code: str | None = _field(name="trackCode", default=None)
    delivery_service_id: int = _field(name="deliveryServiceId")


class OrderUpdateOptionsDTO(_Struct, kw_only=True):
    """Список доступных интервалов."""

    delivery_intervals: DeliveryIntervalsUpdateOptionsDTO = _field(name="deliveryIntervals")


class OrdersShipmentInfoDTO(_Struct, kw_only=True):
    """Годные/негодные ярлыки по заказам в отгрузке."""

    order_ids_with_labels: list[int] = _field(name="orderIdsWithLabels")
    order_ids_without_labels: list[int] = _field(name="orderIdsWithoutLabels")


class OrdersStatsCommissionDTO(_Struct, kw_only=True):
    """Информация о стоимости услуг."""

    type: str | None = None
    actual: float | None = None


class OrdersStatsDTO(_Struct, kw_only=True):
    """Информация по заказам."""

    orders: list[OrdersStatsOrderDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class OrdersStatsDeliveryRegionDTO(_Struct, kw_only=True):
    """Информация о регионе доставки."""

    id: int | None = None
    name: str | None = None


class OrdersStatsDetailsDTO(_Struct, kw_only=True):
    """Информация об удалении товара из заказа."""

    item_status: str | None = _field(name="itemStatus", default=None)
    item_count: int | None = _field(name="itemCount", default=None)
    update_date: str | None = _field(name="updateDate", default=None)
    stock_type: str | None = _field(name="stockType", default=None)


class OrdersStatsItemDTO(_Struct, kw_only=True):
    """Список товаров в заказе после возможных изменений."""

    offer_name: str | None = _field(name="offerName", default=None)
    market_sku: int | None = _field(name="marketSku", default=None)
    shop_sku: str | None = _field(name="shopSku", default=None)
    count: int | None = None
    prices: list[OrdersStatsPriceDTO] | None = None
    warehouse: OrdersStatsWarehouseDTO | None = None
    details: list[OrdersStatsDetailsDTO] | None = None
    cis_list: list[str] | None = _field(name="cisList", default=None)
    initial_count: int | None = _field(name="initialCount", default=None)
    bid_fee: int | None = _field(name="bidFee", default=None)
    cofinance_threshold: float | None = _field(name="cofinanceThreshold", default=None)
    cofinance_value: float | None = _field(name="cofinanceValue", default=None)


class OrdersStatsOrderDTO(_Struct, kw_only=True):
    """Информация о заказе."""

    id: int | None = None
    creation_date: str | None = _field(name="creationDate", default=None)
    status_update_date: str | None = _field(name="statusUpdateDate", default=None)
    status: str | None = None
    partner_order_id: str | None = _field(name="partnerOrderId", default=None)
    payment_type: str | None = _field(name="paymentType", default=None)
    fake: bool | None = None
    delivery_region: OrdersStatsDeliveryRegionDTO | None = _field(name="deliveryRegion", default=None)
    items: list[OrdersStatsItemDTO]
    initial_items: list[OrdersStatsItemDTO] | None = _field(name="initialItems", default=None)
    payments: list[OrdersStatsPaymentDTO]
    commissions: list[OrdersStatsCommissionDTO]
    subsidies: list[OrdersStatsSubsidyDTO] | None = None
    currency: str


class OrdersStatsPaymentDTO(_Struct, kw_only=True):
    """Информация о денежных переводах по заказу."""

    id: str | None = None
    date: str | None = None
    type: str | None = None
    source: str | None = None
    total: float | None = None
    payment_order: OrdersStatsPaymentOrderDTO | None = _field(name="paymentOrder", default=None)


class OrdersStatsPaymentOrderDTO(_Struct, kw_only=True):
    """Информация о платежном поручении."""

    id: str | None = None
    date: str | None = None


class OrdersStatsPriceDTO(_Struct, kw_only=True):
    """Цена или скидки на товар."""

    type: str | None = None
    cost_per_item: float | None = _field(name="costPerItem", default=None)
    total: float | None = None


class OrdersStatsSubsidyDTO(_Struct, kw_only=True):
    """Информация о начислении баллов, которые используются для уменьшения стоимости размещения, и их списании в случае невыкупа или возврата."""

    operation_type: str = _field(name="operationType")
    type: str
    amount: float


class OrdersStatsWarehouseDTO(_Struct, kw_only=True):
    """Информация о складе, на котором хранится товар."""

    id: int | None = None
    name: str | None = None


class OutletAddressDTO(_Struct, kw_only=True):
    """Адрес точки продаж."""

    region_id: int = _field(name="regionId")
    street: str | _UnsetType = _UNSET
    number: str | _UnsetType = _UNSET
    building: str | _UnsetType = _UNSET
    estate: str | _UnsetType = _UNSET
    block: str | _UnsetType = _UNSET
    additional: str | _UnsetType = _UNSET
    km: int | _UnsetType = _UNSET
    city: str | _UnsetType = _UNSET


class OutletAddressDTOOut(_Struct, kw_only=True):
    """Адрес точки продаж."""

    region_id: int = _field(name="regionId")
    street: str | None = None
    number: str | None = None
    building: str | None = None
    estate: str | None = None
    block: str | None = None
    additional: str | None = None
    km: int | None = None
    city: str | None = None


class OutletDeliveryRuleDTO(_Struct, kw_only=True):
    """Информация об условиях доставки для данной точки продаж."""

    min_delivery_days: int | _UnsetType = _field(name="minDeliveryDays", default=_UNSET)
    max_delivery_days: int | _UnsetType = _field(name="maxDeliveryDays", default=_UNSET)
    delivery_service_id: int | _UnsetType = _field(name="deliveryServiceId", default=_UNSET)
    order_before: int | _UnsetType = _field(name="orderBefore", default=_UNSET)
    price_free_pickup: float | _UnsetType = _field(name="priceFreePickup", default=_UNSET)
    unspecified_delivery_interval: bool | _UnsetType = _field(
        name="unspecifiedDeliveryInterval", default=_UNSET
    )


class OutletDeliveryRuleDTOOut(_Struct, kw_only=True):
    """Информация об условиях доставки для данной точки продаж."""

    min_delivery_days: int | None = _field(name="minDeliveryDays", default=None)
    max_delivery_days: int | None = _field(name="maxDeliveryDays", default=None)
    delivery_service_id: int | None = _field(name="deliveryServiceId", default=None)
    order_before: int | None = _field(name="orderBefore", default=None)
    price_free_pickup: float | None = _field(name="priceFreePickup", default=None)
    unspecified_delivery_interval: bool | None = _field(name="unspecifiedDeliveryInterval", default=None)


class OutletLicenseDTO(_Struct, kw_only=True):
    """Информация о лицензии."""

    id: int | _UnsetType = _UNSET
    outlet_id: int = _field(name="outletId")
    license_type: LicenseType = _field(name="licenseType")
    number: str
    date_of_issue: _dt.datetime = _field(name="dateOfIssue")
    date_of_expiry: _dt.datetime = _field(name="dateOfExpiry")


class OutletLicensesResponseDTO(_Struct, kw_only=True):
    """Ответ на запрос информации о лицензиях для точек продаж."""

    licenses: list[FullOutletLicenseDTO]


class OutletResponseDTO(_Struct, kw_only=True):
    """Результат выполнения запроса."""

    id: int | None = None


class OutletWorkingScheduleDTO(_Struct, kw_only=True):
    """Список режимов работы точки продаж."""

    work_in_holiday: bool | _UnsetType = _field(name="workInHoliday", default=_UNSET)
    schedule_items: list[OutletWorkingScheduleItemDTO] = _field(name="scheduleItems")


class OutletWorkingScheduleDTOOut(_Struct, kw_only=True):
    """Список режимов работы точки продаж."""

    work_in_holiday: bool | None = _field(name="workInHoliday", default=None)
    schedule_items: list[OutletWorkingScheduleItemDTOOut] = _field(name="scheduleItems")


class OutletWorkingScheduleItemDTO(_Struct, kw_only=True):
    """Расписание работы точки продаж."""

    start_day: DayOfWeekType = _field(name="startDay")
    end_day: DayOfWeekType = _field(name="endDay")
    start_time: str = _field(name="startTime")
    end_time: str = _field(name="endTime")


class OutletWorkingScheduleItemDTOOut(_Struct, kw_only=True):
    """Расписание работы точки продаж."""

    start_day: str = _field(name="startDay")
    end_day: str = _field(name="endDay")
    start_time: str = _field(name="startTime")
    end_time: str = _field(name="endTime")


class PackagingForwardScrollingPagerDTO(_Struct, kw_only=True):
    """Идентификатор следующей страницы."""

    next_page_token: str | None = _field(name="nextPageToken", default=None)


class PackagingScrollingPagerDTO(_Struct, kw_only=True):
    """Информация о страницах результатов."""

    next_page_token: str | None = _field(name="nextPageToken", default=None)
    prev_page_token: str | None = _field(name="prevPageToken", default=None)


class PagedReturnsDTO(_Struct, kw_only=True):
    """Невыкупы или возвраты."""

    paging: PackagingForwardScrollingPagerDTO | None = None
    returns: list[ReturnDTO]


class PagedWarehousesDTO(_Struct, kw_only=True):
    """Информация о складах в кабинете."""

    warehouses: list[WarehouseDetailsDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class PalletsCountDTO(_Struct, kw_only=True):
    """Количество палет в отгрузке."""

    planned: int | None = None
    fact: int | None = None


class ParameterValueConstraintsDTO(_Struct, kw_only=True):
    """Ограничения на значения характеристик."""

    min_value: float | None = _field(name="minValue", default=None)
    max_value: float | None = _field(name="maxValue", default=None)
    max_length: int | None = _field(name="maxLength", default=None)


class ParameterValueDTO(_Struct, kw_only=True):
    """Значение характеристики."""

    parameter_id: int = _field(name="parameterId")
    unit_id: int | _UnsetType = _field(name="unitId", default=_UNSET)
    value_id: int | _UnsetType = _field(name="valueId", default=_UNSET)
    value: str | _UnsetType = _UNSET


class ParameterValueDTOOut(_Struct, kw_only=True):
    """Значение характеристики."""

    parameter_id: int = _field(name="parameterId")
    unit_id: int | None = _field(name="unitId", default=None)
    value_id: int | None = _field(name="valueId", default=None)
    value: str | None = None


class ParameterValueOptionDTO(_Struct, kw_only=True):
    """Значение характеристики."""

    id: int
    value: str
    description: str | None = None


class ParcelBoxDTO(_Struct, kw_only=True):
    """Параметр отображает одно грузовое место."""

    id: int | None = None
    fulfilment_id: str | None = _field(name="fulfilmentId", default=None)


class ParcelBoxLabelDTO(_Struct, kw_only=True):
    """Информация о ярлыке для коробки."""

    url: str
    supplier_name: str = _field(name="supplierName")
    delivery_service_name: str = _field(name="deliveryServiceName")
    order_id: int = _field(name="orderId")
    order_num: str = _field(name="orderNum")
    recipient_name: str = _field(name="recipientName")
    box_id: int = _field(name="boxId")
    fulfilment_id: str = _field(name="fulfilmentId")
    place: str
    weight: str
    delivery_service_id: str = _field(name="deliveryServiceId")
    delivery_address: str | None = _field(name="deliveryAddress", default=None)
    shipment_date: str | None = _field(name="shipmentDate", default=None)


class ParcelBoxRequestDTO(_Struct, kw_only=True):
    """Параметр отображает одно грузовое место."""

    fulfilment_id: str | _UnsetType = _field(name="fulfilmentId", default=_UNSET)


class PartialCompensationBoundsDTO(_Struct, kw_only=True):
    """Пределы суммы частичной компенсации."""

    min_amount: BasePriceDTOOut = _field(name="minAmount")
    max_amount: BasePriceDTOOut = _field(name="maxAmount")
    max_percent: int = _field(name="maxPercent")


class PartnerShipmentWarehouseDTO(_Struct, kw_only=True):
    """Данные о складе отправления."""

    id: int
    name: str | None = None
    address: str | None = None


class PickupAddressDTO(_Struct, kw_only=True):
    """Адрес доставки."""

    country: str | None = None
    city: str | None = None
    street: str | None = None
    house: str | None = None
    postcode: str | None = None


class PickupDeliveryOptionsDTO(_Struct, kw_only=True):
    """Информация о доставке в пункт выдачи."""

    pickup_options: list[PickupOptionsDTO] = _field(name="pickupOptions")


class PickupDeliveryParametersDTO(_Struct, kw_only=True):
    """Информация о доставке в пункт выдачи."""

    logistic_points_ids: list[int] = _field(name="logisticPointsIds")


class PickupOptionDTO(_Struct, kw_only=True):
    """Временной интервал и стоимость доставки."""

    delivery_date_interval: DeliveryDateIntervalDTOOut = _field(name="deliveryDateInterval")
    price: DeliveryOptionPriceDTO


class PickupOptionsDTO(_Struct, kw_only=True):
    """Временной интервал, идентификатор пункта выдачи и способ оплаты."""

    logistic_point_id: int = _field(name="logisticPointId")
    options: list[PickupOptionDTO]


class PickupReturnDeliveryOptionsDTO(_Struct, kw_only=True):
    """Информация о пунктах выдачи."""

    logistic_point_ids: list[int] = _field(name="logisticPointIds")


class PriceCompetitivenessThresholdsDTO(_Struct, kw_only=True):
    """Максимальные значения цены, при которых она является привлекательной или умеренной."""

    optimal_price: BasePriceDTOOut | None = _field(name="optimalPrice", default=None)
    average_price: BasePriceDTOOut | None = _field(name="averagePrice", default=None)


class PriceDTO(_Struct, kw_only=True):
    """Цена с указанием скидки, валюты и времени последнего обновления."""

    value: float | _UnsetType = _UNSET
    discount_base: float | _UnsetType = _field(name="discountBase", default=_UNSET)
    currency_id: CurrencyType | _UnsetType = _field(name="currencyId", default=_UNSET)
    vat: int | _UnsetType = _UNSET


class PriceDTOOut(_Struct, kw_only=True):
    """Цена с указанием скидки, валюты и времени последнего обновления."""

    value: float | None = None
    discount_base: float | None = _field(name="discountBase", default=None)
    currency_id: str | None = _field(name="currencyId", default=None)
    vat: int | None = None


class PriceQuarantineVerdictDTO(_Struct, kw_only=True):
    """Причина попадания товара в карантин."""

    type: str | None = None
    params: list[PriceQuarantineVerdictParameterDTO]


class PriceQuarantineVerdictParameterDTO(_Struct, kw_only=True):
    """Параметр карантина."""

    name: str
    value: str


class PriceRecommendationItemDTO(_Struct, kw_only=True):
    """Рекомендованная цена."""

    campaign_id: int = _field(name="campaignId")
    price: float


class PriceWithDiscountDTO(_Struct, kw_only=True):
    """Цена с указанием скидки."""

    value: float
    currency_id: CurrencyType = _field(name="currencyId")
    discount_base: float | _UnsetType = _field(name="discountBase", default=_UNSET)


class PromoOfferAutoParticipatingDetailsDTO(_Struct, kw_only=True):
    """Информация об автоматическом добавлении товара в акцию."""

    campaign_ids: list[int] | None = _field(name="campaignIds", default=None)


class PromoOfferDiscountParamsDTO(_Struct, kw_only=True):
    """Параметры товара в акции с типом DIRECT_DISCOUNT или BLUE_FLASH."""

    price: int | None = None
    promo_price: int | None = _field(name="promoPrice", default=None)
    max_promo_price: int | None = _field(name="maxPromoPrice", default=None)


class PromoOfferParamsDTO(_Struct, kw_only=True):
    """Параметры товара в акции."""

    discount_params: PromoOfferDiscountParamsDTO | None = _field(name="discountParams", default=None)


class PromoOfferUpdateWarningDTO(_Struct, kw_only=True):
    """Предупреждение, которое появилось при добавлении товара в акцию или изменении его цен."""

    code: str
    campaign_ids: list[int] | None = _field(name="campaignIds", default=None)


class PromoPeriodDTO(_Struct, kw_only=True):
    """Время проведения акции."""

    date_time_from: str = _field(name="dateTimeFrom")
    date_time_to: str = _field(name="dateTimeTo")


class ProvideOrderDigitalCodesRequest(_Struct, kw_only=True):
    """Запрос на передачу ключей цифровых товаров."""

    items: list[OrderDigitalItemDTO]


class ProvideOrderItemIdentifiersRequest(_Struct, kw_only=True):
    items: list[OrderItemInstanceModificationDTO]


class ProvideOrderItemIdentifiersResponse(_Struct, kw_only=True):
    status: str
    result: OrderItemsModificationResultDTO | None = None


class PutSkuBidsRequest(_Struct, kw_only=True):
    """description."""

    bids: list[SkuBidItemDTO]


class QualityRatingAffectedOrderDTO(_Struct, kw_only=True):
    """Информация о заказе, который повлиял на индекс качества."""

    order_id: int = _field(name="orderId")
    description: str
    component_type: str = _field(name="componentType")


class QualityRatingComponentDTO(_Struct, kw_only=True):
    """Составляющая индекса качества."""

    value: float
    component_type: str = _field(name="componentType")


class QualityRatingDTO(_Struct, kw_only=True):
    """Информация об индексе качества."""

    rating: int
    calculation_date: str = _field(name="calculationDate")
    components: list[QualityRatingComponentDTO]


class QualityRatingDetailsDTO(_Struct, kw_only=True):
    """Информация о заказах, которые повлияли на индекс качества."""

    affected_orders: list[QualityRatingAffectedOrderDTO] = _field(name="affectedOrders")


class QuarantineOfferDTO(_Struct, kw_only=True):
    """Товар в карантине."""

    offer_id: str | None = _field(name="offerId", default=None)
    current_price: BasePriceDTOOut | None = _field(name="currentPrice", default=None)
    last_valid_price: BasePriceDTOOut | None = _field(name="lastValidPrice", default=None)
    verdicts: list[PriceQuarantineVerdictDTO] | None = None


class QuestionDTO(_Struct, kw_only=True):
    """Вопрос."""

    question_identifiers: QuestionIdentifiersDTO = _field(name="questionIdentifiers")
    business_id: int = _field(name="businessId")
    text: str
    created_at: str = _field(name="createdAt")
    votes: VotesDTO
    author: QuestionsTextContentAuthorDTO


class QuestionIdentifiersDTO(_Struct, kw_only=True):
    """Идентификаторы вопроса."""

    id: int
    category_id: int | None = _field(name="categoryId", default=None)
    offer_id: str = _field(name="offerId")


class QuestionListDTO(_Struct, kw_only=True):
    """Список вопросов."""

    questions: list[QuestionDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None
    total_count: int = _field(name="totalCount")


class QuestionsTextContentAuthorDTO(_Struct, kw_only=True):
    """Информация об авторе комментария."""

    type: str | None = None
    name: str | None = None


class RegionDTO(_Struct, kw_only=True):
    """Регион доставки."""

    id: int
    name: str
    type: str
    parent: RegionDTO | None = None


class RegionWithChildrenDTO(_Struct, kw_only=True):
    """Информация о родительском и дочерних регионах."""

    id: int
    name: str
    type: str
    parent: RegionDTO | None = None
    children: list[RegionDTO] | None = None


class RejectedPromoOfferDeleteDTO(_Struct, kw_only=True):
    """Информация о товаре и ошибки, которые появились при его удалении."""

    offer_id: str = _field(name="offerId")
    reason: str


class RejectedPromoOfferUpdateDTO(_Struct, kw_only=True):
    """Описание отклоненного изменения."""

    offer_id: str = _field(name="offerId")
    reason: str


class ReportInfoDTO(_Struct, kw_only=True):
    """Статус генерации и ссылка на готовый отчет или документ."""

    status: str
    sub_status: str | None = _field(name="subStatus", default=None)
    generation_requested_at: str = _field(name="generationRequestedAt")
    generation_finished_at: str | None = _field(name="generationFinishedAt", default=None)
    file: str | None = None
    estimated_generation_time: int | None = _field(name="estimatedGenerationTime", default=None)


class ReturnAvailableDecisionDTO(_Struct, kw_only=True):
    """Доступное решение по возврату."""

    decision_type: str = _field(name="decisionType")
    decision_reason_types: list[str] | None = _field(name="decisionReasonTypes", default=None)
    partial_compensation_bounds: PartialCompensationBoundsDTO | None = _field(
        name="partialCompensationBounds", default=None
    )


class ReturnAvailableDecisionsResponse(_Struct, kw_only=True):
    """Возможные решения по возврату."""

    available_decisions: list[ReturnAvailableDecisionDTO] = _field(name="availableDecisions")


class ReturnDTO(_Struct, kw_only=True):
    """Невыкуп или возврат в заказе."""

    id: int
    order_id: int = _field(name="orderId")
    creation_date: str | None = _field(name="creationDate", default=None)
    update_date: str | None = _field(name="updateDate", default=None)
    refund_status: str | None = _field(name="refundStatus", default=None)
    logistic_pickup_point: LogisticPickupPointDTO | None = _field(name="logisticPickupPoint", default=None)
    pickup_till_date: str | None = _field(name="pickupTillDate", default=None)
    shipment_recipient_type: str | None = _field(name="shipmentRecipientType", default=None)
    shipment_status: str | None = _field(name="shipmentStatus", default=None)
    refund_amount: int | None = _field(name="refundAmount", default=None)
    amount: CurrencyValueDTO | None = None
    items: list[ReturnItemDTO]
    return_type: str = _field(name="returnType")
    fast_return: bool | None = _field(name="fastReturn", default=None)


class ReturnDecisionDTO(_Struct, kw_only=True):
    """Решения по возвратам."""

    return_item_id: int | None = _field(name="returnItemId", default=None)
    count: int | None = None
    comment: str | None = None
    reason_type: str | None = _field(name="reasonType", default=None)
    subreason_type: str | None = _field(name="subreasonType", default=None)
    decision_type: str | None = _field(name="decisionType", default=None)
    refund_amount: int | None = _field(name="refundAmount", default=None)
    amount: CurrencyValueDTO | None = None
    partner_compensation: int | None = _field(name="partnerCompensation", default=None)
    partner_compensation_amount: CurrencyValueDTO | None = _field(
        name="partnerCompensationAmount", default=None
    )
    images: list[str] | None = None


class ReturnInstanceDTO(_Struct, kw_only=True):
    """Логистическая информация по возврату."""

    stock_type: str | None = _field(name="stockType", default=None)
    status: str | None = None
    cis: str | None = None
    imei: str | None = None


class ReturnItemDTO(_Struct, kw_only=True):
    """Список товаров в невыкупе или возврате."""

    market_sku: int | None = _field(name="marketSku", default=None)
    shop_sku: str = _field(name="shopSku")
    count: int
    decisions: list[ReturnDecisionDTO] | None = None
    instances: list[ReturnInstanceDTO] | None = None
    tracks: list[TrackDTO] | None = None


class ReturnItemDecisionDTO(_Struct, kw_only=True):
    """Решения по товару в возврате."""

    return_item_id: int = _field(name="returnItemId")
    decision_type: ReturnRequestDecisionType = _field(name="decisionType")
    decision_reason_type: ReturnRequestDecisionReasonType | _UnsetType = _field(
        name="decisionReasonType", default=_UNSET
    )
    comment: str | _UnsetType = _UNSET
    compensation: BasePriceDTO | _UnsetType = _UNSET


class ScheduleDayDTO(_Struct, kw_only=True):
    """День и время работы."""

    day: str
    start_time: str = _field(name="startTime")
    end_time: str = _field(name="endTime")


class SearchShipmentsRequest(_Struct, kw_only=True):
    """Запрос информации об отгрузках."""

    date_from: _dt.date = _field(name="dateFrom")
    date_to: _dt.date = _field(name="dateTo")
    statuses: list[ShipmentStatusType] | _UnsetType | None = _UNSET
    order_ids: list[int] | _UnsetType | None = _field(name="orderIds", default=_UNSET)
    cancelled_orders: bool | _UnsetType = _field(name="cancelledOrders", default=_UNSET)


class SearchShipmentsResponse(_Struct, kw_only=True):
    """Ответ на запрос информации об отгрузках."""

    status: str
    result: SearchShipmentsResponseDTO | None = None


class SearchShipmentsResponseDTO(_Struct, kw_only=True):
    """Информация об отгрузках."""

    shipments: list[ShipmentInfoDTO]
    paging: PackagingForwardScrollingPagerDTO | None = None


class SendFileToChatRequest(_Struct, kw_only=True):
    """Информация о чате и отправляемом файле."""

    file: bytes | _FileUpload


class SendMessageToChatRequest(_Struct, kw_only=True):
    """В какой чат нужно отправить сообщение и текст сообщения."""

    message: str


class SetOrderBoxLayoutRequest(_Struct, kw_only=True):
    boxes: list[OrderBoxLayoutDTO]
    allow_remove: bool | _UnsetType = _field(name="allowRemove", default=_UNSET)


class SetOrderBoxLayoutResponse(_Struct, kw_only=True):
    status: str
    result: OrderBoxesLayoutDTO | None = None


class SetOrderDeliveryDateRequest(_Struct, kw_only=True):
    dates: OrderDeliveryDateDTO
    reason: OrderDeliveryDateReasonType


class SetOrderDeliveryTrackCodeRequest(_Struct, kw_only=True):
    track_code: str = _field(name="trackCode")
    delivery_service_id: int = _field(name="deliveryServiceId")


class SetOrderShipmentBoxesRequest(_Struct, kw_only=True):
    boxes: list[ParcelBoxRequestDTO]


class SetOrderShipmentBoxesResponse(_Struct, kw_only=True):
    status: str
    result: ShipmentBoxesDTO | None = None


class SetReturnDecisionRequest(_Struct, kw_only=True):
    """Решения по товару в возврате."""

    return_item_id: int = _field(name="returnItemId")
    decision_type: ReturnRequestDecisionType = _field(name="decisionType")
    comment: str | _UnsetType = _UNSET
    compensation: BasePriceDTO | _UnsetType = _UNSET


class SetShipmentPalletsCountRequest(_Struct, kw_only=True):
    """Запрос на передачу количества упаковок в отгрузке."""

    places_count: int = _field(name="placesCount")


class ShipmentBoxesDTO(_Struct, kw_only=True):
    """В ответе Маркет возвращает переданный вами список грузовых мест."""

    boxes: list[ParcelBoxDTO]


class ShipmentDTO(_Struct, kw_only=True):
    """Информация об отгрузке."""

    id: int
    plan_interval_from: str = _field(name="planIntervalFrom")
    plan_interval_to: str = _field(name="planIntervalTo")
    shipment_type: str | None = _field(name="shipmentType", default=None)
    warehouse: PartnerShipmentWarehouseDTO | None = None
    warehouse_to: PartnerShipmentWarehouseDTO | None = _field(name="warehouseTo", default=None)
    external_id: str | None = _field(name="externalId", default=None)
    delivery_service: DeliveryServiceDTO | None = _field(name="deliveryService", default=None)
    pallets_count: PalletsCountDTO | None = _field(name="palletsCount", default=None)
    order_ids: list[int] = _field(name="orderIds")
    draft_count: int = _field(name="draftCount")
    planned_count: int = _field(name="plannedCount")
    fact_count: int = _field(name="factCount")
    signature: SignatureDTO
    current_status: ShipmentStatusChangeDTO | None = _field(name="currentStatus", default=None)
    available_actions: list[str] = _field(name="availableActions")


class ShipmentInfoDTO(_Struct, kw_only=True):
    """Список с информацией об отгрузках."""

    id: int
    plan_interval_from: str = _field(name="planIntervalFrom")
    plan_interval_to: str = _field(name="planIntervalTo")
    shipment_type: str | None = _field(name="shipmentType", default=None)
    warehouse: PartnerShipmentWarehouseDTO | None = None
    warehouse_to: PartnerShipmentWarehouseDTO | None = _field(name="warehouseTo", default=None)
    external_id: str | None = _field(name="externalId", default=None)
    delivery_service: DeliveryServiceDTO | None = _field(name="deliveryService", default=None)
    pallets_count: PalletsCountDTO | None = _field(name="palletsCount", default=None)
    order_ids: list[int] = _field(name="orderIds")
    draft_count: int = _field(name="draftCount")
    planned_count: int = _field(name="plannedCount")
    fact_count: int = _field(name="factCount")
    signature: SignatureDTO
    status: str | None = None
    status_description: str | None = _field(name="statusDescription", default=None)
    status_update_time: str | None = _field(name="statusUpdateTime", default=None)


class ShipmentStatusChangeDTO(_Struct, kw_only=True):
    """Статус отгрузки."""

    status: str | None = None
    description: str | None = None
    update_time: str | None = _field(name="updateTime", default=None)


class ShowcaseUrlDTO(_Struct, kw_only=True):
    """Ссылка на товар на витрине и ее тип."""

    showcase_type: str = _field(name="showcaseType")
    showcase_url: str = _field(name="showcaseUrl")


class SignatureDTO(_Struct, kw_only=True):
    """Информация о подписи акта приема-передачи."""

    signed: bool


class SkipGoodsFeedbackReactionRequest(_Struct, kw_only=True):
    """Идентификаторы отзывов."""

    feedback_ids: list[int] = _field(name="feedbackIds")


class SkuBidItemDTO(_Struct, kw_only=True):
    """Список товаров и ставок на них."""

    sku: str
    bid: int


class SkuBidItemDTOOut(_Struct, kw_only=True):
    """Список товаров и ставок на них."""

    sku: str
    bid: int


class SkuBidRecommendationItemDTO(_Struct, kw_only=True):
    """Список товаров с рекомендованными ставками."""

    sku: str
    bid: int
    bid_recommendations: list[BidRecommendationItemDTO] | None = _field(
        name="bidRecommendations", default=None
    )
    price_recommendations: list[PriceRecommendationItemDTO] | None = _field(
        name="priceRecommendations", default=None
    )


class SubmitReturnDecisionRequest(_Struct, kw_only=True):
    """Запрос на подтверждение решения по возврату."""

    return_item_decisions: list[ReturnItemDecisionDTO] = _field(name="returnItemDecisions")


class SupplyRequestCountersDTO(_Struct, kw_only=True):
    """Количество товаров, коробок и палет в заявке."""

    plan_count: int | None = _field(name="planCount", default=None)
    fact_count: int | None = _field(name="factCount", default=None)
    undefined_count: int | None = _field(name="undefinedCount", default=None)
    surplus_count: int | None = _field(name="surplusCount", default=None)
    shortage_count: int | None = _field(name="shortageCount", default=None)
    defect_count: int | None = _field(name="defectCount", default=None)
    acceptable_count: int | None = _field(name="acceptableCount", default=None)
    unacceptable_count: int | None = _field(name="unacceptableCount", default=None)
    actual_pallets_count: int | None = _field(name="actualPalletsCount", default=None)
    actual_box_count: int | None = _field(name="actualBoxCount", default=None)


class SupplyRequestDTO(_Struct, kw_only=True):
    """Информация о заявке на поставку, вывоз или утилизацию."""

    id: SupplyRequestIdDTO
    type: str
    subtype: str
    status: str
    updated_at: str = _field(name="updatedAt")
    counters: SupplyRequestCountersDTO
    parent_link: SupplyRequestReferenceDTO | None = _field(name="parentLink", default=None)
    children_links: list[SupplyRequestReferenceDTO] | None = _field(name="childrenLinks", default=None)
    target_location: SupplyRequestLocationDTO = _field(name="targetLocation")
    transit_location: SupplyRequestLocationDTO | None = _field(name="transitLocation", default=None)


class SupplyRequestDocumentDTO(_Struct, kw_only=True):
    """Документ по заявке."""

    type: str
    url: str
    created_at: str = _field(name="createdAt")


class SupplyRequestIdDTO(_Struct, kw_only=True):
    """Идентификатор и номера заявки."""

    id: int
    marketplace_request_id: str | None = _field(name="marketplaceRequestId", default=None)
    warehouse_request_id: str | None = _field(name="warehouseRequestId", default=None)


class SupplyRequestItemCountersDTO(_Struct, kw_only=True):
    """Количество товаров в заявке."""

    plan_count: int | None = _field(name="planCount", default=None)
    fact_count: int | None = _field(name="factCount", default=None)
    surplus_count: int | None = _field(name="surplusCount", default=None)
    shortage_count: int | None = _field(name="shortageCount", default=None)
    defect_count: int | None = _field(name="defectCount", default=None)


class SupplyRequestItemDTO(_Struct, kw_only=True):
    """Информация о товаре в заявке."""

    offer_id: str = _field(name="offerId")
    name: str
    price: CurrencyValueDTO | None = None
    counters: SupplyRequestItemCountersDTO


class SupplyRequestLocationAddressDTO(_Struct, kw_only=True):
    """Адрес склада или ПВЗ."""

    full_address: str = _field(name="fullAddress")
    gps: GpsDTO


class SupplyRequestLocationDTO(_Struct, kw_only=True):
    """Информации о складе или ПВЗ в заявке."""

    requested_date: str | None = _field(name="requestedDate", default=None)
    service_id: int = _field(name="serviceId")
    name: str
    address: SupplyRequestLocationAddressDTO
    type: str


class SupplyRequestReferenceDTO(_Struct, kw_only=True):
    """Информация о связанных заявках."""

    id: SupplyRequestIdDTO
    type: str


class SupplyRequestSortingDTO(_Struct, kw_only=True):
    """Параметры сортировки."""

    direction: SortOrderType
    attribute: SupplyRequestSortAttributeType


class TariffDTO(_Struct, kw_only=True):
    """Информация о тарифах, по которым нужно заплатить за услуги Маркета."""

    type: str
    percent: float | None = None
    amount: float
    currency: str
    parameters: list[TariffParameterDTO]


class TariffParameterDTO(_Struct, kw_only=True):
    """Детали расчета конкретной услуги Маркета."""

    name: str
    value: str


class TaxationInfoDTO(_Struct, kw_only=True):
    """Информация о налогообложении."""

    vat: str | None = None


class TimeIntervalDTO(_Struct, kw_only=True):
    """Интервал времени доставки."""

    from_time: str = _field(name="fromTime")
    to_time: str = _field(name="toTime")


class TimeIntervalDTOOut(_Struct, kw_only=True):
    """Интервал времени доставки."""

    from_time: str = _field(name="fromTime")
    to_time: str = _field(name="toTime")


class TimePeriodDTO(_Struct, kw_only=True):
    """Временной отрезок с комментарием."""

    time_period: int = _field(name="timePeriod")
    time_unit: TimeUnitType = _field(name="timeUnit")
    comment: str | _UnsetType = _UNSET


class TimePeriodDTOOut(_Struct, kw_only=True):
    """Временной отрезок с комментарием."""

    time_period: int = _field(name="timePeriod")
    time_unit: str = _field(name="timeUnit")
    comment: str | None = None


class TokenDTO(_Struct, kw_only=True):
    """Информация о токене авторизации."""

    api_key: ApiKeyDTO = _field(name="apiKey")


class TrackDTO(_Struct, kw_only=True):
    """Информация о трек-номерах."""

    track_code: str | None = _field(name="trackCode", default=None)


class TransferOrdersFromShipmentRequest(_Struct, kw_only=True):
    """Запрос переноса заказов из отгрузки."""

    order_ids: list[int] = _field(name="orderIds")


class TurnoverDTO(_Struct, kw_only=True):
    """Информация об оборачиваемости товара."""

    turnover: str
    turnover_days: float | None = _field(name="turnoverDays", default=None)


class TypedQuestionsTextEntityIdDTO(_Struct, kw_only=True):
    """Идентификатор вопроса, ответа или комментария."""

    id: int
    type: QuestionsTextEntityType


class TypedQuestionsTextEntityIdDTOOut(_Struct, kw_only=True):
    """Идентификатор вопроса, ответа или комментария."""

    id: int
    type: str


class UinDTO(_Struct, kw_only=True):
    """Статус проверки и :no-translate[УИН]."""

    value: str
    status: str
    substatus: str | None = None


class UnitDTO(_Struct, kw_only=True):
    """Единица измерения."""

    id: int
    name: str
    full_name: str = _field(name="fullName")


class UpdateBusinessOfferPriceDTO(_Struct, kw_only=True):
    """Товар с новой ценой."""

    offer_id: str = _field(name="offerId")
    price: UpdateBusinessPricesDTO


class UpdateBusinessPricesDTO(_Struct, kw_only=True):
    """Цены."""

    value: float
    currency_id: CurrencyType = _field(name="currencyId")
    discount_base: float | _UnsetType = _field(name="discountBase", default=_UNSET)
    minimum_for_bestseller: float | _UnsetType = _field(name="minimumForBestseller", default=_UNSET)


class UpdateBusinessPricesRequest(_Struct, kw_only=True):
    """Запрос на установку цен, которые действуют во всех магазинах."""

    offers: list[UpdateBusinessOfferPriceDTO]


class UpdateCampaignOfferDTO(_Struct, kw_only=True):
    """Параметры размещения товара в магазине."""

    offer_id: str = _field(name="offerId")
    available: bool | _UnsetType = _UNSET
    vat: int | _UnsetType = _UNSET


class UpdateCampaignOffersRequest(_Struct, kw_only=True):
    """Запрос на обновление предложений товаров магазина."""

    offers: list[UpdateCampaignOfferDTO]


class UpdateExternalOrderIdRequest(_Struct, kw_only=True):
    """Список заказов."""

    external_order_id: str = _field(name="externalOrderId")


class UpdateGoodsFeedbackCommentDTO(_Struct, kw_only=True):
    """Комментарий к отзыву или другому комментарию."""

    id: int | _UnsetType = _UNSET
    parent_id: int | _UnsetType = _field(name="parentId", default=_UNSET)
    text: str


class UpdateGoodsFeedbackCommentRequest(_Struct, kw_only=True):
    """Комментарий к отзыву."""

    feedback_id: int = _field(name="feedbackId")
    comment: UpdateGoodsFeedbackCommentDTO


class UpdateGoodsFeedbackCommentResponse(_Struct, kw_only=True):
    status: str
    result: GoodsFeedbackCommentDTO | None = None


class UpdateGoodsQuestionTextEntityDTO(_Struct, kw_only=True):
    """Информация о созданном ответе или комментария."""

    entity: TypedQuestionsTextEntityIdDTOOut


class UpdateGoodsQuestionTextEntityRequest(_Struct, kw_only=True):
    """Запрос на создание, обновление или удаление вопроса, ответа или комментария."""

    entity_id: TypedQuestionsTextEntityIdDTO | _UnsetType = _field(name="entityId", default=_UNSET)
    parent_entity_id: TypedQuestionsTextEntityIdDTO | _UnsetType = _field(
        name="parentEntityId", default=_UNSET
    )
    text: str | _UnsetType = _UNSET
    operation_type: QuestionsTextEntityOperationType = _field(name="operationType")


class UpdateGoodsQuestionTextEntityResponse(_Struct, kw_only=True):
    """Ответ на запрос создания, обновления или удаления вопроса, ответа или комментария."""

    status: str
    result: UpdateGoodsQuestionTextEntityDTO | None = None


class UpdateMappingDTO(_Struct, kw_only=True):
    """Карточка на Маркете, которая, с вашей точки зрения, подходит товару."""

    market_sku: int | _UnsetType = _field(name="marketSku", default=_UNSET)


class UpdateOfferContentRequest(_Struct, kw_only=True):
    """Запрос на установку новых значений для параметров."""

    offers_content: list[OfferContentDTO] = _field(name="offersContent")


class UpdateOfferContentResponse(_Struct, kw_only=True):
    """Описывает проблемы, которые появились при сохранении товара."""

    status: str
    results: list[UpdateOfferContentResultDTO] | None = None


class UpdateOfferContentResultDTO(_Struct, kw_only=True):
    """Ошибки и предупреждения, которые появились из-за переданных характеристик."""

    offer_id: str = _field(name="offerId")
    errors: list[OfferContentErrorDTO] | None = None
    warnings: list[OfferContentErrorDTO] | None = None


class UpdateOfferDTO(_Struct, kw_only=True):
    """Параметры товара."""

    offer_id: str = _field(name="offerId")
    name: str | _UnsetType = _UNSET
    market_category_id: int | _UnsetType = _field(name="marketCategoryId", default=_UNSET)
    category: str | _UnsetType = _UNSET
    pictures: list[str] | _UnsetType | None = _UNSET
    videos: list[str] | _UnsetType | None = _UNSET
    manuals: list[OfferManualDTO] | _UnsetType | None = _UNSET
    vendor: str | _UnsetType = _UNSET
    barcodes: list[str] | _UnsetType | None = _UNSET
    description: str | _UnsetType = _UNSET
    manufacturer_countries: list[str] | _UnsetType | None = _field(
        name="manufacturerCountries", default=_UNSET
    )
    weight_dimensions: OfferWeightDimensionsDTO | _UnsetType = _field(name="weightDimensions", default=_UNSET)
    vendor_code: str | _UnsetType = _field(name="vendorCode", default=_UNSET)
    tags: list[str] | _UnsetType | None = _UNSET
    shelf_life: TimePeriodDTO | _UnsetType = _field(name="shelfLife", default=_UNSET)
    life_time: TimePeriodDTO | _UnsetType = _field(name="lifeTime", default=_UNSET)
    guarantee_period: TimePeriodDTO | _UnsetType = _field(name="guaranteePeriod", default=_UNSET)
    customs_commodity_code: str | _UnsetType = _field(name="customsCommodityCode", default=_UNSET)
    commodity_codes: list[CommodityCodeDTO] | _UnsetType | None = _field(
        name="commodityCodes", default=_UNSET
    )
    certificates: list[str] | _UnsetType | None = _UNSET
    box_count: int | _UnsetType = _field(name="boxCount", default=_UNSET)
    condition: OfferConditionDTO | _UnsetType = _UNSET
    type: OfferType | _UnsetType = _UNSET
    downloadable: bool | _UnsetType = _UNSET
    adult: bool | _UnsetType = _UNSET
    age: AgeDTO | _UnsetType = _UNSET
    params: list[OfferParamDTO] | _UnsetType | None = _UNSET
    parameter_values: list[ParameterValueDTO] | _UnsetType | None = _field(
        name="parameterValues", default=_UNSET
    )
    basic_price: PriceWithDiscountDTO | _UnsetType = _field(name="basicPrice", default=_UNSET)
    purchase_price: BasePriceDTO | _UnsetType = _field(name="purchasePrice", default=_UNSET)
    additional_expenses: BasePriceDTO | _UnsetType = _field(name="additionalExpenses", default=_UNSET)
    first_video_as_cover: bool | _UnsetType = _field(name="firstVideoAsCover", default=_UNSET)
    delete_parameters: list[DeleteOfferParameterType] | _UnsetType | None = _field(
        name="deleteParameters", default=_UNSET
    )


class UpdateOfferMappingDTO(_Struct, kw_only=True):
    """Информация о товаре."""

    offer: UpdateOfferDTO
    mapping: UpdateMappingDTO | _UnsetType = _UNSET


class UpdateOfferMappingResultDTO(_Struct, kw_only=True):
    """Ошибки и предупреждения, которые появились из-за переданных характеристик."""

    offer_id: str = _field(name="offerId")
    errors: list[OfferMappingErrorDTO] | None = None
    warnings: list[OfferMappingErrorDTO] | None = None


class UpdateOfferMappingsRequest(_Struct, kw_only=True):
    offer_mappings: list[UpdateOfferMappingDTO] = _field(name="offerMappings")
    only_partner_media_content: bool | _UnsetType = _field(name="onlyPartnerMediaContent", default=_UNSET)


class UpdateOfferMappingsResponse(_Struct, kw_only=True):
    """Описывает проблемы, возникшие при сохранении товара."""

    status: str
    results: list[UpdateOfferMappingResultDTO] | None = None


class UpdateOrderDTO(_Struct, kw_only=True):
    """Информация, которую нужно изменить."""

    id: int
    delivery_interval: DeliveryIntervalsUpdateOptionDTO | _UnsetType = _field(
        name="deliveryInterval", default=_UNSET
    )
    customer: CustomerDTO | _UnsetType = _UNSET


class UpdateOrderItemRequest(_Struct, kw_only=True):
    """Запрос на обновление состава заказа."""

    items: list[OrderItemModificationDTO]
    reason: OrderItemsModificationRequestReasonType | _UnsetType = _UNSET


class UpdateOrderRequest(_Struct, kw_only=True):
    order: UpdateOrderDTO


class UpdateOrderResponse(_Struct, kw_only=True):
    status: str
    result: UpdateOrderResultDTO | None = None


class UpdateOrderResultDTO(_Struct, kw_only=True):
    """Информация об операции по изменению заказа."""

    operations: list[OperationDTO]


class UpdateOrderStatusDTO(_Struct, kw_only=True):
    """Список заказов."""

    id: int | None = None
    status: str | None = None
    substatus: str | None = None
    update_status: str | None = _field(name="updateStatus", default=None)
    error_details: str | None = _field(name="errorDetails", default=None)
    operation: OperationDTO | None = None


class UpdateOrderStatusRequest(_Struct, kw_only=True):
    order: OrderStatusChangeDTO


class UpdateOrderStatusResponse(_Struct, kw_only=True):
    """Информация об изменении статуса заказа."""

    order: OrderDTO | None = None
    operation: OperationDTO | None = None


class UpdateOrderStatusesDTO(_Struct, kw_only=True):
    """Список заказов, статус которых обновился."""

    orders: list[UpdateOrderStatusDTO]


class UpdateOrderStatusesRequest(_Struct, kw_only=True):
    """Список заказов."""

    orders: list[OrderStateDTO]


class UpdateOrderStatusesResponse(_Struct, kw_only=True):
    status: str
    result: UpdateOrderStatusesDTO | None = None


class UpdateOrderStorageLimitRequest(_Struct, kw_only=True):
    """Запрос на обновление срока хранения заказа в ПВЗ."""

    new_date: _dt.date = _field(name="newDate")


class UpdateOutletLicenseRequest(_Struct, kw_only=True):
    """Запрос на создание или изменение лицензий для точек продаж."""

    licenses: list[OutletLicenseDTO]


class UpdatePricesRequest(_Struct, kw_only=True):
    """Запрос на установку цен на товары."""

    offers: list[OfferPriceDTO]


class UpdatePromoOfferDTO(_Struct, kw_only=True):
    """Описание товаров, которые участвуют в акции."""

    offer_id: str = _field(name="offerId")
    params: UpdatePromoOfferParamsDTO | _UnsetType = _UNSET


class UpdatePromoOfferDiscountParamsDTO(_Struct, kw_only=True):
    """Параметры товара в акции с типом DIRECT_DISCOUNT или BLUE_FLASH."""

    price: int | _UnsetType = _UNSET
    promo_price: int | _UnsetType = _field(name="promoPrice", default=_UNSET)


class UpdatePromoOfferParamsDTO(_Struct, kw_only=True):
    """Параметры товара, который участвует в акции."""

    discount_params: UpdatePromoOfferDiscountParamsDTO | _UnsetType = _field(
        name="discountParams", default=_UNSET
    )


class UpdatePromoOffersRequest(_Struct, kw_only=True):
    """Добавление товаров в акцию или обновление их параметров."""

    promo_id: str = _field(name="promoId")
    offers: list[UpdatePromoOfferDTO]


class UpdatePromoOffersResponse(_Struct, kw_only=True):
    """Результат добавления товаров в акцию."""

    status: str
    result: UpdatePromoOffersResultDTO | None = None


class UpdatePromoOffersResultDTO(_Struct, kw_only=True):
    """Ошибки и предупреждения, которые появились при добавлении товаров в акцию."""

    rejected_offers: list[RejectedPromoOfferUpdateDTO] | None = _field(name="rejectedOffers", default=None)
    warning_offers: list[WarningPromoOfferUpdateDTO] | None = _field(name="warningOffers", default=None)


class UpdateStockDTO(_Struct, kw_only=True):
    """Информация об остатках одного товара на одном из складов."""

    sku: str
    items: list[UpdateStockItemDTO]


class UpdateStockItemDTO(_Struct, kw_only=True):
    """Информация об остатках товара."""

    count: int
    updated_at: _dt.datetime | _UnsetType = _field(name="updatedAt", default=_UNSET)


class UpdateStocksRequest(_Struct, kw_only=True):
    """Запрос на изменение информации по остаткам товаров."""

    skus: list[UpdateStockDTO]


class UpdateWarehouseStatusRequest(_Struct, kw_only=True):
    """Запрос на изменение статуса склада."""

    enabled: bool


class UpdateWarehouseStatusResponse(_Struct, kw_only=True):
    status: str
    result: WarehouseStatusDTO | None = None


class ValueRestrictionDTO(_Struct, kw_only=True):
    """Ограничение на возможные значения, накладываемое другой характеристикой."""

    limiting_parameter_id: int = _field(name="limitingParameterId")
    limited_values: list[OptionValuesLimitedDTO] = _field(name="limitedValues")


class VerifyOrderEacRequest(_Struct, kw_only=True):
    code: str


class VerifyOrderEacResponse(_Struct, kw_only=True):
    status: str
    result: EacVerificationResultDTO | None = None


class VotesDTO(_Struct, kw_only=True):
    """Количество лайков и дизлайков на вопросе, ответе или комментарии."""

    likes: int
    dislikes: int


class WarehouseAddressDTO(_Struct, kw_only=True):
    """Адрес склада."""

    city: str
    street: str | None = None
    number: str | None = None
    building: str | None = None
    block: str | None = None
    gps: GpsDTO


class WarehouseDTO(_Struct, kw_only=True):
    """Информация о складе."""

    id: int
    name: str
    campaign_id: int = _field(name="campaignId")
    express: bool
    address: WarehouseAddressDTO | None = None


class WarehouseDeliveryOptionsDTO(_Struct, kw_only=True):
    """Варианты доставки."""

    pickup_delivery: PickupDeliveryOptionsDTO | None = _field(name="pickupDelivery", default=None)
    courier_delivery: CourierDeliveryOptionsDTO | None = _field(name="courierDelivery", default=None)


class WarehouseDetailsDTO(_Struct, kw_only=True):
    """Информация о складе."""

    id: int
    name: str
    campaign_id: int = _field(name="campaignId")
    express: bool
    group_info: WarehouseGroupInfoDTO | None = _field(name="groupInfo", default=None)
    address: WarehouseAddressDTO | None = None
    status: WarehouseStatusDTO | None = None


class WarehouseGroupDTO(_Struct, kw_only=True):
    """Информация о группе складов."""

    name: str
    main_warehouse: WarehouseDTO = _field(name="mainWarehouse")
    warehouses: list[WarehouseDTO]


class WarehouseGroupInfoDTO(_Struct, kw_only=True):
    """Информация о группе, к которой принадлежит склад."""

    name: str
    id: int


class WarehouseOfferDTO(_Struct, kw_only=True):
    """Информация об остатках товара."""

    offer_id: str = _field(name="offerId")
    turnover_summary: TurnoverDTO | None = _field(name="turnoverSummary", default=None)
    stocks: list[WarehouseStockDTO]
    updated_at: str | None = _field(name="updatedAt", default=None)


class WarehouseOffersDTO(_Struct, kw_only=True):
    """Информация об остатках товаров на складе."""

    warehouse_id: int = _field(name="warehouseId")
    offers: list[WarehouseOfferDTO]


class WarehouseStatusDTO(_Struct, kw_only=True):
    """Информация о статусе склада."""

    status: str


class WarehouseStockDTO(_Struct, kw_only=True):
    """Информация об остатках товара."""

    type: str
    count: int


class WarehousesDTO(_Struct, kw_only=True):
    """Информация о складах и группах складов."""

    warehouses: list[WarehouseDTO]
    warehouse_groups: list[WarehouseGroupDTO] = _field(name="warehouseGroups")


class WarehousesDeliveryOptionsDTO(_Struct, kw_only=True):
    """Варианты доставки со склада."""

    warehouse_id: int = _field(name="warehouseId")
    delivery_options: WarehouseDeliveryOptionsDTO = _field(name="deliveryOptions")
    items: list[BasicOrderItemDTOOut]


class WarningPromoOfferUpdateDTO(_Struct, kw_only=True):
    """Описание предупреждения, которое появилось при добавлении товара."""

    offer_id: str = _field(name="offerId")
    warnings: list[PromoOfferUpdateWarningDTO]


__all__ = [
    "AcceptOrderCancellationRequest",
    "AddHiddenOffersRequest",
    "AddOffersToArchiveDTO",
    "AddOffersToArchiveErrorDTO",
    "AddOffersToArchiveRequest",
    "AddOffersToArchiveResponse",
    "AgeDTO",
    "AgeDTOOut",
    "AgeUnitType",
    "AnswerDTO",
    "AnswerListDTO",
    "ApiKeyDTO",
    "BarcodeFormatType",
    "BarcodeOfferInfoDTO",
    "BasePriceDTO",
    "BasePriceDTOOut",
    "BasicOrderItemDTO",
    "BasicOrderItemDTOOut",
    "BidRecommendationItemDTO",
    "BriefOrderItemDTO",
    "BriefOrderItemInstanceDTO",
    "BriefOrderItemInstanceDTOOut",
    "BusinessDTO",
    "BusinessOrderBoxLayoutDTO",
    "BusinessOrderBoxLayoutItemDTO",
    "BusinessOrderBoxLayoutPartialCountDTO",
    "BusinessOrderCourierDeliveryDTO",
    "BusinessOrderDTO",
    "BusinessOrderDeliveryAddressDTO",
    "BusinessOrderDeliveryDTO",
    "BusinessOrderDeliveryDatesDTO",
    "BusinessOrderEacDTO",
    "BusinessOrderItemDTO",
    "BusinessOrderPickupDeliveryDTO",
    "BusinessOrderServicesDTO",
    "BusinessOrderShipmentDTO",
    "BusinessOrderTransferDTO",
    "BusinessSettingsDTO",
    "CalculateTariffsOfferDTO",
    "CalculateTariffsOfferDTOOut",
    "CalculateTariffsOfferInfoDTO",
    "CalculateTariffsParametersDTO",
    "CalculateTariffsRequest",
    "CalculateTariffsResponse",
    "CalculateTariffsResponseDTO",
    "CalculatedTariffDTO",
    "CampaignDTO",
    "CampaignQualityRatingDTO",
    "CampaignSettingsDTO",
    "CampaignSettingsDeliveryDTO",
    "CampaignSettingsLocalRegionDTO",
    "CampaignSettingsScheduleDTO",
    "CampaignSettingsTimePeriodDTO",
    "CampaignsQualityRatingDTO",
    "CancelReturnDTO",
    "CancelReturnRequest",
    "CancelReturnResponse",
    "CatalogLanguageType",
    "CategoryContentParametersDTO",
    "CategoryDTO",
    "CategoryErrorDTO",
    "CategoryParameterDTO",
    "CategoryParameterUnitDTO",
    "ChangeOutletRequest",
    "ChatContextDTO",
    "ChatContextIdentifiableType",
    "ChatContextType",
    "ChatCustomerDTO",
    "ChatFullContextDTO",
    "ChatMessageDTO",
    "ChatMessagePayloadDTO",
    "ChatMessagesResultDTO",
    "ChatStatusType",
    "ChatType",
    "CisDTO",
    "ClosureDocumentsContractType",
    "ClosureDocumentsMonthOfYearDTO",
    "CommentDTO",
    "CommodityCodeDTO",
    "CommodityCodeDTOOut",
    "CommodityCodeType",
    "ConfirmPricesRequest",
    "ConfirmShipmentRequest",
    "CountryDTO",
    "CourierDeliveryAddressDTO",
    "CourierDeliveryOptionDTO",
    "CourierDeliveryOptionsDTO",
    "CourierDeliveryParametersDTO",
    "CreateChatRequest",
    "CreateChatResponse",
    "CreateChatResultDTO",
    "CreateOrderDTO",
    "CreateOrderDeliveryOptionDTO",
    "CreateOrderItemDTO",
    "CreateOrderPackageType",
    "CreateOrderPackagingDTO",
    "CreateOrderRequest",
    "CreateOrderResponse",
    "CreateOrderWarehouseItemsDTO",
    "CreateOutletResponse",
    "CreateReturnDTO",
    "CreateReturnItemDTO",
    "CreateReturnOptionDTO",
    "CreateReturnRequest",
    "CreateReturnResponse",
    "CreatedOrderDTO",
    "CreatedOrdersDTO",
    "CreatedReturnDTO",
    "CurrencyType",
    "CurrencyValueDTO",
    "CustomerDTO",
    "DayOfWeekType",
    "DeleteCampaignOffersDTO",
    "DeleteCampaignOffersRequest",
    "DeleteCampaignOffersResponse",
    "DeleteGoodsFeedbackCommentRequest",
    "DeleteHiddenOffersRequest",
    "DeleteOfferParameterType",
    "DeleteOffersDTO",
    "DeleteOffersFromArchiveDTO",
    "DeleteOffersFromArchiveRequest",
    "DeleteOffersFromArchiveResponse",
    "DeleteOffersRequest",
    "DeleteOffersResponse",
    "DeletePromoOffersRequest",
    "DeletePromoOffersResponse",
    "DeletePromoOffersResultDTO",
    "DeliveryDateIntervalDTO",
    "DeliveryDateIntervalDTOOut",
    "DeliveryIntervalsUpdateOptionDTO",
    "DeliveryIntervalsUpdateOptionDTOOut",
    "DeliveryIntervalsUpdateOptionsDTO",
    "DeliveryOptionPriceDTO",
    "DeliveryPaymentType",
    "DeliveryPriceDTO",
    "DeliveryServiceDTO",
    "DeliveryServiceInfoDTO",
    "DeliveryServicesDTO",
    "DigitalGoodsDeliveryDetailsDTO",
    "DocumentDTO",
    "EacVerificationResultDTO",
    "EmptyApiResponse",
    "EnrichedOrderBoxLayoutDTO",
    "ExternalReturnDecisionReasonType",
    "ExternalReturnDecisionSubreasonType",
    "FeedbackReactionStatusType",
    "FlippingPagerDTO",
    "FulfillmentWarehouseDTO",
    "FulfillmentWarehousesDTO",
    "FullOutletDTO",
    "FullOutletLicenseDTO",
    "GenerateBannersStatisticsRequest",
    "GenerateBarcodesReportRequest",
    "GenerateBoostConsolidatedRequest",
    "GenerateClosureDocumentsDetalizationRequest",
    "GenerateClosureDocumentsRequest",
    "GenerateCompetitorsPositionReportRequest",
    "GenerateGoodsFeedbackRequest",
    "GenerateGoodsMovementReportRequest",
    "GenerateGoodsPricesReportRequest",
    "GenerateGoodsRealizationReportRequest",
    "GenerateGoodsTurnoverRequest",
    "GenerateJewelryFiscalReportRequest",
    "GenerateKeyIndicatorsRequest",
    "GenerateMarketingDetalizationRequest",
    "GenerateMassOrderLabelsRequest",
    "GenerateOfferBarcodesRequest",
    "GenerateOfferBarcodesResponse",
    "GenerateOfferBarcodesResultDTO",
    "GenerateReportDTO",
    "GenerateReportResponse",
    "GenerateSalesGeographyRequest",
    "GenerateShelfsStatisticsRequest",
    "GenerateShipmentListDocumentReportRequest",
    "GenerateShowsBoostRequest",
    "GenerateShowsSalesReportRequest",
    "GenerateStocksOnWarehousesReportRequest",
    "GenerateUnitedMarketplaceServicesReportRequest",
    "GenerateUnitedNettingReportRequest",
    "GenerateUnitedOrdersRequest",
    "GenerateUnitedReturnsRequest",
    "GetAnswersRequest",
    "GetAnswersResponse",
    "GetBidsInfoRequest",
    "GetBidsInfoResponse",
    "GetBidsInfoResponseDTO",
    "GetBidsRecommendationsRequest",
    "GetBidsRecommendationsResponse",
    "GetBidsRecommendationsResponseDTO",
    "GetBusinessBuyerInfoResponse",
    "GetBusinessDocumentsInfoResponse",
    "GetBusinessOrdersRequest",
    "GetBusinessOrdersResponse",
    "GetBusinessSettingsInfoDTO",
    "GetBusinessSettingsResponse",
    "GetCampaignOfferDTO",
    "GetCampaignOffersRequest",
    "GetCampaignOffersResponse",
    "GetCampaignOffersResultDTO",
    "GetCampaignResponse",
    "GetCampaignSettingsResponse",
    "GetCampaignsResponse",
    "GetCategoriesMaxSaleQuantumRequest",
    "GetCategoriesMaxSaleQuantumResponse",
    "GetCategoriesRequest",
    "GetCategoriesResponse",
    "GetCategoryContentParametersResponse",
    "GetChatHistoryRequest",
    "GetChatHistoryResponse",
    "GetChatInfoDTO",
    "GetChatMessageResponse",
    "GetChatResponse",
    "GetChatsInfoDTO",
    "GetChatsRequest",
    "GetChatsResponse",
    "GetDefaultPricesRequest",
    "GetDefaultPricesResponse",
    "GetDeliveryOptionsDTO",
    "GetDeliveryOptionsItemDTO",
    "GetDeliveryOptionsRequest",
    "GetDeliveryOptionsResponse",
    "GetDeliveryServicesResponse",
    "GetFulfillmentWarehousesResponse",
    "GetGoodsFeedbackCommentsRequest",
    "GetGoodsFeedbackCommentsResponse",
    "GetGoodsFeedbackRequest",
    "GetGoodsFeedbackResponse",
    "GetGoodsFeedbackUrbanadsRequest",
    "GetGoodsFeedbackUrbanadsResponse",
    "GetGoodsStatsRequest",
    "GetGoodsStatsResponse",
    "GetHiddenOffersResponse",
    "GetHiddenOffersResultDTO",
    "GetLogisticPointsResponse",
    "GetLogisticsPointsDTO",
    "GetMappingDTO",
    "GetOfferCardsContentStatusRequest",
    "GetOfferCardsContentStatusResponse",
    "GetOfferDTO",
    "GetOfferMappingDTO",
    "GetOfferMappingsRequest",
    "GetOfferMappingsResponse",
    "GetOfferMappingsResultDTO",
    "GetOfferRecommendationsRequest",
    "GetOfferRecommendationsResponse",
    "GetOperationsRequest",
    "GetOperationsResponse",
    "GetOperationsResultDTO",
    "GetOrderBuyerInfoResponse",
    "GetOrderIdentifiersStatusDTO",
    "GetOrderIdentifiersStatusResponse",
    "GetOrderLabelsDataResponse",
    "GetOrderResponse",
    "GetOrderUpdateOptionsRequest",
    "GetOrderUpdateOptionsResponse",
    "GetOrdersResponse",
    "GetOrdersStatsRequest",
    "GetOrdersStatsResponse",
    "GetOutletLicensesResponse",
    "GetOutletResponse",
    "GetOutletsResponse",
    "GetPagedWarehousesRequest",
    "GetPagedWarehousesResponse",
    "GetPriceDTO",
    "GetPriceWithDiscountDTO",
    "GetPriceWithVatDTO",
    "GetPricesByOfferIdsRequest",
    "GetPricesByOfferIdsResponse",
    "GetPricesResponse",
    "GetPromoAssortmentInfoDTO",
    "GetPromoBestsellerInfoDTO",
    "GetPromoConstraintsDTO",
    "GetPromoDTO",
    "GetPromoMechanicsInfoDTO",
    "GetPromoOfferDTO",
    "GetPromoOffersRequest",
    "GetPromoOffersResponse",
    "GetPromoOffersResultDTO",
    "GetPromoPromocodeInfoDTO",
    "GetPromosRequest",
    "GetPromosResponse",
    "GetPromosResultDTO",
    "GetQualityRatingDetailsResponse",
    "GetQualityRatingRequest",
    "GetQualityRatingResponse",
    "GetQuarantineOffersRequest",
    "GetQuarantineOffersResponse",
    "GetQuarantineOffersResultDTO",
    "GetQuestionsRequest",
    "GetQuestionsResponse",
    "GetRegionByIdResponse",
    "GetRegionWithChildrenResponse",
    "GetRegionsCodesResponse",
    "GetRegionsResponse",
    "GetReportInfoResponse",
    "GetReturnAvailableDecisionsRequest",
    "GetReturnAvailableDecisionsResponse",
    "GetReturnDeliveryOptionsDTO",
    "GetReturnDeliveryOptionsRequest",
    "GetReturnDeliveryOptionsResponse",
    "GetReturnResponse",
    "GetReturnsResponse",
    "GetShipmentOrdersInfoResponse",
    "GetShipmentResponse",
    "GetSupplyRequestDocumentsDTO",
    "GetSupplyRequestDocumentsRequest",
    "GetSupplyRequestDocumentsResponse",
    "GetSupplyRequestItemsDTO",
    "GetSupplyRequestItemsRequest",
    "GetSupplyRequestItemsResponse",
    "GetSupplyRequestsDTO",
    "GetSupplyRequestsRequest",
    "GetSupplyRequestsResponse",
    "GetTokenInfoResponse",
    "GetWarehouseStocksDTO",
    "GetWarehouseStocksRequest",
    "GetWarehouseStocksResponse",
    "GetWarehousesResponse",
    "GoodsFeedbackCommentAuthorDTO",
    "GoodsFeedbackCommentDTO",
    "GoodsFeedbackCommentListDTO",
    "GoodsFeedbackContextUrbanadsDTO",
    "GoodsFeedbackDTO",
    "GoodsFeedbackDescriptionDTO",
    "GoodsFeedbackIdentifiersDTO",
    "GoodsFeedbackListDTO",
    "GoodsFeedbackMediaDTO",
    "GoodsFeedbackStatisticsDTO",
    "GoodsFeedbackUrbanadsDTO",
    "GoodsFeedbackUrbanadsListDTO",
    "GoodsStatsDTO",
    "GoodsStatsGoodsDTO",
    "GoodsStatsWarehouseDTO",
    "GoodsStatsWeightDimensionsDTO",
    "GpsDTO",
    "HiddenOfferDTO",
    "HiddenOfferDTOOut",
    "ItemPriceDTO",
    "KeyIndicatorsReportDetalizationLevelType",
    "LabelsSortingType",
    "LanguageType",
    "LicenseType",
    "LogisticPickupPointDTO",
    "LogisticPointAddressDTO",
    "LogisticPointDTO",
    "LogisticPointDeliveryRestrictionDTO",
    "LogisticPointDimensionRestrictionsDTO",
    "LogisticPointScheduleDTO",
    "MaxSaleQuantumDTO",
    "MechanicsType",
    "MonthOfYearDTO",
    "OfferCampaignStatusDTO",
    "OfferCampaignStatusType",
    "OfferCardDTO",
    "OfferCardRecommendationDTO",
    "OfferCardStatusType",
    "OfferCardsContentStatusDTO",
    "OfferConditionDTO",
    "OfferConditionDTOOut",
    "OfferConditionQualityType",
    "OfferConditionType",
    "OfferContentDTO",
    "OfferContentErrorDTO",
    "OfferDefaultPriceDTO",
    "OfferDefaultPriceListResponseDTO",
    "OfferDefaultPriceResponseDTO",
    "OfferErrorDTO",
    "OfferForRecommendationDTO",
    "OfferManualDTO",
    "OfferManualDTOOut",
    "OfferMappingErrorDTO",
    "OfferMediaFileDTO",
    "OfferMediaFilesDTO",
    "OfferParamDTO",
    "OfferParamDTOOut",
    "OfferPriceByOfferIdsListResponseDTO",
    "OfferPriceByOfferIdsResponseDTO",
    "OfferPriceDTO",
    "OfferPriceListResponseDTO",
    "OfferPriceResponseDTO",
    "OfferRecommendationDTO",
    "OfferRecommendationInfoDTO",
    "OfferRecommendationsResultDTO",
    "OfferSellingProgramDTO",
    "OfferType",
    "OfferWeightDimensionsDTO",
    "OfferWeightDimensionsDTOOut",
    "OperationDTO",
    "OperationResultDTO",
    "OperationType",
    "OptionValuesLimitedDTO",
    "OrderBoxLayoutDTO",
    "OrderBoxLayoutItemDTO",
    "OrderBoxLayoutItemDTOOut",
    "OrderBoxLayoutPartialCountDTO",
    "OrderBoxLayoutPartialCountDTOOut",
    "OrderBoxesLayoutDTO",
    "OrderBusinessBuyerDTO",
    "OrderBusinessDocumentsDTO",
    "OrderBuyerDTO",
    "OrderBuyerInfoDTO",
    "OrderBuyerType",
    "OrderCancellationReasonType",
    "OrderCourierDTO",
    "OrderCourierDeliveryDTO",
    "OrderDTO",
    "OrderDatesFilterDTO",
    "OrderDeliveryAddressDTO",
    "OrderDeliveryDTO",
    "OrderDeliveryDateDTO",
    "OrderDeliveryDateReasonType",
    "OrderDeliveryDatesDTO",
    "OrderDeliveryDispatchType",
    "OrderDigitalItemDTO",
    "OrderItemDTO",
    "OrderItemDetailDTO",
    "OrderItemInstanceDTO",
    "OrderItemInstanceModificationDTO",
    "OrderItemModificationDTO",
    "OrderItemPromoDTO",
    "OrderItemSubsidyDTO",
    "OrderItemUnitStatusDTO",
    "OrderItemValidationStatusDTO",
    "OrderItemsModificationRequestReasonType",
    "OrderItemsModificationResultDTO",
    "OrderLabelDTO",
    "OrderParcelBoxDTO",
    "OrderPickupDeliveryDTO",
    "OrderPickupReturnDTO",
    "OrderPriceDTO",
    "OrderShipmentDTO",
    "OrderSourcePlatformType",
    "OrderStateDTO",
    "OrderStatsStatusType",
    "OrderStatusChangeDTO",
    "OrderStatusChangeDeliveryDTO",
    "OrderStatusChangeDeliveryDatesDTO",
    "OrderStatusType",
    "OrderSubsidyDTO",
    "OrderSubstatusType",
    "OrderTrackDTO",
    "OrderUpdateOptionsDTO",
    "OrdersShipmentInfoDTO",
    "OrdersStatsCommissionDTO",
    "OrdersStatsDTO",
    "OrdersStatsDeliveryRegionDTO",
    "OrdersStatsDetailsDTO",
    "OrdersStatsItemDTO",
    "OrdersStatsOrderDTO",
    "OrdersStatsPaymentDTO",
    "OrdersStatsPaymentOrderDTO",
    "OrdersStatsPriceDTO",
    "OrdersStatsSubsidyDTO",
    "OrdersStatsWarehouseDTO",
    "OutletAddressDTO",
    "OutletAddressDTOOut",
    "OutletDeliveryRuleDTO",
    "OutletDeliveryRuleDTOOut",
    "OutletLicenseDTO",
    "OutletLicensesResponseDTO",
    "OutletResponseDTO",
    "OutletType",
    "OutletVisibilityType",
    "OutletWorkingScheduleDTO",
    "OutletWorkingScheduleDTOOut",
    "OutletWorkingScheduleItemDTO",
    "OutletWorkingScheduleItemDTOOut",
    "PackagingForwardScrollingPagerDTO",
    "PackagingScrollingPagerDTO",
    "PageFormatType",
    "PagedReturnsDTO",
    "PagedWarehousesDTO",
    "PalletsCountDTO",
    "ParameterValueConstraintsDTO",
    "ParameterValueDTO",
    "ParameterValueDTOOut",
    "ParameterValueOptionDTO",
    "ParcelBoxDTO",
    "ParcelBoxLabelDTO",
    "ParcelBoxRequestDTO",
    "PartialCompensationBoundsDTO",
    "PartnerShipmentWarehouseDTO",
    "PaymentFrequencyType",
    "PickupAddressDTO",
    "PickupDeliveryOptionsDTO",
    "PickupDeliveryParametersDTO",
    "PickupOptionDTO",
    "PickupOptionsDTO",
    "PickupReturnDeliveryOptionsDTO",
    "PlacementType",
    "PriceCompetitivenessThresholdsDTO",
    "PriceCompetitivenessType",
    "PriceDTO",
    "PriceDTOOut",
    "PriceQuarantineVerdictDTO",
    "PriceQuarantineVerdictParameterDTO",
    "PriceRecommendationItemDTO",
    "PriceWithDiscountDTO",
    "PromoOfferAutoParticipatingDetailsDTO",
    "PromoOfferDiscountParamsDTO",
    "PromoOfferParamsDTO",
    "PromoOfferParticipationStatusFilterType",
    "PromoOfferParticipationStatusMultiFilterType",
    "PromoOfferUpdateWarningDTO",
    "PromoParticipationType",
    "PromoPeriodDTO",
    "ProvideOrderDigitalCodesRequest",
    "ProvideOrderItemIdentifiersRequest",
    "ProvideOrderItemIdentifiersResponse",
    "PutSkuBidsRequest",
    "QualityRatingAffectedOrderDTO",
    "QualityRatingComponentDTO",
    "QualityRatingDTO",
    "QualityRatingDetailsDTO",
    "QuarantineOfferDTO",
    "QuestionDTO",
    "QuestionIdentifiersDTO",
    "QuestionListDTO",
    "QuestionSortOrderType",
    "QuestionsTextContentAuthorDTO",
    "QuestionsTextEntityOperationType",
    "QuestionsTextEntityType",
    "RefundStatusType",
    "RegionDTO",
    "RegionWithChildrenDTO",
    "RejectedPromoOfferDeleteDTO",
    "RejectedPromoOfferUpdateDTO",
    "ReportFormatType",
    "ReportInfoDTO",
    "ReportLanguageType",
    "ReturnAvailableDecisionDTO",
    "ReturnAvailableDecisionsResponse",
    "ReturnDTO",
    "ReturnDecisionDTO",
    "ReturnInstanceDTO",
    "ReturnItemDTO",
    "ReturnItemDecisionDTO",
    "ReturnRequestDecisionReasonType",
    "ReturnRequestDecisionType",
    "ReturnShipmentStatusType",
    "ReturnType",
    "ScheduleDayDTO",
    "SearchShipmentsRequest",
    "SearchShipmentsResponse",
    "SearchShipmentsResponseDTO",
    "SellingProgramType",
    "SendFileToChatRequest",
    "SendMessageToChatRequest",
    "SetOrderBoxLayoutRequest",
    "SetOrderBoxLayoutResponse",
    "SetOrderDeliveryDateRequest",
    "SetOrderDeliveryTrackCodeRequest",
    "SetOrderShipmentBoxesRequest",
    "SetOrderShipmentBoxesResponse",
    "SetReturnDecisionRequest",
    "SetShipmentPalletsCountRequest",
    "ShipmentBoxesDTO",
    "ShipmentDTO",
    "ShipmentInfoDTO",
    "ShipmentPalletLabelPageFormatType",
    "ShipmentStatusChangeDTO",
    "ShipmentStatusType",
    "ShowcaseUrlDTO",
    "ShowsSalesGroupingType",
    "SignatureDTO",
    "SkipGoodsFeedbackReactionRequest",
    "SkuBidItemDTO",
    "SkuBidItemDTOOut",
    "SkuBidRecommendationItemDTO",
    "SortOrderType",
    "SourceType",
    "StatisticsAttributionType",
    "SubmitReturnDecisionRequest",
    "SupplyRequestCountersDTO",
    "SupplyRequestDTO",
    "SupplyRequestDocumentDTO",
    "SupplyRequestIdDTO",
    "SupplyRequestItemCountersDTO",
    "SupplyRequestItemDTO",
    "SupplyRequestLocationAddressDTO",
    "SupplyRequestLocationDTO",
    "SupplyRequestReferenceDTO",
    "SupplyRequestSortAttributeType",
    "SupplyRequestSortingDTO",
    "SupplyRequestStatusType",
    "SupplyRequestSubType",
    "SupplyRequestType",
    "TariffDTO",
    "TariffParameterDTO",
    "TaxationInfoDTO",
    "TimeIntervalDTO",
    "TimeIntervalDTOOut",
    "TimePeriodDTO",
    "TimePeriodDTOOut",
    "TimeUnitType",
    "TokenDTO",
    "TrackDTO",
    "TransferOrdersFromShipmentRequest",
    "TurnoverDTO",
    "TypedQuestionsTextEntityIdDTO",
    "TypedQuestionsTextEntityIdDTOOut",
    "UinDTO",
    "UnitDTO",
    "UpdateBusinessOfferPriceDTO",
    "UpdateBusinessPricesDTO",
    "UpdateBusinessPricesRequest",
    "UpdateCampaignOfferDTO",
    "UpdateCampaignOffersRequest",
    "UpdateExternalOrderIdRequest",
    "UpdateGoodsFeedbackCommentDTO",
    "UpdateGoodsFeedbackCommentRequest",
    "UpdateGoodsFeedbackCommentResponse",
    "UpdateGoodsQuestionTextEntityDTO",
    "UpdateGoodsQuestionTextEntityRequest",
    "UpdateGoodsQuestionTextEntityResponse",
    "UpdateMappingDTO",
    "UpdateOfferContentRequest",
    "UpdateOfferContentResponse",
    "UpdateOfferContentResultDTO",
    "UpdateOfferDTO",
    "UpdateOfferMappingDTO",
    "UpdateOfferMappingResultDTO",
    "UpdateOfferMappingsRequest",
    "UpdateOfferMappingsResponse",
    "UpdateOrderDTO",
    "UpdateOrderItemRequest",
    "UpdateOrderRequest",
    "UpdateOrderResponse",
    "UpdateOrderResultDTO",
    "UpdateOrderStatusDTO",
    "UpdateOrderStatusRequest",
    "UpdateOrderStatusResponse",
    "UpdateOrderStatusesDTO",
    "UpdateOrderStatusesRequest",
    "UpdateOrderStatusesResponse",
    "UpdateOrderStorageLimitRequest",
    "UpdateOutletLicenseRequest",
    "UpdatePricesRequest",
    "UpdatePromoOfferDTO",
    "UpdatePromoOfferDiscountParamsDTO",
    "UpdatePromoOfferParamsDTO",
    "UpdatePromoOffersRequest",
    "UpdatePromoOffersResponse",
    "UpdatePromoOffersResultDTO",
    "UpdateStockDTO",
    "UpdateStockItemDTO",
    "UpdateStocksRequest",
    "UpdateWarehouseStatusRequest",
    "UpdateWarehouseStatusResponse",
    "ValueRestrictionDTO",
    "VerifyOrderEacRequest",
    "VerifyOrderEacResponse",
    "VotesDTO",
    "WarehouseAddressDTO",
    "WarehouseComponentType",
    "WarehouseDTO",
    "WarehouseDeliveryOptionsDTO",
    "WarehouseDetailsDTO",
    "WarehouseGroupDTO",
    "WarehouseGroupInfoDTO",
    "WarehouseOfferDTO",
    "WarehouseOffersDTO",
    "WarehouseStatusDTO",
    "WarehouseStockDTO",
    "WarehousesDTO",
    "WarehousesDeliveryOptionsDTO",
    "WarningPromoOfferUpdateDTO",
]
