"""Every operation as a typed method of the Yandex.Market Partner API. GENERATED from marketplace_async/_specs/yandex/openapi/ by
``python -m marketplace_async._codegen``: do not edit."""

from __future__ import annotations

import datetime as _dt
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from ..._operation import YandexInvoker

if TYPE_CHECKING:
    from ..._operation import OperationSpec
    from .models import (
        AcceptOrderCancellationRequest,
        AddHiddenOffersRequest,
        AddOffersToArchiveRequest,
        AddOffersToArchiveResponse,
        AnswerDTO,
        BusinessOrderDTO,
        CalculateTariffsRequest,
        CalculateTariffsResponse,
        CampaignDTO,
        CancelReturnRequest,
        CancelReturnResponse,
        CatalogLanguageType,
        ChangeOutletRequest,
        ChatMessageDTO,
        ConfirmPricesRequest,
        ConfirmShipmentRequest,
        CreateChatRequest,
        CreateChatResponse,
        CreateOrderRequest,
        CreateOrderResponse,
        CreateOutletResponse,
        CreateReturnRequest,
        CreateReturnResponse,
        DeleteCampaignOffersRequest,
        DeleteCampaignOffersResponse,
        DeleteGoodsFeedbackCommentRequest,
        DeleteHiddenOffersRequest,
        DeleteOffersFromArchiveRequest,
        DeleteOffersFromArchiveResponse,
        DeleteOffersRequest,
        DeleteOffersResponse,
        DeletePromoOffersRequest,
        DeletePromoOffersResponse,
        EmptyApiResponse,
        FullOutletDTO,
        GenerateBannersStatisticsRequest,
        GenerateBarcodesReportRequest,
        GenerateBoostConsolidatedRequest,
        GenerateClosureDocumentsDetalizationRequest,
        GenerateClosureDocumentsRequest,
        GenerateCompetitorsPositionReportRequest,
        GenerateGoodsFeedbackRequest,
        GenerateGoodsMovementReportRequest,
        GenerateGoodsPricesReportRequest,
        GenerateGoodsRealizationReportRequest,
        GenerateGoodsTurnoverRequest,
        GenerateJewelryFiscalReportRequest,
        GenerateKeyIndicatorsRequest,
        GenerateMarketingDetalizationRequest,
        GenerateMassOrderLabelsRequest,
        GenerateOfferBarcodesRequest,
        GenerateOfferBarcodesResponse,
        GenerateReportResponse,
        GenerateSalesGeographyRequest,
        GenerateShelfsStatisticsRequest,
        GenerateShipmentListDocumentReportRequest,
        GenerateShowsBoostRequest,
        GenerateShowsSalesReportRequest,
        GenerateStocksOnWarehousesReportRequest,
        GenerateUnitedMarketplaceServicesReportRequest,
        GenerateUnitedNettingReportRequest,
        GenerateUnitedOrdersRequest,
        GenerateUnitedReturnsRequest,
        GetAnswersRequest,
        GetAnswersResponse,
        GetBidsInfoRequest,
        GetBidsInfoResponse,
        GetBidsRecommendationsRequest,
        GetBidsRecommendationsResponse,
        GetBusinessBuyerInfoResponse,
        GetBusinessDocumentsInfoResponse,
        GetBusinessOrdersRequest,
        GetBusinessOrdersResponse,
        GetBusinessSettingsResponse,
        GetCampaignOfferDTO,
        GetCampaignOffersRequest,
        GetCampaignOffersResponse,
        GetCampaignResponse,
        GetCampaignSettingsResponse,
        GetCampaignsResponse,
        GetCategoriesMaxSaleQuantumRequest,
        GetCategoriesMaxSaleQuantumResponse,
        GetCategoriesRequest,
        GetCategoriesResponse,
        GetCategoryContentParametersResponse,
        GetChatHistoryRequest,
        GetChatHistoryResponse,
        GetChatInfoDTO,
        GetChatMessageResponse,
        GetChatResponse,
        GetChatsRequest,
        GetChatsResponse,
        GetDefaultPricesRequest,
        GetDefaultPricesResponse,
        GetDeliveryOptionsRequest,
        GetDeliveryOptionsResponse,
        GetDeliveryServicesResponse,
        GetFulfillmentWarehousesResponse,
        GetGoodsFeedbackCommentsRequest,
        GetGoodsFeedbackCommentsResponse,
        GetGoodsFeedbackRequest,
        GetGoodsFeedbackResponse,
        GetGoodsFeedbackUrbanadsRequest,
        GetGoodsFeedbackUrbanadsResponse,
        GetGoodsStatsRequest,
        GetGoodsStatsResponse,
        GetHiddenOffersResponse,
        GetLogisticPointsResponse,
        GetOfferCardsContentStatusRequest,
        GetOfferCardsContentStatusResponse,
        GetOfferMappingDTO,
        GetOfferMappingsRequest,
        GetOfferMappingsResponse,
        GetOfferRecommendationsRequest,
        GetOfferRecommendationsResponse,
        GetOperationsRequest,
        GetOperationsResponse,
        GetOrderBuyerInfoResponse,
        GetOrderIdentifiersStatusResponse,
        GetOrderLabelsDataResponse,
        GetOrderResponse,
        GetOrdersResponse,
        GetOrdersStatsRequest,
        GetOrdersStatsResponse,
        GetOrderUpdateOptionsRequest,
        GetOrderUpdateOptionsResponse,
        GetOutletLicensesResponse,
        GetOutletResponse,
        GetOutletsResponse,
        GetPagedWarehousesRequest,
        GetPagedWarehousesResponse,
        GetPricesByOfferIdsRequest,
        GetPricesByOfferIdsResponse,
        GetPricesResponse,
        GetPromoOfferDTO,
        GetPromoOffersRequest,
        GetPromoOffersResponse,
        GetPromosRequest,
        GetPromosResponse,
        GetQualityRatingDetailsResponse,
        GetQualityRatingRequest,
        GetQualityRatingResponse,
        GetQuarantineOffersRequest,
        GetQuarantineOffersResponse,
        GetQuestionsRequest,
        GetQuestionsResponse,
        GetRegionByIdResponse,
        GetRegionsCodesResponse,
        GetRegionsResponse,
        GetRegionWithChildrenResponse,
        GetReportInfoResponse,
        GetReturnAvailableDecisionsRequest,
        GetReturnAvailableDecisionsResponse,
        GetReturnDeliveryOptionsRequest,
        GetReturnDeliveryOptionsResponse,
        GetReturnResponse,
        GetReturnsResponse,
        GetShipmentOrdersInfoResponse,
        GetShipmentResponse,
        GetSupplyRequestDocumentsRequest,
        GetSupplyRequestDocumentsResponse,
        GetSupplyRequestItemsRequest,
        GetSupplyRequestItemsResponse,
        GetSupplyRequestsRequest,
        GetSupplyRequestsResponse,
        GetTokenInfoResponse,
        GetWarehousesResponse,
        GetWarehouseStocksRequest,
        GetWarehouseStocksResponse,
        GoodsFeedbackCommentDTO,
        GoodsFeedbackDTO,
        GoodsFeedbackUrbanadsDTO,
        HiddenOfferDTOOut,
        LogisticPointDTO,
        OfferCardDTO,
        OfferDefaultPriceResponseDTO,
        OfferPriceByOfferIdsResponseDTO,
        OfferPriceResponseDTO,
        OfferRecommendationDTO,
        OrderBuyerType,
        OrderDeliveryDispatchType,
        OrderDTO,
        OrdersStatsOrderDTO,
        OrderStatusType,
        OrderSubstatusType,
        PageFormatType,
        ProvideOrderDigitalCodesRequest,
        ProvideOrderItemIdentifiersRequest,
        ProvideOrderItemIdentifiersResponse,
        PutSkuBidsRequest,
        QuarantineOfferDTO,
        QuestionDTO,
        RefundStatusType,
        RegionDTO,
        ReportFormatType,
        ReportLanguageType,
        ReturnDTO,
        ReturnShipmentStatusType,
        ReturnType,
        SearchShipmentsRequest,
        SearchShipmentsResponse,
        SendFileToChatRequest,
        SendMessageToChatRequest,
        SetOrderBoxLayoutRequest,
        SetOrderBoxLayoutResponse,
        SetOrderDeliveryDateRequest,
        SetOrderDeliveryTrackCodeRequest,
        SetOrderShipmentBoxesRequest,
        SetOrderShipmentBoxesResponse,
        SetReturnDecisionRequest,
        SetShipmentPalletsCountRequest,
        ShipmentInfoDTO,
        ShipmentPalletLabelPageFormatType,
        SkipGoodsFeedbackReactionRequest,
        SkuBidItemDTOOut,
        SourceType,
        SubmitReturnDecisionRequest,
        SupplyRequestDTO,
        SupplyRequestItemDTO,
        TransferOrdersFromShipmentRequest,
        UpdateBusinessPricesRequest,
        UpdateCampaignOffersRequest,
        UpdateExternalOrderIdRequest,
        UpdateGoodsFeedbackCommentRequest,
        UpdateGoodsFeedbackCommentResponse,
        UpdateGoodsQuestionTextEntityRequest,
        UpdateGoodsQuestionTextEntityResponse,
        UpdateOfferContentRequest,
        UpdateOfferContentResponse,
        UpdateOfferMappingsRequest,
        UpdateOfferMappingsResponse,
        UpdateOrderItemRequest,
        UpdateOrderRequest,
        UpdateOrderResponse,
        UpdateOrderStatusesRequest,
        UpdateOrderStatusesResponse,
        UpdateOrderStatusRequest,
        UpdateOrderStatusResponse,
        UpdateOrderStorageLimitRequest,
        UpdateOutletLicenseRequest,
        UpdatePricesRequest,
        UpdatePromoOffersRequest,
        UpdatePromoOffersResponse,
        UpdateStocksRequest,
        UpdateWarehouseStatusRequest,
        UpdateWarehouseStatusResponse,
        VerifyOrderEacRequest,
        VerifyOrderEacResponse,
        WarehouseDetailsDTO,
        WarehouseOffersDTO,
    )

_NoneType = type(None)  # a parameter may be called ``type``


def _op(operation_id: str) -> OperationSpec:
    """The index row; the index is imported on the first call, not with the client."""
    from .operations import BY_ID

    return BY_ID[operation_id]


class YandexOperations(YandexInvoker):
    """Every operation of the Yandex.Market Partner API as an async method (see ``marketplace_async/_codegen/README.md``)."""

    async def get_business_settings(self, business_id: int) -> GetBusinessSettingsResponse:
        """Настройки кабинета.

        ``POST /v2/businesses/{businessId}/settings`` (getBusinessSettings)."""
        from .models import GetBusinessSettingsResponse

        return await self._invoke(
            _op("getBusinessSettings"), {"businessId": business_id}, None, None, GetBusinessSettingsResponse
        )

    async def get_campaigns(
        self,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> GetCampaignsResponse:
        """Список магазинов пользователя.

        ``GET /v2/campaigns`` (getCampaigns)."""
        from .models import GetCampaignsResponse

        return await self._invoke(
            _op("getCampaigns"),
            None,
            {"pageToken": page_token, "limit": limit, "page": page, "pageSize": page_size},
            None,
            GetCampaignsResponse,
        )

    def iter_get_campaigns(
        self, *, limit: int | None = None, page: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[CampaignDTO]:
        """Each item of ``campaigns`` over every page of :meth:`get_campaigns`.

        Follows ``nextPageToken`` from the first page."""
        from .models import CampaignDTO

        return self._iterate(
            _op("getCampaigns"),
            None,
            {"limit": limit, "page": page, "pageSize": page_size},
            None,
            CampaignDTO,
        )

    async def get_campaign(self, campaign_id: int) -> GetCampaignResponse:
        """Информация о магазине.

        ``GET /v2/campaigns/{campaignId}`` (getCampaign)."""
        from .models import GetCampaignResponse

        return await self._invoke(
            _op("getCampaign"), {"campaignId": campaign_id}, None, None, GetCampaignResponse
        )

    async def get_campaign_settings(self, campaign_id: int) -> GetCampaignSettingsResponse:
        """Настройки магазина.

        ``GET /v2/campaigns/{campaignId}/settings`` (getCampaignSettings)."""
        from .models import GetCampaignSettingsResponse

        return await self._invoke(
            _op("getCampaignSettings"), {"campaignId": campaign_id}, None, None, GetCampaignSettingsResponse
        )

    async def get_order(self, campaign_id: int, order_id: int) -> GetOrderResponse:
        """Информация об одном заказе в магазине.

        ``GET /v2/campaigns/{campaignId}/orders/{orderId}`` (getOrder).
        Deprecated: degraded from 2027-01-18, off on 2027-04-12. Use :meth:`get_business_orders`."""
        from .models import GetOrderResponse

        return await self._invoke(
            _op("getOrder"), {"campaignId": campaign_id, "orderId": order_id}, None, None, GetOrderResponse
        )

    async def get_orders(
        self,
        campaign_id: int,
        *,
        order_ids: list[int] | None = None,
        status: list[OrderStatusType] | None = None,
        substatus: list[OrderSubstatusType] | None = None,
        from_date: _dt.date | None = None,
        to_date: _dt.date | None = None,
        supplier_shipment_date_from: _dt.date | None = None,
        supplier_shipment_date_to: _dt.date | None = None,
        updated_at_from: _dt.datetime | None = None,
        updated_at_to: _dt.datetime | None = None,
        dispatch_type: OrderDeliveryDispatchType | None = None,
        fake: bool | None = None,
        has_cis: bool | None = None,
        only_waiting_for_cancellation_approve: bool | None = None,
        only_estimated_delivery: bool | None = None,
        buyer_type: OrderBuyerType | None = None,
        page: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetOrdersResponse:
        """Информация о заказах в магазине.

        ``GET /v2/campaigns/{campaignId}/orders`` (getOrders).
        Deprecated: degraded from 2027-01-18, off on 2027-04-12. Use :meth:`get_business_orders`."""
        from .models import GetOrdersResponse

        return await self._invoke(
            _op("getOrders"),
            {"campaignId": campaign_id},
            {
                "orderIds": order_ids,
                "status": status,
                "substatus": substatus,
                "fromDate": from_date,
                "toDate": to_date,
                "supplierShipmentDateFrom": supplier_shipment_date_from,
                "supplierShipmentDateTo": supplier_shipment_date_to,
                "updatedAtFrom": updated_at_from,
                "updatedAtTo": updated_at_to,
                "dispatchType": dispatch_type,
                "fake": fake,
                "hasCis": has_cis,
                "onlyWaitingForCancellationApprove": only_waiting_for_cancellation_approve,
                "onlyEstimatedDelivery": only_estimated_delivery,
                "buyerType": buyer_type,
                "page": page,
                "pageSize": page_size,
                "pageToken": page_token,
                "limit": limit,
            },
            None,
            GetOrdersResponse,
        )

    def iter_get_orders(
        self,
        campaign_id: int,
        *,
        order_ids: list[int] | None = None,
        status: list[OrderStatusType] | None = None,
        substatus: list[OrderSubstatusType] | None = None,
        from_date: _dt.date | None = None,
        to_date: _dt.date | None = None,
        supplier_shipment_date_from: _dt.date | None = None,
        supplier_shipment_date_to: _dt.date | None = None,
        updated_at_from: _dt.datetime | None = None,
        updated_at_to: _dt.datetime | None = None,
        dispatch_type: OrderDeliveryDispatchType | None = None,
        fake: bool | None = None,
        has_cis: bool | None = None,
        only_waiting_for_cancellation_approve: bool | None = None,
        only_estimated_delivery: bool | None = None,
        buyer_type: OrderBuyerType | None = None,
        page: int | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[OrderDTO]:
        """Each item of ``orders`` over every page of :meth:`get_orders`.

        Follows ``nextPageToken`` from the first page."""
        from .models import OrderDTO

        return self._iterate(
            _op("getOrders"),
            {"campaignId": campaign_id},
            {
                "orderIds": order_ids,
                "status": status,
                "substatus": substatus,
                "fromDate": from_date,
                "toDate": to_date,
                "supplierShipmentDateFrom": supplier_shipment_date_from,
                "supplierShipmentDateTo": supplier_shipment_date_to,
                "updatedAtFrom": updated_at_from,
                "updatedAtTo": updated_at_to,
                "dispatchType": dispatch_type,
                "fake": fake,
                "hasCis": has_cis,
                "onlyWaitingForCancellationApprove": only_waiting_for_cancellation_approve,
                "onlyEstimatedDelivery": only_estimated_delivery,
                "buyerType": buyer_type,
                "page": page,
                "pageSize": page_size,
                "limit": limit,
            },
            None,
            OrderDTO,
        )

    async def get_business_orders(
        self,
        business_id: int,
        body: GetBusinessOrdersRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetBusinessOrdersResponse:
        """Информация о заказах в кабинете.

        ``POST /v1/businesses/{businessId}/orders`` (getBusinessOrders)."""
        from .models import GetBusinessOrdersResponse

        return await self._invoke(
            _op("getBusinessOrders"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetBusinessOrdersResponse,
        )

    def iter_get_business_orders(
        self, business_id: int, body: GetBusinessOrdersRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[BusinessOrderDTO]:
        """Each item of ``orders`` over every page of :meth:`get_business_orders`.

        Follows ``nextPageToken`` from the first page."""
        from .models import BusinessOrderDTO

        return self._iterate(
            _op("getBusinessOrders"), {"businessId": business_id}, {"limit": limit}, body, BusinessOrderDTO
        )

    async def provide_order_item_identifiers(
        self, campaign_id: int, order_id: int, body: ProvideOrderItemIdentifiersRequest
    ) -> ProvideOrderItemIdentifiersResponse:
        """Передача кодов маркировки единиц товара.

        ``PUT /v2/campaigns/{campaignId}/orders/{orderId}/identifiers`` (provideOrderItemIdentifiers)."""
        from .models import ProvideOrderItemIdentifiersResponse

        return await self._invoke(
            _op("provideOrderItemIdentifiers"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            body,
            ProvideOrderItemIdentifiersResponse,
        )

    async def update_order_items(self, campaign_id: int, order_id: int, body: UpdateOrderItemRequest) -> None:
        """Удаление товаров из заказа или уменьшение их числа.

        ``PUT /v2/campaigns/{campaignId}/orders/{orderId}/items`` (updateOrderItems)."""
        await self._invoke(
            _op("updateOrderItems"), {"campaignId": campaign_id, "orderId": order_id}, None, body, _NoneType
        )

    async def update_order_status(
        self, campaign_id: int, order_id: int, body: UpdateOrderStatusRequest
    ) -> UpdateOrderStatusResponse:
        """Изменение статуса одного заказа.

        ``PUT /v2/campaigns/{campaignId}/orders/{orderId}/status`` (updateOrderStatus)."""
        from .models import UpdateOrderStatusResponse

        return await self._invoke(
            _op("updateOrderStatus"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            body,
            UpdateOrderStatusResponse,
        )

    async def update_order_statuses(
        self, campaign_id: int, body: UpdateOrderStatusesRequest
    ) -> UpdateOrderStatusesResponse:
        """Изменение статусов нескольких заказов.

        ``POST /v2/campaigns/{campaignId}/orders/status-update`` (updateOrderStatuses)."""
        from .models import UpdateOrderStatusesResponse

        return await self._invoke(
            _op("updateOrderStatuses"), {"campaignId": campaign_id}, None, body, UpdateOrderStatusesResponse
        )

    async def set_order_shipment_boxes(
        self, campaign_id: int, order_id: int, shipment_id: int, body: SetOrderShipmentBoxesRequest
    ) -> SetOrderShipmentBoxesResponse:
        """Передача количества грузовых мест в заказе.

        ``PUT /v2/campaigns/{campaignId}/orders/{orderId}/delivery/shipments/{shipmentId}/boxes`` (setOrderShipmentBoxes).
        Deprecated: degraded from 2027-01-18, off on 2027-04-05. Use :meth:`set_order_box_layout`."""
        from .models import SetOrderShipmentBoxesResponse

        return await self._invoke(
            _op("setOrderShipmentBoxes"),
            {"campaignId": campaign_id, "orderId": order_id, "shipmentId": shipment_id},
            None,
            body,
            SetOrderShipmentBoxesResponse,
        )

    async def accept_order_cancellation(
        self, campaign_id: int, order_id: int, body: AcceptOrderCancellationRequest
    ) -> EmptyApiResponse:
        """Отмена заказа покупателем.

        ``PUT /v2/campaigns/{campaignId}/orders/{orderId}/cancellation/accept`` (acceptOrderCancellation)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("acceptOrderCancellation"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            body,
            EmptyApiResponse,
        )

    async def provide_order_digital_codes(
        self, campaign_id: int, order_id: int, body: ProvideOrderDigitalCodesRequest
    ) -> EmptyApiResponse:
        """Передача ключей цифровых товаров.

        ``POST /v2/campaigns/{campaignId}/orders/{orderId}/deliverDigitalGoods`` (provideOrderDigitalCodes)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("provideOrderDigitalCodes"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            body,
            EmptyApiResponse,
        )

    async def set_order_box_layout(
        self, campaign_id: int, order_id: int, body: SetOrderBoxLayoutRequest
    ) -> SetOrderBoxLayoutResponse:
        """Подготовка заказа.

        ``PUT /v2/campaigns/{campaignId}/orders/{orderId}/boxes`` (setOrderBoxLayout)."""
        from .models import SetOrderBoxLayoutResponse

        return await self._invoke(
            _op("setOrderBoxLayout"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            body,
            SetOrderBoxLayoutResponse,
        )

    async def update_external_order_id(
        self, campaign_id: int, order_id: int, body: UpdateExternalOrderIdRequest
    ) -> EmptyApiResponse:
        """Передача внешнего идентификатора заказа.

        ``POST /v2/campaigns/{campaignId}/orders/{orderId}/external-id`` (updateExternalOrderId)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("updateExternalOrderId"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            body,
            EmptyApiResponse,
        )

    async def get_order_identifiers_status(
        self, campaign_id: int, order_id: int
    ) -> GetOrderIdentifiersStatusResponse:
        """Статусы проверки кодов маркировки.

        ``POST /v2/campaigns/{campaignId}/orders/{orderId}/identifiers/status`` (getOrderIdentifiersStatus)."""
        from .models import GetOrderIdentifiersStatusResponse

        return await self._invoke(
            _op("getOrderIdentifiersStatus"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            None,
            GetOrderIdentifiersStatusResponse,
        )

    async def create_order(self, campaign_id: int, body: CreateOrderRequest) -> CreateOrderResponse:
        """Создание заказа.

        ``POST /v1/campaigns/{campaignId}/orders/create`` (createOrder)."""
        from .models import CreateOrderResponse

        return await self._invoke(
            _op("createOrder"), {"campaignId": campaign_id}, None, body, CreateOrderResponse
        )

    async def update_order(self, campaign_id: int, body: UpdateOrderRequest) -> UpdateOrderResponse:
        """Изменение заказа.

        ``POST /v1/campaigns/{campaignId}/orders/update`` (updateOrder)."""
        from .models import UpdateOrderResponse

        return await self._invoke(
            _op("updateOrder"), {"campaignId": campaign_id}, None, body, UpdateOrderResponse
        )

    async def get_order_update_options(
        self, campaign_id: int, body: GetOrderUpdateOptionsRequest
    ) -> GetOrderUpdateOptionsResponse:
        """Получение временных интервалов для изменения заказа.

        ``POST /v1/campaigns/{campaignId}/orders/update-options`` (getOrderUpdateOptions)."""
        from .models import GetOrderUpdateOptionsResponse

        return await self._invoke(
            _op("getOrderUpdateOptions"),
            {"campaignId": campaign_id},
            None,
            body,
            GetOrderUpdateOptionsResponse,
        )

    async def set_order_delivery_date(
        self, campaign_id: int, order_id: int, body: SetOrderDeliveryDateRequest
    ) -> EmptyApiResponse:
        """Изменение даты доставки заказа.

        ``PUT /v2/campaigns/{campaignId}/orders/{orderId}/delivery/date`` (setOrderDeliveryDate)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("setOrderDeliveryDate"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            body,
            EmptyApiResponse,
        )

    async def set_order_delivery_track_code(
        self, campaign_id: int, order_id: int, body: SetOrderDeliveryTrackCodeRequest
    ) -> EmptyApiResponse:
        """Передача трек‑номера посылки.

        ``POST /v2/campaigns/{campaignId}/orders/{orderId}/delivery/track`` (setOrderDeliveryTrackCode)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("setOrderDeliveryTrackCode"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            body,
            EmptyApiResponse,
        )

    async def get_order_buyer_info(self, campaign_id: int, order_id: int) -> GetOrderBuyerInfoResponse:
        """Информация о покупателе — физическом лице.

        ``GET /v2/campaigns/{campaignId}/orders/{orderId}/buyer`` (getOrderBuyerInfo)."""
        from .models import GetOrderBuyerInfoResponse

        return await self._invoke(
            _op("getOrderBuyerInfo"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            None,
            GetOrderBuyerInfoResponse,
        )

    async def verify_order_eac(
        self, campaign_id: int, order_id: int, body: VerifyOrderEacRequest
    ) -> VerifyOrderEacResponse:
        """Передача кода подтверждения.

        ``PUT /v2/campaigns/{campaignId}/orders/{orderId}/verifyEac`` (verifyOrderEac)."""
        from .models import VerifyOrderEacResponse

        return await self._invoke(
            _op("verifyOrderEac"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            body,
            VerifyOrderEacResponse,
        )

    async def update_order_storage_limit(
        self, campaign_id: int, order_id: int, body: UpdateOrderStorageLimitRequest
    ) -> EmptyApiResponse:
        """Продление срока хранения заказа.

        ``PUT /v2/campaigns/{campaignId}/orders/{orderId}/delivery/storage-limit`` (updateOrderStorageLimit)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("updateOrderStorageLimit"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            body,
            EmptyApiResponse,
        )

    async def generate_order_label(
        self,
        campaign_id: int,
        order_id: int,
        shipment_id: int,
        box_id: int,
        *,
        format: PageFormatType | None = None,
    ) -> bytes:
        """Готовый ярлык‑наклейка для коробки в заказе.

        ``GET /v2/campaigns/{campaignId}/orders/{orderId}/delivery/shipments/{shipmentId}/boxes/{boxId}/label`` (generateOrderLabel)."""
        return await self._invoke(
            _op("generateOrderLabel"),
            {"campaignId": campaign_id, "orderId": order_id, "shipmentId": shipment_id, "boxId": box_id},
            {"format": format},
            None,
            bytes,
        )

    async def generate_order_labels(
        self, campaign_id: int, order_id: int, *, format: PageFormatType | None = None
    ) -> bytes:
        """Готовые ярлыки‑наклейки на все коробки в одном заказе.

        ``GET /v2/campaigns/{campaignId}/orders/{orderId}/delivery/labels`` (generateOrderLabels)."""
        return await self._invoke(
            _op("generateOrderLabels"),
            {"campaignId": campaign_id, "orderId": order_id},
            {"format": format},
            None,
            bytes,
        )

    async def get_order_labels_data(self, campaign_id: int, order_id: int) -> GetOrderLabelsDataResponse:
        """Данные для самостоятельного изготовления ярлыков.

        ``GET /v2/campaigns/{campaignId}/orders/{orderId}/delivery/labels/data`` (getOrderLabelsData)."""
        from .models import GetOrderLabelsDataResponse

        return await self._invoke(
            _op("getOrderLabelsData"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            None,
            GetOrderLabelsDataResponse,
        )

    async def get_order_business_buyer_info(
        self, campaign_id: int, order_id: int
    ) -> GetBusinessBuyerInfoResponse:
        """Информация о покупателе — юридическом лице.

        ``POST /v2/campaigns/{campaignId}/orders/{orderId}/business-buyer`` (getOrderBusinessBuyerInfo)."""
        from .models import GetBusinessBuyerInfoResponse

        return await self._invoke(
            _op("getOrderBusinessBuyerInfo"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            None,
            GetBusinessBuyerInfoResponse,
        )

    async def get_order_business_documents_info(
        self, campaign_id: int, order_id: int
    ) -> GetBusinessDocumentsInfoResponse:
        """Информация о документах.

        ``POST /v2/campaigns/{campaignId}/orders/{orderId}/documents`` (getOrderBusinessDocumentsInfo)."""
        from .models import GetBusinessDocumentsInfoResponse

        return await self._invoke(
            _op("getOrderBusinessDocumentsInfo"),
            {"campaignId": campaign_id, "orderId": order_id},
            None,
            None,
            GetBusinessDocumentsInfoResponse,
        )

    async def get_returns(
        self,
        campaign_id: int,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        order_ids: list[int] | None = None,
        statuses: list[RefundStatusType] | None = None,
        shipment_statuses: list[ReturnShipmentStatusType] | None = None,
        type: ReturnType | None = None,
        from_date: _dt.date | None = None,
        to_date: _dt.date | None = None,
        from_date_: _dt.date | None = None,
        to_date_: _dt.date | None = None,
    ) -> GetReturnsResponse:
        """Список невыкупов и возвратов.

        ``GET /v2/campaigns/{campaignId}/returns`` (getReturns)."""
        from .models import GetReturnsResponse

        return await self._invoke(
            _op("getReturns"),
            {"campaignId": campaign_id},
            {
                "pageToken": page_token,
                "limit": limit,
                "orderIds": order_ids,
                "statuses": statuses,
                "shipmentStatuses": shipment_statuses,
                "type": type,
                "fromDate": from_date,
                "toDate": to_date,
                "from_date": from_date_,
                "to_date": to_date_,
            },
            None,
            GetReturnsResponse,
        )

    def iter_get_returns(
        self,
        campaign_id: int,
        *,
        limit: int | None = None,
        order_ids: list[int] | None = None,
        statuses: list[RefundStatusType] | None = None,
        shipment_statuses: list[ReturnShipmentStatusType] | None = None,
        type: ReturnType | None = None,
        from_date: _dt.date | None = None,
        to_date: _dt.date | None = None,
        from_date_: _dt.date | None = None,
        to_date_: _dt.date | None = None,
    ) -> AsyncIterator[ReturnDTO]:
        """Each item of ``result.returns`` over every page of :meth:`get_returns`.

        Follows ``nextPageToken`` from the first page."""
        from .models import ReturnDTO

        return self._iterate(
            _op("getReturns"),
            {"campaignId": campaign_id},
            {
                "limit": limit,
                "orderIds": order_ids,
                "statuses": statuses,
                "shipmentStatuses": shipment_statuses,
                "type": type,
                "fromDate": from_date,
                "toDate": to_date,
                "from_date": from_date_,
                "to_date": to_date_,
            },
            None,
            ReturnDTO,
        )

    async def get_return(self, campaign_id: int, order_id: int, return_id: int) -> GetReturnResponse:
        """Информация о невыкупе или возврате.

        ``GET /v2/campaigns/{campaignId}/orders/{orderId}/returns/{returnId}`` (getReturn)."""
        from .models import GetReturnResponse

        return await self._invoke(
            _op("getReturn"),
            {"campaignId": campaign_id, "orderId": order_id, "returnId": return_id},
            None,
            None,
            GetReturnResponse,
        )

    async def set_return_decision(
        self, campaign_id: int, order_id: int, return_id: int, body: SetReturnDecisionRequest
    ) -> EmptyApiResponse:
        """Принятие или изменение решения по возврату.

        ``POST /v2/campaigns/{campaignId}/orders/{orderId}/returns/{returnId}/decision`` (setReturnDecision).
        Deprecated: degraded from 2027-01-18, off on 2027-04-05. Use :meth:`submit_return_decision`."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("setReturnDecision"),
            {"campaignId": campaign_id, "orderId": order_id, "returnId": return_id},
            None,
            body,
            EmptyApiResponse,
        )

    async def submit_return_decision(
        self, campaign_id: int, order_id: int, return_id: int, body: SubmitReturnDecisionRequest
    ) -> EmptyApiResponse:
        """Передача решения по возврату.

        ``POST /v2/campaigns/{campaignId}/orders/{orderId}/returns/{returnId}/decision/submit`` (submitReturnDecision)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("submitReturnDecision"),
            {"campaignId": campaign_id, "orderId": order_id, "returnId": return_id},
            None,
            body,
            EmptyApiResponse,
        )

    async def get_return_available_decisions(
        self, business_id: int, body: GetReturnAvailableDecisionsRequest
    ) -> GetReturnAvailableDecisionsResponse:
        """Получение возможных решений по возврату.

        ``POST /v1/businesses/{businessId}/returns/decisions`` (getReturnAvailableDecisions)."""
        from .models import GetReturnAvailableDecisionsResponse

        return await self._invoke(
            _op("getReturnAvailableDecisions"),
            {"businessId": business_id},
            None,
            body,
            GetReturnAvailableDecisionsResponse,
        )

    async def get_return_application(self, campaign_id: int, order_id: int, return_id: int) -> bytes:
        """Получение заявления на возврат.

        ``GET /v2/campaigns/{campaignId}/orders/{orderId}/returns/{returnId}/application`` (getReturnApplication)."""
        return await self._invoke(
            _op("getReturnApplication"),
            {"campaignId": campaign_id, "orderId": order_id, "returnId": return_id},
            None,
            None,
            bytes,
        )

    async def get_return_photo(
        self, campaign_id: int, order_id: int, return_id: int, item_id: int, image_hash: str
    ) -> bytes:
        """Получение фотографий товаров в возврате.

        ``GET /v2/campaigns/{campaignId}/orders/{orderId}/returns/{returnId}/decision/{itemId}/image/{imageHash}`` (getReturnPhoto)."""
        return await self._invoke(
            _op("getReturnPhoto"),
            {
                "campaignId": campaign_id,
                "orderId": order_id,
                "returnId": return_id,
                "itemId": item_id,
                "imageHash": image_hash,
            },
            None,
            None,
            bytes,
        )

    async def create_return(self, campaign_id: int, body: CreateReturnRequest) -> CreateReturnResponse:
        """Создание возврата.

        ``POST /v1/campaigns/{campaignId}/returns/create`` (createReturn)."""
        from .models import CreateReturnResponse

        return await self._invoke(
            _op("createReturn"), {"campaignId": campaign_id}, None, body, CreateReturnResponse
        )

    async def cancel_return(self, campaign_id: int, body: CancelReturnRequest) -> CancelReturnResponse:
        """Отмена возврата.

        ``POST /v1/campaigns/{campaignId}/returns/cancel`` (cancelReturn)."""
        from .models import CancelReturnResponse

        return await self._invoke(
            _op("cancelReturn"), {"campaignId": campaign_id}, None, body, CancelReturnResponse
        )

    async def search_regions_by_name(
        self, *, name: str, page_token: str | None = None, limit: int | None = None
    ) -> GetRegionsResponse:
        """Поиск регионов по их имени.

        ``GET /v2/regions`` (searchRegionsByName)."""
        from .models import GetRegionsResponse

        return await self._invoke(
            _op("searchRegionsByName"),
            None,
            {"name": name, "pageToken": page_token, "limit": limit},
            None,
            GetRegionsResponse,
        )

    def iter_search_regions_by_name(self, *, name: str, limit: int | None = None) -> AsyncIterator[RegionDTO]:
        """Each item of ``regions`` over every page of :meth:`search_regions_by_name`.

        Follows ``nextPageToken`` from the first page."""
        from .models import RegionDTO

        return self._iterate(
            _op("searchRegionsByName"), None, {"name": name, "limit": limit}, None, RegionDTO
        )

    async def search_regions_by_id(self, region_id: int) -> GetRegionByIdResponse:
        """Информация о регионе.

        ``GET /v2/regions/{regionId}`` (searchRegionsById)."""
        from .models import GetRegionByIdResponse

        return await self._invoke(
            _op("searchRegionsById"), {"regionId": region_id}, None, None, GetRegionByIdResponse
        )

    async def search_region_children(
        self,
        region_id: int,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> GetRegionWithChildrenResponse:
        """Информация о дочерних регионах.

        ``GET /v2/regions/{regionId}/children`` (searchRegionChildren)."""
        from .models import GetRegionWithChildrenResponse

        return await self._invoke(
            _op("searchRegionChildren"),
            {"regionId": region_id},
            {"pageToken": page_token, "limit": limit, "page": page, "pageSize": page_size},
            None,
            GetRegionWithChildrenResponse,
        )

    async def get_regions_codes(self) -> GetRegionsCodesResponse:
        """Список допустимых кодов стран.

        ``POST /v2/regions/countries`` (getRegionsCodes)."""
        from .models import GetRegionsCodesResponse

        return await self._invoke(_op("getRegionsCodes"), None, None, None, GetRegionsCodesResponse)

    async def download_shipment_reception_transfer_act(
        self, campaign_id: int, *, warehouse_id: int | None = None, signatory: str | None = None
    ) -> bytes:
        """Подтверждение ближайшей отгрузки и получение акта приема-передачи для нее.

        ``GET /v2/campaigns/{campaignId}/shipments/reception-transfer-act`` (downloadShipmentReceptionTransferAct)."""
        return await self._invoke(
            _op("downloadShipmentReceptionTransferAct"),
            {"campaignId": campaign_id},
            {"warehouse_id": warehouse_id, "signatory": signatory},
            None,
            bytes,
        )

    async def get_shipment(
        self, campaign_id: int, shipment_id: int, *, cancelled_orders: bool | None = None
    ) -> GetShipmentResponse:
        """Получение информации об одной отгрузке.

        ``GET /v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}`` (getShipment)."""
        from .models import GetShipmentResponse

        return await self._invoke(
            _op("getShipment"),
            {"campaignId": campaign_id, "shipmentId": shipment_id},
            {"cancelledOrders": cancelled_orders},
            None,
            GetShipmentResponse,
        )

    async def get_shipment_orders_info(
        self, campaign_id: int, shipment_id: int
    ) -> GetShipmentOrdersInfoResponse:
        """Получение информации о возможности печати ярлыков.

        ``GET /v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/orders/info`` (getShipmentOrdersInfo)."""
        from .models import GetShipmentOrdersInfoResponse

        return await self._invoke(
            _op("getShipmentOrdersInfo"),
            {"campaignId": campaign_id, "shipmentId": shipment_id},
            None,
            None,
            GetShipmentOrdersInfoResponse,
        )

    async def confirm_shipment(
        self, campaign_id: int, shipment_id: int, body: ConfirmShipmentRequest | None = None
    ) -> EmptyApiResponse:
        """Подтверждение отгрузки.

        ``POST /v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/confirm`` (confirmShipment)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("confirmShipment"),
            {"campaignId": campaign_id, "shipmentId": shipment_id},
            None,
            body,
            EmptyApiResponse,
        )

    async def download_shipment_act(self, campaign_id: int, shipment_id: int) -> bytes:
        """Получение акта приема-передачи.

        ``GET /v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/act`` (downloadShipmentAct)."""
        return await self._invoke(
            _op("downloadShipmentAct"),
            {"campaignId": campaign_id, "shipmentId": shipment_id},
            None,
            None,
            bytes,
        )

    async def download_shipment_inbound_act(self, campaign_id: int, shipment_id: int) -> bytes:
        """Получение фактического акта приема-передачи.

        ``GET /v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/inbound-act`` (downloadShipmentInboundAct)."""
        return await self._invoke(
            _op("downloadShipmentInboundAct"),
            {"campaignId": campaign_id, "shipmentId": shipment_id},
            None,
            None,
            bytes,
        )

    async def download_shipment_transportation_waybill(self, campaign_id: int, shipment_id: int) -> bytes:
        """Получение транспортной накладной.

        ``GET /v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/transportation-waybill`` (downloadShipmentTransportationWaybill)."""
        return await self._invoke(
            _op("downloadShipmentTransportationWaybill"),
            {"campaignId": campaign_id, "shipmentId": shipment_id},
            None,
            None,
            bytes,
        )

    async def download_shipment_discrepancy_act(self, campaign_id: int, shipment_id: int) -> bytes:
        """Получение акта расхождений.

        ``GET /v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/discrepancy-act`` (downloadShipmentDiscrepancyAct)."""
        return await self._invoke(
            _op("downloadShipmentDiscrepancyAct"),
            {"campaignId": campaign_id, "shipmentId": shipment_id},
            None,
            None,
            bytes,
        )

    async def set_shipment_pallets_count(
        self, campaign_id: int, shipment_id: int, body: SetShipmentPalletsCountRequest
    ) -> EmptyApiResponse:
        """Передача количества упаковок для доверительной приемки.

        ``PUT /v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/pallets`` (setShipmentPalletsCount)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("setShipmentPalletsCount"),
            {"campaignId": campaign_id, "shipmentId": shipment_id},
            None,
            body,
            EmptyApiResponse,
        )

    async def download_shipment_pallet_labels(
        self, campaign_id: int, shipment_id: int, *, format: ShipmentPalletLabelPageFormatType | None = None
    ) -> bytes:
        """Ярлыки для доверительной приемки.

        ``GET /v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/pallet/labels`` (downloadShipmentPalletLabels)."""
        return await self._invoke(
            _op("downloadShipmentPalletLabels"),
            {"campaignId": campaign_id, "shipmentId": shipment_id},
            {"format": format},
            None,
            bytes,
        )

    async def search_shipments(
        self,
        campaign_id: int,
        body: SearchShipmentsRequest,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> SearchShipmentsResponse:
        """Получение информации о нескольких отгрузках.

        ``PUT /v2/campaigns/{campaignId}/first-mile/shipments`` (searchShipments)."""
        from .models import SearchShipmentsResponse

        return await self._invoke(
            _op("searchShipments"),
            {"campaignId": campaign_id},
            {"pageToken": page_token, "limit": limit},
            body,
            SearchShipmentsResponse,
        )

    def iter_search_shipments(
        self, campaign_id: int, body: SearchShipmentsRequest, *, limit: int | None = None
    ) -> AsyncIterator[ShipmentInfoDTO]:
        """Each item of ``result.shipments`` over every page of :meth:`search_shipments`.

        Follows ``nextPageToken`` from the first page."""
        from .models import ShipmentInfoDTO

        return self._iterate(
            _op("searchShipments"), {"campaignId": campaign_id}, {"limit": limit}, body, ShipmentInfoDTO
        )

    async def transfer_orders_from_shipment(
        self, campaign_id: int, shipment_id: int, body: TransferOrdersFromShipmentRequest
    ) -> EmptyApiResponse:
        """Перенос заказов в следующую отгрузку.

        ``POST /v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/orders/transfer`` (transferOrdersFromShipment)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("transferOrdersFromShipment"),
            {"campaignId": campaign_id, "shipmentId": shipment_id},
            None,
            body,
            EmptyApiResponse,
        )

    async def delete_offers(self, business_id: int, body: DeleteOffersRequest) -> DeleteOffersResponse:
        """Удаление товаров из каталога.

        ``POST /v2/businesses/{businessId}/offer-mappings/delete`` (deleteOffers)."""
        from .models import DeleteOffersResponse

        return await self._invoke(
            _op("deleteOffers"), {"businessId": business_id}, None, body, DeleteOffersResponse
        )

    async def get_offer_mappings(
        self,
        business_id: int,
        body: GetOfferMappingsRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        language: CatalogLanguageType | None = None,
    ) -> GetOfferMappingsResponse:
        """Информация о товарах в каталоге.

        ``POST /v2/businesses/{businessId}/offer-mappings`` (getOfferMappings)."""
        from .models import GetOfferMappingsResponse

        return await self._invoke(
            _op("getOfferMappings"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit, "language": language},
            body,
            GetOfferMappingsResponse,
        )

    def iter_get_offer_mappings(
        self,
        business_id: int,
        body: GetOfferMappingsRequest | None = None,
        *,
        limit: int | None = None,
        language: CatalogLanguageType | None = None,
    ) -> AsyncIterator[GetOfferMappingDTO]:
        """Each item of ``result.offerMappings`` over every page of :meth:`get_offer_mappings`.

        Follows ``nextPageToken`` from the first page."""
        from .models import GetOfferMappingDTO

        return self._iterate(
            _op("getOfferMappings"),
            {"businessId": business_id},
            {"limit": limit, "language": language},
            body,
            GetOfferMappingDTO,
        )

    async def update_offer_mappings(
        self,
        business_id: int,
        body: UpdateOfferMappingsRequest,
        *,
        language: CatalogLanguageType | None = None,
    ) -> UpdateOfferMappingsResponse:
        """Добавление товаров в каталог и изменение информации о них.

        ``POST /v2/businesses/{businessId}/offer-mappings/update`` (updateOfferMappings)."""
        from .models import UpdateOfferMappingsResponse

        return await self._invoke(
            _op("updateOfferMappings"),
            {"businessId": business_id},
            {"language": language},
            body,
            UpdateOfferMappingsResponse,
        )

    async def add_offers_to_archive(
        self, business_id: int, body: AddOffersToArchiveRequest
    ) -> AddOffersToArchiveResponse:
        """Добавление товаров в архив.

        ``POST /v2/businesses/{businessId}/offer-mappings/archive`` (addOffersToArchive)."""
        from .models import AddOffersToArchiveResponse

        return await self._invoke(
            _op("addOffersToArchive"), {"businessId": business_id}, None, body, AddOffersToArchiveResponse
        )

    async def delete_offers_from_archive(
        self, business_id: int, body: DeleteOffersFromArchiveRequest
    ) -> DeleteOffersFromArchiveResponse:
        """Удаление товаров из архива.

        ``POST /v2/businesses/{businessId}/offer-mappings/unarchive`` (deleteOffersFromArchive)."""
        from .models import DeleteOffersFromArchiveResponse

        return await self._invoke(
            _op("deleteOffersFromArchive"),
            {"businessId": business_id},
            None,
            body,
            DeleteOffersFromArchiveResponse,
        )

    async def generate_offer_barcodes(
        self, business_id: int, body: GenerateOfferBarcodesRequest
    ) -> GenerateOfferBarcodesResponse:
        """Генерация штрихкодов.

        ``POST /v1/businesses/{businessId}/offer-mappings/barcodes/generate`` (generateOfferBarcodes)."""
        from .models import GenerateOfferBarcodesResponse

        return await self._invoke(
            _op("generateOfferBarcodes"),
            {"businessId": business_id},
            None,
            body,
            GenerateOfferBarcodesResponse,
        )

    async def call_update_business_prices(
        self, business_id: int, body: UpdateBusinessPricesRequest
    ) -> EmptyApiResponse:
        """Установка цен на товары для всех магазинов.

        ``POST /v2/businesses/{businessId}/offer-prices/updates`` (updateBusinessPrices).
        One request, sent as given; :meth:`update_business_prices` is the bulk method."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("updateBusinessPrices"), {"businessId": business_id}, None, body, EmptyApiResponse
        )

    async def call_update_prices(self, campaign_id: int, body: UpdatePricesRequest) -> EmptyApiResponse:
        """Установка цен на товары в конкретном магазине.

        ``POST /v2/campaigns/{campaignId}/offer-prices/updates`` (updatePrices).
        One request, sent as given; :meth:`update_prices` is the bulk method."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("updatePrices"), {"campaignId": campaign_id}, None, body, EmptyApiResponse
        )

    async def get_prices(
        self,
        campaign_id: int,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        archived: bool | None = None,
    ) -> GetPricesResponse:
        """Список цен.

        ``GET /v2/campaigns/{campaignId}/offer-prices`` (getPrices).
        Deprecated: degraded from 2027-01-18, off on 2027-04-05. Use :meth:`get_prices_by_offer_ids`."""
        from .models import GetPricesResponse

        return await self._invoke(
            _op("getPrices"),
            {"campaignId": campaign_id},
            {"pageToken": page_token, "limit": limit, "archived": archived},
            None,
            GetPricesResponse,
        )

    def iter_get_prices(
        self, campaign_id: int, *, limit: int | None = None, archived: bool | None = None
    ) -> AsyncIterator[OfferPriceResponseDTO]:
        """Each item of ``result.offers`` over every page of :meth:`get_prices`.

        Follows ``nextPageToken`` from the first page."""
        from .models import OfferPriceResponseDTO

        return self._iterate(
            _op("getPrices"),
            {"campaignId": campaign_id},
            {"limit": limit, "archived": archived},
            None,
            OfferPriceResponseDTO,
        )

    async def get_prices_by_offer_ids(
        self,
        campaign_id: int,
        body: GetPricesByOfferIdsRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetPricesByOfferIdsResponse:
        """Просмотр цен на указанные товары в конкретном магазине.

        ``POST /v2/campaigns/{campaignId}/offer-prices`` (getPricesByOfferIds)."""
        from .models import GetPricesByOfferIdsResponse

        return await self._invoke(
            _op("getPricesByOfferIds"),
            {"campaignId": campaign_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetPricesByOfferIdsResponse,
        )

    def iter_get_prices_by_offer_ids(
        self, campaign_id: int, body: GetPricesByOfferIdsRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[OfferPriceByOfferIdsResponseDTO]:
        """Each item of ``result.offers`` over every page of :meth:`get_prices_by_offer_ids`.

        Follows ``nextPageToken`` from the first page."""
        from .models import OfferPriceByOfferIdsResponseDTO

        return self._iterate(
            _op("getPricesByOfferIds"),
            {"campaignId": campaign_id},
            {"limit": limit},
            body,
            OfferPriceByOfferIdsResponseDTO,
        )

    async def get_default_prices(
        self,
        business_id: int,
        body: GetDefaultPricesRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetDefaultPricesResponse:
        """Просмотр цен на указанные товары во всех магазинах.

        ``POST /v2/businesses/{businessId}/offer-prices`` (getDefaultPrices)."""
        from .models import GetDefaultPricesResponse

        return await self._invoke(
            _op("getDefaultPrices"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetDefaultPricesResponse,
        )

    def iter_get_default_prices(
        self, business_id: int, body: GetDefaultPricesRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[OfferDefaultPriceResponseDTO]:
        """Each item of ``result.offers`` over every page of :meth:`get_default_prices`.

        Follows ``nextPageToken`` from the first page."""
        from .models import OfferDefaultPriceResponseDTO

        return self._iterate(
            _op("getDefaultPrices"),
            {"businessId": business_id},
            {"limit": limit},
            body,
            OfferDefaultPriceResponseDTO,
        )

    async def get_business_quarantine_offers(
        self,
        business_id: int,
        body: GetQuarantineOffersRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetQuarantineOffersResponse:
        """Список товаров, находящихся в карантине по цене в кабинете.

        ``POST /v2/businesses/{businessId}/price-quarantine`` (getBusinessQuarantineOffers)."""
        from .models import GetQuarantineOffersResponse

        return await self._invoke(
            _op("getBusinessQuarantineOffers"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetQuarantineOffersResponse,
        )

    def iter_get_business_quarantine_offers(
        self, business_id: int, body: GetQuarantineOffersRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[QuarantineOfferDTO]:
        """Each item of ``result.offers`` over every page of :meth:`get_business_quarantine_offers`.

        Follows ``nextPageToken`` from the first page."""
        from .models import QuarantineOfferDTO

        return self._iterate(
            _op("getBusinessQuarantineOffers"),
            {"businessId": business_id},
            {"limit": limit},
            body,
            QuarantineOfferDTO,
        )

    async def confirm_business_prices(self, business_id: int, body: ConfirmPricesRequest) -> EmptyApiResponse:
        """Удаление товара из карантина по цене в кабинете.

        ``POST /v2/businesses/{businessId}/price-quarantine/confirm`` (confirmBusinessPrices)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("confirmBusinessPrices"), {"businessId": business_id}, None, body, EmptyApiResponse
        )

    async def get_campaign_quarantine_offers(
        self,
        campaign_id: int,
        body: GetQuarantineOffersRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetQuarantineOffersResponse:
        """Список товаров, находящихся в карантине по цене в магазине.

        ``POST /v2/campaigns/{campaignId}/price-quarantine`` (getCampaignQuarantineOffers)."""
        from .models import GetQuarantineOffersResponse

        return await self._invoke(
            _op("getCampaignQuarantineOffers"),
            {"campaignId": campaign_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetQuarantineOffersResponse,
        )

    def iter_get_campaign_quarantine_offers(
        self, campaign_id: int, body: GetQuarantineOffersRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[QuarantineOfferDTO]:
        """Each item of ``result.offers`` over every page of :meth:`get_campaign_quarantine_offers`.

        Follows ``nextPageToken`` from the first page."""
        from .models import QuarantineOfferDTO

        return self._iterate(
            _op("getCampaignQuarantineOffers"),
            {"campaignId": campaign_id},
            {"limit": limit},
            body,
            QuarantineOfferDTO,
        )

    async def confirm_campaign_prices(self, campaign_id: int, body: ConfirmPricesRequest) -> EmptyApiResponse:
        """Удаление товара из карантина по цене в магазине.

        ``POST /v2/campaigns/{campaignId}/price-quarantine/confirm`` (confirmCampaignPrices)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("confirmCampaignPrices"), {"campaignId": campaign_id}, None, body, EmptyApiResponse
        )

    async def get_hidden_offers(
        self,
        campaign_id: int,
        *,
        offer_id: list[str] | None = None,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetHiddenOffersResponse:
        """Информация о скрытых вами товарах.

        ``GET /v2/campaigns/{campaignId}/hidden-offers`` (getHiddenOffers)."""
        from .models import GetHiddenOffersResponse

        return await self._invoke(
            _op("getHiddenOffers"),
            {"campaignId": campaign_id},
            {"offer_id": offer_id, "pageToken": page_token, "limit": limit},
            None,
            GetHiddenOffersResponse,
        )

    def iter_get_hidden_offers(
        self, campaign_id: int, *, offer_id: list[str] | None = None, limit: int | None = None
    ) -> AsyncIterator[HiddenOfferDTOOut]:
        """Each item of ``result.hiddenOffers`` over every page of :meth:`get_hidden_offers`.

        Follows ``nextPageToken`` from the first page."""
        from .models import HiddenOfferDTOOut

        return self._iterate(
            _op("getHiddenOffers"),
            {"campaignId": campaign_id},
            {"offer_id": offer_id, "limit": limit},
            None,
            HiddenOfferDTOOut,
        )

    async def add_hidden_offers(self, campaign_id: int, body: AddHiddenOffersRequest) -> EmptyApiResponse:
        """Скрытие товаров и настройки скрытия.

        ``POST /v2/campaigns/{campaignId}/hidden-offers`` (addHiddenOffers)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("addHiddenOffers"), {"campaignId": campaign_id}, None, body, EmptyApiResponse
        )

    async def delete_hidden_offers(
        self, campaign_id: int, body: DeleteHiddenOffersRequest
    ) -> EmptyApiResponse:
        """Возобновление показа товаров.

        ``POST /v2/campaigns/{campaignId}/hidden-offers/delete`` (deleteHiddenOffers)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("deleteHiddenOffers"), {"campaignId": campaign_id}, None, body, EmptyApiResponse
        )

    async def call_update_stocks(self, campaign_id: int, body: UpdateStocksRequest) -> EmptyApiResponse:
        """Передача информации об остатках.

        ``PUT /v2/campaigns/{campaignId}/offers/stocks`` (updateStocks).
        One request, sent as given; :meth:`update_stocks` is the bulk method."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("updateStocks"), {"campaignId": campaign_id}, None, body, EmptyApiResponse
        )

    async def get_stocks(
        self,
        campaign_id: int,
        body: GetWarehouseStocksRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetWarehouseStocksResponse:
        """Информация об остатках и оборачиваемости.

        ``POST /v2/campaigns/{campaignId}/offers/stocks`` (getStocks)."""
        from .models import GetWarehouseStocksResponse

        return await self._invoke(
            _op("getStocks"),
            {"campaignId": campaign_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetWarehouseStocksResponse,
        )

    def iter_get_stocks(
        self, campaign_id: int, body: GetWarehouseStocksRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[WarehouseOffersDTO]:
        """Each item of ``result.warehouses`` over every page of :meth:`get_stocks`.

        Follows ``nextPageToken`` from the first page."""
        from .models import WarehouseOffersDTO

        return self._iterate(
            _op("getStocks"), {"campaignId": campaign_id}, {"limit": limit}, body, WarehouseOffersDTO
        )

    async def get_delivery_services(self) -> GetDeliveryServicesResponse:
        """Справочник служб доставки.

        ``GET /v2/delivery/services`` (getDeliveryServices)."""
        from .models import GetDeliveryServicesResponse

        return await self._invoke(_op("getDeliveryServices"), None, None, None, GetDeliveryServicesResponse)

    async def get_delivery_options(
        self, campaign_id: int, body: GetDeliveryOptionsRequest
    ) -> GetDeliveryOptionsResponse:
        """Получение доступных вариантов доставки заказов.

        ``POST /v1/campaigns/{campaignId}/delivery-options`` (getDeliveryOptions)."""
        from .models import GetDeliveryOptionsResponse

        return await self._invoke(
            _op("getDeliveryOptions"), {"campaignId": campaign_id}, None, body, GetDeliveryOptionsResponse
        )

    async def get_return_delivery_options(
        self, campaign_id: int, body: GetReturnDeliveryOptionsRequest
    ) -> GetReturnDeliveryOptionsResponse:
        """Получение подходящих для возврата пунктов выдачи.

        ``POST /v1/campaigns/{campaignId}/return-delivery-options`` (getReturnDeliveryOptions)."""
        from .models import GetReturnDeliveryOptionsResponse

        return await self._invoke(
            _op("getReturnDeliveryOptions"),
            {"campaignId": campaign_id},
            None,
            body,
            GetReturnDeliveryOptionsResponse,
        )

    async def get_orders_stats(
        self,
        campaign_id: int,
        body: GetOrdersStatsRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetOrdersStatsResponse:
        """Детальная информация по заказам.

        ``POST /v2/campaigns/{campaignId}/stats/orders`` (getOrdersStats)."""
        from .models import GetOrdersStatsResponse

        return await self._invoke(
            _op("getOrdersStats"),
            {"campaignId": campaign_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetOrdersStatsResponse,
        )

    def iter_get_orders_stats(
        self, campaign_id: int, body: GetOrdersStatsRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[OrdersStatsOrderDTO]:
        """Each item of ``result.orders`` over every page of :meth:`get_orders_stats`.

        Follows ``nextPageToken`` from the first page."""
        from .models import OrdersStatsOrderDTO

        return self._iterate(
            _op("getOrdersStats"), {"campaignId": campaign_id}, {"limit": limit}, body, OrdersStatsOrderDTO
        )

    async def get_goods_stats(self, campaign_id: int, body: GetGoodsStatsRequest) -> GetGoodsStatsResponse:
        """Отчет по товарам.

        ``POST /v2/campaigns/{campaignId}/stats/skus`` (getGoodsStats)."""
        from .models import GetGoodsStatsResponse

        return await self._invoke(
            _op("getGoodsStats"), {"campaignId": campaign_id}, None, body, GetGoodsStatsResponse
        )

    async def get_report_info(
        self, report_id: str, *, source_type: SourceType | None = None
    ) -> GetReportInfoResponse:
        """Получение заданного отчета или документа.

        ``GET /v2/reports/info/{reportId}`` (getReportInfo)."""
        from .models import GetReportInfoResponse

        return await self._invoke(
            _op("getReportInfo"),
            {"reportId": report_id},
            {"sourceType": source_type},
            None,
            GetReportInfoResponse,
        )

    async def generate_united_netting_report(
        self,
        body: GenerateUnitedNettingReportRequest,
        *,
        format: ReportFormatType | None = None,
        language: ReportLanguageType | None = None,
    ) -> GenerateReportResponse:
        """Отчет по платежам.

        ``POST /v2/reports/united-netting/generate`` (generateUnitedNettingReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateUnitedNettingReport"),
            None,
            {"format": format, "language": language},
            body,
            GenerateReportResponse,
        )

    async def generate_united_marketplace_services_report(
        self,
        body: GenerateUnitedMarketplaceServicesReportRequest,
        *,
        format: ReportFormatType | None = None,
        language: ReportLanguageType | None = None,
    ) -> GenerateReportResponse:
        """Отчет по стоимости услуг.

        ``POST /v2/reports/united-marketplace-services/generate`` (generateUnitedMarketplaceServicesReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateUnitedMarketplaceServicesReport"),
            None,
            {"format": format, "language": language},
            body,
            GenerateReportResponse,
        )

    async def generate_united_orders_report(
        self,
        body: GenerateUnitedOrdersRequest,
        *,
        format: ReportFormatType | None = None,
        language: ReportLanguageType | None = None,
    ) -> GenerateReportResponse:
        """Отчет по заказам.

        ``POST /v2/reports/united-orders/generate`` (generateUnitedOrdersReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateUnitedOrdersReport"),
            None,
            {"format": format, "language": language},
            body,
            GenerateReportResponse,
        )

    async def generate_united_returns_report(
        self, body: GenerateUnitedReturnsRequest, *, format: ReportFormatType | None = None
    ) -> GenerateReportResponse:
        """Отчет по невыкупам и возвратам.

        ``POST /v2/reports/united-returns/generate`` (generateUnitedReturnsReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateUnitedReturnsReport"), None, {"format": format}, body, GenerateReportResponse
        )

    async def generate_goods_realization_report(
        self, body: GenerateGoodsRealizationReportRequest, *, format: ReportFormatType | None = None
    ) -> GenerateReportResponse:
        """Отчет по реализации.

        ``POST /v2/reports/goods-realization/generate`` (generateGoodsRealizationReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateGoodsRealizationReport"), None, {"format": format}, body, GenerateReportResponse
        )

    async def generate_stocks_on_warehouses_report(
        self,
        body: GenerateStocksOnWarehousesReportRequest | None = None,
        *,
        format: ReportFormatType | None = None,
    ) -> GenerateReportResponse:
        """Отчет по остаткам на складах.

        ``POST /v2/reports/stocks-on-warehouses/generate`` (generateStocksOnWarehousesReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateStocksOnWarehousesReport"), None, {"format": format}, body, GenerateReportResponse
        )

    async def generate_goods_movement_report(
        self, body: GenerateGoodsMovementReportRequest, *, format: ReportFormatType | None = None
    ) -> GenerateReportResponse:
        """Отчет по движению товаров.

        ``POST /v2/reports/goods-movement/generate`` (generateGoodsMovementReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateGoodsMovementReport"), None, {"format": format}, body, GenerateReportResponse
        )

    async def generate_shows_sales_report(
        self, body: GenerateShowsSalesReportRequest, *, format: ReportFormatType | None = None
    ) -> GenerateReportResponse:
        """Отчет «Аналитика продаж».

        ``POST /v2/reports/shows-sales/generate`` (generateShowsSalesReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateShowsSalesReport"), None, {"format": format}, body, GenerateReportResponse
        )

    async def generate_competitors_position_report(
        self, body: GenerateCompetitorsPositionReportRequest, *, format: ReportFormatType | None = None
    ) -> GenerateReportResponse:
        """Отчет «Конкурентная позиция».

        ``POST /v2/reports/competitors-position/generate`` (generateCompetitorsPositionReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateCompetitorsPositionReport"), None, {"format": format}, body, GenerateReportResponse
        )

    async def generate_goods_prices_report(
        self, body: GenerateGoodsPricesReportRequest | None = None, *, format: ReportFormatType | None = None
    ) -> GenerateReportResponse:
        """Отчет «Цены».

        ``POST /v2/reports/goods-prices/generate`` (generateGoodsPricesReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateGoodsPricesReport"), None, {"format": format}, body, GenerateReportResponse
        )

    async def generate_goods_turnover_report(
        self, body: GenerateGoodsTurnoverRequest, *, format: ReportFormatType | None = None
    ) -> GenerateReportResponse:
        """Отчет по оборачиваемости.

        ``POST /v2/reports/goods-turnover/generate`` (generateGoodsTurnoverReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateGoodsTurnoverReport"), None, {"format": format}, body, GenerateReportResponse
        )

    async def generate_boost_consolidated_report(
        self,
        body: GenerateBoostConsolidatedRequest,
        *,
        format: ReportFormatType | None = None,
        source_type: SourceType | None = None,
    ) -> GenerateReportResponse:
        """Отчет по бусту продаж.

        ``POST /v2/reports/boost-consolidated/generate`` (generateBoostConsolidatedReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateBoostConsolidatedReport"),
            None,
            {"format": format, "sourceType": source_type},
            body,
            GenerateReportResponse,
        )

    async def generate_shipment_list_document_report(
        self, body: GenerateShipmentListDocumentReportRequest
    ) -> GenerateReportResponse:
        """Получение листа сборки.

        ``POST /v2/reports/documents/shipment-list/generate`` (generateShipmentListDocumentReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateShipmentListDocumentReport"), None, None, body, GenerateReportResponse
        )

    async def generate_shelfs_statistics_report(
        self,
        body: GenerateShelfsStatisticsRequest,
        *,
        format: ReportFormatType | None = None,
        source_type: SourceType | None = None,
    ) -> GenerateReportResponse:
        """Отчет по полкам.

        ``POST /v2/reports/shelf-statistics/generate`` (generateShelfsStatisticsReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateShelfsStatisticsReport"),
            None,
            {"format": format, "sourceType": source_type},
            body,
            GenerateReportResponse,
        )

    async def generate_mass_order_labels_report(
        self, body: GenerateMassOrderLabelsRequest, *, format: PageFormatType | None = None
    ) -> GenerateReportResponse:
        """Готовые ярлыки‑наклейки на все коробки в нескольких заказах.

        ``POST /v2/reports/documents/labels/generate`` (generateMassOrderLabelsReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateMassOrderLabelsReport"), None, {"format": format}, body, GenerateReportResponse
        )

    async def generate_goods_feedback_report(
        self, body: GenerateGoodsFeedbackRequest, *, format: ReportFormatType | None = None
    ) -> GenerateReportResponse:
        """Отчет по отзывам о товарах.

        ``POST /v2/reports/goods-feedback/generate`` (generateGoodsFeedbackReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateGoodsFeedbackReport"), None, {"format": format}, body, GenerateReportResponse
        )

    async def generate_shows_boost_report(
        self,
        body: GenerateShowsBoostRequest,
        *,
        format: ReportFormatType | None = None,
        source_type: SourceType | None = None,
    ) -> GenerateReportResponse:
        """Отчет по бусту показов.

        ``POST /v2/reports/shows-boost/generate`` (generateShowsBoostReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateShowsBoostReport"),
            None,
            {"format": format, "sourceType": source_type},
            body,
            GenerateReportResponse,
        )

    async def generate_banners_statistics_report(
        self,
        body: GenerateBannersStatisticsRequest,
        *,
        format: ReportFormatType | None = None,
        source_type: SourceType | None = None,
    ) -> GenerateReportResponse:
        """Отчет по охватному продвижению.

        ``POST /v2/reports/banners-statistics/generate`` (generateBannersStatisticsReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateBannersStatisticsReport"),
            None,
            {"format": format, "sourceType": source_type},
            body,
            GenerateReportResponse,
        )

    async def generate_closure_documents_report(
        self, body: GenerateClosureDocumentsRequest
    ) -> GenerateReportResponse:
        """Закрывающие документы.

        ``POST /v2/reports/closure-documents/generate`` (generateClosureDocumentsReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateClosureDocumentsReport"), None, None, body, GenerateReportResponse
        )

    async def generate_jewelry_fiscal_report(
        self, body: GenerateJewelryFiscalReportRequest, *, format: ReportFormatType | None = None
    ) -> GenerateReportResponse:
        """Отчет по заказам с ювелирными изделиями.

        ``POST /v2/reports/jewelry-fiscal/generate`` (generateJewelryFiscalReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateJewelryFiscalReport"), None, {"format": format}, body, GenerateReportResponse
        )

    async def generate_sales_geography_report(
        self, body: GenerateSalesGeographyRequest, *, format: ReportFormatType | None = None
    ) -> GenerateReportResponse:
        """Отчет по географии продаж.

        ``POST /v2/reports/sales-geography/generate`` (generateSalesGeographyReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateSalesGeographyReport"), None, {"format": format}, body, GenerateReportResponse
        )

    async def generate_key_indicators_report(
        self, body: GenerateKeyIndicatorsRequest, *, format: ReportFormatType | None = None
    ) -> GenerateReportResponse:
        """Отчет по ключевым показателям.

        ``POST /v2/reports/key-indicators/generate`` (generateKeyIndicatorsReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateKeyIndicatorsReport"), None, {"format": format}, body, GenerateReportResponse
        )

    async def generate_closure_documents_detalization_report(
        self, body: GenerateClosureDocumentsDetalizationRequest, *, format: ReportFormatType | None = None
    ) -> GenerateReportResponse:
        """Отчет по схождению с закрывающими документами.

        ``POST /v2/reports/closure-documents/detalization/generate`` (generateClosureDocumentsDetalizationReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateClosureDocumentsDetalizationReport"),
            None,
            {"format": format},
            body,
            GenerateReportResponse,
        )

    async def generate_marketing_detalization_report(
        self,
        business_id: int,
        body: GenerateMarketingDetalizationRequest,
        *,
        format: ReportFormatType | None = None,
        source_type: SourceType | None = None,
    ) -> GenerateReportResponse:
        """Отчет по счету маркетинга.

        ``POST /v1/businesses/{businessId}/reports/marketing-detalization/generate`` (generateMarketingDetalizationReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(
            _op("generateMarketingDetalizationReport"),
            {"businessId": business_id},
            {"format": format, "sourceType": source_type},
            body,
            GenerateReportResponse,
        )

    async def generate_barcodes_report(self, body: GenerateBarcodesReportRequest) -> GenerateReportResponse:
        """Получение файла со штрихкодами.

        ``POST /v1/reports/documents/barcodes/generate`` (generateBarcodesReport)."""
        from .models import GenerateReportResponse

        return await self._invoke(_op("generateBarcodesReport"), None, None, body, GenerateReportResponse)

    async def get_outlets(
        self,
        campaign_id: int,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        region_id: int | None = None,
        shop_outlet_code: str | None = None,
        region_id_: int | None = None,
    ) -> GetOutletsResponse:
        """Информация о нескольких точках продаж.

        ``GET /v2/campaigns/{campaignId}/outlets`` (getOutlets)."""
        from .models import GetOutletsResponse

        return await self._invoke(
            _op("getOutlets"),
            {"campaignId": campaign_id},
            {
                "pageToken": page_token,
                "limit": limit,
                "region_id": region_id,
                "shop_outlet_code": shop_outlet_code,
                "regionId": region_id_,
            },
            None,
            GetOutletsResponse,
        )

    def iter_get_outlets(
        self,
        campaign_id: int,
        *,
        limit: int | None = None,
        region_id: int | None = None,
        shop_outlet_code: str | None = None,
        region_id_: int | None = None,
    ) -> AsyncIterator[FullOutletDTO]:
        """Each item of ``outlets`` over every page of :meth:`get_outlets`.

        Follows ``nextPageToken`` from the first page."""
        from .models import FullOutletDTO

        return self._iterate(
            _op("getOutlets"),
            {"campaignId": campaign_id},
            {
                "limit": limit,
                "region_id": region_id,
                "shop_outlet_code": shop_outlet_code,
                "regionId": region_id_,
            },
            None,
            FullOutletDTO,
        )

    async def create_outlet(self, campaign_id: int, body: ChangeOutletRequest) -> CreateOutletResponse:
        """Создание точки продаж.

        ``POST /v2/campaigns/{campaignId}/outlets`` (createOutlet)."""
        from .models import CreateOutletResponse

        return await self._invoke(
            _op("createOutlet"), {"campaignId": campaign_id}, None, body, CreateOutletResponse
        )

    async def get_outlet(self, campaign_id: int, outlet_id: int) -> GetOutletResponse:
        """Информация об одной точке продаж.

        ``GET /v2/campaigns/{campaignId}/outlets/{outletId}`` (getOutlet)."""
        from .models import GetOutletResponse

        return await self._invoke(
            _op("getOutlet"),
            {"campaignId": campaign_id, "outletId": outlet_id},
            None,
            None,
            GetOutletResponse,
        )

    async def update_outlet(
        self, campaign_id: int, outlet_id: int, body: ChangeOutletRequest
    ) -> EmptyApiResponse:
        """Изменение информации о точке продаж.

        ``PUT /v2/campaigns/{campaignId}/outlets/{outletId}`` (updateOutlet)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("updateOutlet"),
            {"campaignId": campaign_id, "outletId": outlet_id},
            None,
            body,
            EmptyApiResponse,
        )

    async def delete_outlet(self, campaign_id: int, outlet_id: int) -> EmptyApiResponse:
        """Удаление точки продаж.

        ``DELETE /v2/campaigns/{campaignId}/outlets/{outletId}`` (deleteOutlet)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("deleteOutlet"),
            {"campaignId": campaign_id, "outletId": outlet_id},
            None,
            None,
            EmptyApiResponse,
        )

    async def get_logistic_points(
        self, business_id: int, *, page_token: str | None = None, limit: int | None = None
    ) -> GetLogisticPointsResponse:
        """Получение точек ПВЗ Маркета.

        ``POST /v1/businesses/{businessId}/logistics-points`` (getLogisticPoints)."""
        from .models import GetLogisticPointsResponse

        return await self._invoke(
            _op("getLogisticPoints"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit},
            None,
            GetLogisticPointsResponse,
        )

    def iter_get_logistic_points(
        self, business_id: int, *, limit: int | None = None
    ) -> AsyncIterator[LogisticPointDTO]:
        """Each item of ``result.logisticPoints`` over every page of :meth:`get_logistic_points`.

        Follows ``nextPageToken`` from the first page."""
        from .models import LogisticPointDTO

        return self._iterate(
            _op("getLogisticPoints"), {"businessId": business_id}, {"limit": limit}, None, LogisticPointDTO
        )

    async def get_outlet_licenses(
        self, campaign_id: int, *, outlet_ids: list[int] | None = None, ids: list[int] | None = None
    ) -> GetOutletLicensesResponse:
        """Информация о лицензиях для точек продаж.

        ``GET /v2/campaigns/{campaignId}/outlets/licenses`` (getOutletLicenses)."""
        from .models import GetOutletLicensesResponse

        return await self._invoke(
            _op("getOutletLicenses"),
            {"campaignId": campaign_id},
            {"outletIds": outlet_ids, "ids": ids},
            None,
            GetOutletLicensesResponse,
        )

    async def update_outlet_licenses(
        self, campaign_id: int, body: UpdateOutletLicenseRequest
    ) -> EmptyApiResponse:
        """Создание и изменение лицензий для точек продаж.

        ``POST /v2/campaigns/{campaignId}/outlets/licenses`` (updateOutletLicenses)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("updateOutletLicenses"), {"campaignId": campaign_id}, None, body, EmptyApiResponse
        )

    async def delete_outlet_licenses(self, campaign_id: int, *, ids: list[int]) -> EmptyApiResponse:
        """Удаление лицензий для точек продаж.

        ``DELETE /v2/campaigns/{campaignId}/outlets/licenses`` (deleteOutletLicenses)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("deleteOutletLicenses"), {"campaignId": campaign_id}, {"ids": ids}, None, EmptyApiResponse
        )

    async def get_goods_feedbacks(
        self,
        business_id: int,
        body: GetGoodsFeedbackRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetGoodsFeedbackResponse:
        """Получение отзывов о товарах продавца.

        ``POST /v2/businesses/{businessId}/goods-feedback`` (getGoodsFeedbacks)."""
        from .models import GetGoodsFeedbackResponse

        return await self._invoke(
            _op("getGoodsFeedbacks"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetGoodsFeedbackResponse,
        )

    def iter_get_goods_feedbacks(
        self, business_id: int, body: GetGoodsFeedbackRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[GoodsFeedbackDTO]:
        """Each item of ``result.feedbacks`` over every page of :meth:`get_goods_feedbacks`.

        Follows ``nextPageToken`` from the first page."""
        from .models import GoodsFeedbackDTO

        return self._iterate(
            _op("getGoodsFeedbacks"), {"businessId": business_id}, {"limit": limit}, body, GoodsFeedbackDTO
        )

    async def skip_goods_feedbacks_reaction(
        self,
        business_id: int,
        body: SkipGoodsFeedbackReactionRequest,
        *,
        source_type: SourceType | None = None,
    ) -> EmptyApiResponse:
        """Пропуск реакции на отзывы.

        ``POST /v2/businesses/{businessId}/goods-feedback/skip-reaction`` (skipGoodsFeedbacksReaction)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("skipGoodsFeedbacksReaction"),
            {"businessId": business_id},
            {"sourceType": source_type},
            body,
            EmptyApiResponse,
        )

    async def update_goods_feedback_comment(
        self,
        business_id: int,
        body: UpdateGoodsFeedbackCommentRequest,
        *,
        source_type: SourceType | None = None,
    ) -> UpdateGoodsFeedbackCommentResponse:
        """Добавление нового или изменение созданного комментария.

        ``POST /v2/businesses/{businessId}/goods-feedback/comments/update`` (updateGoodsFeedbackComment)."""
        from .models import UpdateGoodsFeedbackCommentResponse

        return await self._invoke(
            _op("updateGoodsFeedbackComment"),
            {"businessId": business_id},
            {"sourceType": source_type},
            body,
            UpdateGoodsFeedbackCommentResponse,
        )

    async def delete_goods_feedback_comment(
        self,
        business_id: int,
        body: DeleteGoodsFeedbackCommentRequest,
        *,
        source_type: SourceType | None = None,
    ) -> EmptyApiResponse:
        """Удаление комментария к отзыву.

        ``POST /v2/businesses/{businessId}/goods-feedback/comments/delete`` (deleteGoodsFeedbackComment)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("deleteGoodsFeedbackComment"),
            {"businessId": business_id},
            {"sourceType": source_type},
            body,
            EmptyApiResponse,
        )

    async def get_goods_feedback_comments(
        self,
        business_id: int,
        body: GetGoodsFeedbackCommentsRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        source_type: SourceType | None = None,
    ) -> GetGoodsFeedbackCommentsResponse:
        """Получение комментариев к отзыву.

        ``POST /v2/businesses/{businessId}/goods-feedback/comments`` (getGoodsFeedbackComments)."""
        from .models import GetGoodsFeedbackCommentsResponse

        return await self._invoke(
            _op("getGoodsFeedbackComments"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit, "sourceType": source_type},
            body,
            GetGoodsFeedbackCommentsResponse,
        )

    def iter_get_goods_feedback_comments(
        self,
        business_id: int,
        body: GetGoodsFeedbackCommentsRequest | None = None,
        *,
        limit: int | None = None,
        source_type: SourceType | None = None,
    ) -> AsyncIterator[GoodsFeedbackCommentDTO]:
        """Each item of ``result.comments`` over every page of :meth:`get_goods_feedback_comments`.

        Follows ``nextPageToken`` from the first page."""
        from .models import GoodsFeedbackCommentDTO

        return self._iterate(
            _op("getGoodsFeedbackComments"),
            {"businessId": business_id},
            {"limit": limit, "sourceType": source_type},
            body,
            GoodsFeedbackCommentDTO,
        )

    async def get_goods_feedbacks_urbanads(
        self,
        business_id: int,
        body: GetGoodsFeedbackUrbanadsRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        source_type: SourceType | None = None,
    ) -> GetGoodsFeedbackUrbanadsResponse:
        """Получение отзывов о товарах для рекламодателей.

        ``POST /v1/businesses/{businessId}/goods-feedback-advertiser`` (getGoodsFeedbacksUrbanads)."""
        from .models import GetGoodsFeedbackUrbanadsResponse

        return await self._invoke(
            _op("getGoodsFeedbacksUrbanads"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit, "sourceType": source_type},
            body,
            GetGoodsFeedbackUrbanadsResponse,
        )

    def iter_get_goods_feedbacks_urbanads(
        self,
        business_id: int,
        body: GetGoodsFeedbackUrbanadsRequest | None = None,
        *,
        limit: int | None = None,
        source_type: SourceType | None = None,
    ) -> AsyncIterator[GoodsFeedbackUrbanadsDTO]:
        """Each item of ``result.feedbacks`` over every page of :meth:`get_goods_feedbacks_urbanads`.

        Follows ``nextPageToken`` from the first page."""
        from .models import GoodsFeedbackUrbanadsDTO

        return self._iterate(
            _op("getGoodsFeedbacksUrbanads"),
            {"businessId": business_id},
            {"limit": limit, "sourceType": source_type},
            body,
            GoodsFeedbackUrbanadsDTO,
        )

    async def get_goods_questions(
        self,
        business_id: int,
        body: GetQuestionsRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetQuestionsResponse:
        """Получение вопросов о товарах продавца.

        ``POST /v1/businesses/{businessId}/goods-questions`` (getGoodsQuestions)."""
        from .models import GetQuestionsResponse

        return await self._invoke(
            _op("getGoodsQuestions"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetQuestionsResponse,
        )

    def iter_get_goods_questions(
        self, business_id: int, body: GetQuestionsRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[QuestionDTO]:
        """Each item of ``result.questions`` over every page of :meth:`get_goods_questions`.

        Follows ``nextPageToken`` from the first page."""
        from .models import QuestionDTO

        return self._iterate(
            _op("getGoodsQuestions"), {"businessId": business_id}, {"limit": limit}, body, QuestionDTO
        )

    async def get_goods_question_answers(
        self,
        business_id: int,
        body: GetAnswersRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetAnswersResponse:
        """Получение ответов на вопрос.

        ``POST /v1/businesses/{businessId}/goods-questions/answers`` (getGoodsQuestionAnswers)."""
        from .models import GetAnswersResponse

        return await self._invoke(
            _op("getGoodsQuestionAnswers"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetAnswersResponse,
        )

    def iter_get_goods_question_answers(
        self, business_id: int, body: GetAnswersRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[AnswerDTO]:
        """Each item of ``result.answers`` over every page of :meth:`get_goods_question_answers`.

        Follows ``nextPageToken`` from the first page."""
        from .models import AnswerDTO

        return self._iterate(
            _op("getGoodsQuestionAnswers"), {"businessId": business_id}, {"limit": limit}, body, AnswerDTO
        )

    async def update_goods_question_text_entity(
        self, business_id: int, body: UpdateGoodsQuestionTextEntityRequest
    ) -> UpdateGoodsQuestionTextEntityResponse:
        """Создание, изменение и удаление ответа или комментария.

        ``POST /v1/businesses/{businessId}/goods-questions/update`` (updateGoodsQuestionTextEntity)."""
        from .models import UpdateGoodsQuestionTextEntityResponse

        return await self._invoke(
            _op("updateGoodsQuestionTextEntity"),
            {"businessId": business_id},
            None,
            body,
            UpdateGoodsQuestionTextEntityResponse,
        )

    async def get_campaign_offers(
        self,
        campaign_id: int,
        body: GetCampaignOffersRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetCampaignOffersResponse:
        """Информация о товарах, которые размещены в заданном магазине.

        ``POST /v2/campaigns/{campaignId}/offers`` (getCampaignOffers)."""
        from .models import GetCampaignOffersResponse

        return await self._invoke(
            _op("getCampaignOffers"),
            {"campaignId": campaign_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetCampaignOffersResponse,
        )

    def iter_get_campaign_offers(
        self, campaign_id: int, body: GetCampaignOffersRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[GetCampaignOfferDTO]:
        """Each item of ``result.offers`` over every page of :meth:`get_campaign_offers`.

        Follows ``nextPageToken`` from the first page."""
        from .models import GetCampaignOfferDTO

        return self._iterate(
            _op("getCampaignOffers"), {"campaignId": campaign_id}, {"limit": limit}, body, GetCampaignOfferDTO
        )

    async def update_campaign_offers(
        self, campaign_id: int, body: UpdateCampaignOffersRequest
    ) -> EmptyApiResponse:
        """Изменение условий продажи товаров в магазине.

        ``POST /v2/campaigns/{campaignId}/offers/update`` (updateCampaignOffers)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("updateCampaignOffers"), {"campaignId": campaign_id}, None, body, EmptyApiResponse
        )

    async def delete_campaign_offers(
        self, campaign_id: int, body: DeleteCampaignOffersRequest
    ) -> DeleteCampaignOffersResponse:
        """Удаление товаров из ассортимента магазина.

        ``POST /v2/campaigns/{campaignId}/offers/delete`` (deleteCampaignOffers)."""
        from .models import DeleteCampaignOffersResponse

        return await self._invoke(
            _op("deleteCampaignOffers"), {"campaignId": campaign_id}, None, body, DeleteCampaignOffersResponse
        )

    async def get_offer_recommendations(
        self,
        business_id: int,
        body: GetOfferRecommendationsRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetOfferRecommendationsResponse:
        """Рекомендации Маркета, касающиеся цен.

        ``POST /v2/businesses/{businessId}/offers/recommendations`` (getOfferRecommendations)."""
        from .models import GetOfferRecommendationsResponse

        return await self._invoke(
            _op("getOfferRecommendations"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetOfferRecommendationsResponse,
        )

    def iter_get_offer_recommendations(
        self,
        business_id: int,
        body: GetOfferRecommendationsRequest | None = None,
        *,
        limit: int | None = None,
    ) -> AsyncIterator[OfferRecommendationDTO]:
        """Each item of ``result.offerRecommendations`` over every page of :meth:`get_offer_recommendations`.

        Follows ``nextPageToken`` from the first page."""
        from .models import OfferRecommendationDTO

        return self._iterate(
            _op("getOfferRecommendations"),
            {"businessId": business_id},
            {"limit": limit},
            body,
            OfferRecommendationDTO,
        )

    async def put_bids_for_business(self, business_id: int, body: PutSkuBidsRequest) -> EmptyApiResponse:
        """Включение буста продаж и установка ставок.

        ``PUT /v2/businesses/{businessId}/bids`` (putBidsForBusiness)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("putBidsForBusiness"), {"businessId": business_id}, None, body, EmptyApiResponse
        )

    async def put_bids_for_campaign(self, campaign_id: int, body: PutSkuBidsRequest) -> EmptyApiResponse:
        """Включение буста продаж и установка ставок для магазина.

        ``PUT /v2/campaigns/{campaignId}/bids`` (putBidsForCampaign)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("putBidsForCampaign"), {"campaignId": campaign_id}, None, body, EmptyApiResponse
        )

    async def get_bids_info_for_business(
        self,
        business_id: int,
        body: GetBidsInfoRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetBidsInfoResponse:
        """Информация об установленных ставках.

        ``POST /v2/businesses/{businessId}/bids/info`` (getBidsInfoForBusiness)."""
        from .models import GetBidsInfoResponse

        return await self._invoke(
            _op("getBidsInfoForBusiness"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetBidsInfoResponse,
        )

    def iter_get_bids_info_for_business(
        self, business_id: int, body: GetBidsInfoRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[SkuBidItemDTOOut]:
        """Each item of ``result.bids`` over every page of :meth:`get_bids_info_for_business`.

        Follows ``nextPageToken`` from the first page."""
        from .models import SkuBidItemDTOOut

        return self._iterate(
            _op("getBidsInfoForBusiness"),
            {"businessId": business_id},
            {"limit": limit},
            body,
            SkuBidItemDTOOut,
        )

    async def get_bids_recommendations(
        self, business_id: int, body: GetBidsRecommendationsRequest
    ) -> GetBidsRecommendationsResponse:
        """Рекомендованные ставки для заданных товаров.

        ``POST /v2/businesses/{businessId}/bids/recommendations`` (getBidsRecommendations)."""
        from .models import GetBidsRecommendationsResponse

        return await self._invoke(
            _op("getBidsRecommendations"),
            {"businessId": business_id},
            None,
            body,
            GetBidsRecommendationsResponse,
        )

    async def get_warehouses(self, business_id: int) -> GetWarehousesResponse:
        """Список складов и групп складов.

        ``GET /v2/businesses/{businessId}/warehouses`` (getWarehouses).
        Deprecated: degraded from 2027-01-18, off on 2027-04-05. Use :meth:`get_paged_warehouses`."""
        from .models import GetWarehousesResponse

        return await self._invoke(
            _op("getWarehouses"), {"businessId": business_id}, None, None, GetWarehousesResponse
        )

    async def get_paged_warehouses(
        self,
        business_id: int,
        body: GetPagedWarehousesRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetPagedWarehousesResponse:
        """Список складов.

        ``POST /v2/businesses/{businessId}/warehouses`` (getPagedWarehouses)."""
        from .models import GetPagedWarehousesResponse

        return await self._invoke(
            _op("getPagedWarehouses"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetPagedWarehousesResponse,
        )

    def iter_get_paged_warehouses(
        self, business_id: int, body: GetPagedWarehousesRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[WarehouseDetailsDTO]:
        """Each item of ``result.warehouses`` over every page of :meth:`get_paged_warehouses`.

        Follows ``nextPageToken`` from the first page."""
        from .models import WarehouseDetailsDTO

        return self._iterate(
            _op("getPagedWarehouses"),
            {"businessId": business_id},
            {"limit": limit},
            body,
            WarehouseDetailsDTO,
        )

    async def get_fulfillment_warehouses(
        self, *, campaign_id: int | None = None
    ) -> GetFulfillmentWarehousesResponse:
        """Идентификаторы фулфилмент-складов Маркета.

        ``GET /v2/warehouses`` (getFulfillmentWarehouses)."""
        from .models import GetFulfillmentWarehousesResponse

        return await self._invoke(
            _op("getFulfillmentWarehouses"),
            None,
            {"campaignId": campaign_id},
            None,
            GetFulfillmentWarehousesResponse,
        )

    async def update_warehouse_status(
        self, campaign_id: int, body: UpdateWarehouseStatusRequest
    ) -> UpdateWarehouseStatusResponse:
        """Изменение статуса склада.

        ``POST /v2/campaigns/{campaignId}/warehouse/status`` (updateWarehouseStatus)."""
        from .models import UpdateWarehouseStatusResponse

        return await self._invoke(
            _op("updateWarehouseStatus"),
            {"campaignId": campaign_id},
            None,
            body,
            UpdateWarehouseStatusResponse,
        )

    async def get_category_content_parameters(
        self, category_id: int, *, business_id: int | None = None
    ) -> GetCategoryContentParametersResponse:
        """Списки характеристик товаров по категориям.

        ``POST /v2/category/{categoryId}/parameters`` (getCategoryContentParameters)."""
        from .models import GetCategoryContentParametersResponse

        return await self._invoke(
            _op("getCategoryContentParameters"),
            {"categoryId": category_id},
            {"businessId": business_id},
            None,
            GetCategoryContentParametersResponse,
        )

    async def get_offer_cards_content_status(
        self,
        business_id: int,
        body: GetOfferCardsContentStatusRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetOfferCardsContentStatusResponse:
        """Получение информации о заполненности карточек магазина.

        ``POST /v2/businesses/{businessId}/offer-cards`` (getOfferCardsContentStatus)."""
        from .models import GetOfferCardsContentStatusResponse

        return await self._invoke(
            _op("getOfferCardsContentStatus"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetOfferCardsContentStatusResponse,
        )

    def iter_get_offer_cards_content_status(
        self,
        business_id: int,
        body: GetOfferCardsContentStatusRequest | None = None,
        *,
        limit: int | None = None,
    ) -> AsyncIterator[OfferCardDTO]:
        """Each item of ``result.offerCards`` over every page of :meth:`get_offer_cards_content_status`.

        Follows ``nextPageToken`` from the first page."""
        from .models import OfferCardDTO

        return self._iterate(
            _op("getOfferCardsContentStatus"),
            {"businessId": business_id},
            {"limit": limit},
            body,
            OfferCardDTO,
        )

    async def update_offer_content(
        self, business_id: int, body: UpdateOfferContentRequest
    ) -> UpdateOfferContentResponse:
        """Редактирование категорийных характеристик товара.

        ``POST /v2/businesses/{businessId}/offer-cards/update`` (updateOfferContent)."""
        from .models import UpdateOfferContentResponse

        return await self._invoke(
            _op("updateOfferContent"), {"businessId": business_id}, None, body, UpdateOfferContentResponse
        )

    async def create_chat(
        self, business_id: int, body: CreateChatRequest | None = None
    ) -> CreateChatResponse:
        """Создание нового чата с покупателем.

        ``POST /v2/businesses/{businessId}/chats/new`` (createChat)."""
        from .models import CreateChatResponse

        return await self._invoke(
            _op("createChat"), {"businessId": business_id}, None, body, CreateChatResponse
        )

    async def get_chats(
        self,
        business_id: int,
        body: GetChatsRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetChatsResponse:
        """Получение доступных чатов.

        ``POST /v2/businesses/{businessId}/chats`` (getChats)."""
        from .models import GetChatsResponse

        return await self._invoke(
            _op("getChats"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetChatsResponse,
        )

    def iter_get_chats(
        self, business_id: int, body: GetChatsRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[GetChatInfoDTO]:
        """Each item of ``result.chats`` over every page of :meth:`get_chats`.

        Follows ``nextPageToken`` from the first page."""
        from .models import GetChatInfoDTO

        return self._iterate(
            _op("getChats"), {"businessId": business_id}, {"limit": limit}, body, GetChatInfoDTO
        )

    async def get_chat(self, business_id: int, *, chat_id: int) -> GetChatResponse:
        """Получение чата по идентификатору.

        ``GET /v2/businesses/{businessId}/chat`` (getChat)."""
        from .models import GetChatResponse

        return await self._invoke(
            _op("getChat"), {"businessId": business_id}, {"chatId": chat_id}, None, GetChatResponse
        )

    async def send_file_to_chat(
        self, business_id: int, body: SendFileToChatRequest, *, chat_id: int
    ) -> EmptyApiResponse:
        """Отправка файла в чат.

        ``POST /v2/businesses/{businessId}/chats/file/send`` (sendFileToChat).
        Sent as multipart/form-data: a file field takes bytes or a FileUpload."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("sendFileToChat"), {"businessId": business_id}, {"chatId": chat_id}, body, EmptyApiResponse
        )

    async def get_chat_message(
        self, business_id: int, *, chat_id: int, message_id: int
    ) -> GetChatMessageResponse:
        """Получение сообщения в чате.

        ``GET /v2/businesses/{businessId}/chats/message`` (getChatMessage)."""
        from .models import GetChatMessageResponse

        return await self._invoke(
            _op("getChatMessage"),
            {"businessId": business_id},
            {"chatId": chat_id, "messageId": message_id},
            None,
            GetChatMessageResponse,
        )

    async def send_message_to_chat(
        self, business_id: int, body: SendMessageToChatRequest, *, chat_id: int
    ) -> EmptyApiResponse:
        """Отправка сообщения в чат.

        ``POST /v2/businesses/{businessId}/chats/message`` (sendMessageToChat)."""
        from .models import EmptyApiResponse

        return await self._invoke(
            _op("sendMessageToChat"), {"businessId": business_id}, {"chatId": chat_id}, body, EmptyApiResponse
        )

    async def get_chat_history(
        self,
        business_id: int,
        body: GetChatHistoryRequest | None = None,
        *,
        chat_id: int,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetChatHistoryResponse:
        """Получение истории сообщений в чате.

        ``POST /v2/businesses/{businessId}/chats/history`` (getChatHistory)."""
        from .models import GetChatHistoryResponse

        return await self._invoke(
            _op("getChatHistory"),
            {"businessId": business_id},
            {"chatId": chat_id, "pageToken": page_token, "limit": limit},
            body,
            GetChatHistoryResponse,
        )

    def iter_get_chat_history(
        self,
        business_id: int,
        body: GetChatHistoryRequest | None = None,
        *,
        chat_id: int,
        limit: int | None = None,
    ) -> AsyncIterator[ChatMessageDTO]:
        """Each item of ``result.messages`` over every page of :meth:`get_chat_history`.

        Follows ``nextPageToken`` from the first page."""
        from .models import ChatMessageDTO

        return self._iterate(
            _op("getChatHistory"),
            {"businessId": business_id},
            {"chatId": chat_id, "limit": limit},
            body,
            ChatMessageDTO,
        )

    async def calculate_tariffs(self, body: CalculateTariffsRequest) -> CalculateTariffsResponse:
        """Калькулятор стоимости услуг.

        ``POST /v2/tariffs/calculate`` (calculateTariffs)."""
        from .models import CalculateTariffsResponse

        return await self._invoke(_op("calculateTariffs"), None, None, body, CalculateTariffsResponse)

    async def get_categories_tree(self, body: GetCategoriesRequest | None = None) -> GetCategoriesResponse:
        """Дерево категорий.

        ``POST /v2/categories/tree`` (getCategoriesTree)."""
        from .models import GetCategoriesResponse

        return await self._invoke(_op("getCategoriesTree"), None, None, body, GetCategoriesResponse)

    async def get_categories_max_sale_quantum(
        self, body: GetCategoriesMaxSaleQuantumRequest
    ) -> GetCategoriesMaxSaleQuantumResponse:
        """Лимит на установку кванта продажи и минимального количества товаров в заказе.

        ``POST /v2/categories/max-sale-quantum`` (getCategoriesMaxSaleQuantum).
        Deprecated: degraded from 2027-01-18, off on 2027-04-05."""
        from .models import GetCategoriesMaxSaleQuantumResponse

        return await self._invoke(
            _op("getCategoriesMaxSaleQuantum"), None, None, body, GetCategoriesMaxSaleQuantumResponse
        )

    async def get_quality_ratings(
        self, business_id: int, body: GetQualityRatingRequest
    ) -> GetQualityRatingResponse:
        """Индекс качества магазинов.

        ``POST /v2/businesses/{businessId}/ratings/quality`` (getQualityRatings)."""
        from .models import GetQualityRatingResponse

        return await self._invoke(
            _op("getQualityRatings"), {"businessId": business_id}, None, body, GetQualityRatingResponse
        )

    async def get_quality_rating_details(self, campaign_id: int) -> GetQualityRatingDetailsResponse:
        """Заказы, которые повлияли на индекс качества.

        ``POST /v2/campaigns/{campaignId}/ratings/quality/details`` (getQualityRatingDetails)."""
        from .models import GetQualityRatingDetailsResponse

        return await self._invoke(
            _op("getQualityRatingDetails"),
            {"campaignId": campaign_id},
            None,
            None,
            GetQualityRatingDetailsResponse,
        )

    async def get_promos(self, business_id: int, body: GetPromosRequest | None = None) -> GetPromosResponse:
        """Получение списка акций.

        ``POST /v2/businesses/{businessId}/promos`` (getPromos)."""
        from .models import GetPromosResponse

        return await self._invoke(
            _op("getPromos"), {"businessId": business_id}, None, body, GetPromosResponse
        )

    async def get_promo_offers(
        self,
        business_id: int,
        body: GetPromoOffersRequest,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetPromoOffersResponse:
        """Получение списка товаров, которые участвуют или могут участвовать в акции.

        ``POST /v2/businesses/{businessId}/promos/offers`` (getPromoOffers)."""
        from .models import GetPromoOffersResponse

        return await self._invoke(
            _op("getPromoOffers"),
            {"businessId": business_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetPromoOffersResponse,
        )

    def iter_get_promo_offers(
        self, business_id: int, body: GetPromoOffersRequest, *, limit: int | None = None
    ) -> AsyncIterator[GetPromoOfferDTO]:
        """Each item of ``result.offers`` over every page of :meth:`get_promo_offers`.

        Follows ``nextPageToken`` from the first page."""
        from .models import GetPromoOfferDTO

        return self._iterate(
            _op("getPromoOffers"), {"businessId": business_id}, {"limit": limit}, body, GetPromoOfferDTO
        )

    async def update_promo_offers(
        self, business_id: int, body: UpdatePromoOffersRequest
    ) -> UpdatePromoOffersResponse:
        """Добавление товаров в акцию или изменение их цен.

        ``POST /v2/businesses/{businessId}/promos/offers/update`` (updatePromoOffers)."""
        from .models import UpdatePromoOffersResponse

        return await self._invoke(
            _op("updatePromoOffers"), {"businessId": business_id}, None, body, UpdatePromoOffersResponse
        )

    async def delete_promo_offers(
        self, business_id: int, body: DeletePromoOffersRequest
    ) -> DeletePromoOffersResponse:
        """Удаление товаров из акции.

        ``POST /v2/businesses/{businessId}/promos/offers/delete`` (deletePromoOffers)."""
        from .models import DeletePromoOffersResponse

        return await self._invoke(
            _op("deletePromoOffers"), {"businessId": business_id}, None, body, DeletePromoOffersResponse
        )

    async def get_supply_requests(
        self,
        campaign_id: int,
        body: GetSupplyRequestsRequest | None = None,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetSupplyRequestsResponse:
        """Получение информации о заявках на поставку, вывоз и утилизацию.

        ``POST /v2/campaigns/{campaignId}/supply-requests`` (getSupplyRequests)."""
        from .models import GetSupplyRequestsResponse

        return await self._invoke(
            _op("getSupplyRequests"),
            {"campaignId": campaign_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetSupplyRequestsResponse,
        )

    def iter_get_supply_requests(
        self, campaign_id: int, body: GetSupplyRequestsRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[SupplyRequestDTO]:
        """Each item of ``result.requests`` over every page of :meth:`get_supply_requests`.

        Follows ``nextPageToken`` from the first page."""
        from .models import SupplyRequestDTO

        return self._iterate(
            _op("getSupplyRequests"), {"campaignId": campaign_id}, {"limit": limit}, body, SupplyRequestDTO
        )

    async def get_supply_request_items(
        self,
        campaign_id: int,
        body: GetSupplyRequestItemsRequest,
        *,
        page_token: str | None = None,
        limit: int | None = None,
    ) -> GetSupplyRequestItemsResponse:
        """Получение товаров в заявке на поставку, вывоз или утилизацию.

        ``POST /v2/campaigns/{campaignId}/supply-requests/items`` (getSupplyRequestItems)."""
        from .models import GetSupplyRequestItemsResponse

        return await self._invoke(
            _op("getSupplyRequestItems"),
            {"campaignId": campaign_id},
            {"pageToken": page_token, "limit": limit},
            body,
            GetSupplyRequestItemsResponse,
        )

    def iter_get_supply_request_items(
        self, campaign_id: int, body: GetSupplyRequestItemsRequest, *, limit: int | None = None
    ) -> AsyncIterator[SupplyRequestItemDTO]:
        """Each item of ``result.items`` over every page of :meth:`get_supply_request_items`.

        Follows ``nextPageToken`` from the first page."""
        from .models import SupplyRequestItemDTO

        return self._iterate(
            _op("getSupplyRequestItems"),
            {"campaignId": campaign_id},
            {"limit": limit},
            body,
            SupplyRequestItemDTO,
        )

    async def get_supply_request_documents(
        self, campaign_id: int, body: GetSupplyRequestDocumentsRequest
    ) -> GetSupplyRequestDocumentsResponse:
        """Получение документов по заявке на поставку, вывоз или утилизацию.

        ``POST /v2/campaigns/{campaignId}/supply-requests/documents`` (getSupplyRequestDocuments)."""
        from .models import GetSupplyRequestDocumentsResponse

        return await self._invoke(
            _op("getSupplyRequestDocuments"),
            {"campaignId": campaign_id},
            None,
            body,
            GetSupplyRequestDocumentsResponse,
        )

    async def get_auth_token_info(self) -> GetTokenInfoResponse:
        """Получение информации о токене авторизации.

        ``POST /v2/auth/token`` (getAuthTokenInfo)."""
        from .models import GetTokenInfoResponse

        return await self._invoke(_op("getAuthTokenInfo"), None, None, None, GetTokenInfoResponse)

    async def get_operations(self, business_id: int, body: GetOperationsRequest) -> GetOperationsResponse:
        """Получение статусов операций.

        ``POST /v1/businesses/{businessId}/operations`` (getOperations)."""
        from .models import GetOperationsResponse

        return await self._invoke(
            _op("getOperations"), {"businessId": business_id}, None, body, GetOperationsResponse
        )
