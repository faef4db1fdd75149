"""Every operation as a typed method of the Ozon Seller API. GENERATED from marketplace_async/_specs/ozon/openapi-2026-06.json by
``python -m marketplace_async._codegen``: do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING
from typing import Any as _Any

from ..._operation import OzonInvoker

if TYPE_CHECKING:
    from ..._operation import OperationSpec
    from .models import (
        ActionsV1ActionsAutoAddProductsCandidatesRequest,
        ActionsV1ActionsAutoAddProductsCandidatesResponse,
        ActionsV1ActionsAutoAddProductsCandidatesResponseProducts,
        ActionsV1ActionsAutoAddProductsDeleteRequest,
        ActionsV1ActionsAutoAddProductsDeleteResponse,
        ActionsV1ActionsAutoAddProductsListRequest,
        ActionsV1ActionsAutoAddProductsListResponse,
        ActionsV1ActionsAutoAddProductsListResponseProducts,
        ActionsV1ActionsAutoAddProductsUpdateRequest,
        ActionsV1ActionsAutoAddProductsUpdateResponse,
        AnalyticsAnalyticsGetDataRequest,
        AnalyticsAnalyticsGetDataResponse,
        AnalyticsStockOnWarehouseRequest,
        AnalyticsStockOnWarehouseResponse,
        ArrivalpassArrivalPassCreateRequest,
        ArrivalpassArrivalPassCreateResponse,
        ArrivalpassArrivalPassDeleteRequest,
        ArrivalpassArrivalPassListRequest,
        ArrivalpassArrivalPassListResponse,
        ArrivalpassArrivalPassListResponseArrivalPass,
        ArrivalpassArrivalPassUpdateRequest,
        AssemblyFbsProductListResponseProducts,
        BrandBrandCompanyCertificationListRequest,
        BrandBrandCompanyCertificationListResponse,
        CargoesV1CargoesLabelTransportByOrderCreateRequest,
        CargoesV1CargoesLabelTransportByOrderCreateResponse,
        CargoesV1CargoesLabelTransportByOrderStatusRequest,
        CargoesV1CargoesLabelTransportByOrderStatusResponse,
        CargoesV1CargoesLabelTransportCreateRequest,
        CargoesV1CargoesLabelTransportCreateResponse,
        CargoesV1CargoesLabelTransportStatusRequest,
        CargoesV1CargoesLabelTransportStatusResponse,
        CargoesV1CargoesSuppliesGetRequest,
        CargoesV1CargoesSuppliesGetResponse,
        CargoesV1CargoesTransportActivateRequest,
        CargoesV1CargoesTransportActivateResponse,
        CargoesV1CargoesTransportActivateStatusRequest,
        CargoesV1CargoesTransportActivateStatusResponse,
        CargoesV1CargoesTransportBindRequest,
        CargoesV1CargoesTransportBindResponse,
        CargoesV1CargoesTransportBindStatusRequest,
        CargoesV1CargoesTransportBindStatusResponse,
        CargoesV1CargoesTransportCreateRequest,
        CargoesV1CargoesTransportCreateResponse,
        CargoesV1CargoesTransportCreateStatusRequest,
        CargoesV1CargoesTransportCreateStatusResponse,
        CargoesV2CargoesDeleteRequest,
        CargoesV2CargoesDeleteResponse,
        CargoesV2CargoesDeleteStatusRequest,
        CargoesV2CargoesDeleteStatusResponse,
        CargoesV2CargoesGetRequest,
        CargoesV2CargoesGetResponse,
        CarriageCarriageGetRequest,
        CarriageCarriageGetResponse,
        CarriageDeliveryListV2ResponseDeliveryMethod,
        Carriagev1CarriageContainerApproveRequest,
        Carriagev1CarriageContainerApproveResponse,
        Carriagev1CarriageContainerCancelRequest,
        Carriagev1CarriageContainerCancelResponse,
        Carriagev1CarriageContainerCreateRequest,
        Carriagev1CarriageContainerCreateResponse,
        Carriagev1CarriageContainerDocumentGetRequest,
        Carriagev1CarriageContainerDocumentGetResponse,
        Carriagev1CarriageContainerFillRequest,
        Carriagev1CarriageContainerFillResponse,
        Carriagev1CarriageContainerGetRequest,
        Carriagev1CarriageContainerGetResponse,
        Carriagev1CarriageContainerLabelGetRequest,
        Carriagev1CarriageContainerLabelGetResponse,
        Carriagev1CarriageContainerListRequest,
        Carriagev1CarriageContainerListResponse,
        Carriagev1CarriageContainerListResponseContainers,
        Carriagev1CarriageContainerPlaceIntoRequest,
        Carriagev1CarriageContainerPlaceIntoResponse,
        Carriagev1CarriageContainerRemoveFromRequest,
        Carriagev1CarriageContainerRemoveFromResponse,
        Carriagev1CarriageContainerRemovePostingsRequest,
        Carriagev1CarriageContainerRemovePostingsResponse,
        Carriagev1CarriageContainerStatusGetRequest,
        Carriagev1CarriageContainerStatusGetResponse,
        Carriagev1CarriageContainerTaskInfoRequest,
        Carriagev1CarriageContainerTaskInfoResponse,
        ChatChatSendFileRequest,
        ChatChatSendFileResponse,
        ChatChatSendMessageRequest,
        ChatChatSendMessageResponse,
        ChatChatStartRequest,
        ChatChatStartResponse,
        ChatRead,
        CommonCreateReportResponse,
        CreateReportResponse,
        DeliveryMethodListResponseDeliveryMethod,
        DeliveryMethodListV2ResponseDeliveryMethod,
        Fbsv4FbsPostingShipV4Request,
        Fbsv4FbsPostingShipV4Response,
        FinanceV1GetFinanceAccrualByDayRequest,
        FinanceV1GetFinanceAccrualByDayResponse,
        FinanceV1GetFinanceAccrualByDayResponseAccrual,
        FinanceV1GetFinanceAccrualPostingsRequest,
        FinanceV1GetFinanceAccrualPostingsResponse,
        FinanceV1GetFinanceAccrualTypesResponse,
        Financev3FinanceTransactionListV3Request,
        Financev3FinanceTransactionListV3Response,
        Financev3FinanceTransactionTotalsV3Request,
        Financev3FinanceTransactionTotalsV3Response,
        GetConditionalCancellationListV2ResponseResult,
        GetRealizationReportByDayResponse,
        ListFBSRatingIndexPostingsV1ResponseError,
        NotificationV1CheckNotificationRequest,
        NotificationV1CheckNotificationResponse,
        NotificationV1DeleteNotificationRequest,
        NotificationV1EnableNotificationRequest,
        NotificationV1GetNotificationPushTypeListResponse,
        NotificationV1NotificationListResponse,
        NotificationV1SetNotificationRequest,
        NotificationV1UpdateNotificationRequest,
        Polygonv1PolygonBindRequest,
        Polygonv1PolygonCreateRequest,
        Polygonv1PolygonCreateResponse,
        PostingBooleanResponse,
        PostingCancelFbsPostingRequest,
        PostingCancelReasonListResponse,
        PostingCancelReasonRequest,
        PostingCancelReasonResponse,
        PostingFbsPostingDeliveredRequest,
        PostingFbsPostingDeliveringRequest,
        PostingFbsPostingLastMileRequest,
        PostingFbsPostingMoveStatusResponse,
        PostingFbsPostingTrackingNumberSetRequest,
        PostingGetFboPostingListRequest,
        PostingGetFboPostingRequest,
        PostingGetFbsPostingByBarcodeRequest,
        PostingMovePostingRequest,
        PostingPostingFBSActCheckStatusRequest,
        PostingPostingFBSActCheckStatusResponse,
        PostingPostingFBSActCreateRequest,
        PostingPostingFBSActCreateResponse,
        PostingPostingFBSActGetContainerLabelsRequest,
        PostingPostingFBSGetActRequest,
        PostingPostingFBSPackageLabelRequest,
        PostingPostingProductCancelRequest,
        PostingPostingProductCancelResponse,
        Postingv1GetCarriageAvailableListRequest,
        Postingv1GetCarriageAvailableListResponse,
        PostingV1PostingFbpListRequest,
        PostingV1PostingFbpListResponse,
        PostingV1PostingFbpListResponsePostings,
        PostingV2PostingDigitalListRequest,
        PostingV2PostingDigitalListResponse,
        PostingV2PostingDigitalListResponsePostings,
        Postingv3GetFbsPostingListRequest,
        Postingv3GetFbsPostingRequest,
        Postingv3GetFbsPostingUnfulfilledListRequest,
        Postingv3GetFbsPostingUnfulfilledListResponse,
        PostingV3PostingFboListRequest,
        PostingV3PostingFboListResponse,
        PostingV3PostingFboListResponsePostings,
        Postingv3PostingMultiBoxQtySetV3Request,
        Postingv3PostingMultiBoxQtySetV3Response,
        PostingV4PostingFbsListRequest,
        PostingV4PostingFbsListResponse,
        PostingV4PostingFbsListResponsePostings,
        PostingV4PostingFbsUnfulfilledListRequest,
        PostingV4PostingFbsUnfulfilledListResponse,
        PostingV4PostingFbsUnfulfilledListResponsePostings,
        ProductAPIProductCertificateCreateRequest,
        ProductBooleanResponse,
        ProductGetImportProductsInfoRequest,
        ProductGetImportProductsInfoResponse,
        ProductGetProductInfoDescriptionRequest,
        ProductGetProductInfoDescriptionResponse,
        ProductGetProductInfoPricesV5ResponseItem,
        ProductImportProductsBySKURequest,
        ProductImportProductsBySKUResponse,
        ProductImportProductsPricesRequest,
        ProductImportProductsPricesResponse,
        ProductInfoWarehouseStocksResponseStocks,
        ProductInfoWrongVolumeResponseWrongVolumeProduct,
        ProductProductArchiveRequest,
        ProductProductCertificateAccordanceTypesResponse,
        ProductProductCertificateBindRequest,
        ProductProductCertificateTypesResponse,
        ProductProductCertificationListRequest,
        ProductProductCertificationListResponse,
        ProductProductUnarchiveRequest,
        Productsv1GetProductInfoStocksByWarehouseFbsRequest,
        Productsv1GetProductInfoStocksByWarehouseFbsResponse,
        Productv1ProductImportPicturesRequest,
        Productv1ProductInfoPicturesResponse,
        ProductV1ProductVisibilityInfoRequest,
        ProductV1ProductVisibilityInfoResponse,
        ProductV1ProductVisibilitySetRequest,
        ProductV1ProductVisibilitySetResponse,
        ProductV1QuantInfoRequest,
        ProductV1QuantInfoResponse,
        ProductV1QuantListRequest,
        ProductV1QuantListResponse,
        ProductV1QuantListResponseProducts,
        Productv2DeleteProductsRequest,
        Productv2DeleteProductsResponse,
        Productv2ProductsStocksRequest,
        Productv2ProductsStocksResponse,
        Productv3GetProductListRequest,
        Productv3GetProductListResponse,
        Productv3GetProductListResponseItem,
        Productv4GetProductAttributesV4Request,
        Productv4GetProductAttributesV4Response,
        Productv4GetProductAttributesV4ResponseResult,
        Productv5GetProductInfoPricesV5Request,
        Productv5GetProductInfoPricesV5Response,
        ReportCreateCompanyPostingsReportRequest,
        ReportCreateCompanyProductsReportRequest,
        ReportCreateDiscountedResponse,
        ReportCreateReportResponse,
        ReportReportInfoRequest,
        ReportReportInfoResponse,
        ReportReportListRequest,
        ReportReportListResponse,
        ReviewListResponseReview,
        ReviewV2ReviewChangeStatusV2Request,
        ReviewV2ReviewCommentDeleteV2Request,
        ReviewV2ReviewCountV2Response,
        ReviewV2ReviewInfoV2Request,
        ReviewV2ReviewInfoV2Response,
        ReviewV2ReviewListV2Request,
        ReviewV2ReviewListV2Response,
        ReviewV2ReviewListV2ResponseReview,
        SellerActionsListResponseAction,
        SellerApiActivateProductV1Request,
        SellerApiGetSellerActionsV1Response,
        SellerApiGetSellerProductV1Request,
        SellerApiGetSellerProductV1Response,
        SellerApiProduct,
        SellerApiProductIDsV1Request,
        SellerApiProductV1Response,
        SellerApiProductV1ResponseDeactivate,
        SellerSellerAPIArrivalPassCreateRequest,
        SellerSellerAPIArrivalPassCreateResponse,
        SellerSellerAPIArrivalPassDeleteRequest,
        SellerSellerAPIArrivalPassUpdateRequest,
        V1AddBarcodeRequest,
        V1AddBarcodeResponse,
        V1AddStrategyItemsRequest,
        V1AddStrategyItemsResponse,
        V1AnalyticsManageStocksRequest,
        V1AnalyticsManageStocksResponse,
        V1AnalyticsProductQueriesDetailsRequest,
        V1AnalyticsProductQueriesDetailsResponse,
        V1AnalyticsProductQueriesRequest,
        V1AnalyticsProductQueriesResponse,
        V1AnalyticsStocksRequest,
        V1AnalyticsStocksResponse,
        V1AnalyticsTurnoverStocksRequest,
        V1AnalyticsTurnoverStocksResponse,
        V1ApproveDeclineDiscountTasksResponse,
        V1ApproveDiscountTasksRequest,
        V1ArchiveWarehouseFBSRequest,
        V1ArchiveWarehouseFBSResponse,
        V1AssemblyCarriagePostingListRequest,
        V1AssemblyCarriagePostingListResponse,
        V1AssemblyCarriagePostingListResponsePosting,
        V1AssemblyCarriageProductListRequest,
        V1AssemblyCarriageProductListResponse,
        V1AssemblyCarriageProductListResponseProduct,
        V1AssemblyFbsPostingListRequest,
        V1AssemblyFbsPostingListResponse,
        V1AssemblyFbsPostingListResponsePosting,
        V1AssemblyFbsProductListRequest,
        V1AssemblyFbsProductListResponse,
        V1CancelReasonListByOrderRequest,
        V1CancelReasonListByOrderResponse,
        V1CancelReasonListByPostingRequest,
        V1CancelReasonListByPostingResponse,
        V1CancelReasonListResponse,
        V1CancelReasonListResponseFbo,
        V1CargoesCreateRequest,
        V1CargoesCreateResponse,
        V1CargoesDeleteRequest,
        V1CargoesDeleteResponse,
        V1CargoesDeleteStatusRequest,
        V1CargoesDeleteStatusResponse,
        V1CargoesGetRequest,
        V1CargoesGetResponse,
        V1CargoesLabelCreateRequest,
        V1CargoesLabelCreateResponse,
        V1CargoesLabelGetRequest,
        V1CargoesLabelGetResponse,
        V1CargoesRulesGetRequest,
        V1CargoesRulesGetResponse,
        V1CarriageActDiscrepancyPDFRequest,
        V1CarriageActDiscrepancyPDFResponse,
        V1CarriageApproveRequest,
        V1CarriageCancelRequest,
        V1CarriageCancelResponse,
        V1CarriageCreateRequest,
        V1CarriageCreateResponse,
        V1CarriageDeliveryListRequest,
        V1CarriageDeliveryListResponse,
        V1CarriageEttnStatusRequest,
        V1CarriageEttnStatusResponse,
        V1CommentCreateRequest,
        V1CommentCreateResponse,
        V1CommentDeleteRequest,
        V1CommentListRequest,
        V1CommentListResponse,
        V1CreateDocumentB2BSalesJSONReportRequest,
        V1CreateDocumentB2BSalesJSONReportResponse,
        V1CreateDocumentB2BSalesReportRequest,
        V1CreateLabelBatchRequest,
        V1CreateLabelBatchResponse,
        V1CreateMutualSettlementReportRequest,
        V1CreatePlacementByProductsReportRequest,
        V1CreatePlacementByProductsReportResponse,
        V1CreatePlacementBySuppliesReportRequest,
        V1CreatePlacementBySuppliesReportResponse,
        V1CreatePricingStrategyRequest,
        V1CreatePricingStrategyResponse,
        V1CreateStockByWarehouseReportRequest,
        V1CreateWarehouseFBSRequest,
        V1CreateWarehouseFBSResponse,
        V1DeclineDiscountTasksRequest,
        V1DeleteStrategyItemsResponse,
        V1DeliveryCheckoutRequest,
        V1DeliveryCheckoutResponse,
        V1DeliveryCheckRequest,
        V1DeliveryCheckResponse,
        V1DeliveryMapRequest,
        V1DeliveryMapResponse,
        V1DeliveryPointInfoRequest,
        V1DeliveryPointInfoResponse,
        V1DeliveryPointListResponse,
        V1DraftClusterListRequest,
        V1DraftClusterListResponse,
        V1DraftCreateCommonResponse,
        V1DraftCreateInfoRequest,
        V1DraftCreateInfoResponse,
        V1DraftCreateRequest,
        V1DraftCreateResponse,
        V1DraftCrossdockCreateRequest,
        V1DraftDirectCreateRequest,
        V1DraftGetWarehouseFboListRequest,
        V1DraftGetWarehouseFboListResponse,
        V1DraftMultiClusterCreateRequest,
        V1DraftSupplyCreateRequest,
        V1DraftSupplyCreateResponse,
        V1DraftSupplyCreateStatusRequest,
        V1DraftSupplyCreateStatusResponse,
        V1DraftTimeslotInfoRequest,
        V1DraftTimeslotInfoResponse,
        V1FbpArchiveGetRequest,
        V1FbpArchiveGetResponse,
        V1FbpArchiveListRequest,
        V1FbpArchiveListResponse,
        V1FbpArchiveListResponseItem,
        V1FbpAvailableTimeslotListRequest,
        V1FbpAvailableTimeslotListResponse,
        V1FbpCheckActStateRequest,
        V1FbpCheckActStateResponse,
        V1FbpCheckConsignmentNoteStateRequest,
        V1FbpCheckConsignmentNoteStateResponse,
        V1FbpCreateActRequest,
        V1FbpCreateActResponse,
        V1FbpCreateConsignmentNoteRequest,
        V1FbpCreateConsignmentNoteResponse,
        V1FbpCreateLabelRequest,
        V1FbpCreateLabelResponse,
        V1FbpDraftDirectCreateRequest,
        V1FbpDraftDirectCreateResponse,
        V1FbpDraftDirectDeleteRequest,
        V1FbpDraftDirectDeleteResponse,
        V1FbpDraftDirectGetTimeslotRequest,
        V1FbpDraftDirectGetTimeslotResponse,
        V1FbpDraftDirectProductValidateRequest,
        V1FbpDraftDirectProductValidateResponse,
        V1FbpDraftDirectRegistrateRequest,
        V1FbpDraftDirectRegistrateResponse,
        V1FbpDraftDirectSellerDlvCreateRequest,
        V1FbpDraftDirectSellerDlvCreateResponse,
        V1FbpDraftDirectSellerDlvEditRequest,
        V1FbpDraftDirectSellerDlvEditResponse,
        V1FbpDraftDirectTimeslotEditRequest,
        V1FbpDraftDirectTimeslotEditResponse,
        V1FbpDraftDirectTplDlvCreateRequest,
        V1FbpDraftDirectTplDlvCreateResponse,
        V1FbpDraftDirectTplDlvEditRequest,
        V1FbpDraftDirectTplDlvEditResponse,
        V1FbpDraftDropOffCreateRequest,
        V1FbpDraftDropOffCreateResponse,
        V1FbpDraftDropOffDeleteRequest,
        V1FbpDraftDropOffDeleteResponse,
        V1FbpDraftDropOffDlvEditRequest,
        V1FbpDraftDropOffDlvEditResponse,
        V1FbpDraftDropOffPointListRequest,
        V1FbpDraftDropOffPointListResponse,
        V1FbpDraftDropOffPointTimetableRequest,
        V1FbpDraftDropOffPointTimetableResponse,
        V1FbpDraftDropOffProductValidateRequest,
        V1FbpDraftDropOffProductValidateResponse,
        V1FbpDraftDropOffProvinceListRequest,
        V1FbpDraftDropOffProvinceListResponse,
        V1FbpDraftDropOffRegistrateRequest,
        V1FbpDraftDropOffRegistrateResponse,
        V1FbpDraftGetRequest,
        V1FbpDraftGetResponse,
        V1FbpDraftListRequest,
        V1FbpDraftListResponse,
        V1FbpDraftListResponseItem,
        V1FbpDraftPickupCreateRequest,
        V1FbpDraftPickupCreateResponse,
        V1FbpDraftPickUpDeleteRequest,
        V1FbpDraftPickUpDeleteResponse,
        V1FbpDraftPickupDlvEditRequest,
        V1FbpDraftPickupDlvEditResponse,
        V1FbpDraftPickUpProductValidateRequest,
        V1FbpDraftPickUpProductValidateResponse,
        V1FbpDraftPickUpRegistrateRequest,
        V1FbpDraftPickUpRegistrateResponse,
        V1FbpEditTimeslotRequest,
        V1FbpEditTimeslotResponse,
        V1FbpGetLabelRequest,
        V1FbpGetLabelResponse,
        V1FbpOrderDirectCancelRequest,
        V1FbpOrderDirectCancelResponse,
        V1FbpOrderDirectSellerDlvEditRequest,
        V1FbpOrderDirectSellerDlvEditResponse,
        V1FbpOrderDropOffCancelRequest,
        V1FbpOrderDropOffCancelResponse,
        V1FbpOrderDropOffDlvEditRequest,
        V1FbpOrderDropOffDlvEditResponse,
        V1FbpOrderDropOffTimetableRequest,
        V1FbpOrderDropOffTimetableResponse,
        V1FbpOrderGetRequest,
        V1FbpOrderGetResponse,
        V1FbpOrderListRequest,
        V1FbpOrderListResponse,
        V1FbpOrderListResponseItem,
        V1FbpOrderPickUpCancelRequest,
        V1FbpOrderPickUpCancelResponse,
        V1FbpOrderPickUpDlvEditRequest,
        V1FbpOrderPickUpDlvEditResponse,
        V1FbpWarehouseListResponse,
        V1FbsPostingProductExemplarUpdateRequest,
        V1GenerateBarcodeRequest,
        V1GenerateBarcodeResponse,
        V1GetAttributesRequest,
        V1GetAttributesResponse,
        V1GetAttributeValuesRequest,
        V1GetAttributeValuesResponse,
        V1GetCompensationReportRequest,
        V1GetCompetitorsRequest,
        V1GetCompetitorsResponse,
        V1GetDecompensationReportRequest,
        V1GetDeliveryMethodReturnSettingsV1Request,
        V1GetDeliveryMethodReturnSettingsV1Response,
        V1GetDiscountTaskListRequest,
        V1GetDiscountTaskListResponse,
        V1GetEtgbRequest,
        V1GetEtgbResponse,
        V1GetFBSRatingIndexInfoV1Response,
        V1GetFinanceBalanceV1Request,
        V1GetFinanceBalanceV1Response,
        V1GetFinanceProductsBuyoutRequest,
        V1GetFinanceProductsBuyoutResponse,
        V1GetLabelBatchRequest,
        V1GetLabelBatchResponse,
        V1GetProductInfoDiscountedRequest,
        V1GetProductInfoDiscountedResponse,
        V1GetProductInfoSubscriptionRequest,
        V1GetProductInfoSubscriptionResponse,
        V1GetProductPlacementZoneInfoRequest,
        V1GetProductPlacementZoneInfoResponse,
        V1GetProductRatingBySkuRequest,
        V1GetProductRatingBySkuResponse,
        V1GetProductStairwayDiscountByQuantityRequest,
        V1GetProductStairwayDiscountByQuantityResponse,
        V1GetRealizationReportByDayRequest,
        V1GetRealizationReportPostingRequest,
        V1GetRealizationReportPostingResponse,
        V1GetReceiptRequest,
        V1GetReceiptResponse,
        V1GetRestrictionsRequest,
        V1GetRestrictionsResponse,
        V1GetReturnsListRequest,
        V1GetReturnsListResponse,
        V1GetStrategyIDsByItemIDsResponse,
        V1GetStrategyItemInfoRequest,
        V1GetStrategyItemInfoResponse,
        V1GetStrategyItemsResponse,
        V1GetStrategyListRequest,
        V1GetStrategyListResponse,
        V1GetStrategyResponse,
        V1GetSupplierReturnsSummaryReportRequest,
        V1GetSupplierReturnsSummaryReportResponse,
        V1GetSupplierReturnsSummaryReportResponseRow,
        V1GetSupplyOrderBundleRequest,
        V1GetSupplyOrderBundleResponse,
        V1GetSupplyOrderTimeslotsRequest,
        V1GetSupplyOrderTimeslotsResponse,
        V1GetSupplyOrderTimeslotStatusRequest,
        V1GetSupplyOrderTimeslotStatusResponse,
        V1GetSupplyReturnsSummaryReportRequest,
        V1GetSupplyReturnsSummaryReportResponse,
        V1GetSupplyReturnsSummaryReportResponseRow,
        V1GetTreeRequest,
        V1GetTreeResponse,
        V1GetWarehouseFBSOperationStatusRequest,
        V1GetWarehouseFBSOperationStatusResponse,
        V1GiveoutGetBarcodeResponse,
        V1GiveoutInfoRequest,
        V1GiveoutInfoResponse,
        V1GiveoutIsEnabledResponse,
        V1GiveoutListRequest,
        V1GiveoutListResponse,
        V1InvoiceDeleteRequest,
        V1InvoiceDeleteResponse,
        V1InvoiceFileUploadRequest,
        V1InvoiceFileUploadResponse,
        V1InvoiceGetRequest,
        V1ItemIDsRequest,
        V1ItemResponse,
        V1ListDropOffPointsForCreateFBSWarehouseRequest,
        V1ListDropOffPointsForCreateFBSWarehouseResponse,
        V1ListDropOffPointsForUpdateFBSWarehouseRequest,
        V1ListDropOffPointsForUpdateFBSWarehouseResponse,
        V1ListFBSRatingIndexPostingsV1Request,
        V1ListFBSRatingIndexPostingsV1Response,
        V1ListPostingCodesRequest,
        V1ListPostingCodesResponse,
        V1OrderCancelCheckRequest,
        V1OrderCancelCheckResponse,
        V1OrderCancelRequest,
        V1OrderCancelResponse,
        V1OrderCancelStatusRequest,
        V1OrderCancelStatusResponse,
        V1OrderCreateRequest,
        V1OrderCreateResponse,
        V1PolygonDeleteRequest,
        V1PolygonListRequest,
        V1PolygonListResponse,
        V1PolygonTimeCoordinatesUpdateRequest,
        V1PolygonTimeSetRequest,
        V1PostingCancelRequest,
        V1PostingCancelResponse,
        V1PostingCancelStatusRequest,
        V1PostingCancelStatusResponse,
        V1PostingFBSPickupCodeVerifyRequest,
        V1PostingFBSPickupCodeVerifyResponse,
        V1PostingFbsProductTraceableAttributeRequest,
        V1PostingFbsProductTraceableAttributeResponse,
        V1PostingFbsSplitRequest,
        V1PostingFbsSplitResponse,
        V1PostingFbsTimeslotChangeRestrictionsRequest,
        V1PostingFbsTimeslotChangeRestrictionsResponse,
        V1PostingFbsTimeslotSetRequest,
        V1PostingFbsTimeslotSetResponse,
        V1PostingFbsTraceableSplitRequest,
        V1PostingFbsTraceableSplitResponse,
        V1PostingMarksRequest,
        V1PostingMarksResponse,
        V1PostingUnpaidLegalProductListRequest,
        V1PostingUnpaidLegalProductListResponse,
        V1PostingUnpaidLegalProductListResponseProducts,
        V1ProductActionTimerStatusRequest,
        V1ProductActionTimerStatusResponse,
        V1ProductActionTimerUpdateRequest,
        V1ProductCertificateDeleteRequest,
        V1ProductCertificateDeleteResponse,
        V1ProductCertificateInfoRequest,
        V1ProductCertificateInfoResponse,
        V1ProductCertificateListRequest,
        V1ProductCertificateListResponse,
        V1ProductCertificateProductsListRequest,
        V1ProductCertificateProductsListResponse,
        V1ProductCertificateProductStatusListResponse,
        V1ProductCertificateRejectionReasonsListResponse,
        V1ProductCertificateStatusListResponse,
        V1ProductCertificateUnbindRequest,
        V1ProductCertificateUnbindResponse,
        V1ProductGetRelatedSKURequest,
        V1ProductGetRelatedSKUResponse,
        V1ProductInfoWarehouseStocksRequest,
        V1ProductInfoWarehouseStocksResponse,
        V1ProductInfoWrongVolumeRequest,
        V1ProductInfoWrongVolumeResponse,
        V1ProductPricesDetailsRequest,
        V1ProductPricesDetailsResponse,
        V1ProductUpdateAttributesRequest,
        V1ProductUpdateAttributesResponse,
        V1ProductUpdateDiscountRequest,
        V1ProductUpdateDiscountResponse,
        V1ProductUpdateOfferIdRequest,
        V1ProductUpdateOfferIdResponse,
        V1QuestionAnswerCreateRequest,
        V1QuestionAnswerCreateResponse,
        V1QuestionAnswerDeleteRequest,
        V1QuestionAnswerListRequest,
        V1QuestionAnswerListResponse,
        V1QuestionAnswerListResponseAnswers,
        V1QuestionChangeStatusRequest,
        V1QuestionCountResponse,
        V1QuestionInfoRequest,
        V1QuestionInfoResponse,
        V1QuestionListRequest,
        V1QuestionListResponse,
        V1QuestionListResponseQuestions,
        V1QuestionTopSkuRequest,
        V1QuestionTopSkuResponse,
        V1RatingHistoryV1Request,
        V1RatingHistoryV1Response,
        V1RatingSummaryV1Response,
        V1ReceiptsSellerListRequest,
        V1ReceiptsSellerListResponse,
        V1ReportMarkedProductsSalesCreateRequest,
        V1ReturnsCompanyFbsInfoRequest,
        V1ReturnsCompanyFbsInfoResponse,
        V1ReturnsRfbsActionSetRequest,
        V1ReturnsSettingsUtilizationHistoryResponse,
        V1ReturnsSettingsUtilizationInfoResponse,
        V1ReturnsSettingsUtilizationUpdateRequest,
        V1ReviewChangeStatusRequest,
        V1ReviewCountResponse,
        V1ReviewInfoRequest,
        V1ReviewInfoResponse,
        V1ReviewListRequest,
        V1ReviewListResponse,
        V1RolesByTokenResponse,
        V1SearchAttributeValuesRequest,
        V1SearchAttributeValuesResponse,
        V1SearchQueriesTextRequest,
        V1SearchQueriesTextResponse,
        V1SearchQueriesTextResponseSearchQuery,
        V1SearchQueriesTopRequest,
        V1SearchQueriesTopResponse,
        V1SearchQueriesTopResponseSearchQuery,
        V1SellerActionsArchiveRequest,
        V1SellerActionsChangeActivityRequest,
        V1SellerActionsCreateDiscountRequest,
        V1SellerActionsCreateDiscountResponse,
        V1SellerActionsCreateDiscountWithConditionRequest,
        V1SellerActionsCreateDiscountWithConditionResponse,
        V1SellerActionsCreateInstallmentRequest,
        V1SellerActionsCreateInstallmentResponse,
        V1SellerActionsCreateMultiLevelDiscountRequest,
        V1SellerActionsCreateMultiLevelDiscountResponse,
        V1SellerActionsCreateVoucherRequest,
        V1SellerActionsCreateVoucherResponse,
        V1SellerActionsListRequest,
        V1SellerActionsListResponse,
        V1SellerActionsProductsAddRequest,
        V1SellerActionsProductsCandidatesRequest,
        V1SellerActionsProductsCandidatesResponse,
        V1SellerActionsProductsCandidatesResponseProduct,
        V1SellerActionsProductsDeleteRequest,
        V1SellerActionsProductsListRequest,
        V1SellerActionsProductsListResponse,
        V1SellerActionsProductsListResponseProduct,
        V1SellerActionsUpdateDiscountRequest,
        V1SellerActionsUpdateDiscountWithConditionRequest,
        V1SellerActionsUpdateInstallmentRequest,
        V1SellerActionsUpdateMultiLevelDiscountRequest,
        V1SellerActionsUpdateVoucherRequest,
        V1SellerActionsVoucherGetRequest,
        V1SellerActionsVoucherGetResponse,
        V1SellerInfoResponse,
        V1SellerOzonLogisticsInfoResponse,
        V1SetPostingCutoffRequest,
        V1SetPostingCutoffResponse,
        V1SetPostingsRequest,
        V1SetPostingsResponse,
        V1SetProductStairwayDiscountByQuantityRequest,
        V1SetProductStairwayDiscountByQuantityResponse,
        V1StocksImportRequest,
        V1StocksImportResponse,
        V1StrategyRequest,
        V1SupplierAvailableWarehousesResponse,
        V1SupplyOrderCancelRequest,
        V1SupplyOrderCancelResponse,
        V1SupplyOrderCancelStatusRequest,
        V1SupplyOrderCancelStatusResponse,
        V1SupplyOrderContentUpdateRequest,
        V1SupplyOrderContentUpdateResponse,
        V1SupplyOrderContentUpdateStatusRequest,
        V1SupplyOrderContentUpdateStatusResponse,
        V1SupplyOrderContentUpdateValidationRequest,
        V1SupplyOrderContentUpdateValidationResponse,
        V1SupplyOrderDetailsRequest,
        V1SupplyOrderDetailsResponse,
        V1SupplyOrderPassCreateRequest,
        V1SupplyOrderPassCreateResponse,
        V1SupplyOrderPassStatusRequest,
        V1SupplyOrderPassStatusResponse,
        V1SupplyOrderStatusCounterResponse,
        V1UnarchiveWarehouseFBSRequest,
        V1UnarchiveWarehouseFBSResponse,
        V1UpdatePricingStrategyRequest,
        V1UpdateStatusStrategyRequest,
        V1UpdateSupplyOrderTimeslotRequest,
        V1UpdateSupplyOrderTimeslotResponse,
        V1UpdateWarehouseFBSFirstMileRequest,
        V1UpdateWarehouseFBSFirstMileResponse,
        V1UpdateWarehouseFBSRequest,
        V1UpdateWarehouseFBSResponse,
        V1UploadPostingCodesRequest,
        V1UploadPostingCodesResponse,
        V1UploadReceiptRequest,
        V1UploadReceiptResponse,
        V1WarehouseERFBSAggregatorCreateRequest,
        V1WarehouseERFBSAggregatorCreateResponse,
        V1WarehouseERFBSAggregatorDeliveryMethodUpdateRequest,
        V1WarehouseERFBSAggregatorDeliveryMethodUpdateResponse,
        V1WarehouseERFBSNonIntegratedCreateRequest,
        V1WarehouseERFBSNonIntegratedCreateResponse,
        V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateRequest,
        V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateResponse,
        V1WarehouseERFBSUpdateRequest,
        V1WarehouseERFBSUpdateResponse,
        V1WarehouseFboSellerListResponse,
        V1WarehouseFbsCreateDropOffTimeslotListRequest,
        V1WarehouseFbsCreateDropOffTimeslotListResponse,
        V1WarehouseFbsCreatePickUpTimeslotListRequest,
        V1WarehouseFbsCreatePickUpTimeslotListResponse,
        V1WarehouseFBSCreateReturnPointListRequest,
        V1WarehouseFBSCreateReturnPointListResponse,
        V1WarehouseFBSCreateReturnPointListResponseReturnPoint,
        V1WarehouseFbsPickUpCourierCancelRequest,
        V1WarehouseFbsPickUpCourierCreateRequest,
        V1WarehouseFbsPickUpHistoryListRequest,
        V1WarehouseFbsPickUpHistoryListResponse,
        V1WarehouseFbsPickUpPlanningListResponse,
        V1WarehouseFbsReturnMileCheckRequest,
        V1WarehouseFbsReturnMileCheckResponse,
        V1WarehouseFBSReturnMileInfoRequest,
        V1WarehouseFBSReturnMileInfoResponse,
        V1WarehouseFbsUpdateDropOffTimeslotListRequest,
        V1WarehouseFbsUpdateDropOffTimeslotListResponse,
        V1WarehouseFbsUpdatePickUpTimeslotListRequest,
        V1WarehouseFbsUpdatePickUpTimeslotListResponse,
        V1WarehouseFBSUpdateReturnPointListRequest,
        V1WarehouseFBSUpdateReturnPointListResponse,
        V1WarehouseFBSUpdateReturnPointListResponseReturnPoint,
        V1WarehouseInvalidProductsGetRequest,
        V1WarehouseInvalidProductsGetResponse,
        V1WarehouseListRequest,
        V1WarehouseOZONListRequest,
        V1WarehouseOZONListResponse,
        V1WarehouseWithInvalidProductsResponse,
        V2CargoesCreateInfoV2Request,
        V2CargoesCreateInfoV2Response,
        V2CarriageDeliveryListV2Request,
        V2CarriageDeliveryListV2Response,
        V2ChatReadResponse,
        V2ConditionalCancellationMoveV2Request,
        V2CreateLabelBatchResponse,
        V2DeliveryMethodListV2Request,
        V2DeliveryMethodListV2Response,
        V2DraftClusterListResponse,
        V2DraftCreateInfoRequest,
        V2DraftCreateInfoResponse,
        V2DraftSupplyCreateRequest,
        V2DraftSupplyCreateResponse,
        V2DraftSupplyCreateStatusRequest,
        V2DraftSupplyCreateStatusResponse,
        V2DraftTimeslotInfoRequest,
        V2DraftTimeslotInfoResponse,
        V2FboPostingListResponse,
        V2FboPostingResponse,
        V2FbsPostingProductCountryListRequest,
        V2FbsPostingProductCountryListResponse,
        V2FbsPostingProductCountrySetRequest,
        V2FbsPostingProductCountrySetResponse,
        V2FbsPostingResponse,
        V2GetConditionalCancellationListV2Request,
        V2GetConditionalCancellationListV2Response,
        V2GetDiscountTaskListV2Request,
        V2GetDiscountTaskListV2Response,
        V2GetProductInfoStocksByWarehouseFbsRequestV2,
        V2GetProductInfoStocksByWarehouseFbsResponseV2,
        V2GetProductInfoStocksByWarehouseFbsResponseV2Product,
        V2GetRealizationReportRequestV2,
        V2GetRealizationReportResponseV2,
        V2InvoiceCreateOrUpdateV2Request,
        V2InvoiceCreateOrUpdateV2Response,
        V2InvoiceGetV2Response,
        V2MovePostingToAwaitingDeliveryRequest,
        V2PolygonBindRequest,
        V2PostingFBSActGetPostingsRequest,
        V2PostingFBSActGetPostingsResponse,
        V2PostingFBSActListRequest,
        V2PostingFBSActListResponse,
        V2PostingFBSDigitalActCheckStatusRequest,
        V2PostingFBSDigitalActCheckStatusResponse,
        V2PostingFBSGetBarcodeRequest,
        V2PostingFBSGetBarcodeTextResponse,
        V2PostingFBSGetDigitalActRequest,
        V2ProductCertificateAccordanceTypesResponse,
        V2ProductCertificationListRequest,
        V2ProductCertificationListResponse,
        V2ProductInfoPicturesRequest,
        V2ProductInfoPicturesResponse,
        V2ReportReturnsCreateRequest,
        V2ReportReturnsCreateResponse,
        V2ReturnsRfbsCompensateRequest,
        V2ReturnsRfbsGetRequest,
        V2ReturnsRfbsGetResponse,
        V2ReturnsRfbsListRequest,
        V2ReturnsRfbsListResponse,
        V2ReturnsRfbsReceiveReturnRequest,
        V2ReturnsRfbsRejectRequest,
        V2ReturnsRfbsReturnMoneyRequest,
        V2ReturnsRfbsVerifyRequest,
        V2WarehouseListV2Request,
        V2WarehouseListV2Response,
        V3ChatHistoryRequest,
        V3ChatHistoryResponse,
        V3ChatInfo,
        V3ChatList,
        V3ChatListResponse,
        V3FbsPosting,
        V3FinanceCashFlowStatementListRequest,
        V3FinanceCashFlowStatementListResponse,
        V3GetFbsPostingListResponseV3,
        V3GetFbsPostingResponseV3,
        V3GetProductInfoListRequest,
        V3GetProductInfoListResponse,
        V3ImportProductsRequest,
        V3ImportProductsResponse,
        V3SupplyOrderGetRequest,
        V3SupplyOrderGetResponse,
        V3SupplyOrderListRequest,
        V3SupplyOrderListResponse,
        V4FbsPostingShipPackageV4Request,
        V4FbsPostingShipPackageV4Response,
        V4GetProductInfoStocksRequest,
        V4GetProductInfoStocksResponse,
        V4GetProductInfoStocksResponseItem,
        V4GetUploadQuotaResponse,
        V5FbsPostingProductExemplarStatusV5Request,
        V5FbsPostingProductExemplarStatusV5Response,
        V5FbsPostingProductExemplarValidateV5Request,
        V5FbsPostingProductExemplarValidateV5Response,
        V6FbsPostingProductExemplarCreateOrGetV6Request,
        V6FbsPostingProductExemplarCreateOrGetV6Response,
        V6FbsPostingProductExemplarSetV6Request,
        WarehouseDeliveryMethodListRequest,
        WarehouseDeliveryMethodListResponse,
        WarehouseFbsPickUpHistoryListResponseHistoryEntity,
        WarehouseInvalidProductsGetResponseValidationResult,
        WarehouseListV2ResponseWarehouse,
        WarehouseV1WarehouseRfbsPauseRequest,
        WarehouseV1WarehouseRfbsPauseResponse,
        WarehouseV1WarehouseRfbsUnpauseRequest,
        WarehouseV1WarehouseRfbsUnpauseResponse,
        WarehouseWarehouseListResponse,
    )

_NoneType = type(None)  # a parameter may be called ``type``


def _op(operation_id: str) -> OperationSpec:
    """The index row; the index is imported on the first call, not with the client."""
    from .operations import BY_ID

    return BY_ID[operation_id]


class OzonOperations(OzonInvoker):
    """Every operation of the Ozon Seller API as an async method (see ``marketplace_async/_codegen/README.md``)."""

    async def access_roles_by_token(self) -> V1RolesByTokenResponse:
        """Получить список ролей и методов по API-ключу.

        ``POST /v1/roles`` (AccessAPI_RolesByToken)."""
        from .models import V1RolesByTokenResponse

        return await self._invoke(_op("AccessAPI_RolesByToken"), None, None, V1RolesByTokenResponse)

    async def seller_info(self) -> V1SellerInfoResponse:
        """Информация о кабинете продавца.

        ``POST /v1/seller/info`` (SellerAPI_SellerInfo)."""
        from .models import V1SellerInfoResponse

        return await self._invoke(_op("SellerAPI_SellerInfo"), None, None, V1SellerInfoResponse)

    async def seller_ozon_logistics_info(self) -> V1SellerOzonLogisticsInfoResponse:
        """Информация о подключении Ozon Доставки.

        ``POST /v1/seller/ozon-logistics/info`` (SellerAPI_SellerOzonLogisticsInfo)."""
        from .models import V1SellerOzonLogisticsInfoResponse

        return await self._invoke(
            _op("SellerAPI_SellerOzonLogisticsInfo"), None, None, V1SellerOzonLogisticsInfoResponse
        )

    async def description_category_get_tree(self, body: V1GetTreeRequest | None = None) -> V1GetTreeResponse:
        """Дерево категорий и типов товаров.

        ``POST /v1/description-category/tree`` (DescriptionCategoryAPI_GetTree)."""
        from .models import V1GetTreeResponse

        return await self._invoke(_op("DescriptionCategoryAPI_GetTree"), None, body, V1GetTreeResponse)

    async def description_category_get_attributes(
        self, body: V1GetAttributesRequest
    ) -> V1GetAttributesResponse:
        """Список характеристик категории.

        ``POST /v1/description-category/attribute`` (DescriptionCategoryAPI_GetAttributes)."""
        from .models import V1GetAttributesResponse

        return await self._invoke(
            _op("DescriptionCategoryAPI_GetAttributes"), None, body, V1GetAttributesResponse
        )

    async def description_category_get_attribute_values(
        self, body: V1GetAttributeValuesRequest
    ) -> V1GetAttributeValuesResponse:
        """Справочник значений характеристики.

        ``POST /v1/description-category/attribute/values`` (DescriptionCategoryAPI_GetAttributeValues)."""
        from .models import V1GetAttributeValuesResponse

        return await self._invoke(
            _op("DescriptionCategoryAPI_GetAttributeValues"), None, body, V1GetAttributeValuesResponse
        )

    async def description_category_search_attribute_values(
        self, body: V1SearchAttributeValuesRequest
    ) -> V1SearchAttributeValuesResponse:
        """Поиск по справочным значениям характеристики.

        ``POST /v1/description-category/attribute/values/search`` (DescriptionCategoryAPI_SearchAttributeValues)."""
        from .models import V1SearchAttributeValuesResponse

        return await self._invoke(
            _op("DescriptionCategoryAPI_SearchAttributeValues"), None, body, V1SearchAttributeValuesResponse
        )

    async def product_get_product_placement_zone_info(
        self, body: V1GetProductPlacementZoneInfoRequest
    ) -> V1GetProductPlacementZoneInfoResponse:
        """Получить зоны размещения товаров по SKU перед поставкой.

        ``POST /v1/product/placement-zone/info`` (ProductAPI_GetProductPlacementZoneInfo)."""
        from .models import V1GetProductPlacementZoneInfoResponse

        return await self._invoke(
            _op("ProductAPI_GetProductPlacementZoneInfo"), None, body, V1GetProductPlacementZoneInfoResponse
        )

    async def product_import_products_v3(
        self, body: V3ImportProductsRequest | None = None
    ) -> V3ImportProductsResponse:
        """Создать или обновить товар.

        ``POST /v3/product/import`` (ProductAPI_ImportProductsV3)."""
        from .models import V3ImportProductsResponse

        return await self._invoke(_op("ProductAPI_ImportProductsV3"), None, body, V3ImportProductsResponse)

    async def product_get_import_products_info(
        self, body: ProductGetImportProductsInfoRequest
    ) -> ProductGetImportProductsInfoResponse:
        """Узнать статус добавления или обновления товара.

        ``POST /v1/product/import/info`` (ProductAPI_GetImportProductsInfo)."""
        from .models import ProductGetImportProductsInfoResponse

        return await self._invoke(
            _op("ProductAPI_GetImportProductsInfo"), None, body, ProductGetImportProductsInfoResponse
        )

    async def product_import_products_by_sku(
        self, body: ProductImportProductsBySKURequest | None = None
    ) -> ProductImportProductsBySKUResponse:
        """Создать товар по SKU.

        ``POST /v1/product/import-by-sku`` (ProductAPI_ImportProductsBySKU)."""
        from .models import ProductImportProductsBySKUResponse

        return await self._invoke(
            _op("ProductAPI_ImportProductsBySKU"), None, body, ProductImportProductsBySKUResponse
        )

    async def product_update_attributes(
        self, body: V1ProductUpdateAttributesRequest | None = None
    ) -> V1ProductUpdateAttributesResponse:
        """Обновить характеристики товара.

        ``POST /v1/product/attributes/update`` (ProductAPI_ProductUpdateAttributes)."""
        from .models import V1ProductUpdateAttributesResponse

        return await self._invoke(
            _op("ProductAPI_ProductUpdateAttributes"), None, body, V1ProductUpdateAttributesResponse
        )

    async def product_import_pictures(
        self, body: Productv1ProductImportPicturesRequest
    ) -> Productv1ProductInfoPicturesResponse:
        """Загрузить или обновить изображения товара.

        ``POST /v1/product/pictures/import`` (ProductAPI_ProductImportPictures)."""
        from .models import Productv1ProductInfoPicturesResponse

        return await self._invoke(
            _op("ProductAPI_ProductImportPictures"), None, body, Productv1ProductInfoPicturesResponse
        )

    async def product_get_product_list(
        self, body: Productv3GetProductListRequest | None = None
    ) -> Productv3GetProductListResponse:
        """Список товаров.

        ``POST /v3/product/list`` (ProductAPI_GetProductList)."""
        from .models import Productv3GetProductListResponse

        return await self._invoke(
            _op("ProductAPI_GetProductList"), None, body, Productv3GetProductListResponse
        )

    def iter_product_get_product_list(
        self, body: Productv3GetProductListRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[Productv3GetProductListResponseItem]:
        """Each item of ``result.items`` over every page of :meth:`product_get_product_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import Productv3GetProductListResponseItem

        return self._iterate(
            _op("ProductAPI_GetProductList"), None, body, Productv3GetProductListResponseItem, limit
        )

    async def product_get_product_rating_by_sku(
        self, body: V1GetProductRatingBySkuRequest
    ) -> V1GetProductRatingBySkuResponse:
        """Получить контент-рейтинг товаров по SKU.

        ``POST /v1/product/rating-by-sku`` (ProductAPI_GetProductRatingBySku)."""
        from .models import V1GetProductRatingBySkuResponse

        return await self._invoke(
            _op("ProductAPI_GetProductRatingBySku"), None, body, V1GetProductRatingBySkuResponse
        )

    async def product_get_product_info_list(
        self, body: V3GetProductInfoListRequest | None = None
    ) -> V3GetProductInfoListResponse:
        """Получить информацию о товарах по идентификаторам.

        ``POST /v3/product/info/list`` (ProductAPI_GetProductInfoList)."""
        from .models import V3GetProductInfoListResponse

        return await self._invoke(
            _op("ProductAPI_GetProductInfoList"), None, body, V3GetProductInfoListResponse
        )

    async def product_get_product_attributes_v4(
        self, body: Productv4GetProductAttributesV4Request | None = None
    ) -> Productv4GetProductAttributesV4Response:
        """Получить описание характеристик товара.

        ``POST /v4/product/info/attributes`` (ProductAPI_GetProductAttributesV4)."""
        from .models import Productv4GetProductAttributesV4Response

        return await self._invoke(
            _op("ProductAPI_GetProductAttributesV4"), None, body, Productv4GetProductAttributesV4Response
        )

    def iter_product_get_product_attributes_v4(
        self, body: Productv4GetProductAttributesV4Request | None = None, *, limit: int | None = None
    ) -> AsyncIterator[Productv4GetProductAttributesV4ResponseResult]:
        """Each item of ``result`` over every page of :meth:`product_get_product_attributes_v4`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import Productv4GetProductAttributesV4ResponseResult

        return self._iterate(
            _op("ProductAPI_GetProductAttributesV4"),
            None,
            body,
            Productv4GetProductAttributesV4ResponseResult,
            limit,
        )

    async def product_get_product_info_description(
        self, body: ProductGetProductInfoDescriptionRequest | None = None
    ) -> ProductGetProductInfoDescriptionResponse:
        """Получить описание товара.

        ``POST /v1/product/info/description`` (ProductAPI_GetProductInfoDescription)."""
        from .models import ProductGetProductInfoDescriptionResponse

        return await self._invoke(
            _op("ProductAPI_GetProductInfoDescription"), None, body, ProductGetProductInfoDescriptionResponse
        )

    async def product_get_upload_quota(self) -> V4GetUploadQuotaResponse:
        """Лимиты на ассортимент, создание и обновление товаров.

        ``POST /v4/product/info/limit`` (ProductAPI_GetUploadQuota)."""
        from .models import V4GetUploadQuotaResponse

        return await self._invoke(_op("ProductAPI_GetUploadQuota"), None, None, V4GetUploadQuotaResponse)

    async def product_update_offer_id(
        self, body: V1ProductUpdateOfferIdRequest
    ) -> V1ProductUpdateOfferIdResponse:
        """Изменить артикулы товаров из системы продавца.

        ``POST /v1/product/update/offer-id`` (ProductAPI_ProductUpdateOfferID)."""
        from .models import V1ProductUpdateOfferIdResponse

        return await self._invoke(
            _op("ProductAPI_ProductUpdateOfferID"), None, body, V1ProductUpdateOfferIdResponse
        )

    async def product_archive(self, body: ProductProductArchiveRequest) -> ProductBooleanResponse:
        """Перенести товар в архив.

        ``POST /v1/product/archive`` (ProductAPI_ProductArchive)."""
        from .models import ProductBooleanResponse

        return await self._invoke(_op("ProductAPI_ProductArchive"), None, body, ProductBooleanResponse)

    async def product_unarchive(self, body: ProductProductUnarchiveRequest) -> ProductBooleanResponse:
        """Вернуть товар из архива.

        ``POST /v1/product/unarchive`` (ProductAPI_ProductUnarchive)."""
        from .models import ProductBooleanResponse

        return await self._invoke(_op("ProductAPI_ProductUnarchive"), None, body, ProductBooleanResponse)

    async def product_delete_products(
        self, body: Productv2DeleteProductsRequest
    ) -> Productv2DeleteProductsResponse:
        """Удалить товар без SKU из архива.

        ``POST /v2/products/delete`` (ProductAPI_DeleteProducts)."""
        from .models import Productv2DeleteProductsResponse

        return await self._invoke(
            _op("ProductAPI_DeleteProducts"), None, body, Productv2DeleteProductsResponse
        )

    async def product_get_product_info_subscription(
        self, body: V1GetProductInfoSubscriptionRequest
    ) -> V1GetProductInfoSubscriptionResponse:
        """Количество подписавшихся на товар пользователей.

        ``POST /v1/product/info/subscription`` (ProductAPI_GetProductInfoSubscription)."""
        from .models import V1GetProductInfoSubscriptionResponse

        return await self._invoke(
            _op("ProductAPI_GetProductInfoSubscription"), None, body, V1GetProductInfoSubscriptionResponse
        )

    async def product_get_related_sku(
        self, body: V1ProductGetRelatedSKURequest
    ) -> V1ProductGetRelatedSKUResponse:
        """Получить связанные SKU.

        ``POST /v1/product/related-sku/get`` (ProductAPI_ProductGetRelatedSKU)."""
        from .models import V1ProductGetRelatedSKUResponse

        return await self._invoke(
            _op("ProductAPI_ProductGetRelatedSKU"), None, body, V1ProductGetRelatedSKUResponse
        )

    async def product_info_pictures_v2(
        self, body: V2ProductInfoPicturesRequest
    ) -> V2ProductInfoPicturesResponse:
        """Получить изображения товаров.

        ``POST /v2/product/pictures/info`` (ProductAPI_ProductInfoPicturesV2)."""
        from .models import V2ProductInfoPicturesResponse

        return await self._invoke(
            _op("ProductAPI_ProductInfoPicturesV2"), None, body, V2ProductInfoPicturesResponse
        )

    async def product_info_wrong_volume(
        self, body: V1ProductInfoWrongVolumeRequest
    ) -> V1ProductInfoWrongVolumeResponse:
        """Список товаров с некорректными ОВХ.

        ``POST /v1/product/info/wrong-volume`` (ProductAPI_ProductInfoWrongVolume)."""
        from .models import V1ProductInfoWrongVolumeResponse

        return await self._invoke(
            _op("ProductAPI_ProductInfoWrongVolume"), None, body, V1ProductInfoWrongVolumeResponse
        )

    def iter_product_info_wrong_volume(
        self, body: V1ProductInfoWrongVolumeRequest, *, limit: int | None = None
    ) -> AsyncIterator[ProductInfoWrongVolumeResponseWrongVolumeProduct]:
        """Each item of ``products`` over every page of :meth:`product_info_wrong_volume`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import ProductInfoWrongVolumeResponseWrongVolumeProduct

        return self._iterate(
            _op("ProductAPI_ProductInfoWrongVolume"),
            None,
            body,
            ProductInfoWrongVolumeResponseWrongVolumeProduct,
            limit,
        )

    async def add_barcode(self, body: V1AddBarcodeRequest) -> V1AddBarcodeResponse:
        """Привязать штрихкод к товару.

        ``POST /v1/barcode/add`` (add-barcode)."""
        from .models import V1AddBarcodeResponse

        return await self._invoke(_op("add-barcode"), None, body, V1AddBarcodeResponse)

    async def generate_barcode(self, body: V1GenerateBarcodeRequest) -> V1GenerateBarcodeResponse:
        """Создать штрихкод для товара.

        ``POST /v1/barcode/generate`` (generate-barcode)."""
        from .models import V1GenerateBarcodeResponse

        return await self._invoke(_op("generate-barcode"), None, body, V1GenerateBarcodeResponse)

    async def product_products_stocks_v2(
        self, body: Productv2ProductsStocksRequest
    ) -> Productv2ProductsStocksResponse:
        """Обновить количество товаров на складах.

        ``POST /v2/products/stocks`` (ProductAPI_ProductsStocksV2)."""
        from .models import Productv2ProductsStocksResponse

        return await self._invoke(
            _op("ProductAPI_ProductsStocksV2"), None, body, Productv2ProductsStocksResponse
        )

    async def product_get_product_info_stocks(
        self, body: V4GetProductInfoStocksRequest
    ) -> V4GetProductInfoStocksResponse:
        """Информация о количестве товаров.

        ``POST /v4/product/info/stocks`` (ProductAPI_GetProductInfoStocks)."""
        from .models import V4GetProductInfoStocksResponse

        return await self._invoke(
            _op("ProductAPI_GetProductInfoStocks"), None, body, V4GetProductInfoStocksResponse
        )

    def iter_product_get_product_info_stocks(
        self, body: V4GetProductInfoStocksRequest, *, limit: int | None = None
    ) -> AsyncIterator[V4GetProductInfoStocksResponseItem]:
        """Each item of ``items`` over every page of :meth:`product_get_product_info_stocks`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V4GetProductInfoStocksResponseItem

        return self._iterate(
            _op("ProductAPI_GetProductInfoStocks"), None, body, V4GetProductInfoStocksResponseItem, limit
        )

    async def product_info_warehouse_stocks(
        self, body: V1ProductInfoWarehouseStocksRequest
    ) -> V1ProductInfoWarehouseStocksResponse:
        """Получить информацию по остаткам на складе FBS и rFBS.

        ``POST /v1/product/info/warehouse/stocks`` (ProductInfoWarehouseStocks)."""
        from .models import V1ProductInfoWarehouseStocksResponse

        return await self._invoke(
            _op("ProductInfoWarehouseStocks"), None, body, V1ProductInfoWarehouseStocksResponse
        )

    def iter_product_info_warehouse_stocks(
        self, body: V1ProductInfoWarehouseStocksRequest, *, limit: int | None = None
    ) -> AsyncIterator[ProductInfoWarehouseStocksResponseStocks]:
        """Each item of ``stocks`` over every page of :meth:`product_info_warehouse_stocks`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import ProductInfoWarehouseStocksResponseStocks

        return self._iterate(
            _op("ProductInfoWarehouseStocks"), None, body, ProductInfoWarehouseStocksResponseStocks, limit
        )

    async def product_stocks_by_warehouse_fbs(
        self, body: Productsv1GetProductInfoStocksByWarehouseFbsRequest | None = None
    ) -> Productsv1GetProductInfoStocksByWarehouseFbsResponse:
        """Информация об остатках на складах продавца (FBS и rFBS).

        ``POST /v1/product/info/stocks-by-warehouse/fbs`` (ProductAPI_ProductStocksByWarehouseFbs)."""
        from .models import Productsv1GetProductInfoStocksByWarehouseFbsResponse

        return await self._invoke(
            _op("ProductAPI_ProductStocksByWarehouseFbs"),
            None,
            body,
            Productsv1GetProductInfoStocksByWarehouseFbsResponse,
        )

    async def product_get_product_info_stocks_by_warehouse_fbs_v2(
        self, body: V2GetProductInfoStocksByWarehouseFbsRequestV2
    ) -> V2GetProductInfoStocksByWarehouseFbsResponseV2:
        """Получить информацию об остатках на складах продавца.

        ``POST /v2/product/info/stocks-by-warehouse/fbs`` (ProductAPI_GetProductInfoStocksByWarehouseFbsV2)."""
        from .models import V2GetProductInfoStocksByWarehouseFbsResponseV2

        return await self._invoke(
            _op("ProductAPI_GetProductInfoStocksByWarehouseFbsV2"),
            None,
            body,
            V2GetProductInfoStocksByWarehouseFbsResponseV2,
        )

    def iter_product_get_product_info_stocks_by_warehouse_fbs_v2(
        self, body: V2GetProductInfoStocksByWarehouseFbsRequestV2, *, limit: int | None = None
    ) -> AsyncIterator[V2GetProductInfoStocksByWarehouseFbsResponseV2Product]:
        """Each item of ``products`` over every page of :meth:`product_get_product_info_stocks_by_warehouse_fbs_v2`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V2GetProductInfoStocksByWarehouseFbsResponseV2Product

        return self._iterate(
            _op("ProductAPI_GetProductInfoStocksByWarehouseFbsV2"),
            None,
            body,
            V2GetProductInfoStocksByWarehouseFbsResponseV2Product,
            limit,
        )

    async def product_import_products_prices(
        self, body: ProductImportProductsPricesRequest | None = None
    ) -> ProductImportProductsPricesResponse:
        """Обновить цену.

        ``POST /v1/product/import/prices`` (ProductAPI_ImportProductsPrices)."""
        from .models import ProductImportProductsPricesResponse

        return await self._invoke(
            _op("ProductAPI_ImportProductsPrices"), None, body, ProductImportProductsPricesResponse
        )

    async def product_action_timer_update(
        self, body: V1ProductActionTimerUpdateRequest | None = None
    ) -> None:
        """Обновление таймера актуальности минимальной цены.

        ``POST /v1/product/action/timer/update`` (ProductAPI_ActionTimerUpdate)."""
        await self._invoke(_op("ProductAPI_ActionTimerUpdate"), None, body, _NoneType)

    async def product_action_timer_status(
        self, body: V1ProductActionTimerStatusRequest | None = None
    ) -> V1ProductActionTimerStatusResponse:
        """Получить статус установленного таймера.

        ``POST /v1/product/action/timer/status`` (ProductAPI_ActionTimerStatus)."""
        from .models import V1ProductActionTimerStatusResponse

        return await self._invoke(
            _op("ProductAPI_ActionTimerStatus"), None, body, V1ProductActionTimerStatusResponse
        )

    async def product_get_product_info_prices(
        self, body: Productv5GetProductInfoPricesV5Request
    ) -> Productv5GetProductInfoPricesV5Response:
        """Получить информацию о цене товара.

        ``POST /v5/product/info/prices`` (ProductAPI_GetProductInfoPrices)."""
        from .models import Productv5GetProductInfoPricesV5Response

        return await self._invoke(
            _op("ProductAPI_GetProductInfoPrices"), None, body, Productv5GetProductInfoPricesV5Response
        )

    def iter_product_get_product_info_prices(
        self, body: Productv5GetProductInfoPricesV5Request, *, limit: int | None = None
    ) -> AsyncIterator[ProductGetProductInfoPricesV5ResponseItem]:
        """Each item of ``items`` over every page of :meth:`product_get_product_info_prices`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import ProductGetProductInfoPricesV5ResponseItem

        return self._iterate(
            _op("ProductAPI_GetProductInfoPrices"),
            None,
            body,
            ProductGetProductInfoPricesV5ResponseItem,
            limit,
        )

    async def product_get_product_info_discounted(
        self, body: V1GetProductInfoDiscountedRequest
    ) -> V1GetProductInfoDiscountedResponse:
        """Узнать информацию об уценке и основном товаре по SKU уценённого товара.

        ``POST /v1/product/info/discounted`` (ProductAPI_GetProductInfoDiscounted)."""
        from .models import V1GetProductInfoDiscountedResponse

        return await self._invoke(
            _op("ProductAPI_GetProductInfoDiscounted"), None, body, V1GetProductInfoDiscountedResponse
        )

    async def product_update_discount(
        self, body: V1ProductUpdateDiscountRequest
    ) -> V1ProductUpdateDiscountResponse:
        """Установить скидку на уценённый товар.

        ``POST /v1/product/update/discount`` (ProductAPI_ProductUpdateDiscount)."""
        from .models import V1ProductUpdateDiscountResponse

        return await self._invoke(
            _op("ProductAPI_ProductUpdateDiscount"), None, body, V1ProductUpdateDiscountResponse
        )

    async def promos(self) -> SellerApiGetSellerActionsV1Response:
        """Список акций.

        ``GET /v1/actions`` (Promos)."""
        from .models import SellerApiGetSellerActionsV1Response

        return await self._invoke(_op("Promos"), None, None, SellerApiGetSellerActionsV1Response)

    async def promos_candidates(
        self, body: SellerApiGetSellerProductV1Request
    ) -> SellerApiGetSellerProductV1Response:
        """Список доступных для акции товаров.

        ``POST /v1/actions/candidates`` (PromosCandidates)."""
        from .models import SellerApiGetSellerProductV1Response

        return await self._invoke(_op("PromosCandidates"), None, body, SellerApiGetSellerProductV1Response)

    def iter_promos_candidates(
        self, body: SellerApiGetSellerProductV1Request, *, limit: int | None = None
    ) -> AsyncIterator[SellerApiProduct]:
        """Each item of ``result.products`` over every page of :meth:`promos_candidates`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import SellerApiProduct

        return self._iterate(_op("PromosCandidates"), None, body, SellerApiProduct, limit)

    async def promos_products(
        self, body: SellerApiGetSellerProductV1Request
    ) -> SellerApiGetSellerProductV1Response:
        """Список участвующих в акции товаров.

        ``POST /v1/actions/products`` (PromosProducts)."""
        from .models import SellerApiGetSellerProductV1Response

        return await self._invoke(_op("PromosProducts"), None, body, SellerApiGetSellerProductV1Response)

    def iter_promos_products(
        self, body: SellerApiGetSellerProductV1Request, *, limit: int | None = None
    ) -> AsyncIterator[SellerApiProduct]:
        """Each item of ``result.products`` over every page of :meth:`promos_products`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import SellerApiProduct

        return self._iterate(_op("PromosProducts"), None, body, SellerApiProduct, limit)

    async def promos_products_activate(
        self, body: SellerApiActivateProductV1Request
    ) -> SellerApiProductV1Response:
        """Добавить товар в акцию.

        ``POST /v1/actions/products/activate`` (PromosProductsActivate)."""
        from .models import SellerApiProductV1Response

        return await self._invoke(_op("PromosProductsActivate"), None, body, SellerApiProductV1Response)

    async def promos_products_deactivate(
        self, body: SellerApiProductIDsV1Request
    ) -> SellerApiProductV1ResponseDeactivate:
        """Удалить товары из акции.

        ``POST /v1/actions/products/deactivate`` (PromosProductsDeactivate)."""
        from .models import SellerApiProductV1ResponseDeactivate

        return await self._invoke(
            _op("PromosProductsDeactivate"), None, body, SellerApiProductV1ResponseDeactivate
        )

    async def promos_task_list(self, body: V1GetDiscountTaskListRequest) -> V1GetDiscountTaskListResponse:
        """Список заявок на скидку.

        ``POST /v1/actions/discounts-task/list`` (promos_task_list)."""
        from .models import V1GetDiscountTaskListResponse

        return await self._invoke(_op("promos_task_list"), None, body, V1GetDiscountTaskListResponse)

    async def promos_task_approve(
        self, body: V1ApproveDiscountTasksRequest
    ) -> V1ApproveDeclineDiscountTasksResponse:
        """Согласовать заявку на скидку.

        ``POST /v1/actions/discounts-task/approve`` (promos_task_approve)."""
        from .models import V1ApproveDeclineDiscountTasksResponse

        return await self._invoke(
            _op("promos_task_approve"), None, body, V1ApproveDeclineDiscountTasksResponse
        )

    async def promos_task_decline(
        self, body: V1DeclineDiscountTasksRequest
    ) -> V1ApproveDeclineDiscountTasksResponse:
        """Отклонить заявку на скидку.

        ``POST /v1/actions/discounts-task/decline`` (promos_task_decline)."""
        from .models import V1ApproveDeclineDiscountTasksResponse

        return await self._invoke(
            _op("promos_task_decline"), None, body, V1ApproveDeclineDiscountTasksResponse
        )

    async def pricing_competitors(self, body: V1GetCompetitorsRequest) -> V1GetCompetitorsResponse:
        """Список конкурентов.

        ``POST /v1/pricing-strategy/competitors/list`` (pricing_competitors)."""
        from .models import V1GetCompetitorsResponse

        return await self._invoke(_op("pricing_competitors"), None, body, V1GetCompetitorsResponse)

    async def pricing_list(self, body: V1GetStrategyListRequest) -> V1GetStrategyListResponse:
        """Список стратегий.

        ``POST /v1/pricing-strategy/list`` (pricing_list)."""
        from .models import V1GetStrategyListResponse

        return await self._invoke(_op("pricing_list"), None, body, V1GetStrategyListResponse)

    async def pricing_create(self, body: V1CreatePricingStrategyRequest) -> V1CreatePricingStrategyResponse:
        """Создать стратегию.

        ``POST /v1/pricing-strategy/create`` (pricing_create)."""
        from .models import V1CreatePricingStrategyResponse

        return await self._invoke(_op("pricing_create"), None, body, V1CreatePricingStrategyResponse)

    async def pricing_info(self, body: V1StrategyRequest) -> V1GetStrategyResponse:
        """Информация о стратегии.

        ``POST /v1/pricing-strategy/info`` (pricing_info)."""
        from .models import V1GetStrategyResponse

        return await self._invoke(_op("pricing_info"), None, body, V1GetStrategyResponse)

    async def pricing_update(self, body: V1UpdatePricingStrategyRequest) -> dict[str, _Any]:
        """Обновить стратегию.

        ``POST /v1/pricing-strategy/update`` (pricing_update)."""
        return await self._invoke(_op("pricing_update"), None, body, dict[str, _Any])

    async def pricing_items_add(self, body: V1AddStrategyItemsRequest) -> V1AddStrategyItemsResponse:
        """Добавить товары в стратегию.

        ``POST /v1/pricing-strategy/products/add`` (pricing_items-add)."""
        from .models import V1AddStrategyItemsResponse

        return await self._invoke(_op("pricing_items-add"), None, body, V1AddStrategyItemsResponse)

    async def pricing_ids(self, body: V1ItemIDsRequest) -> V1GetStrategyIDsByItemIDsResponse:
        """Список идентификаторов стратегий.

        ``POST /v1/pricing-strategy/strategy-ids-by-product-ids`` (pricing_ids)."""
        from .models import V1GetStrategyIDsByItemIDsResponse

        return await self._invoke(_op("pricing_ids"), None, body, V1GetStrategyIDsByItemIDsResponse)

    async def pricing_items_list(self, body: V1StrategyRequest) -> V1GetStrategyItemsResponse:
        """Список товаров в стратегии.

        ``POST /v1/pricing-strategy/products/list`` (pricing_items-list)."""
        from .models import V1GetStrategyItemsResponse

        return await self._invoke(_op("pricing_items-list"), None, body, V1GetStrategyItemsResponse)

    async def pricing_items_info(self, body: V1GetStrategyItemInfoRequest) -> V1GetStrategyItemInfoResponse:
        """Цена товара у конкурента.

        ``POST /v1/pricing-strategy/product/info`` (pricing_items-info)."""
        from .models import V1GetStrategyItemInfoResponse

        return await self._invoke(_op("pricing_items-info"), None, body, V1GetStrategyItemInfoResponse)

    async def pricing_items_delete(self, body: V1ItemIDsRequest) -> V1DeleteStrategyItemsResponse:
        """Удалить товары из стратегии.

        ``POST /v1/pricing-strategy/products/delete`` (pricing_items-delete)."""
        from .models import V1DeleteStrategyItemsResponse

        return await self._invoke(_op("pricing_items-delete"), None, body, V1DeleteStrategyItemsResponse)

    async def pricing_status(self, body: V1UpdateStatusStrategyRequest) -> dict[str, _Any]:
        """Изменить статус стратегии.

        ``POST /v1/pricing-strategy/status`` (pricing_status)."""
        return await self._invoke(_op("pricing_status"), None, body, dict[str, _Any])

    async def pricing_delete(self, body: V1StrategyRequest) -> dict[str, _Any]:
        """Удалить стратегию.

        ``POST /v1/pricing-strategy/delete`` (pricing_delete)."""
        return await self._invoke(_op("pricing_delete"), None, body, dict[str, _Any])

    async def pass_list(self, body: ArrivalpassArrivalPassListRequest) -> ArrivalpassArrivalPassListResponse:
        """Список пропусков.

        ``POST /v1/pass/list`` (PassList)."""
        from .models import ArrivalpassArrivalPassListResponse

        return await self._invoke(_op("PassList"), None, body, ArrivalpassArrivalPassListResponse)

    def iter_pass_list(
        self, body: ArrivalpassArrivalPassListRequest, *, limit: int | None = None
    ) -> AsyncIterator[ArrivalpassArrivalPassListResponseArrivalPass]:
        """Each item of ``arrival_passes`` over every page of :meth:`pass_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import ArrivalpassArrivalPassListResponseArrivalPass

        return self._iterate(
            _op("PassList"), None, body, ArrivalpassArrivalPassListResponseArrivalPass, limit
        )

    async def carriage_pass_create(
        self, body: SellerSellerAPIArrivalPassCreateRequest
    ) -> SellerSellerAPIArrivalPassCreateResponse:
        """Создать пропуск.

        ``POST /v1/carriage/pass/create`` (carriagePassCreate)."""
        from .models import SellerSellerAPIArrivalPassCreateResponse

        return await self._invoke(
            _op("carriagePassCreate"), None, body, SellerSellerAPIArrivalPassCreateResponse
        )

    async def carriage_pass_update(self, body: SellerSellerAPIArrivalPassUpdateRequest) -> None:
        """Обновить пропуск.

        ``POST /v1/carriage/pass/update`` (carriagePassUpdate)."""
        await self._invoke(_op("carriagePassUpdate"), None, body, _NoneType)

    async def carriage_pass_delete(self, body: SellerSellerAPIArrivalPassDeleteRequest) -> None:
        """Удалить пропуск.

        ``POST /v1/carriage/pass/delete`` (carriagePassDelete)."""
        await self._invoke(_op("carriagePassDelete"), None, body, _NoneType)

    async def return_pass_create(
        self, body: ArrivalpassArrivalPassCreateRequest
    ) -> ArrivalpassArrivalPassCreateResponse:
        """Создать пропуск для возврата.

        ``POST /v1/return/pass/create`` (returnPassCreate)."""
        from .models import ArrivalpassArrivalPassCreateResponse

        return await self._invoke(_op("returnPassCreate"), None, body, ArrivalpassArrivalPassCreateResponse)

    async def return_pass_update(self, body: ArrivalpassArrivalPassUpdateRequest) -> None:
        """Обновить пропуск для возврата.

        ``POST /v1/return/pass/update`` (returnPassUpdate)."""
        await self._invoke(_op("returnPassUpdate"), None, body, _NoneType)

    async def return_pass_delete(self, body: ArrivalpassArrivalPassDeleteRequest) -> None:
        """Удалить пропуск для возврата.

        ``POST /v1/return/pass/delete`` (returnPassDelete)."""
        await self._invoke(_op("returnPassDelete"), None, body, _NoneType)

    async def brand_company_certification_list(
        self, body: BrandBrandCompanyCertificationListRequest
    ) -> BrandBrandCompanyCertificationListResponse:
        """Список сертифицируемых брендов.

        ``POST /v1/brand/company-certification/list`` (BrandAPI_BrandCompanyCertificationList)."""
        from .models import BrandBrandCompanyCertificationListResponse

        return await self._invoke(
            _op("BrandAPI_BrandCompanyCertificationList"),
            None,
            body,
            BrandBrandCompanyCertificationListResponse,
        )

    async def product_certificate_accordance_types(self) -> ProductProductCertificateAccordanceTypesResponse:
        """Список типов соответствия требованиям (версия 1).

        ``GET /v1/product/certificate/accordance-types`` (ProductAPI_ProductCertificateAccordanceTypes)."""
        from .models import ProductProductCertificateAccordanceTypesResponse

        return await self._invoke(
            _op("ProductAPI_ProductCertificateAccordanceTypes"),
            None,
            None,
            ProductProductCertificateAccordanceTypesResponse,
        )

    async def certificate_accordance_types(self) -> V2ProductCertificateAccordanceTypesResponse:
        """Список типов соответствия требованиям (версия 2).

        ``GET /v2/product/certificate/accordance-types/list`` (CertificateAccordanceTypes)."""
        from .models import V2ProductCertificateAccordanceTypesResponse

        return await self._invoke(
            _op("CertificateAccordanceTypes"), None, None, V2ProductCertificateAccordanceTypesResponse
        )

    async def product_certificate_types(self) -> ProductProductCertificateTypesResponse:
        """Справочник типов документов.

        ``GET /v1/product/certificate/types`` (ProductAPI_ProductCertificateTypes)."""
        from .models import ProductProductCertificateTypesResponse

        return await self._invoke(
            _op("ProductAPI_ProductCertificateTypes"), None, None, ProductProductCertificateTypesResponse
        )

    async def product_certification_list(
        self, body: V2ProductCertificationListRequest
    ) -> V2ProductCertificationListResponse:
        """Список сертифицируемых категорий.

        ``POST /v2/product/certification/list`` (ProductAPI_ProductCertificationList)."""
        from .models import V2ProductCertificationListResponse

        return await self._invoke(
            _op("ProductAPI_ProductCertificationList"), None, body, V2ProductCertificationListResponse
        )

    async def product_v1_product_certification_list(
        self, body: ProductProductCertificationListRequest | None = None
    ) -> ProductProductCertificationListResponse:
        """Список сертифицируемых категорий.

        ``POST /v1/product/certification/list`` (ProductAPI_V1ProductCertificationList)."""
        from .models import ProductProductCertificationListResponse

        return await self._invoke(
            _op("ProductAPI_V1ProductCertificationList"), None, body, ProductProductCertificationListResponse
        )

    async def product_certificate_create(self, body: ProductAPIProductCertificateCreateRequest) -> int:
        """Добавить сертификаты для товаров.

        ``POST /v1/product/certificate/create`` (ProductAPI_ProductCertificateCreate).
        Sent as multipart/form-data: a file field takes bytes or a FileUpload."""
        return await self._invoke(_op("ProductAPI_ProductCertificateCreate"), None, body, int)

    async def product_certificate_bind(
        self, body: ProductProductCertificateBindRequest
    ) -> ProductBooleanResponse:
        """Привязать сертификат к товару.

        ``POST /v1/product/certificate/bind`` (ProductAPI_ProductCertificateBind)."""
        from .models import ProductBooleanResponse

        return await self._invoke(
            _op("ProductAPI_ProductCertificateBind"), None, body, ProductBooleanResponse
        )

    async def certificate_delete(
        self, body: V1ProductCertificateDeleteRequest
    ) -> V1ProductCertificateDeleteResponse:
        """Удалить сертификат.

        ``POST /v1/product/certificate/delete`` (CertificateDelete)."""
        from .models import V1ProductCertificateDeleteResponse

        return await self._invoke(_op("CertificateDelete"), None, body, V1ProductCertificateDeleteResponse)

    async def certificate_info(
        self, body: V1ProductCertificateInfoRequest
    ) -> V1ProductCertificateInfoResponse:
        """Информация о сертификате.

        ``POST /v1/product/certificate/info`` (CertificateInfo)."""
        from .models import V1ProductCertificateInfoResponse

        return await self._invoke(_op("CertificateInfo"), None, body, V1ProductCertificateInfoResponse)

    async def certificate_list(
        self, body: V1ProductCertificateListRequest
    ) -> V1ProductCertificateListResponse:
        """Список сертификатов.

        ``POST /v1/product/certificate/list`` (CertificateList)."""
        from .models import V1ProductCertificateListResponse

        return await self._invoke(_op("CertificateList"), None, body, V1ProductCertificateListResponse)

    async def product_status_list(self) -> V1ProductCertificateProductStatusListResponse:
        """Список возможных статусов товаров.

        ``POST /v1/product/certificate/product_status/list`` (ProductStatusList)."""
        from .models import V1ProductCertificateProductStatusListResponse

        return await self._invoke(
            _op("ProductStatusList"), None, None, V1ProductCertificateProductStatusListResponse
        )

    async def certificate_products_list(
        self, body: V1ProductCertificateProductsListRequest
    ) -> V1ProductCertificateProductsListResponse:
        """Список товаров, привязанных к сертификату.

        ``POST /v1/product/certificate/products/list`` (CertificateProductsList)."""
        from .models import V1ProductCertificateProductsListResponse

        return await self._invoke(
            _op("CertificateProductsList"), None, body, V1ProductCertificateProductsListResponse
        )

    async def certificate_unbind(
        self, body: V1ProductCertificateUnbindRequest
    ) -> V1ProductCertificateUnbindResponse:
        """Отвязать товар от сертификата.

        ``POST /v1/product/certificate/unbind`` (CertificateUnbind)."""
        from .models import V1ProductCertificateUnbindResponse

        return await self._invoke(_op("CertificateUnbind"), None, body, V1ProductCertificateUnbindResponse)

    async def rejection_reasons_list(self) -> V1ProductCertificateRejectionReasonsListResponse:
        """Возможные причины отклонения сертификата.

        ``POST /v1/product/certificate/rejection_reasons/list`` (RejectionReasonsList)."""
        from .models import V1ProductCertificateRejectionReasonsListResponse

        return await self._invoke(
            _op("RejectionReasonsList"), None, None, V1ProductCertificateRejectionReasonsListResponse
        )

    async def certificate_status_list(self) -> V1ProductCertificateStatusListResponse:
        """Возможные статусы сертификатов.

        ``POST /v1/product/certificate/status/list`` (CertificateStatusList)."""
        from .models import V1ProductCertificateStatusListResponse

        return await self._invoke(
            _op("CertificateStatusList"), None, None, V1ProductCertificateStatusListResponse
        )

    async def warehouse_list(self, body: V1WarehouseListRequest) -> WarehouseWarehouseListResponse:
        """Список складов.

        ``POST /v1/warehouse/list`` (WarehouseAPI_WarehouseList)."""
        from .models import WarehouseWarehouseListResponse

        return await self._invoke(
            _op("WarehouseAPI_WarehouseList"), None, body, WarehouseWarehouseListResponse
        )

    async def warehouse_delivery_method_list(
        self, body: WarehouseDeliveryMethodListRequest
    ) -> WarehouseDeliveryMethodListResponse:
        """Список методов доставки склада.

        ``POST /v1/delivery-method/list`` (WarehouseAPI_DeliveryMethodList)."""
        from .models import WarehouseDeliveryMethodListResponse

        return await self._invoke(
            _op("WarehouseAPI_DeliveryMethodList"), None, body, WarehouseDeliveryMethodListResponse
        )

    def iter_warehouse_delivery_method_list(
        self, body: WarehouseDeliveryMethodListRequest, *, limit: int | None = None
    ) -> AsyncIterator[DeliveryMethodListResponseDeliveryMethod]:
        """Each item of ``result`` over every page of :meth:`warehouse_delivery_method_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import DeliveryMethodListResponseDeliveryMethod

        return self._iterate(
            _op("WarehouseAPI_DeliveryMethodList"),
            None,
            body,
            DeliveryMethodListResponseDeliveryMethod,
            limit,
        )

    async def warehouse_delivery_method_list_v2(
        self, body: V2DeliveryMethodListV2Request
    ) -> V2DeliveryMethodListV2Response:
        """Список методов доставки realFBS-склада.

        ``POST /v2/delivery-method/list`` (WarehouseAPI_DeliveryMethodListV2)."""
        from .models import V2DeliveryMethodListV2Response

        return await self._invoke(
            _op("WarehouseAPI_DeliveryMethodListV2"), None, body, V2DeliveryMethodListV2Response
        )

    def iter_warehouse_delivery_method_list_v2(
        self, body: V2DeliveryMethodListV2Request, *, limit: int | None = None
    ) -> AsyncIterator[DeliveryMethodListV2ResponseDeliveryMethod]:
        """Each item of ``delivery_methods`` over every page of :meth:`warehouse_delivery_method_list_v2`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import DeliveryMethodListV2ResponseDeliveryMethod

        return self._iterate(
            _op("WarehouseAPI_DeliveryMethodListV2"),
            None,
            body,
            DeliveryMethodListV2ResponseDeliveryMethod,
            limit,
        )

    async def get_delivery_method_return_settings_v1(
        self, body: V1GetDeliveryMethodReturnSettingsV1Request
    ) -> V1GetDeliveryMethodReturnSettingsV1Response:
        """Получить информацию по возвратным настройкам rFBS и rFBS Express.

        ``POST /v1/delivery-method/return/settings/get`` (GetDeliveryMethodReturnSettingsV1)."""
        from .models import V1GetDeliveryMethodReturnSettingsV1Response

        return await self._invoke(
            _op("GetDeliveryMethodReturnSettingsV1"), None, body, V1GetDeliveryMethodReturnSettingsV1Response
        )

    async def warehouse_list_v2(self, body: V2WarehouseListV2Request) -> V2WarehouseListV2Response:
        """Список складов.

        ``POST /v2/warehouse/list`` (WarehouseListV2)."""
        from .models import V2WarehouseListV2Response

        return await self._invoke(_op("WarehouseListV2"), None, body, V2WarehouseListV2Response)

    def iter_warehouse_list_v2(
        self, body: V2WarehouseListV2Request, *, limit: int | None = None
    ) -> AsyncIterator[WarehouseListV2ResponseWarehouse]:
        """Each item of ``warehouses`` over every page of :meth:`warehouse_list_v2`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import WarehouseListV2ResponseWarehouse

        return self._iterate(_op("WarehouseListV2"), None, body, WarehouseListV2ResponseWarehouse, limit)

    async def get_warehouse_fbs_operation_status(
        self, body: V1GetWarehouseFBSOperationStatusRequest
    ) -> V1GetWarehouseFBSOperationStatusResponse:
        """Получить статус операции.

        ``POST /v1/warehouse/operation/status`` (GetWarehouseFBSOperationStatus)."""
        from .models import V1GetWarehouseFBSOperationStatusResponse

        return await self._invoke(
            _op("GetWarehouseFBSOperationStatus"), None, body, V1GetWarehouseFBSOperationStatusResponse
        )

    async def archive_warehouse_fbs(
        self, body: V1ArchiveWarehouseFBSRequest
    ) -> V1ArchiveWarehouseFBSResponse:
        """Перенести склад в архив.

        ``POST /v1/warehouse/archive`` (ArchiveWarehouseFBS)."""
        from .models import V1ArchiveWarehouseFBSResponse

        return await self._invoke(_op("ArchiveWarehouseFBS"), None, body, V1ArchiveWarehouseFBSResponse)

    async def unarchive_warehouse_fbs(
        self, body: V1UnarchiveWarehouseFBSRequest
    ) -> V1UnarchiveWarehouseFBSResponse:
        """Перенести склад из архива.

        ``POST /v1/warehouse/unarchive`` (UnarchiveWarehouseFBS)."""
        from .models import V1UnarchiveWarehouseFBSResponse

        return await self._invoke(_op("UnarchiveWarehouseFBS"), None, body, V1UnarchiveWarehouseFBSResponse)

    async def warehouse_invalid_products_get(
        self, body: V1WarehouseInvalidProductsGetRequest
    ) -> V1WarehouseInvalidProductsGetResponse:
        """Получить список товаров с ограничениями по доставке.

        ``POST /v1/warehouse/invalid-products/get`` (WarehouseInvalidProductsGet)."""
        from .models import V1WarehouseInvalidProductsGetResponse

        return await self._invoke(
            _op("WarehouseInvalidProductsGet"), None, body, V1WarehouseInvalidProductsGetResponse
        )

    def iter_warehouse_invalid_products_get(
        self, body: V1WarehouseInvalidProductsGetRequest, *, limit: int | None = None
    ) -> AsyncIterator[WarehouseInvalidProductsGetResponseValidationResult]:
        """Each item of ``validation_results`` over every page of :meth:`warehouse_invalid_products_get`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import WarehouseInvalidProductsGetResponseValidationResult

        return self._iterate(
            _op("WarehouseInvalidProductsGet"),
            None,
            body,
            WarehouseInvalidProductsGetResponseValidationResult,
            limit,
        )

    async def warehouse_with_invalid_products(self) -> V1WarehouseWithInvalidProductsResponse:
        """Получить список складов с ограниченными для доставки товарами.

        ``POST /v1/warehouse/warehouses-with-invalid-products`` (WarehouseWithInvalidProducts)."""
        from .models import V1WarehouseWithInvalidProductsResponse

        return await self._invoke(
            _op("WarehouseWithInvalidProducts"), None, None, V1WarehouseWithInvalidProductsResponse
        )

    async def warehouse_ozon_list(
        self, body: V1WarehouseOZONListRequest | None = None
    ) -> V1WarehouseOZONListResponse:
        """Получить список складов Ozon.

        ``POST /v1/warehouse/ozon/list`` (WarehouseOZONList)."""
        from .models import V1WarehouseOZONListResponse

        return await self._invoke(_op("WarehouseOZONList"), None, body, V1WarehouseOZONListResponse)

    async def polygon_create_polygon(
        self, body: Polygonv1PolygonCreateRequest
    ) -> Polygonv1PolygonCreateResponse:
        """Создайте полигон доставки.

        ``POST /v1/polygon/create`` (PolygonAPI_CreatePolygon)."""
        from .models import Polygonv1PolygonCreateResponse

        return await self._invoke(_op("PolygonAPI_CreatePolygon"), None, body, Polygonv1PolygonCreateResponse)

    async def polygon_bind_polygon(self, body: Polygonv1PolygonBindRequest) -> dict[str, _Any]:
        """Свяжите метод доставки с полигоном доставки.

        ``POST /v1/polygon/bind`` (PolygonAPI_BindPolygon)."""
        return await self._invoke(_op("PolygonAPI_BindPolygon"), None, body, dict[str, _Any])

    async def posting_get_fbo_posting_list(
        self, body: PostingGetFboPostingListRequest
    ) -> V2FboPostingListResponse:
        """Список отправлений.

        ``POST /v2/posting/fbo/list`` (PostingAPI_GetFboPostingList).
        Deprecated: С 1 июня 2026 года метод будет отключён. Переключитесь на /v3/posting/fbo/list. Use :meth:`posting_fbo_list`."""
        from .models import V2FboPostingListResponse

        return await self._invoke(_op("PostingAPI_GetFboPostingList"), None, body, V2FboPostingListResponse)

    async def posting_fbo_list(
        self, body: PostingV3PostingFboListRequest | None = None
    ) -> PostingV3PostingFboListResponse:
        """Получить список отправлений.

        ``POST /v3/posting/fbo/list`` (PostingFboList)."""
        from .models import PostingV3PostingFboListResponse

        return await self._invoke(_op("PostingFboList"), None, body, PostingV3PostingFboListResponse)

    def iter_posting_fbo_list(
        self, body: PostingV3PostingFboListRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[PostingV3PostingFboListResponsePostings]:
        """Each item of ``postings`` over every page of :meth:`posting_fbo_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import PostingV3PostingFboListResponsePostings

        return self._iterate(
            _op("PostingFboList"), None, body, PostingV3PostingFboListResponsePostings, limit
        )

    async def posting_get_fbo_posting(self, body: PostingGetFboPostingRequest) -> V2FboPostingResponse:
        """Информация об отправлении.

        ``POST /v2/posting/fbo/get`` (PostingAPI_GetFboPosting)."""
        from .models import V2FboPostingResponse

        return await self._invoke(_op("PostingAPI_GetFboPosting"), None, body, V2FboPostingResponse)

    async def posting_get_posting_fbo_cancel_reason_list(self) -> V1CancelReasonListResponseFbo:
        """Причины отмены отправлений по схеме FBO.

        ``POST /v1/posting/fbo/cancel-reason/list`` (PostingAPI_GetPostingFboCancelReasonList)."""
        from .models import V1CancelReasonListResponseFbo

        return await self._invoke(
            _op("PostingAPI_GetPostingFboCancelReasonList"), None, None, V1CancelReasonListResponseFbo
        )

    async def supply_order_supply_order_status_counter(self) -> V1SupplyOrderStatusCounterResponse:
        """Количество заявок по статусам.

        ``POST /v1/supply-order/status/counter`` (SupplyOrderAPI_SupplyOrderStatusCounter)."""
        from .models import V1SupplyOrderStatusCounterResponse

        return await self._invoke(
            _op("SupplyOrderAPI_SupplyOrderStatusCounter"), None, None, V1SupplyOrderStatusCounterResponse
        )

    async def supply_order_bundle(
        self, body: V1GetSupplyOrderBundleRequest
    ) -> V1GetSupplyOrderBundleResponse:
        """Состав поставки или заявки на поставку.

        ``POST /v1/supply-order/bundle`` (SupplyOrderBundle)."""
        from .models import V1GetSupplyOrderBundleResponse

        return await self._invoke(_op("SupplyOrderBundle"), None, body, V1GetSupplyOrderBundleResponse)

    def iter_supply_order_bundle(
        self, body: V1GetSupplyOrderBundleRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1ItemResponse]:
        """Each item of ``items`` over every page of :meth:`supply_order_bundle`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1ItemResponse

        return self._iterate(_op("SupplyOrderBundle"), None, body, V1ItemResponse, limit)

    async def supply_order_list(self, body: V3SupplyOrderListRequest) -> V3SupplyOrderListResponse:
        """Список заявок на поставку на склад Ozon.

        ``POST /v3/supply-order/list`` (SupplyOrderList)."""
        from .models import V3SupplyOrderListResponse

        return await self._invoke(_op("SupplyOrderList"), None, body, V3SupplyOrderListResponse)

    async def supply_order_get(self, body: V3SupplyOrderGetRequest) -> V3SupplyOrderGetResponse:
        """Информация о заявке на поставку.

        ``POST /v3/supply-order/get`` (SupplyOrderGet)."""
        from .models import V3SupplyOrderGetResponse

        return await self._invoke(_op("SupplyOrderGet"), None, body, V3SupplyOrderGetResponse)

    async def supply_order_get_supply_order_timeslots(
        self, body: V1GetSupplyOrderTimeslotsRequest
    ) -> V1GetSupplyOrderTimeslotsResponse:
        """Интервалы поставки.

        ``POST /v1/supply-order/timeslot/get`` (SupplyOrderAPI_GetSupplyOrderTimeslots)."""
        from .models import V1GetSupplyOrderTimeslotsResponse

        return await self._invoke(
            _op("SupplyOrderAPI_GetSupplyOrderTimeslots"), None, body, V1GetSupplyOrderTimeslotsResponse
        )

    async def supply_order_update_supply_order_timeslot(
        self, body: V1UpdateSupplyOrderTimeslotRequest
    ) -> V1UpdateSupplyOrderTimeslotResponse:
        """Обновить интервал поставки.

        ``POST /v1/supply-order/timeslot/update`` (SupplyOrderAPI_UpdateSupplyOrderTimeslot)."""
        from .models import V1UpdateSupplyOrderTimeslotResponse

        return await self._invoke(
            _op("SupplyOrderAPI_UpdateSupplyOrderTimeslot"), None, body, V1UpdateSupplyOrderTimeslotResponse
        )

    async def supply_order_get_supply_order_timeslot_status(
        self, body: V1GetSupplyOrderTimeslotStatusRequest
    ) -> V1GetSupplyOrderTimeslotStatusResponse:
        """Статус интервала поставки.

        ``POST /v1/supply-order/timeslot/status`` (SupplyOrderAPI_GetSupplyOrderTimeslotStatus)."""
        from .models import V1GetSupplyOrderTimeslotStatusResponse

        return await self._invoke(
            _op("SupplyOrderAPI_GetSupplyOrderTimeslotStatus"),
            None,
            body,
            V1GetSupplyOrderTimeslotStatusResponse,
        )

    async def supply_order_supply_order_pass_create(
        self, body: V1SupplyOrderPassCreateRequest
    ) -> V1SupplyOrderPassCreateResponse:
        """Указать данные о водителе и автомобиле.

        ``POST /v1/supply-order/pass/create`` (SupplyOrderAPI_SupplyOrderPassCreate)."""
        from .models import V1SupplyOrderPassCreateResponse

        return await self._invoke(
            _op("SupplyOrderAPI_SupplyOrderPassCreate"), None, body, V1SupplyOrderPassCreateResponse
        )

    async def supply_order_supply_order_pass_status(
        self, body: V1SupplyOrderPassStatusRequest
    ) -> V1SupplyOrderPassStatusResponse:
        """Статус ввода данных о водителе и автомобиле.

        ``POST /v1/supply-order/pass/status`` (SupplyOrderAPI_SupplyOrderPassStatus)."""
        from .models import V1SupplyOrderPassStatusResponse

        return await self._invoke(
            _op("SupplyOrderAPI_SupplyOrderPassStatus"), None, body, V1SupplyOrderPassStatusResponse
        )

    async def supply_order_supply_order_details(
        self, body: V1SupplyOrderDetailsRequest
    ) -> V1SupplyOrderDetailsResponse:
        """Получить подробную информацию о заявке на поставку.

        ``POST /v1/supply-order/details`` (SupplyOrderAPI_SupplyOrderDetails)."""
        from .models import V1SupplyOrderDetailsResponse

        return await self._invoke(
            _op("SupplyOrderAPI_SupplyOrderDetails"), None, body, V1SupplyOrderDetailsResponse
        )

    async def supplier_available_warehouses(self) -> V1SupplierAvailableWarehousesResponse:
        """Загруженность складов Ozon.

        ``GET /v1/supplier/available_warehouses`` (SupplierAPI_SupplierAvailableWarehouses)."""
        from .models import V1SupplierAvailableWarehousesResponse

        return await self._invoke(
            _op("SupplierAPI_SupplierAvailableWarehouses"), None, None, V1SupplierAvailableWarehousesResponse
        )

    async def supply_draft_cluster_list(self, body: V1DraftClusterListRequest) -> V1DraftClusterListResponse:
        """Информация о кластерах и их складах.

        ``POST /v1/cluster/list`` (SupplyDraftAPI_DraftClusterList)."""
        from .models import V1DraftClusterListResponse

        return await self._invoke(
            _op("SupplyDraftAPI_DraftClusterList"), None, body, V1DraftClusterListResponse
        )

    async def draft_cluster_list(self) -> V2DraftClusterListResponse:
        """Получить информацию о макролокальных кластерах.

        ``POST /v2/cluster/list`` (DraftClusterList)."""
        from .models import V2DraftClusterListResponse

        return await self._invoke(_op("DraftClusterList"), None, None, V2DraftClusterListResponse)

    async def supply_draft_get_warehouse_fbo_list(
        self, body: V1DraftGetWarehouseFboListRequest
    ) -> V1DraftGetWarehouseFboListResponse:
        """Поиск точек для отгрузки поставки.

        ``POST /v1/warehouse/fbo/list`` (SupplyDraftAPI_DraftGetWarehouseFboList)."""
        from .models import V1DraftGetWarehouseFboListResponse

        return await self._invoke(
            _op("SupplyDraftAPI_DraftGetWarehouseFboList"), None, body, V1DraftGetWarehouseFboListResponse
        )

    async def supply_draft_create(self, body: V1DraftCreateRequest) -> V1DraftCreateResponse:
        """Создать черновик заявки на поставку.

        ``POST /v1/draft/create`` (SupplyDraftAPI_DraftCreate)."""
        from .models import V1DraftCreateResponse

        return await self._invoke(_op("SupplyDraftAPI_DraftCreate"), None, body, V1DraftCreateResponse)

    async def draft_crossdock_create(
        self, body: V1DraftCrossdockCreateRequest
    ) -> V1DraftCreateCommonResponse:
        """Создать черновик заявки на поставку кросс-докингом.

        ``POST /v1/draft/crossdock/create`` (DraftCrossdockCreate)."""
        from .models import V1DraftCreateCommonResponse

        return await self._invoke(_op("DraftCrossdockCreate"), None, body, V1DraftCreateCommonResponse)

    async def draft_direct_create(self, body: V1DraftDirectCreateRequest) -> V1DraftCreateCommonResponse:
        """Создать черновик заявки на прямую поставку.

        ``POST /v1/draft/direct/create`` (DraftDirectCreate)."""
        from .models import V1DraftCreateCommonResponse

        return await self._invoke(_op("DraftDirectCreate"), None, body, V1DraftCreateCommonResponse)

    async def draft_multi_cluster_create(
        self, body: V1DraftMultiClusterCreateRequest
    ) -> V1DraftCreateCommonResponse:
        """Создать черновик заявки на поставку для нескольких кластеров.

        ``POST /v1/draft/multi-cluster/create`` (DraftMultiClusterCreate)."""
        from .models import V1DraftCreateCommonResponse

        return await self._invoke(_op("DraftMultiClusterCreate"), None, body, V1DraftCreateCommonResponse)

    async def supply_draft_create_info(self, body: V1DraftCreateInfoRequest) -> V1DraftCreateInfoResponse:
        """Информация о черновике заявки на поставку.

        ``POST /v1/draft/create/info`` (SupplyDraftAPI_DraftCreateInfo)."""
        from .models import V1DraftCreateInfoResponse

        return await self._invoke(
            _op("SupplyDraftAPI_DraftCreateInfo"), None, body, V1DraftCreateInfoResponse
        )

    async def supply_draft_timeslot_info(
        self, body: V1DraftTimeslotInfoRequest
    ) -> V1DraftTimeslotInfoResponse:
        """Доступные таймслоты.

        ``POST /v1/draft/timeslot/info`` (SupplyDraftAPI_DraftTimeslotInfo)."""
        from .models import V1DraftTimeslotInfoResponse

        return await self._invoke(
            _op("SupplyDraftAPI_DraftTimeslotInfo"), None, body, V1DraftTimeslotInfoResponse
        )

    async def draft_create_info(self, body: V2DraftCreateInfoRequest) -> V2DraftCreateInfoResponse:
        """Получить информацию о черновике заявки на поставку.

        ``POST /v2/draft/create/info`` (DraftCreateInfo)."""
        from .models import V2DraftCreateInfoResponse

        return await self._invoke(_op("DraftCreateInfo"), None, body, V2DraftCreateInfoResponse)

    async def supply_draft_supply_create(
        self, body: V1DraftSupplyCreateRequest
    ) -> V1DraftSupplyCreateResponse:
        """Создать заявку на поставку по черновику.

        ``POST /v1/draft/supply/create`` (SupplyDraftAPI_DraftSupplyCreate)."""
        from .models import V1DraftSupplyCreateResponse

        return await self._invoke(
            _op("SupplyDraftAPI_DraftSupplyCreate"), None, body, V1DraftSupplyCreateResponse
        )

    async def supply_draft_supply_create_status(
        self, body: V1DraftSupplyCreateStatusRequest
    ) -> V1DraftSupplyCreateStatusResponse:
        """Информация о создании заявки на поставку.

        ``POST /v1/draft/supply/create/status`` (SupplyDraftAPI_DraftSupplyCreateStatus)."""
        from .models import V1DraftSupplyCreateStatusResponse

        return await self._invoke(
            _op("SupplyDraftAPI_DraftSupplyCreateStatus"), None, body, V1DraftSupplyCreateStatusResponse
        )

    async def draft_timeslot_info(self, body: V2DraftTimeslotInfoRequest) -> V2DraftTimeslotInfoResponse:
        """Получить список доступных таймслотов.

        ``POST /v2/draft/timeslot/info`` (DraftTimeslotInfo)."""
        from .models import V2DraftTimeslotInfoResponse

        return await self._invoke(_op("DraftTimeslotInfo"), None, body, V2DraftTimeslotInfoResponse)

    async def cargoes_create(self, body: V1CargoesCreateRequest) -> V1CargoesCreateResponse:
        """Установка грузомест.

        ``POST /v1/cargoes/create`` (CargoesAPI_CargoesCreate)."""
        from .models import V1CargoesCreateResponse

        return await self._invoke(_op("CargoesAPI_CargoesCreate"), None, body, V1CargoesCreateResponse)

    async def cargoes_create_info_v2(
        self, body: V2CargoesCreateInfoV2Request
    ) -> V2CargoesCreateInfoV2Response:
        """Получить информацию по установке грузомест.

        ``POST /v2/cargoes/create/info`` (CargoesCreateInfoV2)."""
        from .models import V2CargoesCreateInfoV2Response

        return await self._invoke(_op("CargoesCreateInfoV2"), None, body, V2CargoesCreateInfoV2Response)

    async def cargoes_get(self, body: V1CargoesGetRequest) -> V1CargoesGetResponse:
        """Получить информацию о грузоместах.

        ``POST /v1/cargoes/get`` (CargoesGet)."""
        from .models import V1CargoesGetResponse

        return await self._invoke(_op("CargoesGet"), None, body, V1CargoesGetResponse)

    async def cargoes_delete(self, body: V1CargoesDeleteRequest) -> V1CargoesDeleteResponse:
        """Удалить грузоместо в заявке на поставку.

        ``POST /v1/cargoes/delete`` (CargoesAPI_CargoesDelete)."""
        from .models import V1CargoesDeleteResponse

        return await self._invoke(_op("CargoesAPI_CargoesDelete"), None, body, V1CargoesDeleteResponse)

    async def cargoes_delete_status(
        self, body: V1CargoesDeleteStatusRequest
    ) -> V1CargoesDeleteStatusResponse:
        """Информация о статусе удаления грузоместа.

        ``POST /v1/cargoes/delete/status`` (CargoesAPI_CargoesDeleteStatus)."""
        from .models import V1CargoesDeleteStatusResponse

        return await self._invoke(
            _op("CargoesAPI_CargoesDeleteStatus"), None, body, V1CargoesDeleteStatusResponse
        )

    async def cargoes_rules_get(self, body: V1CargoesRulesGetRequest) -> V1CargoesRulesGetResponse:
        """Чек-лист по установке грузомест FBO.

        ``POST /v1/cargoes/rules/get`` (CargoesAPI_CargoesRulesGet)."""
        from .models import V1CargoesRulesGetResponse

        return await self._invoke(_op("CargoesAPI_CargoesRulesGet"), None, body, V1CargoesRulesGetResponse)

    async def cargoes_label_create(self, body: V1CargoesLabelCreateRequest) -> V1CargoesLabelCreateResponse:
        """Сгенерировать этикетки для грузомест.

        ``POST /v1/cargoes-label/create`` (CargoesAPI_CargoesLabelCreate)."""
        from .models import V1CargoesLabelCreateResponse

        return await self._invoke(
            _op("CargoesAPI_CargoesLabelCreate"), None, body, V1CargoesLabelCreateResponse
        )

    async def cargoes_label_get(self, body: V1CargoesLabelGetRequest) -> V1CargoesLabelGetResponse:
        """Получить идентификатор этикетки для грузомест.

        ``POST /v1/cargoes-label/get`` (CargoesAPI_CargoesLabelGet)."""
        from .models import V1CargoesLabelGetResponse

        return await self._invoke(_op("CargoesAPI_CargoesLabelGet"), None, body, V1CargoesLabelGetResponse)

    async def cargoes_label_file(self, file_guid: str) -> None:
        """Получить PDF с этикетками грузовых мест.

        ``GET /v1/cargoes-label/file/{file_guid}`` (CargoesAPI_CargoesLabelFile)."""
        await self._invoke(_op("CargoesAPI_CargoesLabelFile"), {"file_guid": file_guid}, None, _NoneType)

    async def supply_order_supply_order_cancel(
        self, body: V1SupplyOrderCancelRequest
    ) -> V1SupplyOrderCancelResponse:
        """Отменить заявку на поставку.

        ``POST /v1/supply-order/cancel`` (SupplyOrderAPI_SupplyOrderCancel)."""
        from .models import V1SupplyOrderCancelResponse

        return await self._invoke(
            _op("SupplyOrderAPI_SupplyOrderCancel"), None, body, V1SupplyOrderCancelResponse
        )

    async def supply_order_supply_order_cancel_status(
        self, body: V1SupplyOrderCancelStatusRequest
    ) -> V1SupplyOrderCancelStatusResponse:
        """Получить статус отмены заявки на поставку.

        ``POST /v1/supply-order/cancel/status`` (SupplyOrderAPI_SupplyOrderCancelStatus)."""
        from .models import V1SupplyOrderCancelStatusResponse

        return await self._invoke(
            _op("SupplyOrderAPI_SupplyOrderCancelStatus"), None, body, V1SupplyOrderCancelStatusResponse
        )

    async def supply_order_supply_order_content_update(
        self, body: V1SupplyOrderContentUpdateRequest
    ) -> V1SupplyOrderContentUpdateResponse:
        """Редактирование товарного состава.

        ``POST /v1/supply-order/content/update`` (SupplyOrderAPI_SupplyOrderContentUpdate)."""
        from .models import V1SupplyOrderContentUpdateResponse

        return await self._invoke(
            _op("SupplyOrderAPI_SupplyOrderContentUpdate"), None, body, V1SupplyOrderContentUpdateResponse
        )

    async def supply_order_supply_order_content_update_status(
        self, body: V1SupplyOrderContentUpdateStatusRequest
    ) -> V1SupplyOrderContentUpdateStatusResponse:
        """Информация о статусе редактирования товарного состава.

        ``POST /v1/supply-order/content/update/status`` (SupplyOrderAPI_SupplyOrderContentUpdateStatus)."""
        from .models import V1SupplyOrderContentUpdateStatusResponse

        return await self._invoke(
            _op("SupplyOrderAPI_SupplyOrderContentUpdateStatus"),
            None,
            body,
            V1SupplyOrderContentUpdateStatusResponse,
        )

    async def supply_order_content_update_validation(
        self, body: V1SupplyOrderContentUpdateValidationRequest
    ) -> V1SupplyOrderContentUpdateValidationResponse:
        """Проверить новый товарный состав.

        ``POST /v1/supply-order/content/update/validation`` (SupplyOrderContentUpdateValidation)."""
        from .models import V1SupplyOrderContentUpdateValidationResponse

        return await self._invoke(
            _op("SupplyOrderContentUpdateValidation"),
            None,
            body,
            V1SupplyOrderContentUpdateValidationResponse,
        )

    async def draft_supply_create(self, body: V2DraftSupplyCreateRequest) -> V2DraftSupplyCreateResponse:
        """Создать заявку на поставку по черновику.

        ``POST /v2/draft/supply/create`` (DraftSupplyCreate)."""
        from .models import V2DraftSupplyCreateResponse

        return await self._invoke(_op("DraftSupplyCreate"), None, body, V2DraftSupplyCreateResponse)

    async def draft_supply_create_status(
        self, body: V2DraftSupplyCreateStatusRequest
    ) -> V2DraftSupplyCreateStatusResponse:
        """Получить информацию о создании заявки на поставку.

        ``POST /v2/draft/supply/create/status`` (DraftSupplyCreateStatus)."""
        from .models import V2DraftSupplyCreateStatusResponse

        return await self._invoke(
            _op("DraftSupplyCreateStatus"), None, body, V2DraftSupplyCreateStatusResponse
        )

    async def warehouse_fbo_seller_list(self) -> V1WarehouseFboSellerListResponse:
        """Получить список складов продавца.

        ``POST /v1/warehouse/fbo/seller/list`` (WarehouseFboSellerList)."""
        from .models import V1WarehouseFboSellerListResponse

        return await self._invoke(_op("WarehouseFboSellerList"), None, None, V1WarehouseFboSellerListResponse)

    async def posting_ship_fbs_posting_v4(
        self, body: Fbsv4FbsPostingShipV4Request
    ) -> Fbsv4FbsPostingShipV4Response:
        """Собрать заказ (версия 4).

        ``POST /v4/posting/fbs/ship`` (PostingAPI_ShipFbsPostingV4)."""
        from .models import Fbsv4FbsPostingShipV4Response

        return await self._invoke(
            _op("PostingAPI_ShipFbsPostingV4"), None, body, Fbsv4FbsPostingShipV4Response
        )

    async def posting_ship_fbs_posting_package(
        self, body: V4FbsPostingShipPackageV4Request
    ) -> V4FbsPostingShipPackageV4Response:
        """Частичная сборка отправления (версия 4).

        ``POST /v4/posting/fbs/ship/package`` (PostingAPI_ShipFbsPostingPackage)."""
        from .models import V4FbsPostingShipPackageV4Response

        return await self._invoke(
            _op("PostingAPI_ShipFbsPostingPackage"), None, body, V4FbsPostingShipPackageV4Response
        )

    async def posting_fbs_posting_product_exemplar_set_v6(
        self, body: V6FbsPostingProductExemplarSetV6Request
    ) -> None:
        """Проверить и сохранить данные экземпляров.

        ``POST /v6/fbs/posting/product/exemplar/set`` (PostingAPI_FbsPostingProductExemplarSetV6)."""
        await self._invoke(_op("PostingAPI_FbsPostingProductExemplarSetV6"), None, body, _NoneType)

    async def posting_fbs_posting_product_exemplar_create_or_get_v6(
        self, body: V6FbsPostingProductExemplarCreateOrGetV6Request
    ) -> V6FbsPostingProductExemplarCreateOrGetV6Response:
        """Получить данные созданных экземпляров.

        ``POST /v6/fbs/posting/product/exemplar/create-or-get`` (PostingAPI_FbsPostingProductExemplarCreateOrGetV6)."""
        from .models import V6FbsPostingProductExemplarCreateOrGetV6Response

        return await self._invoke(
            _op("PostingAPI_FbsPostingProductExemplarCreateOrGetV6"),
            None,
            body,
            V6FbsPostingProductExemplarCreateOrGetV6Response,
        )

    async def posting_fbs_posting_product_exemplar_status_v5(
        self, body: V5FbsPostingProductExemplarStatusV5Request
    ) -> V5FbsPostingProductExemplarStatusV5Response:
        """Получить статус добавления экземпляров.

        ``POST /v5/fbs/posting/product/exemplar/status`` (PostingAPI_FbsPostingProductExemplarStatusV5)."""
        from .models import V5FbsPostingProductExemplarStatusV5Response

        return await self._invoke(
            _op("PostingAPI_FbsPostingProductExemplarStatusV5"),
            None,
            body,
            V5FbsPostingProductExemplarStatusV5Response,
        )

    async def posting_fbs_posting_product_exemplar_validate_v5(
        self, body: V5FbsPostingProductExemplarValidateV5Request
    ) -> V5FbsPostingProductExemplarValidateV5Response:
        """Валидация кодов маркировки.

        ``POST /v5/fbs/posting/product/exemplar/validate`` (PostingAPI_FbsPostingProductExemplarValidateV5)."""
        from .models import V5FbsPostingProductExemplarValidateV5Response

        return await self._invoke(
            _op("PostingAPI_FbsPostingProductExemplarValidateV5"),
            None,
            body,
            V5FbsPostingProductExemplarValidateV5Response,
        )

    async def posting_fbs_posting_product_exemplar_update(
        self, body: V1FbsPostingProductExemplarUpdateRequest
    ) -> None:
        """Обновить данные экземпляров.

        ``POST /v1/fbs/posting/product/exemplar/update`` (PostingAPI_FbsPostingProductExemplarUpdate)."""
        await self._invoke(_op("PostingAPI_FbsPostingProductExemplarUpdate"), None, body, _NoneType)

    async def carriage_create(self, body: V1CarriageCreateRequest | None = None) -> V1CarriageCreateResponse:
        """Создание отгрузки.

        ``POST /v1/carriage/create`` (CarriageAPI_CarriageCreate)."""
        from .models import V1CarriageCreateResponse

        return await self._invoke(_op("CarriageAPI_CarriageCreate"), None, body, V1CarriageCreateResponse)

    async def carriage_approve(self, body: V1CarriageApproveRequest) -> dict[str, _Any]:
        """Подтверждение отгрузки.

        ``POST /v1/carriage/approve`` (CarriageAPI_CarriageApprove)."""
        return await self._invoke(_op("CarriageAPI_CarriageApprove"), None, body, dict[str, _Any])

    async def carriage_set_postings(self, body: V1SetPostingsRequest) -> V1SetPostingsResponse:
        """Изменение состава отгрузки.

        ``POST /v1/carriage/set-postings`` (CarriageAPI_SetPostings)."""
        from .models import V1SetPostingsResponse

        return await self._invoke(_op("CarriageAPI_SetPostings"), None, body, V1SetPostingsResponse)

    async def carriage_cancel(self, body: V1CarriageCancelRequest) -> V1CarriageCancelResponse:
        """Удаление отгрузки.

        ``POST /v1/carriage/cancel`` (CarriageAPI_CarriageCancel)."""
        from .models import V1CarriageCancelResponse

        return await self._invoke(_op("CarriageAPI_CarriageCancel"), None, body, V1CarriageCancelResponse)

    async def carriage_delivery_list(
        self, body: V1CarriageDeliveryListRequest | None = None
    ) -> V1CarriageDeliveryListResponse:
        """Список методов доставки и отгрузок.

        ``POST /v1/carriage/delivery/list`` (CarriageAPI_CarriageDeliveryList)."""
        from .models import V1CarriageDeliveryListResponse

        return await self._invoke(
            _op("CarriageAPI_CarriageDeliveryList"), None, body, V1CarriageDeliveryListResponse
        )

    async def carriage_delivery_list_v2(
        self, body: V2CarriageDeliveryListV2Request
    ) -> V2CarriageDeliveryListV2Response:
        """Список методов доставки и отгрузок.

        ``POST /v2/carriage/delivery/list`` (CarriageAPI_CarriageDeliveryListV2)."""
        from .models import V2CarriageDeliveryListV2Response

        return await self._invoke(
            _op("CarriageAPI_CarriageDeliveryListV2"), None, body, V2CarriageDeliveryListV2Response
        )

    def iter_carriage_delivery_list_v2(
        self, body: V2CarriageDeliveryListV2Request, *, limit: int | None = None
    ) -> AsyncIterator[CarriageDeliveryListV2ResponseDeliveryMethod]:
        """Each item of ``methods`` over every page of :meth:`carriage_delivery_list_v2`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import CarriageDeliveryListV2ResponseDeliveryMethod

        return self._iterate(
            _op("CarriageAPI_CarriageDeliveryListV2"),
            None,
            body,
            CarriageDeliveryListV2ResponseDeliveryMethod,
            limit,
        )

    async def posting_fbs_act_create(
        self, body: PostingPostingFBSActCreateRequest
    ) -> PostingPostingFBSActCreateResponse:
        """Подтвердить отгрузку и создать документы.

        ``POST /v2/posting/fbs/act/create`` (PostingAPI_PostingFBSActCreate)."""
        from .models import PostingPostingFBSActCreateResponse

        return await self._invoke(
            _op("PostingAPI_PostingFBSActCreate"), None, body, PostingPostingFBSActCreateResponse
        )

    async def posting_get_carriage_available_list(
        self, body: Postingv1GetCarriageAvailableListRequest
    ) -> Postingv1GetCarriageAvailableListResponse:
        """Список доступных перевозок.

        ``POST /v1/posting/carriage-available/list`` (PostingAPI_GetCarriageAvailableList)."""
        from .models import Postingv1GetCarriageAvailableListResponse

        return await self._invoke(
            _op("PostingAPI_GetCarriageAvailableList"), None, body, Postingv1GetCarriageAvailableListResponse
        )

    async def carriage_get(self, body: CarriageCarriageGetRequest) -> CarriageCarriageGetResponse:
        """Информация о перевозке.

        ``POST /v1/carriage/get`` (CarriageGet)."""
        from .models import CarriageCarriageGetResponse

        return await self._invoke(_op("CarriageGet"), None, body, CarriageCarriageGetResponse)

    async def fbs_split(self, body: V1PostingFbsSplitRequest) -> V1PostingFbsSplitResponse:
        """Разделить заказ на отправления без сборки.

        ``POST /v1/posting/fbs/split`` (FbsSplit)."""
        from .models import V1PostingFbsSplitResponse

        return await self._invoke(_op("FbsSplit"), None, body, V1PostingFbsSplitResponse)

    async def posting_act_posting_list(
        self, body: V2PostingFBSActGetPostingsRequest
    ) -> V2PostingFBSActGetPostingsResponse:
        """Список отправлений в акте.

        ``POST /v2/posting/fbs/act/get-postings`` (PostingAPI_ActPostingList)."""
        from .models import V2PostingFBSActGetPostingsResponse

        return await self._invoke(
            _op("PostingAPI_ActPostingList"), None, body, V2PostingFBSActGetPostingsResponse
        )

    async def posting_fbs_act_get_container_labels(
        self, body: PostingPostingFBSActGetContainerLabelsRequest
    ) -> bytes:
        """Этикетки для грузового места.

        ``POST /v2/posting/fbs/act/get-container-labels`` (PostingAPI_PostingFBSActGetContainerLabels)."""
        return await self._invoke(_op("PostingAPI_PostingFBSActGetContainerLabels"), None, body, bytes)

    async def posting_fbs_get_barcode(self, body: V2PostingFBSGetBarcodeRequest) -> bytes:
        """Штрихкод для отгрузки отправления.

        ``POST /v2/posting/fbs/act/get-barcode`` (PostingAPI_PostingFBSGetBarcode)."""
        return await self._invoke(_op("PostingAPI_PostingFBSGetBarcode"), None, body, bytes)

    async def posting_fbs_get_barcode_text(
        self, body: V2PostingFBSGetBarcodeRequest
    ) -> V2PostingFBSGetBarcodeTextResponse:
        """Значение штрихкода для отгрузки отправления.

        ``POST /v2/posting/fbs/act/get-barcode/text`` (PostingAPI_PostingFBSGetBarcodeText)."""
        from .models import V2PostingFBSGetBarcodeTextResponse

        return await self._invoke(
            _op("PostingAPI_PostingFBSGetBarcodeText"), None, body, V2PostingFBSGetBarcodeTextResponse
        )

    async def posting_fbs_digital_act_check_status(
        self, body: V2PostingFBSDigitalActCheckStatusRequest
    ) -> V2PostingFBSDigitalActCheckStatusResponse:
        """Статус формирования накладной.

        ``POST /v2/posting/fbs/digital/act/check-status`` (PostingAPI_PostingFBSDigitalActCheckStatus).
        Deprecated: Метод устаревает и будет отключён 22 марта 2026 года. Переключитесь на /v2/posting/fbs/act/check-status. Use :meth:`posting_fbs_act_check_status`."""
        from .models import V2PostingFBSDigitalActCheckStatusResponse

        return await self._invoke(
            _op("PostingAPI_PostingFBSDigitalActCheckStatus"),
            None,
            body,
            V2PostingFBSDigitalActCheckStatusResponse,
        )

    async def posting_fbs_get_act(self, body: PostingPostingFBSGetActRequest) -> bytes:
        """Получить PDF c документами.

        ``POST /v2/posting/fbs/act/get-pdf`` (PostingAPI_PostingFBSGetAct)."""
        return await self._invoke(_op("PostingAPI_PostingFBSGetAct"), None, body, bytes)

    async def carriage_act_discrepancy_pdf(
        self, body: V1CarriageActDiscrepancyPDFRequest
    ) -> V1CarriageActDiscrepancyPDFResponse:
        """Получить акт о расхождениях по отгрузке FBS.

        ``POST /v1/carriage/act-discrepancy/pdf`` (CarriageActDiscrepancyPDF)."""
        from .models import V1CarriageActDiscrepancyPDFResponse

        return await self._invoke(
            _op("CarriageActDiscrepancyPDF"), None, body, V1CarriageActDiscrepancyPDFResponse
        )

    async def posting_fbs_act_list(self, body: V2PostingFBSActListRequest) -> V2PostingFBSActListResponse:
        """Список актов по отгрузкам.

        ``POST /v2/posting/fbs/act/list`` (PostingAPI_FbsActList)."""
        from .models import V2PostingFBSActListResponse

        return await self._invoke(_op("PostingAPI_FbsActList"), None, body, V2PostingFBSActListResponse)

    async def posting_fbs_get_digital_act(self, body: V2PostingFBSGetDigitalActRequest) -> bytes:
        """Получить лист отгрузки по перевозке.

        ``POST /v2/posting/fbs/digital/act/get-pdf`` (PostingAPI_PostingFBSGetDigitalAct).
        Deprecated: Метод устаревает и будет отключён 22 марта 2026 года. Переключитесь на /v2/posting/fbs/act/get-pdf. Use :meth:`posting_fbs_get_act`."""
        return await self._invoke(_op("PostingAPI_PostingFBSGetDigitalAct"), None, body, bytes)

    async def posting_fbs_act_check_status(
        self, body: PostingPostingFBSActCheckStatusRequest
    ) -> PostingPostingFBSActCheckStatusResponse:
        """Статус отгрузки и документов.

        ``POST /v2/posting/fbs/act/check-status`` (PostingAPI_PostingFBSActCheckStatus)."""
        from .models import PostingPostingFBSActCheckStatusResponse

        return await self._invoke(
            _op("PostingAPI_PostingFBSActCheckStatus"), None, body, PostingPostingFBSActCheckStatusResponse
        )

    async def posting_fbs_traceable_split(
        self, body: V1PostingFbsTraceableSplitRequest
    ) -> V1PostingFbsTraceableSplitResponse:
        """Разделить отправление с прослеживаемыми товарами.

        ``POST /v1/posting/fbs/traceable/split`` (PostingFbsTraceableSplit)."""
        from .models import V1PostingFbsTraceableSplitResponse

        return await self._invoke(
            _op("PostingFbsTraceableSplit"), None, body, V1PostingFbsTraceableSplitResponse
        )

    async def posting_fbs_product_traceable_attribute(
        self, body: V1PostingFbsProductTraceableAttributeRequest
    ) -> V1PostingFbsProductTraceableAttributeResponse:
        """Получить список незаполненных атрибутов для прослеживаемых товаров.

        ``POST /v1/posting/fbs/product/traceable/attribute`` (PostingFbsProductTraceableAttribute)."""
        from .models import V1PostingFbsProductTraceableAttributeResponse

        return await self._invoke(
            _op("PostingFbsProductTraceableAttribute"),
            None,
            body,
            V1PostingFbsProductTraceableAttributeResponse,
        )

    async def carriage_ettn_status(self, body: V1CarriageEttnStatusRequest) -> V1CarriageEttnStatusResponse:
        """Получить статус проверки электронной ТТН на прослеживаемой перевозке FBS.

        ``POST /v1/carriage/ettn/status`` (CarriageEttnStatus)."""
        from .models import V1CarriageEttnStatusResponse

        return await self._invoke(_op("CarriageEttnStatus"), None, body, V1CarriageEttnStatusResponse)

    async def assembly_carriage_posting_list(
        self, body: V1AssemblyCarriagePostingListRequest
    ) -> V1AssemblyCarriagePostingListResponse:
        """Получить список отправлений в отгрузке.

        ``POST /v1/assembly/carriage/posting/list`` (AssemblyCarriagePostingList)."""
        from .models import V1AssemblyCarriagePostingListResponse

        return await self._invoke(
            _op("AssemblyCarriagePostingList"), None, body, V1AssemblyCarriagePostingListResponse
        )

    def iter_assembly_carriage_posting_list(
        self, body: V1AssemblyCarriagePostingListRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1AssemblyCarriagePostingListResponsePosting]:
        """Each item of ``postings`` over every page of :meth:`assembly_carriage_posting_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1AssemblyCarriagePostingListResponsePosting

        return self._iterate(
            _op("AssemblyCarriagePostingList"),
            None,
            body,
            V1AssemblyCarriagePostingListResponsePosting,
            limit,
        )

    async def assembly_carriage_product_list(
        self, body: V1AssemblyCarriageProductListRequest
    ) -> V1AssemblyCarriageProductListResponse:
        """Получить список товаров в отгрузке.

        ``POST /v1/assembly/carriage/product/list`` (AssemblyCarriageProductList)."""
        from .models import V1AssemblyCarriageProductListResponse

        return await self._invoke(
            _op("AssemblyCarriageProductList"), None, body, V1AssemblyCarriageProductListResponse
        )

    def iter_assembly_carriage_product_list(
        self, body: V1AssemblyCarriageProductListRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1AssemblyCarriageProductListResponseProduct]:
        """Each item of ``products`` over every page of :meth:`assembly_carriage_product_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1AssemblyCarriageProductListResponseProduct

        return self._iterate(
            _op("AssemblyCarriageProductList"),
            None,
            body,
            V1AssemblyCarriageProductListResponseProduct,
            limit,
        )

    async def assembly_fbs_posting_list(
        self, body: V1AssemblyFbsPostingListRequest
    ) -> V1AssemblyFbsPostingListResponse:
        """Получить список отправлений.

        ``POST /v1/assembly/fbs/posting/list`` (AssemblyFbsPostingList)."""
        from .models import V1AssemblyFbsPostingListResponse

        return await self._invoke(_op("AssemblyFbsPostingList"), None, body, V1AssemblyFbsPostingListResponse)

    def iter_assembly_fbs_posting_list(
        self, body: V1AssemblyFbsPostingListRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1AssemblyFbsPostingListResponsePosting]:
        """Each item of ``postings`` over every page of :meth:`assembly_fbs_posting_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1AssemblyFbsPostingListResponsePosting

        return self._iterate(
            _op("AssemblyFbsPostingList"), None, body, V1AssemblyFbsPostingListResponsePosting, limit
        )

    async def assembly_fbs_product_list(
        self, body: V1AssemblyFbsProductListRequest
    ) -> V1AssemblyFbsProductListResponse:
        """Получить список товаров в отправлениях.

        ``POST /v1/assembly/fbs/product/list`` (AssemblyFbsProductList)."""
        from .models import V1AssemblyFbsProductListResponse

        return await self._invoke(_op("AssemblyFbsProductList"), None, body, V1AssemblyFbsProductListResponse)

    def iter_assembly_fbs_product_list(
        self, body: V1AssemblyFbsProductListRequest, *, limit: int | None = None
    ) -> AsyncIterator[AssemblyFbsProductListResponseProducts]:
        """Each item of ``products`` over every page of :meth:`assembly_fbs_product_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import AssemblyFbsProductListResponseProducts

        return self._iterate(
            _op("AssemblyFbsProductList"), None, body, AssemblyFbsProductListResponseProducts, limit
        )

    async def posting_fbs_posting_tracking_number_set(
        self, body: PostingFbsPostingTrackingNumberSetRequest
    ) -> PostingFbsPostingMoveStatusResponse:
        """Добавить трек-номера.

        ``POST /v2/fbs/posting/tracking-number/set`` (PostingAPI_FbsPostingTrackingNumberSet)."""
        from .models import PostingFbsPostingMoveStatusResponse

        return await self._invoke(
            _op("PostingAPI_FbsPostingTrackingNumberSet"), None, body, PostingFbsPostingMoveStatusResponse
        )

    async def posting_fbs_posting_delivering(
        self, body: PostingFbsPostingDeliveringRequest
    ) -> PostingFbsPostingMoveStatusResponse:
        """Изменить статус на «Доставляется».

        ``POST /v2/fbs/posting/delivering`` (PostingAPI_FbsPostingDelivering)."""
        from .models import PostingFbsPostingMoveStatusResponse

        return await self._invoke(
            _op("PostingAPI_FbsPostingDelivering"), None, body, PostingFbsPostingMoveStatusResponse
        )

    async def posting_fbs_posting_last_mile(
        self, body: PostingFbsPostingLastMileRequest
    ) -> PostingFbsPostingMoveStatusResponse:
        """Изменить статус на «Последняя миля».

        ``POST /v2/fbs/posting/last-mile`` (PostingAPI_FbsPostingLastMile)."""
        from .models import PostingFbsPostingMoveStatusResponse

        return await self._invoke(
            _op("PostingAPI_FbsPostingLastMile"), None, body, PostingFbsPostingMoveStatusResponse
        )

    async def posting_fbs_posting_delivered(
        self, body: PostingFbsPostingDeliveredRequest
    ) -> PostingFbsPostingMoveStatusResponse:
        """Изменить статус на «Доставлено».

        ``POST /v2/fbs/posting/delivered`` (PostingAPI_FbsPostingDelivered)."""
        from .models import PostingFbsPostingMoveStatusResponse

        return await self._invoke(
            _op("PostingAPI_FbsPostingDelivered"), None, body, PostingFbsPostingMoveStatusResponse
        )

    async def posting_timeslot_change_restrictions(
        self, body: V1PostingFbsTimeslotChangeRestrictionsRequest
    ) -> V1PostingFbsTimeslotChangeRestrictionsResponse:
        """Доступные даты для переноса доставки.

        ``POST /v1/posting/fbs/timeslot/change-restrictions`` (PostingAPI_PostingTimeslotChangeRestrictions)."""
        from .models import V1PostingFbsTimeslotChangeRestrictionsResponse

        return await self._invoke(
            _op("PostingAPI_PostingTimeslotChangeRestrictions"),
            None,
            body,
            V1PostingFbsTimeslotChangeRestrictionsResponse,
        )

    async def posting_set_posting_timeslot(
        self, body: V1PostingFbsTimeslotSetRequest
    ) -> V1PostingFbsTimeslotSetResponse:
        """Перенести дату доставки.

        ``POST /v1/posting/fbs/timeslot/set`` (PostingAPI_SetPostingTimeslot)."""
        from .models import V1PostingFbsTimeslotSetResponse

        return await self._invoke(
            _op("PostingAPI_SetPostingTimeslot"), None, body, V1PostingFbsTimeslotSetResponse
        )

    async def posting_set_posting_cutoff(self, body: V1SetPostingCutoffRequest) -> V1SetPostingCutoffResponse:
        """Уточнить дату отгрузки отправления.

        ``POST /v1/posting/cutoff/set`` (PostingAPI_SetPostingCutoff)."""
        from .models import V1SetPostingCutoffResponse

        return await self._invoke(_op("PostingAPI_SetPostingCutoff"), None, body, V1SetPostingCutoffResponse)

    async def posting_get_fbs_posting_unfulfilled_list(
        self, body: Postingv3GetFbsPostingUnfulfilledListRequest
    ) -> Postingv3GetFbsPostingUnfulfilledListResponse:
        """Список необработанных отправлений.

        ``POST /v3/posting/fbs/unfulfilled/list`` (PostingAPI_GetFbsPostingUnfulfilledList).
        Deprecated: С 1 июня 2026 года метод будет отключён. Переключитесь на /v4/posting/fbs/unfulfilled/list. Use :meth:`posting_fbs_unfulfilled_list`."""
        from .models import Postingv3GetFbsPostingUnfulfilledListResponse

        return await self._invoke(
            _op("PostingAPI_GetFbsPostingUnfulfilledList"),
            None,
            body,
            Postingv3GetFbsPostingUnfulfilledListResponse,
        )

    async def posting_fbs_unfulfilled_list(
        self, body: PostingV4PostingFbsUnfulfilledListRequest | None = None
    ) -> PostingV4PostingFbsUnfulfilledListResponse:
        """Получить список необработанных отправлений.

        ``POST /v4/posting/fbs/unfulfilled/list`` (PostingFbsUnfulfilledList)."""
        from .models import PostingV4PostingFbsUnfulfilledListResponse

        return await self._invoke(
            _op("PostingFbsUnfulfilledList"), None, body, PostingV4PostingFbsUnfulfilledListResponse
        )

    def iter_posting_fbs_unfulfilled_list(
        self, body: PostingV4PostingFbsUnfulfilledListRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[PostingV4PostingFbsUnfulfilledListResponsePostings]:
        """Each item of ``postings`` over every page of :meth:`posting_fbs_unfulfilled_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import PostingV4PostingFbsUnfulfilledListResponsePostings

        return self._iterate(
            _op("PostingFbsUnfulfilledList"),
            None,
            body,
            PostingV4PostingFbsUnfulfilledListResponsePostings,
            limit,
        )

    async def posting_get_fbs_posting_list_v3(
        self, body: Postingv3GetFbsPostingListRequest
    ) -> V3GetFbsPostingListResponseV3:
        """Список отправлений.

        ``POST /v3/posting/fbs/list`` (PostingAPI_GetFbsPostingListV3).
        Deprecated: С 1 июня 2026 года метод будет отключён. Переключитесь на /v4/posting/fbs/list. Use :meth:`posting_fbs_list`."""
        from .models import V3GetFbsPostingListResponseV3

        return await self._invoke(
            _op("PostingAPI_GetFbsPostingListV3"), None, body, V3GetFbsPostingListResponseV3
        )

    def iter_posting_get_fbs_posting_list_v3(
        self, body: Postingv3GetFbsPostingListRequest, *, limit: int | None = None
    ) -> AsyncIterator[V3FbsPosting]:
        """Each item of ``result.postings`` over every page of :meth:`posting_get_fbs_posting_list_v3`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V3FbsPosting

        return self._iterate(_op("PostingAPI_GetFbsPostingListV3"), None, body, V3FbsPosting, limit)

    async def posting_fbs_list(self, body: PostingV4PostingFbsListRequest) -> PostingV4PostingFbsListResponse:
        """Получить список отправлений.

        ``POST /v4/posting/fbs/list`` (PostingFbsList)."""
        from .models import PostingV4PostingFbsListResponse

        return await self._invoke(_op("PostingFbsList"), None, body, PostingV4PostingFbsListResponse)

    def iter_posting_fbs_list(
        self, body: PostingV4PostingFbsListRequest, *, limit: int | None = None
    ) -> AsyncIterator[PostingV4PostingFbsListResponsePostings]:
        """Each item of ``postings`` over every page of :meth:`posting_fbs_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import PostingV4PostingFbsListResponsePostings

        return self._iterate(
            _op("PostingFbsList"), None, body, PostingV4PostingFbsListResponsePostings, limit
        )

    async def posting_get_fbs_posting_v3(
        self, body: Postingv3GetFbsPostingRequest
    ) -> V3GetFbsPostingResponseV3:
        """Получить информацию об отправлении по идентификатору.

        ``POST /v3/posting/fbs/get`` (PostingAPI_GetFbsPostingV3)."""
        from .models import V3GetFbsPostingResponseV3

        return await self._invoke(_op("PostingAPI_GetFbsPostingV3"), None, body, V3GetFbsPostingResponseV3)

    async def posting_get_fbs_posting_by_barcode(
        self, body: PostingGetFbsPostingByBarcodeRequest
    ) -> V2FbsPostingResponse:
        """Получить информацию об отправлении по штрихкоду.

        ``POST /v2/posting/fbs/get-by-barcode`` (PostingAPI_GetFbsPostingByBarcode)."""
        from .models import V2FbsPostingResponse

        return await self._invoke(_op("PostingAPI_GetFbsPostingByBarcode"), None, body, V2FbsPostingResponse)

    async def posting_multi_box_qty_set_v3(
        self, body: Postingv3PostingMultiBoxQtySetV3Request
    ) -> Postingv3PostingMultiBoxQtySetV3Response:
        """Указать количество коробок для многокоробочных отправлений.

        ``POST /v3/posting/multiboxqty/set`` (PostingAPI_PostingMultiBoxQtySetV3)."""
        from .models import Postingv3PostingMultiBoxQtySetV3Response

        return await self._invoke(
            _op("PostingAPI_PostingMultiBoxQtySetV3"), None, body, Postingv3PostingMultiBoxQtySetV3Response
        )

    async def posting_list_country_product_fbs_posting_v2(
        self, body: V2FbsPostingProductCountryListRequest | None = None
    ) -> V2FbsPostingProductCountryListResponse:
        """Список доступных стран-изготовителей.

        ``POST /v2/posting/fbs/product/country/list`` (PostingAPI_ListCountryProductFbsPostingV2)."""
        from .models import V2FbsPostingProductCountryListResponse

        return await self._invoke(
            _op("PostingAPI_ListCountryProductFbsPostingV2"),
            None,
            body,
            V2FbsPostingProductCountryListResponse,
        )

    async def posting_set_country_product_fbs_posting_v2(
        self, body: V2FbsPostingProductCountrySetRequest
    ) -> V2FbsPostingProductCountrySetResponse:
        """Добавить информацию о стране-изготовителе товара.

        ``POST /v2/posting/fbs/product/country/set`` (PostingAPI_SetCountryProductFbsPostingV2)."""
        from .models import V2FbsPostingProductCountrySetResponse

        return await self._invoke(
            _op("PostingAPI_SetCountryProductFbsPostingV2"), None, body, V2FbsPostingProductCountrySetResponse
        )

    async def posting_get_restrictions(self, body: V1GetRestrictionsRequest) -> V1GetRestrictionsResponse:
        """Получить ограничения пункта приёма.

        ``POST /v1/posting/fbs/restrictions`` (PostingAPI_GetRestrictions)."""
        from .models import V1GetRestrictionsResponse

        return await self._invoke(_op("PostingAPI_GetRestrictions"), None, body, V1GetRestrictionsResponse)

    async def posting_fbs_package_label(self, body: PostingPostingFBSPackageLabelRequest) -> bytes:
        """Напечатать этикетку.

        ``POST /v2/posting/fbs/package-label`` (PostingAPI_PostingFBSPackageLabel)."""
        return await self._invoke(_op("PostingAPI_PostingFBSPackageLabel"), None, body, bytes)

    async def posting_create_label_batch(self, body: V1CreateLabelBatchRequest) -> V1CreateLabelBatchResponse:
        """Создать задание на выгрузку этикеток.

        ``POST /v1/posting/fbs/package-label/create`` (PostingAPI_CreateLabelBatch)."""
        from .models import V1CreateLabelBatchResponse

        return await self._invoke(_op("PostingAPI_CreateLabelBatch"), None, body, V1CreateLabelBatchResponse)

    async def posting_create_label_batch_v2(
        self, body: V1CreateLabelBatchRequest
    ) -> V2CreateLabelBatchResponse:
        """Создать задание на формирование этикеток.

        ``POST /v2/posting/fbs/package-label/create`` (PostingAPI_CreateLabelBatchV2)."""
        from .models import V2CreateLabelBatchResponse

        return await self._invoke(
            _op("PostingAPI_CreateLabelBatchV2"), None, body, V2CreateLabelBatchResponse
        )

    async def posting_get_label_batch(self, body: V1GetLabelBatchRequest) -> V1GetLabelBatchResponse:
        """Получить файл с этикетками.

        ``POST /v1/posting/fbs/package-label/get`` (PostingAPI_GetLabelBatch)."""
        from .models import V1GetLabelBatchResponse

        return await self._invoke(_op("PostingAPI_GetLabelBatch"), None, body, V1GetLabelBatchResponse)

    async def posting_get_posting_fbs_cancel_reason_v1(
        self, body: PostingCancelReasonRequest
    ) -> PostingCancelReasonResponse:
        """Причины отмены отправления.

        ``POST /v1/posting/fbs/cancel-reason`` (PostingAPI_GetPostingFbsCancelReasonV1)."""
        from .models import PostingCancelReasonResponse

        return await self._invoke(
            _op("PostingAPI_GetPostingFbsCancelReasonV1"), None, body, PostingCancelReasonResponse
        )

    async def posting_get_posting_fbs_cancel_reason_list(self) -> PostingCancelReasonListResponse:
        """Причины отмены отправлений.

        ``POST /v2/posting/fbs/cancel-reason/list`` (PostingAPI_GetPostingFbsCancelReasonList)."""
        from .models import PostingCancelReasonListResponse

        return await self._invoke(
            _op("PostingAPI_GetPostingFbsCancelReasonList"), None, None, PostingCancelReasonListResponse
        )

    async def posting_cancel_fbs_posting_product(
        self, body: PostingPostingProductCancelRequest
    ) -> PostingPostingProductCancelResponse:
        """Отменить отправку некоторых товаров в отправлении.

        ``POST /v2/posting/fbs/product/cancel`` (PostingAPI_CancelFbsPostingProduct)."""
        from .models import PostingPostingProductCancelResponse

        return await self._invoke(
            _op("PostingAPI_CancelFbsPostingProduct"), None, body, PostingPostingProductCancelResponse
        )

    async def posting_cancel_fbs_posting(
        self, body: PostingCancelFbsPostingRequest
    ) -> PostingBooleanResponse:
        """Отменить отправление.

        ``POST /v2/posting/fbs/cancel`` (PostingAPI_CancelFbsPosting)."""
        from .models import PostingBooleanResponse

        return await self._invoke(_op("PostingAPI_CancelFbsPosting"), None, body, PostingBooleanResponse)

    async def posting_move_fbs_posting_to_arbitration(
        self, body: PostingMovePostingRequest
    ) -> PostingBooleanResponse:
        """Открыть спор по отправлению.

        ``POST /v2/posting/fbs/arbitration`` (PostingAPI_MoveFbsPostingToArbitration)."""
        from .models import PostingBooleanResponse

        return await self._invoke(
            _op("PostingAPI_MoveFbsPostingToArbitration"), None, body, PostingBooleanResponse
        )

    async def posting_move_fbs_posting_to_awaiting_delivery(
        self, body: V2MovePostingToAwaitingDeliveryRequest
    ) -> PostingBooleanResponse:
        """Передать отправление к отгрузке.

        ``POST /v2/posting/fbs/awaiting-delivery`` (PostingAPI_MoveFbsPostingToAwaitingDelivery)."""
        from .models import PostingBooleanResponse

        return await self._invoke(
            _op("PostingAPI_MoveFbsPostingToAwaitingDelivery"), None, body, PostingBooleanResponse
        )

    async def posting_fbs_pickup_code_verify(
        self, body: V1PostingFBSPickupCodeVerifyRequest
    ) -> V1PostingFBSPickupCodeVerifyResponse:
        """Проверить код курьера.

        ``POST /v1/posting/fbs/pick-up-code/verify`` (PostingAPI_PostingFBSPickupCodeVerify)."""
        from .models import V1PostingFBSPickupCodeVerifyResponse

        return await self._invoke(
            _op("PostingAPI_PostingFBSPickupCodeVerify"), None, body, V1PostingFBSPickupCodeVerifyResponse
        )

    async def posting_get_etgb(self, body: V1GetEtgbRequest) -> V1GetEtgbResponse:
        """Таможенные декларации ETGB.

        ``POST /v1/posting/global/etgb`` (PostingAPI_GetEtgb)."""
        from .models import V1GetEtgbResponse

        return await self._invoke(_op("PostingAPI_GetEtgb"), None, body, V1GetEtgbResponse)

    async def posting_unpaid_legal_product_list(
        self, body: V1PostingUnpaidLegalProductListRequest
    ) -> V1PostingUnpaidLegalProductListResponse:
        """Список неоплаченных товаров, заказанных юридическими лицами.

        ``POST /v1/posting/unpaid-legal/product/list`` (PostingAPI_UnpaidLegalProductList)."""
        from .models import V1PostingUnpaidLegalProductListResponse

        return await self._invoke(
            _op("PostingAPI_UnpaidLegalProductList"), None, body, V1PostingUnpaidLegalProductListResponse
        )

    def iter_posting_unpaid_legal_product_list(
        self, body: V1PostingUnpaidLegalProductListRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1PostingUnpaidLegalProductListResponseProducts]:
        """Each item of ``products`` over every page of :meth:`posting_unpaid_legal_product_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1PostingUnpaidLegalProductListResponseProducts

        return self._iterate(
            _op("PostingAPI_UnpaidLegalProductList"),
            None,
            body,
            V1PostingUnpaidLegalProductListResponseProducts,
            limit,
        )

    async def rfbs_returns_rfbs_list_v2(self, body: V2ReturnsRfbsListRequest) -> V2ReturnsRfbsListResponse:
        """Список заявок на возврат.

        ``POST /v2/returns/rfbs/list`` (RFBSReturnsAPI_ReturnsRfbsListV2)."""
        from .models import V2ReturnsRfbsListResponse

        return await self._invoke(
            _op("RFBSReturnsAPI_ReturnsRfbsListV2"), None, body, V2ReturnsRfbsListResponse
        )

    async def rfbs_returns_rfbs_get_v2(self, body: V2ReturnsRfbsGetRequest) -> V2ReturnsRfbsGetResponse:
        """Информация о заявке на возврат.

        ``POST /v2/returns/rfbs/get`` (RFBSReturnsAPI_ReturnsRfbsGetV2)."""
        from .models import V2ReturnsRfbsGetResponse

        return await self._invoke(
            _op("RFBSReturnsAPI_ReturnsRfbsGetV2"), None, body, V2ReturnsRfbsGetResponse
        )

    async def rfbs_returns_rfbs_reject_v2(self, body: V2ReturnsRfbsRejectRequest) -> dict[str, _Any]:
        """Отклонить заявку на возврат.

        ``POST /v2/returns/rfbs/reject`` (RFBSReturnsAPI_ReturnsRfbsRejectV2)."""
        return await self._invoke(_op("RFBSReturnsAPI_ReturnsRfbsRejectV2"), None, body, dict[str, _Any])

    async def rfbs_returns_rfbs_compensate_v2(self, body: V2ReturnsRfbsCompensateRequest) -> dict[str, _Any]:
        """Вернуть часть стоимости товара.

        ``POST /v2/returns/rfbs/compensate`` (RFBSReturnsAPI_ReturnsRfbsCompensateV2)."""
        return await self._invoke(_op("RFBSReturnsAPI_ReturnsRfbsCompensateV2"), None, body, dict[str, _Any])

    async def rfbs_returns_rfbs_verify_v2(self, body: V2ReturnsRfbsVerifyRequest) -> dict[str, _Any]:
        """Одобрить заявку на возврат.

        ``POST /v2/returns/rfbs/verify`` (RFBSReturnsAPI_ReturnsRfbsVerifyV2)."""
        return await self._invoke(_op("RFBSReturnsAPI_ReturnsRfbsVerifyV2"), None, body, dict[str, _Any])

    async def rfbs_returns_rfbs_receive_return_v2(
        self, body: V2ReturnsRfbsReceiveReturnRequest
    ) -> dict[str, _Any]:
        """Подтвердить получение товара на проверку.

        ``POST /v2/returns/rfbs/receive-return`` (RFBSReturnsAPI_ReturnsRfbsReceiveReturnV2)."""
        return await self._invoke(
            _op("RFBSReturnsAPI_ReturnsRfbsReceiveReturnV2"), None, body, dict[str, _Any]
        )

    async def rfbs_returns_rfbs_return_money_v2(
        self, body: V2ReturnsRfbsReturnMoneyRequest
    ) -> dict[str, _Any]:
        """Вернуть деньги покупателю.

        ``POST /v2/returns/rfbs/return-money`` (RFBSReturnsAPI_ReturnsRfbsReturnMoneyV2)."""
        return await self._invoke(_op("RFBSReturnsAPI_ReturnsRfbsReturnMoneyV2"), None, body, dict[str, _Any])

    async def returns_rfbs_action_set(self, body: V1ReturnsRfbsActionSetRequest) -> None:
        """Передать доступные действия для rFBS возвратов.

        ``POST /v1/returns/rfbs/action/set`` (ReturnsAPI_ReturnsRfbsActionSet)."""
        await self._invoke(_op("ReturnsAPI_ReturnsRfbsActionSet"), None, body, _NoneType)

    async def cancellation_get_conditional_cancellation_list_v2(
        self, body: V2GetConditionalCancellationListV2Request
    ) -> V2GetConditionalCancellationListV2Response:
        """Получить список заявок на отмену rFBS.

        ``POST /v2/conditional-cancellation/list`` (CancellationAPI_GetConditionalCancellationListV2)."""
        from .models import V2GetConditionalCancellationListV2Response

        return await self._invoke(
            _op("CancellationAPI_GetConditionalCancellationListV2"),
            None,
            body,
            V2GetConditionalCancellationListV2Response,
        )

    def iter_cancellation_get_conditional_cancellation_list_v2(
        self, body: V2GetConditionalCancellationListV2Request, *, limit: int | None = None
    ) -> AsyncIterator[GetConditionalCancellationListV2ResponseResult]:
        """Each item of ``result`` over every page of :meth:`cancellation_get_conditional_cancellation_list_v2`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import GetConditionalCancellationListV2ResponseResult

        return self._iterate(
            _op("CancellationAPI_GetConditionalCancellationListV2"),
            None,
            body,
            GetConditionalCancellationListV2ResponseResult,
            limit,
        )

    async def cancellation_conditional_cancellation_approve_v2(
        self, body: V2ConditionalCancellationMoveV2Request
    ) -> None:
        """Подтвердить заявку на отмену rFBS.

        ``POST /v2/conditional-cancellation/approve`` (CancellationAPI_ConditionalCancellationApproveV2)."""
        await self._invoke(_op("CancellationAPI_ConditionalCancellationApproveV2"), None, body, _NoneType)

    async def cancellation_conditional_cancellation_reject_v2(
        self, body: V2ConditionalCancellationMoveV2Request
    ) -> None:
        """Отклонить заявку на отмену rFBS.

        ``POST /v2/conditional-cancellation/reject`` (CancellationAPI_ConditionalCancellationRejectV2)."""
        await self._invoke(_op("CancellationAPI_ConditionalCancellationRejectV2"), None, body, _NoneType)

    async def returns_list(self, body: V1GetReturnsListRequest) -> V1GetReturnsListResponse:
        """Информация о возвратах FBO и FBS.

        ``POST /v1/returns/list`` (returnsList)."""
        from .models import V1GetReturnsListResponse

        return await self._invoke(_op("returnsList"), None, body, V1GetReturnsListResponse)

    async def returns_company_fbs_info(
        self, body: V1ReturnsCompanyFbsInfoRequest
    ) -> V1ReturnsCompanyFbsInfoResponse:
        """Количество возвратов FBS.

        ``POST /v1/returns/company/fbs/info`` (returnsCompanyFBSInfo)."""
        from .models import V1ReturnsCompanyFbsInfoResponse

        return await self._invoke(_op("returnsCompanyFBSInfo"), None, body, V1ReturnsCompanyFbsInfoResponse)

    async def utilization_history(self) -> V1ReturnsSettingsUtilizationHistoryResponse:
        """Получить историю изменений автоутилизации.

        ``POST /v1/returns/settings/utilization/history`` (UtilizationHistory)."""
        from .models import V1ReturnsSettingsUtilizationHistoryResponse

        return await self._invoke(
            _op("UtilizationHistory"), None, None, V1ReturnsSettingsUtilizationHistoryResponse
        )

    async def utilization_info(self) -> V1ReturnsSettingsUtilizationInfoResponse:
        """Получить настройки автоутилизации.

        ``POST /v1/returns/settings/utilization/info`` (UtilizationInfo)."""
        from .models import V1ReturnsSettingsUtilizationInfoResponse

        return await self._invoke(
            _op("UtilizationInfo"), None, None, V1ReturnsSettingsUtilizationInfoResponse
        )

    async def utilization_update(self, body: V1ReturnsSettingsUtilizationUpdateRequest) -> None:
        """Обновить настройки автоутилизации.

        ``POST /v1/returns/settings/utilization/update`` (UtilizationUpdate)."""
        await self._invoke(_op("UtilizationUpdate"), None, body, _NoneType)

    async def return_giveout_is_enabled(self, body: dict[str, _Any]) -> V1GiveoutIsEnabledResponse:
        """Проверить возможность получения возвратных отгрузок по штрихкоду.

        ``POST /v1/return/giveout/is-enabled`` (ReturnAPI_GiveoutIsEnabled)."""
        from .models import V1GiveoutIsEnabledResponse

        return await self._invoke(_op("ReturnAPI_GiveoutIsEnabled"), None, body, V1GiveoutIsEnabledResponse)

    async def return_giveout_list(self, body: V1GiveoutListRequest) -> V1GiveoutListResponse:
        """Список возвратных отгрузок.

        ``POST /v1/return/giveout/list`` (ReturnAPI_GiveoutList)."""
        from .models import V1GiveoutListResponse

        return await self._invoke(_op("ReturnAPI_GiveoutList"), None, body, V1GiveoutListResponse)

    async def return_giveout_info(self, body: V1GiveoutInfoRequest) -> V1GiveoutInfoResponse:
        """Информация о возвратной отгрузке.

        ``POST /v1/return/giveout/info`` (ReturnAPI_GiveoutInfo)."""
        from .models import V1GiveoutInfoResponse

        return await self._invoke(_op("ReturnAPI_GiveoutInfo"), None, body, V1GiveoutInfoResponse)

    async def return_giveout_get_barcode(self, body: dict[str, _Any]) -> V1GiveoutGetBarcodeResponse:
        """Значение штрихкода для возвратных отгрузок.

        ``POST /v1/return/giveout/barcode`` (ReturnAPI_GiveoutGetBarcode)."""
        from .models import V1GiveoutGetBarcodeResponse

        return await self._invoke(_op("ReturnAPI_GiveoutGetBarcode"), None, body, V1GiveoutGetBarcodeResponse)

    async def return_giveout_get_pdf(self, body: dict[str, _Any]) -> bytes:
        """Штрихкод для получения возвратной отгрузки в формате PDF.

        ``POST /v1/return/giveout/get-pdf`` (ReturnAPI_GiveoutGetPDF)."""
        return await self._invoke(_op("ReturnAPI_GiveoutGetPDF"), None, body, bytes)

    async def return_giveout_get_png(self, body: dict[str, _Any]) -> bytes:
        """Штрихкод для получения возвратной отгрузки в формате PNG.

        ``POST /v1/return/giveout/get-png`` (ReturnAPI_GiveoutGetPNG)."""
        return await self._invoke(_op("ReturnAPI_GiveoutGetPNG"), None, body, bytes)

    async def return_giveout_barcode_reset(self, body: dict[str, _Any]) -> bytes:
        """Сгенерировать новый штрихкод.

        ``POST /v1/return/giveout/barcode-reset`` (ReturnAPI_GiveoutBarcodeReset)."""
        return await self._invoke(_op("ReturnAPI_GiveoutBarcodeReset"), None, body, bytes)

    async def chat_send_file(self, body: ChatChatSendFileRequest) -> ChatChatSendFileResponse:
        """Отправить файл.

        ``POST /v1/chat/send/file`` (ChatAPI_ChatSendFile)."""
        from .models import ChatChatSendFileResponse

        return await self._invoke(_op("ChatAPI_ChatSendFile"), None, body, ChatChatSendFileResponse)

    async def chat_list_v3(self, body: V3ChatList) -> V3ChatListResponse:
        """Список чатов.

        ``POST /v3/chat/list`` (ChatAPI_ChatListV3)."""
        from .models import V3ChatListResponse

        return await self._invoke(_op("ChatAPI_ChatListV3"), None, body, V3ChatListResponse)

    def iter_chat_list_v3(self, body: V3ChatList, *, limit: int | None = None) -> AsyncIterator[V3ChatInfo]:
        """Each item of ``chats`` over every page of :meth:`chat_list_v3`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V3ChatInfo

        return self._iterate(_op("ChatAPI_ChatListV3"), None, body, V3ChatInfo, limit)

    async def chat_history_v3(self, body: V3ChatHistoryRequest) -> V3ChatHistoryResponse:
        """История чата.

        ``POST /v3/chat/history`` (ChatAPI_ChatHistoryV3)."""
        from .models import V3ChatHistoryResponse

        return await self._invoke(_op("ChatAPI_ChatHistoryV3"), None, body, V3ChatHistoryResponse)

    async def invoice_create_or_update_v2(
        self, body: V2InvoiceCreateOrUpdateV2Request
    ) -> V2InvoiceCreateOrUpdateV2Response:
        """Создать или изменить счёт-фактуру.

        ``POST /v2/invoice/create-or-update`` (InvoiceAPI_InvoiceCreateOrUpdateV2)."""
        from .models import V2InvoiceCreateOrUpdateV2Response

        return await self._invoke(
            _op("InvoiceAPI_InvoiceCreateOrUpdateV2"), None, body, V2InvoiceCreateOrUpdateV2Response
        )

    async def invoice_upload(self, body: V1InvoiceFileUploadRequest) -> V1InvoiceFileUploadResponse:
        """Загрузка счёта-фактуры.

        ``POST /v1/invoice/file/upload`` (invoice_upload)."""
        from .models import V1InvoiceFileUploadResponse

        return await self._invoke(_op("invoice_upload"), None, body, V1InvoiceFileUploadResponse)

    async def invoice_get_v2(self, body: V1InvoiceGetRequest) -> V2InvoiceGetV2Response:
        """Получить информацию о счёте-фактуре.

        ``POST /v2/invoice/get`` (invoice_getV2)."""
        from .models import V2InvoiceGetV2Response

        return await self._invoke(_op("invoice_getV2"), None, body, V2InvoiceGetV2Response)

    async def invoice_delete(self, body: V1InvoiceDeleteRequest) -> V1InvoiceDeleteResponse:
        """Удалить ссылку на счёт-фактуру.

        ``POST /v1/invoice/delete`` (invoice_delete)."""
        from .models import V1InvoiceDeleteResponse

        return await self._invoke(_op("invoice_delete"), None, body, V1InvoiceDeleteResponse)

    async def report_info(self, body: ReportReportInfoRequest) -> ReportReportInfoResponse:
        """Информация об отчёте.

        ``POST /v1/report/info`` (ReportAPI_ReportInfo)."""
        from .models import ReportReportInfoResponse

        return await self._invoke(_op("ReportAPI_ReportInfo"), None, body, ReportReportInfoResponse)

    async def report_list(self, body: ReportReportListRequest) -> ReportReportListResponse:
        """Список отчётов.

        ``POST /v1/report/list`` (ReportAPI_ReportList)."""
        from .models import ReportReportListResponse

        return await self._invoke(_op("ReportAPI_ReportList"), None, body, ReportReportListResponse)

    async def report_create_company_products_report(
        self, body: ReportCreateCompanyProductsReportRequest | None = None
    ) -> ReportCreateReportResponse:
        """Отчёт по товарам.

        ``POST /v1/report/products/create`` (ReportAPI_CreateCompanyProductsReport)."""
        from .models import ReportCreateReportResponse

        return await self._invoke(
            _op("ReportAPI_CreateCompanyProductsReport"), None, body, ReportCreateReportResponse
        )

    async def report_returns_create(
        self, body: V2ReportReturnsCreateRequest
    ) -> V2ReportReturnsCreateResponse:
        """Отчёт о возвратах.

        ``POST /v2/report/returns/create`` (ReportAPI_ReportReturnsCreate)."""
        from .models import V2ReportReturnsCreateResponse

        return await self._invoke(
            _op("ReportAPI_ReportReturnsCreate"), None, body, V2ReportReturnsCreateResponse
        )

    async def report_create_company_postings_report(
        self, body: ReportCreateCompanyPostingsReportRequest
    ) -> ReportCreateReportResponse:
        """Отчёт об отправлениях.

        ``POST /v1/report/postings/create`` (ReportAPI_CreateCompanyPostingsReport)."""
        from .models import ReportCreateReportResponse

        return await self._invoke(
            _op("ReportAPI_CreateCompanyPostingsReport"), None, body, ReportCreateReportResponse
        )

    async def finance_cash_flow_statement_list(
        self, body: V3FinanceCashFlowStatementListRequest
    ) -> V3FinanceCashFlowStatementListResponse:
        """Финансовый отчёт.

        ``POST /v1/finance/cash-flow-statement/list`` (FinanceAPI_FinanceCashFlowStatementList)."""
        from .models import V3FinanceCashFlowStatementListResponse

        return await self._invoke(
            _op("FinanceAPI_FinanceCashFlowStatementList"), None, body, V3FinanceCashFlowStatementListResponse
        )

    async def report_create_discounted_report(self, body: dict[str, _Any]) -> ReportCreateDiscountedResponse:
        """Отчёт об уценённых товарах.

        ``POST /v1/report/discounted/create`` (ReportAPI_CreateDiscountedReport)."""
        from .models import ReportCreateDiscountedResponse

        return await self._invoke(
            _op("ReportAPI_CreateDiscountedReport"), None, body, ReportCreateDiscountedResponse
        )

    async def report_create_stock_by_warehouse_report(
        self, body: V1CreateStockByWarehouseReportRequest
    ) -> CommonCreateReportResponse:
        """Отчёт об остатках на FBS-складе.

        ``POST /v1/report/warehouse/stock`` (ReportAPI_CreateStockByWarehouseReport)."""
        from .models import CommonCreateReportResponse

        return await self._invoke(
            _op("ReportAPI_CreateStockByWarehouseReport"), None, body, CommonCreateReportResponse
        )

    async def create_placement_by_products_report(
        self, body: V1CreatePlacementByProductsReportRequest
    ) -> V1CreatePlacementByProductsReportResponse:
        """Получить отчёт о стоимости размещения по товарам.

        ``POST /v1/report/placement/by-products/create`` (CreatePlacementByProductsReport)."""
        from .models import V1CreatePlacementByProductsReportResponse

        return await self._invoke(
            _op("CreatePlacementByProductsReport"), None, body, V1CreatePlacementByProductsReportResponse
        )

    async def create_placement_by_supplies_report(
        self, body: V1CreatePlacementBySuppliesReportRequest
    ) -> V1CreatePlacementBySuppliesReportResponse:
        """Получить отчёт о стоимости размещения по поставкам.

        ``POST /v1/report/placement/by-supplies/create`` (CreatePlacementBySuppliesReport)."""
        from .models import V1CreatePlacementBySuppliesReportResponse

        return await self._invoke(
            _op("CreatePlacementBySuppliesReport"), None, body, V1CreatePlacementBySuppliesReportResponse
        )

    async def create_company_marked_products_sales_report(
        self, body: V1ReportMarkedProductsSalesCreateRequest | None = None
    ) -> CommonCreateReportResponse:
        """Сгенерировать отчёт по продажам товаров с маркировкой.

        ``POST /v1/report/marked-products-sales/create`` (CreateCompanyMarkedProductsSalesReport)."""
        from .models import CommonCreateReportResponse

        return await self._invoke(
            _op("CreateCompanyMarkedProductsSalesReport"), None, body, CommonCreateReportResponse
        )

    async def analytics_get_stock_on_warehouses_v2(
        self, body: AnalyticsStockOnWarehouseRequest
    ) -> AnalyticsStockOnWarehouseResponse:
        """Отчёт по остаткам и товарам.

        ``POST /v2/analytics/stock_on_warehouses`` (AnalyticsAPI_AnalyticsGetStockOnWarehousesV2)."""
        from .models import AnalyticsStockOnWarehouseResponse

        return await self._invoke(
            _op("AnalyticsAPI_AnalyticsGetStockOnWarehousesV2"), None, body, AnalyticsStockOnWarehouseResponse
        )

    async def analytics_stocks_turnover(
        self, body: V1AnalyticsTurnoverStocksRequest | None = None
    ) -> V1AnalyticsTurnoverStocksResponse:
        """Оборачиваемость товара.

        ``POST /v1/analytics/turnover/stocks`` (AnalyticsAPI_StocksTurnover)."""
        from .models import V1AnalyticsTurnoverStocksResponse

        return await self._invoke(
            _op("AnalyticsAPI_StocksTurnover"), None, body, V1AnalyticsTurnoverStocksResponse
        )

    async def analytics_stocks(self, body: V1AnalyticsStocksRequest) -> V1AnalyticsStocksResponse:
        """Получить аналитику по остаткам.

        ``POST /v1/analytics/stocks`` (AnalyticsAPI_AnalyticsStocks)."""
        from .models import V1AnalyticsStocksResponse

        return await self._invoke(_op("AnalyticsAPI_AnalyticsStocks"), None, body, V1AnalyticsStocksResponse)

    async def finance_get_realization_report_v2(
        self, body: V2GetRealizationReportRequestV2
    ) -> V2GetRealizationReportResponseV2:
        """Отчёт о реализации товаров (версия 2).

        ``POST /v2/finance/realization`` (FinanceAPI_GetRealizationReportV2)."""
        from .models import V2GetRealizationReportResponseV2

        return await self._invoke(
            _op("FinanceAPI_GetRealizationReportV2"), None, body, V2GetRealizationReportResponseV2
        )

    async def finance_get_realization_report_v1(
        self, body: V1GetRealizationReportPostingRequest
    ) -> V1GetRealizationReportPostingResponse:
        """Позаказный отчёт о реализации товаров.

        ``POST /v1/finance/realization/posting`` (FinanceAPI_GetRealizationReportV1)."""
        from .models import V1GetRealizationReportPostingResponse

        return await self._invoke(
            _op("FinanceAPI_GetRealizationReportV1"), None, body, V1GetRealizationReportPostingResponse
        )

    async def finance_transaction_list_v3(
        self, body: Financev3FinanceTransactionListV3Request
    ) -> Financev3FinanceTransactionListV3Response:
        """Список транзакций.

        ``POST /v3/finance/transaction/list`` (FinanceAPI_FinanceTransactionListV3)."""
        from .models import Financev3FinanceTransactionListV3Response

        return await self._invoke(
            _op("FinanceAPI_FinanceTransactionListV3"), None, body, Financev3FinanceTransactionListV3Response
        )

    async def finance_transaction_total_v3(
        self, body: Financev3FinanceTransactionTotalsV3Request | None = None
    ) -> Financev3FinanceTransactionTotalsV3Response:
        """Суммы транзакций.

        ``POST /v3/finance/transaction/totals`` (FinanceAPI_FinanceTransactionTotalV3)."""
        from .models import Financev3FinanceTransactionTotalsV3Response

        return await self._invoke(
            _op("FinanceAPI_FinanceTransactionTotalV3"),
            None,
            body,
            Financev3FinanceTransactionTotalsV3Response,
        )

    async def report_create_document_b2_b_sales_report(
        self, body: V1CreateDocumentB2BSalesReportRequest
    ) -> CommonCreateReportResponse:
        """Реестр продаж юридическим лицам.

        ``POST /v1/finance/document-b2b-sales`` (ReportAPI_CreateDocumentB2BSalesReport)."""
        from .models import CommonCreateReportResponse

        return await self._invoke(
            _op("ReportAPI_CreateDocumentB2BSalesReport"), None, body, CommonCreateReportResponse
        )

    async def report_create_document_b2_b_sales_json_report(
        self, body: V1CreateDocumentB2BSalesJSONReportRequest
    ) -> V1CreateDocumentB2BSalesJSONReportResponse:
        """Реестр продаж юридическим лицам в JSON-формате.

        ``POST /v1/finance/document-b2b-sales/json`` (ReportAPI_CreateDocumentB2BSalesJSONReport)."""
        from .models import V1CreateDocumentB2BSalesJSONReportResponse

        return await self._invoke(
            _op("ReportAPI_CreateDocumentB2BSalesJSONReport"),
            None,
            body,
            V1CreateDocumentB2BSalesJSONReportResponse,
        )

    async def report_create_mutual_settlement_report(
        self, body: V1CreateMutualSettlementReportRequest
    ) -> CommonCreateReportResponse:
        """Отчёт о взаиморасчётах.

        ``POST /v1/finance/mutual-settlement`` (ReportAPI_CreateMutualSettlementReport)."""
        from .models import CommonCreateReportResponse

        return await self._invoke(
            _op("ReportAPI_CreateMutualSettlementReport"), None, body, CommonCreateReportResponse
        )

    async def get_finance_products_buyout(
        self, body: V1GetFinanceProductsBuyoutRequest
    ) -> V1GetFinanceProductsBuyoutResponse:
        """Отчёт о выкупленных товарах.

        ``POST /v1/finance/products/buyout`` (GetFinanceProductsBuyout)."""
        from .models import V1GetFinanceProductsBuyoutResponse

        return await self._invoke(
            _op("GetFinanceProductsBuyout"), None, body, V1GetFinanceProductsBuyoutResponse
        )

    async def report_get_compensation_report(
        self, body: V1GetCompensationReportRequest
    ) -> CreateReportResponse:
        """Отчёт о компенсациях.

        ``POST /v1/finance/compensation`` (ReportAPI_GetCompensationReport)."""
        from .models import CreateReportResponse

        return await self._invoke(_op("ReportAPI_GetCompensationReport"), None, body, CreateReportResponse)

    async def report_get_decompensation_report(
        self, body: V1GetDecompensationReportRequest
    ) -> CreateReportResponse:
        """Отчёт о декомпенсациях.

        ``POST /v1/finance/decompensation`` (ReportAPI_GetDecompensationReport)."""
        from .models import CreateReportResponse

        return await self._invoke(_op("ReportAPI_GetDecompensationReport"), None, body, CreateReportResponse)

    async def get_receipt(self, body: V1GetReceiptRequest) -> V1GetReceiptResponse:
        """Получить чек в формате PDF.

        ``POST /v1/receipts/get`` (GetReceipt)."""
        from .models import V1GetReceiptResponse

        return await self._invoke(_op("GetReceipt"), None, body, V1GetReceiptResponse)

    async def receipts_seller_list(
        self, body: V1ReceiptsSellerListRequest | None = None
    ) -> V1ReceiptsSellerListResponse:
        """Получить список чеков продавца.

        ``POST /v1/receipts/seller/list`` (ReceiptsSellerList)."""
        from .models import V1ReceiptsSellerListResponse

        return await self._invoke(_op("ReceiptsSellerList"), None, body, V1ReceiptsSellerListResponse)

    async def upload_receipt(self, body: V1UploadReceiptRequest) -> V1UploadReceiptResponse:
        """Загрузить чек.

        ``POST /v1/receipts/upload`` (UploadReceipt).
        Sent as multipart/form-data: a file field takes bytes or a FileUpload."""
        from .models import V1UploadReceiptResponse

        return await self._invoke(_op("UploadReceipt"), None, body, V1UploadReceiptResponse)

    async def rating_summary_v1(self, body: dict[str, _Any]) -> V1RatingSummaryV1Response:
        """Получить информацию о текущих рейтингах продавца.

        ``POST /v1/rating/summary`` (RatingAPI_RatingSummaryV1)."""
        from .models import V1RatingSummaryV1Response

        return await self._invoke(_op("RatingAPI_RatingSummaryV1"), None, body, V1RatingSummaryV1Response)

    async def rating_history_v1(self, body: V1RatingHistoryV1Request) -> V1RatingHistoryV1Response:
        """Получить информацию о рейтингах продавца за период.

        ``POST /v1/rating/history`` (RatingAPI_RatingHistoryV1)."""
        from .models import V1RatingHistoryV1Response

        return await self._invoke(_op("RatingAPI_RatingHistoryV1"), None, body, V1RatingHistoryV1Response)

    async def rating_get_fbs_rating_index_info_v1(self) -> V1GetFBSRatingIndexInfoV1Response:
        """Получить индекс ошибок FBS и rFBS.

        ``POST /v1/rating/index/fbs/info`` (RatingAPI_GetFBSRatingIndexInfoV1)."""
        from .models import V1GetFBSRatingIndexInfoV1Response

        return await self._invoke(
            _op("RatingAPI_GetFBSRatingIndexInfoV1"), None, None, V1GetFBSRatingIndexInfoV1Response
        )

    async def rating_list_fbs_rating_index_postings_v1(
        self, body: V1ListFBSRatingIndexPostingsV1Request
    ) -> V1ListFBSRatingIndexPostingsV1Response:
        """Список отправлений, которые повлияли на индекс ошибок FBS и rFBS.

        ``POST /v1/rating/index/fbs/posting/list`` (RatingAPI_ListFBSRatingIndexPostingsV1)."""
        from .models import V1ListFBSRatingIndexPostingsV1Response

        return await self._invoke(
            _op("RatingAPI_ListFBSRatingIndexPostingsV1"), None, body, V1ListFBSRatingIndexPostingsV1Response
        )

    def iter_rating_list_fbs_rating_index_postings_v1(
        self, body: V1ListFBSRatingIndexPostingsV1Request, *, limit: int | None = None
    ) -> AsyncIterator[ListFBSRatingIndexPostingsV1ResponseError]:
        """Each item of ``errors`` over every page of :meth:`rating_list_fbs_rating_index_postings_v1`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import ListFBSRatingIndexPostingsV1ResponseError

        return self._iterate(
            _op("RatingAPI_ListFBSRatingIndexPostingsV1"),
            None,
            body,
            ListFBSRatingIndexPostingsV1ResponseError,
            limit,
        )

    async def call_upload_posting_codes(
        self, body: V1UploadPostingCodesRequest
    ) -> V1UploadPostingCodesResponse:
        """Загрузить коды цифровых товаров для отправления.

        ``POST /v1/posting/digital/codes/upload`` (UploadPostingCodes).
        One request, sent as given; :meth:`upload_posting_codes` is the bulk method."""
        from .models import V1UploadPostingCodesResponse

        return await self._invoke(_op("UploadPostingCodes"), None, body, V1UploadPostingCodesResponse)

    async def list_posting_codes(
        self, body: V1ListPostingCodesRequest | None = None
    ) -> V1ListPostingCodesResponse:
        """Получить список отправлений.

        ``POST /v1/posting/digital/list`` (ListPostingCodes).
        Deprecated: Метод устаревает. Переключитесь на /v2/posting/digital/list. Use :meth:`posting_digital_list`."""
        from .models import V1ListPostingCodesResponse

        return await self._invoke(_op("ListPostingCodes"), None, body, V1ListPostingCodesResponse)

    async def digital_product_stocks_import(
        self, body: V1StocksImportRequest | None = None
    ) -> V1StocksImportResponse:
        """Обновить количество цифровых товаров.

        ``POST /v1/product/digital/stocks/import`` (DigitalProductAPI_StocksImport)."""
        from .models import V1StocksImportResponse

        return await self._invoke(_op("DigitalProductAPI_StocksImport"), None, body, V1StocksImportResponse)

    async def analytics_manage_stocks(
        self, body: V1AnalyticsManageStocksRequest | None = None
    ) -> V1AnalyticsManageStocksResponse:
        """Управление остатками.

        ``POST /v1/analytics/manage/stocks`` (AnalyticsAPI_ManageStocks)."""
        from .models import V1AnalyticsManageStocksResponse

        return await self._invoke(
            _op("AnalyticsAPI_ManageStocks"), None, body, V1AnalyticsManageStocksResponse
        )

    async def get_supply_returns_summary_report(
        self, body: V1GetSupplyReturnsSummaryReportRequest
    ) -> V1GetSupplyReturnsSummaryReportResponse:
        """Отчёт по вывозу и утилизации с поставки FBO.

        ``POST /v1/removal/from-supply/list`` (GetSupplyReturnsSummaryReport)."""
        from .models import V1GetSupplyReturnsSummaryReportResponse

        return await self._invoke(
            _op("GetSupplyReturnsSummaryReport"), None, body, V1GetSupplyReturnsSummaryReportResponse
        )

    def iter_get_supply_returns_summary_report(
        self, body: V1GetSupplyReturnsSummaryReportRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1GetSupplyReturnsSummaryReportResponseRow]:
        """Each item of ``returns_summary_report_rows`` over every page of :meth:`get_supply_returns_summary_report`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1GetSupplyReturnsSummaryReportResponseRow

        return self._iterate(
            _op("GetSupplyReturnsSummaryReport"),
            None,
            body,
            V1GetSupplyReturnsSummaryReportResponseRow,
            limit,
        )

    async def get_supplier_returns_summary_report(
        self, body: V1GetSupplierReturnsSummaryReportRequest
    ) -> V1GetSupplierReturnsSummaryReportResponse:
        """Отчёт по вывозу и утилизации со стока FBO.

        ``POST /v1/removal/from-stock/list`` (GetSupplierReturnsSummaryReport)."""
        from .models import V1GetSupplierReturnsSummaryReportResponse

        return await self._invoke(
            _op("GetSupplierReturnsSummaryReport"), None, body, V1GetSupplierReturnsSummaryReportResponse
        )

    def iter_get_supplier_returns_summary_report(
        self, body: V1GetSupplierReturnsSummaryReportRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1GetSupplierReturnsSummaryReportResponseRow]:
        """Each item of ``returns_summary_report_rows`` over every page of :meth:`get_supplier_returns_summary_report`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1GetSupplierReturnsSummaryReportResponseRow

        return self._iterate(
            _op("GetSupplierReturnsSummaryReport"),
            None,
            body,
            V1GetSupplierReturnsSummaryReportResponseRow,
            limit,
        )

    async def product_set_product_stairway_discount_by_quantity(
        self, body: V1SetProductStairwayDiscountByQuantityRequest
    ) -> V1SetProductStairwayDiscountByQuantityResponse:
        """Управлять скидкой от количества.

        ``POST /v1/product/stairway-discount/by-quantity/set`` (ProductAPI_SetProductStairwayDiscountByQuantity)."""
        from .models import V1SetProductStairwayDiscountByQuantityResponse

        return await self._invoke(
            _op("ProductAPI_SetProductStairwayDiscountByQuantity"),
            None,
            body,
            V1SetProductStairwayDiscountByQuantityResponse,
        )

    async def product_get_product_stairway_discount_by_quantity(
        self, body: V1GetProductStairwayDiscountByQuantityRequest
    ) -> V1GetProductStairwayDiscountByQuantityResponse:
        """Получить информацию о скидке от количества.

        ``POST /v1/product/stairway-discount/by-quantity/get`` (ProductAPI_GetProductStairwayDiscountByQuantity)."""
        from .models import V1GetProductStairwayDiscountByQuantityResponse

        return await self._invoke(
            _op("ProductAPI_GetProductStairwayDiscountByQuantity"),
            None,
            body,
            V1GetProductStairwayDiscountByQuantityResponse,
        )

    async def get_finance_balance_v1(
        self, body: V1GetFinanceBalanceV1Request
    ) -> V1GetFinanceBalanceV1Response:
        """Получить отчёт о балансе.

        ``POST /v1/finance/balance`` (GetFinanceBalanceV1)."""
        from .models import V1GetFinanceBalanceV1Response

        return await self._invoke(_op("GetFinanceBalanceV1"), None, body, V1GetFinanceBalanceV1Response)

    async def get_discount_task_list_v2(
        self, body: V2GetDiscountTaskListV2Request | None = None
    ) -> V2GetDiscountTaskListV2Response:
        """Получить список заявок на скидку.

        ``POST /v2/actions/discounts-task/list`` (GetDiscountTaskListV2)."""
        from .models import V2GetDiscountTaskListV2Response

        return await self._invoke(_op("GetDiscountTaskListV2"), None, body, V2GetDiscountTaskListV2Response)

    async def product_visibility_set(
        self, body: ProductV1ProductVisibilitySetRequest
    ) -> ProductV1ProductVisibilitySetResponse:
        """Настроить видимость товара на витрине Ozon и Ozon Селект.

        ``POST /v1/product/visibility/set`` (ProductVisibilitySet)."""
        from .models import ProductV1ProductVisibilitySetResponse

        return await self._invoke(
            _op("ProductVisibilitySet"), None, body, ProductV1ProductVisibilitySetResponse
        )

    async def posting_digital_list(
        self, body: PostingV2PostingDigitalListRequest | None = None
    ) -> PostingV2PostingDigitalListResponse:
        """Получить список отправлений.

        ``POST /v2/posting/digital/list`` (PostingDigitalList)."""
        from .models import PostingV2PostingDigitalListResponse

        return await self._invoke(_op("PostingDigitalList"), None, body, PostingV2PostingDigitalListResponse)

    def iter_posting_digital_list(
        self, body: PostingV2PostingDigitalListRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[PostingV2PostingDigitalListResponsePostings]:
        """Each item of ``postings`` over every page of :meth:`posting_digital_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import PostingV2PostingDigitalListResponsePostings

        return self._iterate(
            _op("PostingDigitalList"), None, body, PostingV2PostingDigitalListResponsePostings, limit
        )

    async def get_finance_accrual_postings(
        self, body: FinanceV1GetFinanceAccrualPostingsRequest
    ) -> FinanceV1GetFinanceAccrualPostingsResponse:
        """Получить начисления по отправлениям.

        ``POST /v1/finance/accrual/postings`` (GetFinanceAccrualPostings)."""
        from .models import FinanceV1GetFinanceAccrualPostingsResponse

        return await self._invoke(
            _op("GetFinanceAccrualPostings"), None, body, FinanceV1GetFinanceAccrualPostingsResponse
        )

    async def get_finance_accrual_types(self) -> FinanceV1GetFinanceAccrualTypesResponse:
        """Получить справочник начислений.

        ``POST /v1/finance/accrual/types`` (GetFinanceAccrualTypes)."""
        from .models import FinanceV1GetFinanceAccrualTypesResponse

        return await self._invoke(
            _op("GetFinanceAccrualTypes"), None, None, FinanceV1GetFinanceAccrualTypesResponse
        )

    async def get_finance_accrual_by_day(
        self, body: FinanceV1GetFinanceAccrualByDayRequest
    ) -> FinanceV1GetFinanceAccrualByDayResponse:
        """Получить начисления за день.

        ``POST /v1/finance/accrual/by-day`` (GetFinanceAccrualByDay)."""
        from .models import FinanceV1GetFinanceAccrualByDayResponse

        return await self._invoke(
            _op("GetFinanceAccrualByDay"), None, body, FinanceV1GetFinanceAccrualByDayResponse
        )

    def iter_get_finance_accrual_by_day(
        self, body: FinanceV1GetFinanceAccrualByDayRequest, *, limit: int | None = None
    ) -> AsyncIterator[FinanceV1GetFinanceAccrualByDayResponseAccrual]:
        """Each item of ``accruals`` over every page of :meth:`get_finance_accrual_by_day`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import FinanceV1GetFinanceAccrualByDayResponseAccrual

        return self._iterate(
            _op("GetFinanceAccrualByDay"), None, body, FinanceV1GetFinanceAccrualByDayResponseAccrual, limit
        )

    async def product_visibility_info(
        self, body: ProductV1ProductVisibilityInfoRequest | None = None
    ) -> ProductV1ProductVisibilityInfoResponse:
        """Получить информацию о видимости товара.

        ``POST /v1/product/visibility/info`` (ProductVisibilityInfo)."""
        from .models import ProductV1ProductVisibilityInfoResponse

        return await self._invoke(
            _op("ProductVisibilityInfo"), None, body, ProductV1ProductVisibilityInfoResponse
        )

    async def warehouse_list_drop_off_points_for_create_fbs_warehouse(
        self, body: V1ListDropOffPointsForCreateFBSWarehouseRequest
    ) -> V1ListDropOffPointsForCreateFBSWarehouseResponse:
        """Получить список drop-off пунктов для создания склада.

        ``POST /v1/warehouse/fbs/create/drop-off/list`` (WarehouseAPI_ListDropOffPointsForCreateFBSWarehouse)."""
        from .models import V1ListDropOffPointsForCreateFBSWarehouseResponse

        return await self._invoke(
            _op("WarehouseAPI_ListDropOffPointsForCreateFBSWarehouse"),
            None,
            body,
            V1ListDropOffPointsForCreateFBSWarehouseResponse,
        )

    async def warehouse_list_drop_off_points_for_update_fbs_warehouse(
        self, body: V1ListDropOffPointsForUpdateFBSWarehouseRequest
    ) -> V1ListDropOffPointsForUpdateFBSWarehouseResponse:
        """Получить список drop-off пунктов для изменения информации склада.

        ``POST /v1/warehouse/fbs/update/drop-off/list`` (WarehouseAPI_ListDropOffPointsForUpdateFBSWarehouse)."""
        from .models import V1ListDropOffPointsForUpdateFBSWarehouseResponse

        return await self._invoke(
            _op("WarehouseAPI_ListDropOffPointsForUpdateFBSWarehouse"),
            None,
            body,
            V1ListDropOffPointsForUpdateFBSWarehouseResponse,
        )

    async def warehouse_fbs_create_drop_off_timeslot_list(
        self, body: V1WarehouseFbsCreateDropOffTimeslotListRequest
    ) -> V1WarehouseFbsCreateDropOffTimeslotListResponse:
        """Получить список таймслотов для создания склада с отгрузкой drop-off.

        ``POST /v1/warehouse/fbs/create/drop-off/timeslot/list`` (WarehouseFbsCreateDropOffTimeslotList)."""
        from .models import V1WarehouseFbsCreateDropOffTimeslotListResponse

        return await self._invoke(
            _op("WarehouseFbsCreateDropOffTimeslotList"),
            None,
            body,
            V1WarehouseFbsCreateDropOffTimeslotListResponse,
        )

    async def warehouse_fbs_update_drop_off_timeslot_list(
        self, body: V1WarehouseFbsUpdateDropOffTimeslotListRequest
    ) -> V1WarehouseFbsUpdateDropOffTimeslotListResponse:
        """Получить список таймслотов для обновления склада с отгрузкой drop-off.

        ``POST /v1/warehouse/fbs/update/drop-off/timeslot/list`` (WarehouseFbsUpdateDropOffTimeslotList)."""
        from .models import V1WarehouseFbsUpdateDropOffTimeslotListResponse

        return await self._invoke(
            _op("WarehouseFbsUpdateDropOffTimeslotList"),
            None,
            body,
            V1WarehouseFbsUpdateDropOffTimeslotListResponse,
        )

    async def warehouse_fbs_create_pick_up_timeslot_list(
        self, body: V1WarehouseFbsCreatePickUpTimeslotListRequest
    ) -> V1WarehouseFbsCreatePickUpTimeslotListResponse:
        """Получить список таймслотов для создания склада с отгрузкой pick-up.

        ``POST /v1/warehouse/fbs/create/pick-up/timeslot/list`` (WarehouseFbsCreatePickUpTimeslotList)."""
        from .models import V1WarehouseFbsCreatePickUpTimeslotListResponse

        return await self._invoke(
            _op("WarehouseFbsCreatePickUpTimeslotList"),
            None,
            body,
            V1WarehouseFbsCreatePickUpTimeslotListResponse,
        )

    async def warehouse_fbs_update_pick_up_timeslot_list(
        self, body: V1WarehouseFbsUpdatePickUpTimeslotListRequest
    ) -> V1WarehouseFbsUpdatePickUpTimeslotListResponse:
        """Получить список таймслотов для обновления склада с отгрузкой pick-up.

        ``POST /v1/warehouse/fbs/update/pick-up/timeslot/list`` (WarehouseFbsUpdatePickUpTimeslotList)."""
        from .models import V1WarehouseFbsUpdatePickUpTimeslotListResponse

        return await self._invoke(
            _op("WarehouseFbsUpdatePickUpTimeslotList"),
            None,
            body,
            V1WarehouseFbsUpdatePickUpTimeslotListResponse,
        )

    async def warehouse_create_warehouse_fbs(
        self, body: V1CreateWarehouseFBSRequest
    ) -> V1CreateWarehouseFBSResponse:
        """Создать склад.

        ``POST /v1/warehouse/fbs/create`` (WarehouseAPI_CreateWarehouseFBS)."""
        from .models import V1CreateWarehouseFBSResponse

        return await self._invoke(
            _op("WarehouseAPI_CreateWarehouseFBS"), None, body, V1CreateWarehouseFBSResponse
        )

    async def update_warehouse_fbs(self, body: V1UpdateWarehouseFBSRequest) -> V1UpdateWarehouseFBSResponse:
        """Обновить склад.

        ``POST /v1/warehouse/fbs/update`` (UpdateWarehouseFBS)."""
        from .models import V1UpdateWarehouseFBSResponse

        return await self._invoke(_op("UpdateWarehouseFBS"), None, body, V1UpdateWarehouseFBSResponse)

    async def update_warehouse_fbs_first_mile(
        self, body: V1UpdateWarehouseFBSFirstMileRequest
    ) -> V1UpdateWarehouseFBSFirstMileResponse:
        """Обновить первую милю.

        ``POST /v1/warehouse/fbs/first-mile/update`` (UpdateWarehouseFBSFirstMile)."""
        from .models import V1UpdateWarehouseFBSFirstMileResponse

        return await self._invoke(
            _op("UpdateWarehouseFBSFirstMile"), None, body, V1UpdateWarehouseFBSFirstMileResponse
        )

    async def warehouse_fbs_create_return_point_list(
        self, body: V1WarehouseFBSCreateReturnPointListRequest
    ) -> V1WarehouseFBSCreateReturnPointListResponse:
        """Получить список пунктов возврата для создания склада.

        ``POST /v1/warehouse/fbs/create/return-point/list`` (WarehouseFBSCreateReturnPointList)."""
        from .models import V1WarehouseFBSCreateReturnPointListResponse

        return await self._invoke(
            _op("WarehouseFBSCreateReturnPointList"), None, body, V1WarehouseFBSCreateReturnPointListResponse
        )

    def iter_warehouse_fbs_create_return_point_list(
        self, body: V1WarehouseFBSCreateReturnPointListRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1WarehouseFBSCreateReturnPointListResponseReturnPoint]:
        """Each item of ``points`` over every page of :meth:`warehouse_fbs_create_return_point_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1WarehouseFBSCreateReturnPointListResponseReturnPoint

        return self._iterate(
            _op("WarehouseFBSCreateReturnPointList"),
            None,
            body,
            V1WarehouseFBSCreateReturnPointListResponseReturnPoint,
            limit,
        )

    async def warehouse_fbs_update_return_point_list(
        self, body: V1WarehouseFBSUpdateReturnPointListRequest
    ) -> V1WarehouseFBSUpdateReturnPointListResponse:
        """Получить список пунктов возврата для обновления склада.

        ``POST /v1/warehouse/fbs/update/return-point/list`` (WarehouseFBSUpdateReturnPointList)."""
        from .models import V1WarehouseFBSUpdateReturnPointListResponse

        return await self._invoke(
            _op("WarehouseFBSUpdateReturnPointList"), None, body, V1WarehouseFBSUpdateReturnPointListResponse
        )

    def iter_warehouse_fbs_update_return_point_list(
        self, body: V1WarehouseFBSUpdateReturnPointListRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1WarehouseFBSUpdateReturnPointListResponseReturnPoint]:
        """Each item of ``points`` over every page of :meth:`warehouse_fbs_update_return_point_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1WarehouseFBSUpdateReturnPointListResponseReturnPoint

        return self._iterate(
            _op("WarehouseFBSUpdateReturnPointList"),
            None,
            body,
            V1WarehouseFBSUpdateReturnPointListResponseReturnPoint,
            limit,
        )

    async def warehouse_fbs_return_mile_info(
        self, body: V1WarehouseFBSReturnMileInfoRequest
    ) -> V1WarehouseFBSReturnMileInfoResponse:
        """Получить информацию о возвратной миле.

        ``POST /v1/warehouse/fbs/return-mile/info`` (WarehouseFBSReturnMileInfo)."""
        from .models import V1WarehouseFBSReturnMileInfoResponse

        return await self._invoke(
            _op("WarehouseFBSReturnMileInfo"), None, body, V1WarehouseFBSReturnMileInfoResponse
        )

    async def warehouse_fbs_return_mile_check(
        self, body: V1WarehouseFbsReturnMileCheckRequest
    ) -> V1WarehouseFbsReturnMileCheckResponse:
        """Проверить необходимость установки возвратной мили на склад.

        ``POST /v1/warehouse/fbs/return-mile/check`` (WarehouseFbsReturnMileCheck)."""
        from .models import V1WarehouseFbsReturnMileCheckResponse

        return await self._invoke(
            _op("WarehouseFbsReturnMileCheck"), None, body, V1WarehouseFbsReturnMileCheckResponse
        )

    async def warehouse_fbs_pick_up_courier_create(
        self, body: V1WarehouseFbsPickUpCourierCreateRequest
    ) -> None:
        """Создать вызов курьера на забор отгрузки pick-up.

        ``POST /v1/warehouse/fbs/pickup/courier/create`` (WarehouseFbsPickUpCourierCreate)."""
        await self._invoke(_op("WarehouseFbsPickUpCourierCreate"), None, body, _NoneType)

    async def warehouse_fbs_pick_up_courier_cancel(
        self, body: V1WarehouseFbsPickUpCourierCancelRequest
    ) -> None:
        """Отменить вызов курьера на забор отгрузки pick-up.

        ``POST /v1/warehouse/fbs/pickup/courier/cancel`` (WarehouseFbsPickUpCourierCancel)."""
        await self._invoke(_op("WarehouseFbsPickUpCourierCancel"), None, body, _NoneType)

    async def warehouse_fbs_pick_up_history_list(
        self, body: V1WarehouseFbsPickUpHistoryListRequest
    ) -> V1WarehouseFbsPickUpHistoryListResponse:
        """Получить историю отгрузок курьерам.

        ``POST /v1/warehouse/fbs/pickup/history/list`` (WarehouseFbsPickUpHistoryList)."""
        from .models import V1WarehouseFbsPickUpHistoryListResponse

        return await self._invoke(
            _op("WarehouseFbsPickUpHistoryList"), None, body, V1WarehouseFbsPickUpHistoryListResponse
        )

    def iter_warehouse_fbs_pick_up_history_list(
        self, body: V1WarehouseFbsPickUpHistoryListRequest, *, limit: int | None = None
    ) -> AsyncIterator[WarehouseFbsPickUpHistoryListResponseHistoryEntity]:
        """Each item of ``result.history`` over every page of :meth:`warehouse_fbs_pick_up_history_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import WarehouseFbsPickUpHistoryListResponseHistoryEntity

        return self._iterate(
            _op("WarehouseFbsPickUpHistoryList"),
            None,
            body,
            WarehouseFbsPickUpHistoryListResponseHistoryEntity,
            limit,
        )

    async def warehouse_fbs_pick_up_planning_list(self) -> V1WarehouseFbsPickUpPlanningListResponse:
        """Получить список складов для планирования отгрузок курьеру.

        ``POST /v1/warehouse/fbs/pickup/planning/list`` (WarehouseFbsPickUpPlanningList)."""
        from .models import V1WarehouseFbsPickUpPlanningListResponse

        return await self._invoke(
            _op("WarehouseFbsPickUpPlanningList"), None, None, V1WarehouseFbsPickUpPlanningListResponse
        )

    async def warehouse_erfbs_aggregator_create(
        self, body: V1WarehouseERFBSAggregatorCreateRequest
    ) -> V1WarehouseERFBSAggregatorCreateResponse:
        """Создать склад с методом доставки «Партнёры Ozon».

        ``POST /v1/warehouse/erfbs/aggregator/create`` (WarehouseERFBSAggregatorCreate)."""
        from .models import V1WarehouseERFBSAggregatorCreateResponse

        return await self._invoke(
            _op("WarehouseERFBSAggregatorCreate"), None, body, V1WarehouseERFBSAggregatorCreateResponse
        )

    async def warehouse_erfbs_update(
        self, body: V1WarehouseERFBSUpdateRequest
    ) -> V1WarehouseERFBSUpdateResponse:
        """Обновить склад.

        ``POST /v1/warehouse/erfbs/update`` (WarehouseERFBSUpdate)."""
        from .models import V1WarehouseERFBSUpdateResponse

        return await self._invoke(_op("WarehouseERFBSUpdate"), None, body, V1WarehouseERFBSUpdateResponse)

    async def warehouse_erfbs_aggregator_delivery_method_update(
        self, body: V1WarehouseERFBSAggregatorDeliveryMethodUpdateRequest
    ) -> V1WarehouseERFBSAggregatorDeliveryMethodUpdateResponse:
        """Обновить метод доставки «Партнёры Ozon».

        ``POST /v1/warehouse/erfbs/aggregator/delivery-method/update`` (WarehouseERFBSAggregatorDeliveryMethodUpdate)."""
        from .models import V1WarehouseERFBSAggregatorDeliveryMethodUpdateResponse

        return await self._invoke(
            _op("WarehouseERFBSAggregatorDeliveryMethodUpdate"),
            None,
            body,
            V1WarehouseERFBSAggregatorDeliveryMethodUpdateResponse,
        )

    async def warehouse_erfbs_non_integrated_create(
        self, body: V1WarehouseERFBSNonIntegratedCreateRequest
    ) -> V1WarehouseERFBSNonIntegratedCreateResponse:
        """Создать склад с методом доставки «Вы или сторонняя служба».

        ``POST /v1/warehouse/erfbs/non-integrated/create`` (WarehouseERFBSNonIntegratedCreate)."""
        from .models import V1WarehouseERFBSNonIntegratedCreateResponse

        return await self._invoke(
            _op("WarehouseERFBSNonIntegratedCreate"), None, body, V1WarehouseERFBSNonIntegratedCreateResponse
        )

    async def warehouse_erfbs_non_integrated_delivery_method_update(
        self, body: V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateRequest
    ) -> V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateResponse:
        """Обновить метод доставки «Вы или сторонняя служба».

        ``POST /v1/warehouse/erfbs/non-integrated/delivery-method/update`` (WarehouseERFBSNonIntegratedDeliveryMethodUpdate)."""
        from .models import V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateResponse

        return await self._invoke(
            _op("WarehouseERFBSNonIntegratedDeliveryMethodUpdate"),
            None,
            body,
            V1WarehouseERFBSNonIntegratedDeliveryMethodUpdateResponse,
        )

    async def warehouse_rfbs_pause(
        self, body: WarehouseV1WarehouseRfbsPauseRequest | None = None
    ) -> WarehouseV1WarehouseRfbsPauseResponse:
        """Поставить rFBS-склад на паузу.

        ``POST /v1/warehouse/rfbs/pause`` (WarehouseRfbsPause)."""
        from .models import WarehouseV1WarehouseRfbsPauseResponse

        return await self._invoke(
            _op("WarehouseRfbsPause"), None, body, WarehouseV1WarehouseRfbsPauseResponse
        )

    async def warehouse_rfbs_unpause(
        self, body: WarehouseV1WarehouseRfbsUnpauseRequest | None = None
    ) -> WarehouseV1WarehouseRfbsUnpauseResponse:
        """Снять rFBS-склад с паузы.

        ``POST /v1/warehouse/rfbs/unpause`` (WarehouseRfbsUnpause)."""
        from .models import WarehouseV1WarehouseRfbsUnpauseResponse

        return await self._invoke(
            _op("WarehouseRfbsUnpause"), None, body, WarehouseV1WarehouseRfbsUnpauseResponse
        )

    async def polygon_bind(self, body: V2PolygonBindRequest) -> None:
        """Связать метод доставки с полигоном.

        ``POST /v2/polygon/bind`` (PolygonBind)."""
        await self._invoke(_op("PolygonBind"), None, body, _NoneType)

    async def polygon_delete(self, body: V1PolygonDeleteRequest) -> None:
        """Удалить полигон из области доставки.

        ``POST /v1/polygon/delete`` (PolygonDelete)."""
        await self._invoke(_op("PolygonDelete"), None, body, _NoneType)

    async def polygon_list(self, body: V1PolygonListRequest) -> V1PolygonListResponse:
        """Получить список установленных полигонов на метод доставки.

        ``POST /v1/polygon/list`` (PolygonList)."""
        from .models import V1PolygonListResponse

        return await self._invoke(_op("PolygonList"), None, body, V1PolygonListResponse)

    async def polygon_time_coordinates_update(self, body: V1PolygonTimeCoordinatesUpdateRequest) -> None:
        """Обновить координаты полигона доставки.

        ``POST /v1/polygon/time/coordinates/update`` (PolygonTimeCoordinatesUpdate)."""
        await self._invoke(_op("PolygonTimeCoordinatesUpdate"), None, body, _NoneType)

    async def polygon_time_set(self, body: V1PolygonTimeSetRequest) -> None:
        """Установить новое время доставки в полигоне.

        ``POST /v1/polygon/time/set`` (PolygonTimeSet)."""
        await self._invoke(_op("PolygonTimeSet"), None, body, _NoneType)

    async def review_comment_create(self, body: V1CommentCreateRequest) -> V1CommentCreateResponse:
        """Оставить комментарий на отзыв.

        ``POST /v1/review/comment/create`` (ReviewAPI_CommentCreate)."""
        from .models import V1CommentCreateResponse

        return await self._invoke(_op("ReviewAPI_CommentCreate"), None, body, V1CommentCreateResponse)

    async def review_comment_delete(self, body: V1CommentDeleteRequest) -> dict[str, _Any]:
        """Удалить комментарий на отзыв.

        ``POST /v1/review/comment/delete`` (ReviewAPI_CommentDelete).
        Deprecated: Метод устаревает. Переключитесь на /v2/review/comment/delete. Use :meth:`review_comment_delete_v2`."""
        return await self._invoke(_op("ReviewAPI_CommentDelete"), None, body, dict[str, _Any])

    async def review_comment_delete_v2(self, body: ReviewV2ReviewCommentDeleteV2Request) -> None:
        """Удалить комментарий на отзыв.

        ``POST /v2/review/comment/delete`` (ReviewCommentDeleteV2)."""
        await self._invoke(_op("ReviewCommentDeleteV2"), None, body, _NoneType)

    async def review_comment_list(self, body: V1CommentListRequest) -> V1CommentListResponse:
        """Получить список комментариев на отзыв.

        ``POST /v1/review/comment/list`` (ReviewAPI_CommentList)."""
        from .models import V1CommentListResponse

        return await self._invoke(_op("ReviewAPI_CommentList"), None, body, V1CommentListResponse)

    async def review_change_status(self, body: V1ReviewChangeStatusRequest) -> dict[str, _Any]:
        """Изменить статус отзывов.

        ``POST /v1/review/change-status`` (ReviewAPI_ReviewChangeStatus).
        Deprecated: Метод устаревает. Переключитесь на /v2/review/change-status. Use :meth:`review_change_status_v2`."""
        return await self._invoke(_op("ReviewAPI_ReviewChangeStatus"), None, body, dict[str, _Any])

    async def review_change_status_v2(self, body: ReviewV2ReviewChangeStatusV2Request | None = None) -> None:
        """Изменить статус отзывов.

        ``POST /v2/review/change-status`` (ReviewChangeStatusV2)."""
        await self._invoke(_op("ReviewChangeStatusV2"), None, body, _NoneType)

    async def review_count(self, body: dict[str, _Any]) -> V1ReviewCountResponse:
        """Количество отзывов по статусам.

        ``POST /v1/review/count`` (ReviewAPI_ReviewCount).
        Deprecated: Метод устаревает. Переключитесь на /v2/review/count. Use :meth:`review_count_v2`."""
        from .models import V1ReviewCountResponse

        return await self._invoke(_op("ReviewAPI_ReviewCount"), None, body, V1ReviewCountResponse)

    async def review_count_v2(self) -> ReviewV2ReviewCountV2Response:
        """Получить количество отзывов по статусам.

        ``POST /v2/review/count`` (ReviewCountV2)."""
        from .models import ReviewV2ReviewCountV2Response

        return await self._invoke(_op("ReviewCountV2"), None, None, ReviewV2ReviewCountV2Response)

    async def review_info(self, body: V1ReviewInfoRequest) -> V1ReviewInfoResponse:
        """Получить информацию об отзыве.

        ``POST /v1/review/info`` (ReviewAPI_ReviewInfo).
        Deprecated: Метод устаревает. Переключитесь на /v2/review/info. Use :meth:`review_info_v2`."""
        from .models import V1ReviewInfoResponse

        return await self._invoke(_op("ReviewAPI_ReviewInfo"), None, body, V1ReviewInfoResponse)

    async def review_info_v2(self, body: ReviewV2ReviewInfoV2Request) -> ReviewV2ReviewInfoV2Response:
        """Получить информацию по отзыву.

        ``POST /v2/review/info`` (ReviewInfoV2)."""
        from .models import ReviewV2ReviewInfoV2Response

        return await self._invoke(_op("ReviewInfoV2"), None, body, ReviewV2ReviewInfoV2Response)

    async def review_list(self, body: V1ReviewListRequest) -> V1ReviewListResponse:
        """Получить список отзывов.

        ``POST /v1/review/list`` (ReviewAPI_ReviewList).
        Deprecated: Метод устаревает. Переключитесь на /v2/review/list. Use :meth:`review_list_v2`."""
        from .models import V1ReviewListResponse

        return await self._invoke(_op("ReviewAPI_ReviewList"), None, body, V1ReviewListResponse)

    def iter_review_list(
        self, body: V1ReviewListRequest, *, limit: int | None = None
    ) -> AsyncIterator[ReviewListResponseReview]:
        """Each item of ``reviews`` over every page of :meth:`review_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import ReviewListResponseReview

        return self._iterate(_op("ReviewAPI_ReviewList"), None, body, ReviewListResponseReview, limit)

    async def review_list_v2(self, body: ReviewV2ReviewListV2Request) -> ReviewV2ReviewListV2Response:
        """Получить список отзывов.

        ``POST /v2/review/list`` (ReviewListV2)."""
        from .models import ReviewV2ReviewListV2Response

        return await self._invoke(_op("ReviewListV2"), None, body, ReviewV2ReviewListV2Response)

    def iter_review_list_v2(
        self, body: ReviewV2ReviewListV2Request, *, limit: int | None = None
    ) -> AsyncIterator[ReviewV2ReviewListV2ResponseReview]:
        """Each item of ``reviews`` over every page of :meth:`review_list_v2`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import ReviewV2ReviewListV2ResponseReview

        return self._iterate(_op("ReviewListV2"), None, body, ReviewV2ReviewListV2ResponseReview, limit)

    async def quant_product_list(self, body: ProductV1QuantListRequest) -> ProductV1QuantListResponse:
        """Список эконом-товаров.

        ``POST /v1/product/quant/list`` (QuantProductList)."""
        from .models import ProductV1QuantListResponse

        return await self._invoke(_op("QuantProductList"), None, body, ProductV1QuantListResponse)

    def iter_quant_product_list(
        self, body: ProductV1QuantListRequest, *, limit: int | None = None
    ) -> AsyncIterator[ProductV1QuantListResponseProducts]:
        """Each item of ``products`` over every page of :meth:`quant_product_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import ProductV1QuantListResponseProducts

        return self._iterate(_op("QuantProductList"), None, body, ProductV1QuantListResponseProducts, limit)

    async def quant_get_info(self, body: ProductV1QuantInfoRequest) -> ProductV1QuantInfoResponse:
        """Информация об эконом-товаре.

        ``POST /v1/product/quant/info`` (QuantGetInfo)."""
        from .models import ProductV1QuantInfoResponse

        return await self._invoke(_op("QuantGetInfo"), None, body, ProductV1QuantInfoResponse)

    async def question_answer_create(
        self, body: V1QuestionAnswerCreateRequest
    ) -> V1QuestionAnswerCreateResponse:
        """Создать ответ на вопрос.

        ``POST /v1/question/answer/create`` (QuestionAnswer_Create)."""
        from .models import V1QuestionAnswerCreateResponse

        return await self._invoke(_op("QuestionAnswer_Create"), None, body, V1QuestionAnswerCreateResponse)

    async def question_answer_delete(self, body: V1QuestionAnswerDeleteRequest) -> None:
        """Удалить ответ на вопрос.

        ``POST /v1/question/answer/delete`` (QuestionAnswer_Delete)."""
        await self._invoke(_op("QuestionAnswer_Delete"), None, body, _NoneType)

    async def question_answer_list(self, body: V1QuestionAnswerListRequest) -> V1QuestionAnswerListResponse:
        """Список ответов на вопрос.

        ``POST /v1/question/answer/list`` (QuestionAnswer_List)."""
        from .models import V1QuestionAnswerListResponse

        return await self._invoke(_op("QuestionAnswer_List"), None, body, V1QuestionAnswerListResponse)

    def iter_question_answer_list(
        self, body: V1QuestionAnswerListRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1QuestionAnswerListResponseAnswers]:
        """Each item of ``answers`` over every page of :meth:`question_answer_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1QuestionAnswerListResponseAnswers

        return self._iterate(
            _op("QuestionAnswer_List"), None, body, V1QuestionAnswerListResponseAnswers, limit
        )

    async def question_change_status(self, body: V1QuestionChangeStatusRequest) -> None:
        """Изменить статус вопросов.

        ``POST /v1/question/change-status`` (Question_ChangeStatus)."""
        await self._invoke(_op("Question_ChangeStatus"), None, body, _NoneType)

    async def question_count(self) -> V1QuestionCountResponse:
        """Количество вопросов по статусам.

        ``POST /v1/question/count`` (Question_Count)."""
        from .models import V1QuestionCountResponse

        return await self._invoke(_op("Question_Count"), None, None, V1QuestionCountResponse)

    async def question_info(self, body: V1QuestionInfoRequest) -> V1QuestionInfoResponse:
        """Информация о вопросе.

        ``POST /v1/question/info`` (Question_Info)."""
        from .models import V1QuestionInfoResponse

        return await self._invoke(_op("Question_Info"), None, body, V1QuestionInfoResponse)

    async def question_list(self, body: V1QuestionListRequest | None = None) -> V1QuestionListResponse:
        """Список вопросов.

        ``POST /v1/question/list`` (Question_List)."""
        from .models import V1QuestionListResponse

        return await self._invoke(_op("Question_List"), None, body, V1QuestionListResponse)

    def iter_question_list(
        self, body: V1QuestionListRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[V1QuestionListResponseQuestions]:
        """Each item of ``questions`` over every page of :meth:`question_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1QuestionListResponseQuestions

        return self._iterate(_op("Question_List"), None, body, V1QuestionListResponseQuestions, limit)

    async def question_top_sku(self, body: V1QuestionTopSkuRequest) -> V1QuestionTopSkuResponse:
        """Товары с наибольшим количеством вопросов.

        ``POST /v1/question/top-sku`` (Question_TopSku)."""
        from .models import V1QuestionTopSkuResponse

        return await self._invoke(_op("Question_TopSku"), None, body, V1QuestionTopSkuResponse)

    async def seller_actions_create_discount(
        self, body: V1SellerActionsCreateDiscountRequest
    ) -> V1SellerActionsCreateDiscountResponse:
        """Создать акцию с механикой «Скидка».

        ``POST /v1/seller-actions/create/discount`` (SellerActionsCreateDiscount)."""
        from .models import V1SellerActionsCreateDiscountResponse

        return await self._invoke(
            _op("SellerActionsCreateDiscount"), None, body, V1SellerActionsCreateDiscountResponse
        )

    async def seller_actions_create_discount_with_condition(
        self, body: V1SellerActionsCreateDiscountWithConditionRequest
    ) -> V1SellerActionsCreateDiscountWithConditionResponse:
        """Создать акцию с механикой «Скидка от суммы заказа».

        ``POST /v1/seller-actions/create/discount-with-condition`` (SellerActionsCreateDiscountWithCondition)."""
        from .models import V1SellerActionsCreateDiscountWithConditionResponse

        return await self._invoke(
            _op("SellerActionsCreateDiscountWithCondition"),
            None,
            body,
            V1SellerActionsCreateDiscountWithConditionResponse,
        )

    async def seller_actions_create_installment(
        self, body: V1SellerActionsCreateInstallmentRequest
    ) -> V1SellerActionsCreateInstallmentResponse:
        """Создать акцию с механикой «Беспроцентная рассрочка».

        ``POST /v1/seller-actions/create/installment`` (SellerActionsCreateInstallment)."""
        from .models import V1SellerActionsCreateInstallmentResponse

        return await self._invoke(
            _op("SellerActionsCreateInstallment"), None, body, V1SellerActionsCreateInstallmentResponse
        )

    async def seller_actions_create_multi_level_discount(
        self, body: V1SellerActionsCreateMultiLevelDiscountRequest
    ) -> V1SellerActionsCreateMultiLevelDiscountResponse:
        """Создать акцию с механикой «Многоуровневая скидка от суммы».

        ``POST /v1/seller-actions/create/multi-level-discount`` (SellerActionsCreateMultiLevelDiscount)."""
        from .models import V1SellerActionsCreateMultiLevelDiscountResponse

        return await self._invoke(
            _op("SellerActionsCreateMultiLevelDiscount"),
            None,
            body,
            V1SellerActionsCreateMultiLevelDiscountResponse,
        )

    async def seller_actions_create_voucher(
        self, body: V1SellerActionsCreateVoucherRequest
    ) -> V1SellerActionsCreateVoucherResponse:
        """Создать акцию с механикой «Скидка по промокоду».

        ``POST /v1/seller-actions/create/voucher`` (SellerActionsCreateVoucher)."""
        from .models import V1SellerActionsCreateVoucherResponse

        return await self._invoke(
            _op("SellerActionsCreateVoucher"), None, body, V1SellerActionsCreateVoucherResponse
        )

    async def seller_actions_update_discount(
        self, body: V1SellerActionsUpdateDiscountRequest | None = None
    ) -> None:
        """Обновить акцию с механикой «Скидка».

        ``POST /v1/seller-actions/update/discount`` (SellerActionsUpdateDiscount)."""
        await self._invoke(_op("SellerActionsUpdateDiscount"), None, body, _NoneType)

    async def seller_actions_update_discount_with_condition(
        self, body: V1SellerActionsUpdateDiscountWithConditionRequest | None = None
    ) -> None:
        """Обновить акцию с механикой «Скидка от суммы заказа».

        ``POST /v1/seller-actions/update/discount-with-condition`` (SellerActionsUpdateDiscountWithCondition)."""
        await self._invoke(_op("SellerActionsUpdateDiscountWithCondition"), None, body, _NoneType)

    async def seller_actions_update_installment(
        self, body: V1SellerActionsUpdateInstallmentRequest | None = None
    ) -> None:
        """Обновить акцию с механикой «Беспроцентная рассрочка».

        ``POST /v1/seller-actions/update/installment`` (SellerActionsUpdateInstallment)."""
        await self._invoke(_op("SellerActionsUpdateInstallment"), None, body, _NoneType)

    async def seller_actions_update_multi_level_discount(
        self, body: V1SellerActionsUpdateMultiLevelDiscountRequest | None = None
    ) -> None:
        """Обновить акцию с механикой «Многоуровневая скидка от суммы».

        ``POST /v1/seller-actions/update/multi-level-discount`` (SellerActionsUpdateMultiLevelDiscount)."""
        await self._invoke(_op("SellerActionsUpdateMultiLevelDiscount"), None, body, _NoneType)

    async def seller_actions_update_voucher(
        self, body: V1SellerActionsUpdateVoucherRequest | None = None
    ) -> None:
        """Обновить акцию с механикой «Скидка по промокоду».

        ``POST /v1/seller-actions/update/voucher`` (SellerActionsUpdateVoucher)."""
        await self._invoke(_op("SellerActionsUpdateVoucher"), None, body, _NoneType)

    async def seller_actions_products_add(self, body: V1SellerActionsProductsAddRequest) -> None:
        """Добавить товары в акцию.

        ``POST /v1/seller-actions/products/add`` (SellerActionsProductsAdd)."""
        await self._invoke(_op("SellerActionsProductsAdd"), None, body, _NoneType)

    async def seller_actions_products_candidates(
        self, body: V1SellerActionsProductsCandidatesRequest
    ) -> V1SellerActionsProductsCandidatesResponse:
        """Получить список доступных для акции товаров.

        ``POST /v1/seller-actions/products/candidates`` (SellerActionsProductsCandidates)."""
        from .models import V1SellerActionsProductsCandidatesResponse

        return await self._invoke(
            _op("SellerActionsProductsCandidates"), None, body, V1SellerActionsProductsCandidatesResponse
        )

    def iter_seller_actions_products_candidates(
        self, body: V1SellerActionsProductsCandidatesRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1SellerActionsProductsCandidatesResponseProduct]:
        """Each item of ``products`` over every page of :meth:`seller_actions_products_candidates`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1SellerActionsProductsCandidatesResponseProduct

        return self._iterate(
            _op("SellerActionsProductsCandidates"),
            None,
            body,
            V1SellerActionsProductsCandidatesResponseProduct,
            limit,
        )

    async def seller_actions_products_delete(self, body: V1SellerActionsProductsDeleteRequest) -> None:
        """Удалить товары из акции.

        ``POST /v1/seller-actions/products/delete`` (SellerActionsProductsDelete)."""
        await self._invoke(_op("SellerActionsProductsDelete"), None, body, _NoneType)

    async def seller_actions_products_list(
        self, body: V1SellerActionsProductsListRequest
    ) -> V1SellerActionsProductsListResponse:
        """Получить список участвующих в акции товаров.

        ``POST /v1/seller-actions/products/list`` (SellerActionsProductsList)."""
        from .models import V1SellerActionsProductsListResponse

        return await self._invoke(
            _op("SellerActionsProductsList"), None, body, V1SellerActionsProductsListResponse
        )

    def iter_seller_actions_products_list(
        self, body: V1SellerActionsProductsListRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1SellerActionsProductsListResponseProduct]:
        """Each item of ``products`` over every page of :meth:`seller_actions_products_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1SellerActionsProductsListResponseProduct

        return self._iterate(
            _op("SellerActionsProductsList"), None, body, V1SellerActionsProductsListResponseProduct, limit
        )

    async def seller_actions_archive(self, body: V1SellerActionsArchiveRequest) -> None:
        """Перенести акцию в архив.

        ``POST /v1/seller-actions/archive`` (SellerActionsArchive)."""
        await self._invoke(_op("SellerActionsArchive"), None, body, _NoneType)

    async def seller_actions_change_activity(self, body: V1SellerActionsChangeActivityRequest) -> None:
        """Включить или выключить акцию.

        ``POST /v1/seller-actions/change-activity`` (SellerActionsChangeActivity)."""
        await self._invoke(_op("SellerActionsChangeActivity"), None, body, _NoneType)

    async def seller_actions_list(self, body: V1SellerActionsListRequest) -> V1SellerActionsListResponse:
        """Получить список акций.

        ``POST /v1/seller-actions/list`` (SellerActionsList)."""
        from .models import V1SellerActionsListResponse

        return await self._invoke(_op("SellerActionsList"), None, body, V1SellerActionsListResponse)

    def iter_seller_actions_list(
        self, body: V1SellerActionsListRequest, *, limit: int | None = None
    ) -> AsyncIterator[SellerActionsListResponseAction]:
        """Each item of ``actions`` over every page of :meth:`seller_actions_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import SellerActionsListResponseAction

        return self._iterate(_op("SellerActionsList"), None, body, SellerActionsListResponseAction, limit)

    async def seller_actions_voucher_get(
        self, body: V1SellerActionsVoucherGetRequest
    ) -> V1SellerActionsVoucherGetResponse:
        """Получить файл с промокодами в формате CSV.

        ``POST /v1/seller-actions/voucher/get`` (SellerActionsVoucherGet)."""
        from .models import V1SellerActionsVoucherGetResponse

        return await self._invoke(
            _op("SellerActionsVoucherGet"), None, body, V1SellerActionsVoucherGetResponse
        )

    async def actions_auto_add_products_list(
        self, body: ActionsV1ActionsAutoAddProductsListRequest
    ) -> ActionsV1ActionsAutoAddProductsListResponse:
        """Получить список товаров из автодобавления в акцию.

        ``POST /v1/actions/auto-add/products/list`` (ActionsAutoAddProductsList)."""
        from .models import ActionsV1ActionsAutoAddProductsListResponse

        return await self._invoke(
            _op("ActionsAutoAddProductsList"), None, body, ActionsV1ActionsAutoAddProductsListResponse
        )

    def iter_actions_auto_add_products_list(
        self, body: ActionsV1ActionsAutoAddProductsListRequest, *, limit: int | None = None
    ) -> AsyncIterator[ActionsV1ActionsAutoAddProductsListResponseProducts]:
        """Each item of ``products`` over every page of :meth:`actions_auto_add_products_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import ActionsV1ActionsAutoAddProductsListResponseProducts

        return self._iterate(
            _op("ActionsAutoAddProductsList"),
            None,
            body,
            ActionsV1ActionsAutoAddProductsListResponseProducts,
            limit,
        )

    async def actions_auto_add_products_candidates(
        self, body: ActionsV1ActionsAutoAddProductsCandidatesRequest
    ) -> ActionsV1ActionsAutoAddProductsCandidatesResponse:
        """Получить список доступных товаров для автодобавления в акцию.

        ``POST /v1/actions/auto-add/products/candidates`` (ActionsAutoAddProductsCandidates)."""
        from .models import ActionsV1ActionsAutoAddProductsCandidatesResponse

        return await self._invoke(
            _op("ActionsAutoAddProductsCandidates"),
            None,
            body,
            ActionsV1ActionsAutoAddProductsCandidatesResponse,
        )

    def iter_actions_auto_add_products_candidates(
        self, body: ActionsV1ActionsAutoAddProductsCandidatesRequest, *, limit: int | None = None
    ) -> AsyncIterator[ActionsV1ActionsAutoAddProductsCandidatesResponseProducts]:
        """Each item of ``products`` over every page of :meth:`actions_auto_add_products_candidates`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import ActionsV1ActionsAutoAddProductsCandidatesResponseProducts

        return self._iterate(
            _op("ActionsAutoAddProductsCandidates"),
            None,
            body,
            ActionsV1ActionsAutoAddProductsCandidatesResponseProducts,
            limit,
        )

    async def actions_auto_add_products_delete(
        self, body: ActionsV1ActionsAutoAddProductsDeleteRequest | None = None
    ) -> ActionsV1ActionsAutoAddProductsDeleteResponse:
        """Удалить товары из автодобавления в акцию.

        ``POST /v1/actions/auto-add/products/delete`` (ActionsAutoAddProductsDelete)."""
        from .models import ActionsV1ActionsAutoAddProductsDeleteResponse

        return await self._invoke(
            _op("ActionsAutoAddProductsDelete"), None, body, ActionsV1ActionsAutoAddProductsDeleteResponse
        )

    async def actions_auto_add_products_update(
        self, body: ActionsV1ActionsAutoAddProductsUpdateRequest | None = None
    ) -> ActionsV1ActionsAutoAddProductsUpdateResponse:
        """Добавить или обновить товары в автодобавлении в акцию.

        ``POST /v1/actions/auto-add/products/update`` (ActionsAutoAddProductsUpdate)."""
        from .models import ActionsV1ActionsAutoAddProductsUpdateResponse

        return await self._invoke(
            _op("ActionsAutoAddProductsUpdate"), None, body, ActionsV1ActionsAutoAddProductsUpdateResponse
        )

    async def set_notification(self, body: NotificationV1SetNotificationRequest) -> None:
        """Подключить URL-адрес для уведомлений.

        ``POST /v1/notification/set`` (SetNotification)."""
        await self._invoke(_op("SetNotification"), None, body, _NoneType)

    async def update_notification(self, body: NotificationV1UpdateNotificationRequest) -> None:
        """Изменить URL-адрес для уведомлений.

        ``POST /v1/notification/update`` (UpdateNotification)."""
        await self._invoke(_op("UpdateNotification"), None, body, _NoneType)

    async def delete_notification(self, body: NotificationV1DeleteNotificationRequest) -> None:
        """Удалить URL-адрес для уведомлений.

        ``POST /v1/notification/delete`` (DeleteNotification)."""
        await self._invoke(_op("DeleteNotification"), None, body, _NoneType)

    async def check_notification(
        self, body: NotificationV1CheckNotificationRequest
    ) -> NotificationV1CheckNotificationResponse:
        """Проверить URL-адрес для уведомлений.

        ``POST /v1/notification/check`` (CheckNotification)."""
        from .models import NotificationV1CheckNotificationResponse

        return await self._invoke(
            _op("CheckNotification"), None, body, NotificationV1CheckNotificationResponse
        )

    async def enable_notification(self, body: NotificationV1EnableNotificationRequest) -> None:
        """Включить или выключить уведомления на URL-адрес.

        ``POST /v1/notification/enable`` (EnableNotification)."""
        await self._invoke(_op("EnableNotification"), None, body, _NoneType)

    async def notification_list(self) -> NotificationV1NotificationListResponse:
        """Получить информацию по подключённым URL-адресам.

        ``POST /v1/notification/list`` (NotificationList)."""
        from .models import NotificationV1NotificationListResponse

        return await self._invoke(_op("NotificationList"), None, None, NotificationV1NotificationListResponse)

    async def get_notification_push_type_list(self) -> NotificationV1GetNotificationPushTypeListResponse:
        """Получить типы пуш-уведомлений.

        ``POST /v1/notification/push-type/list`` (GetNotificationPushTypeList)."""
        from .models import NotificationV1GetNotificationPushTypeListResponse

        return await self._invoke(
            _op("GetNotificationPushTypeList"), None, None, NotificationV1GetNotificationPushTypeListResponse
        )

    async def cargoes_get_v2(self, body: CargoesV2CargoesGetRequest) -> CargoesV2CargoesGetResponse:
        """Получить информацию о грузоместах.

        ``POST /v2/cargoes/get`` (CargoesGetV2)."""
        from .models import CargoesV2CargoesGetResponse

        return await self._invoke(_op("CargoesGetV2"), None, body, CargoesV2CargoesGetResponse)

    async def cargoes_delete_v2(self, body: CargoesV2CargoesDeleteRequest) -> CargoesV2CargoesDeleteResponse:
        """Удалить грузоместа и транспортные грузоместа в заявке на поставку.

        ``POST /v2/cargoes/delete`` (CargoesDeleteV2)."""
        from .models import CargoesV2CargoesDeleteResponse

        return await self._invoke(_op("CargoesDeleteV2"), None, body, CargoesV2CargoesDeleteResponse)

    async def cargoes_delete_status_v2(
        self, body: CargoesV2CargoesDeleteStatusRequest
    ) -> CargoesV2CargoesDeleteStatusResponse:
        """Получить информацию о статусе удаления грузомест и транспортных грузомест.

        ``POST /v2/cargoes/delete/status`` (CargoesDeleteStatusV2)."""
        from .models import CargoesV2CargoesDeleteStatusResponse

        return await self._invoke(
            _op("CargoesDeleteStatusV2"), None, body, CargoesV2CargoesDeleteStatusResponse
        )

    async def cargoes_transport_activate(
        self, body: CargoesV1CargoesTransportActivateRequest
    ) -> CargoesV1CargoesTransportActivateResponse:
        """Включить или отключить транспортные грузоместа в поставке.

        ``POST /v1/cargoes/transport/activate`` (CargoesTransportActivate)."""
        from .models import CargoesV1CargoesTransportActivateResponse

        return await self._invoke(
            _op("CargoesTransportActivate"), None, body, CargoesV1CargoesTransportActivateResponse
        )

    async def cargoes_transport_activate_status(
        self, body: CargoesV1CargoesTransportActivateStatusRequest
    ) -> CargoesV1CargoesTransportActivateStatusResponse:
        """Получить статус включения или отключения транспортных грузомест.

        ``POST /v1/cargoes/transport/activate/status`` (CargoesTransportActivateStatus)."""
        from .models import CargoesV1CargoesTransportActivateStatusResponse

        return await self._invoke(
            _op("CargoesTransportActivateStatus"), None, body, CargoesV1CargoesTransportActivateStatusResponse
        )

    async def cargoes_transport_create(
        self, body: CargoesV1CargoesTransportCreateRequest
    ) -> CargoesV1CargoesTransportCreateResponse:
        """Создать транспортное грузоместо.

        ``POST /v1/cargoes/transport/create`` (CargoesTransportCreate)."""
        from .models import CargoesV1CargoesTransportCreateResponse

        return await self._invoke(
            _op("CargoesTransportCreate"), None, body, CargoesV1CargoesTransportCreateResponse
        )

    async def cargoes_transport_create_status(
        self, body: CargoesV1CargoesTransportCreateStatusRequest | None = None
    ) -> CargoesV1CargoesTransportCreateStatusResponse:
        """Получить статус создания транспортного грузоместа.

        ``POST /v1/cargoes/transport/create/status`` (CargoesTransportCreateStatus)."""
        from .models import CargoesV1CargoesTransportCreateStatusResponse

        return await self._invoke(
            _op("CargoesTransportCreateStatus"), None, body, CargoesV1CargoesTransportCreateStatusResponse
        )

    async def cargoes_transport_bind(
        self, body: CargoesV1CargoesTransportBindRequest
    ) -> CargoesV1CargoesTransportBindResponse:
        """Связать или отвязать грузоместа и транспортные грузоместа.

        ``POST /v1/cargoes/transport/bind`` (CargoesTransportBind)."""
        from .models import CargoesV1CargoesTransportBindResponse

        return await self._invoke(
            _op("CargoesTransportBind"), None, body, CargoesV1CargoesTransportBindResponse
        )

    async def cargoes_transport_bind_status(
        self, body: CargoesV1CargoesTransportBindStatusRequest
    ) -> CargoesV1CargoesTransportBindStatusResponse:
        """Получить статус связывания или отвязывания грузомест и транспортных грузомест.

        ``POST /v1/cargoes/transport/bind/status`` (CargoesTransportBindStatus)."""
        from .models import CargoesV1CargoesTransportBindStatusResponse

        return await self._invoke(
            _op("CargoesTransportBindStatus"), None, body, CargoesV1CargoesTransportBindStatusResponse
        )

    async def cargoes_supplies_get(
        self, body: CargoesV1CargoesSuppliesGetRequest
    ) -> CargoesV1CargoesSuppliesGetResponse:
        """Получить информацию о грузоместах в поставках.

        ``POST /v1/cargoes/supplies/get`` (CargoesSuppliesGet)."""
        from .models import CargoesV1CargoesSuppliesGetResponse

        return await self._invoke(_op("CargoesSuppliesGet"), None, body, CargoesV1CargoesSuppliesGetResponse)

    async def cargoes_label_transport_by_order_create(
        self, body: CargoesV1CargoesLabelTransportByOrderCreateRequest
    ) -> CargoesV1CargoesLabelTransportByOrderCreateResponse:
        """Сгенерировать этикетки для транспортных грузомест по идентификатору поставки.

        ``POST /v1/cargoes/label/transport-by-order/create`` (CargoesLabelTransportByOrderCreate)."""
        from .models import CargoesV1CargoesLabelTransportByOrderCreateResponse

        return await self._invoke(
            _op("CargoesLabelTransportByOrderCreate"),
            None,
            body,
            CargoesV1CargoesLabelTransportByOrderCreateResponse,
        )

    async def cargoes_label_transport_by_order_status(
        self, body: CargoesV1CargoesLabelTransportByOrderStatusRequest
    ) -> CargoesV1CargoesLabelTransportByOrderStatusResponse:
        """Получить статус генерации этикеток для транспортных грузомеcт по идентификатору поставки.

        ``POST /v1/cargoes/label/transport-by-order/status`` (CargoesLabelTransportByOrderStatus)."""
        from .models import CargoesV1CargoesLabelTransportByOrderStatusResponse

        return await self._invoke(
            _op("CargoesLabelTransportByOrderStatus"),
            None,
            body,
            CargoesV1CargoesLabelTransportByOrderStatusResponse,
        )

    async def cargoes_label_transport_create(
        self, body: CargoesV1CargoesLabelTransportCreateRequest
    ) -> CargoesV1CargoesLabelTransportCreateResponse:
        """Сгенерировать этикетки транспортных грузомест по идентификатору грузоместа.

        ``POST /v1/cargoes/label/transport/create`` (CargoesLabelTransportCreate)."""
        from .models import CargoesV1CargoesLabelTransportCreateResponse

        return await self._invoke(
            _op("CargoesLabelTransportCreate"), None, body, CargoesV1CargoesLabelTransportCreateResponse
        )

    async def cargoes_label_transport_status(
        self, body: CargoesV1CargoesLabelTransportStatusRequest | None = None
    ) -> CargoesV1CargoesLabelTransportStatusResponse:
        """Получить статус генерации этикеток транспортных грузомест по идентификатору грузоместа.

        ``POST /v1/cargoes/label/transport/status`` (CargoesLabelTransportStatus)."""
        from .models import CargoesV1CargoesLabelTransportStatusResponse

        return await self._invoke(
            _op("CargoesLabelTransportStatus"), None, body, CargoesV1CargoesLabelTransportStatusResponse
        )

    async def fbp_draft_direct_seller_dlv_create(
        self, body: V1FbpDraftDirectSellerDlvCreateRequest
    ) -> V1FbpDraftDirectSellerDlvCreateResponse:
        """Создать черновик с доставкой силами продавца.

        ``POST /v1/fbp/draft/direct/seller-dlv/create`` (FbpDraftDirectSellerDlvCreate)."""
        from .models import V1FbpDraftDirectSellerDlvCreateResponse

        return await self._invoke(
            _op("FbpDraftDirectSellerDlvCreate"), None, body, V1FbpDraftDirectSellerDlvCreateResponse
        )

    async def fbp_draft_direct_seller_dlv_edit(
        self, body: V1FbpDraftDirectSellerDlvEditRequest
    ) -> V1FbpDraftDirectSellerDlvEditResponse:
        """Обновить информацию о доставке силами продавца в черновике.

        ``POST /v1/fbp/draft/direct/seller-dlv/edit`` (FbpDraftDirectSellerDlvEdit)."""
        from .models import V1FbpDraftDirectSellerDlvEditResponse

        return await self._invoke(
            _op("FbpDraftDirectSellerDlvEdit"), None, body, V1FbpDraftDirectSellerDlvEditResponse
        )

    async def fbp_draft_direct_timeslot_edit(
        self, body: V1FbpDraftDirectTimeslotEditRequest
    ) -> V1FbpDraftDirectTimeslotEditResponse:
        """Отредактировать таймслот в черновике.

        ``POST /v1/fbp/draft/direct/timeslot/edit`` (FbpDraftDirectTimeslotEdit)."""
        from .models import V1FbpDraftDirectTimeslotEditResponse

        return await self._invoke(
            _op("FbpDraftDirectTimeslotEdit"), None, body, V1FbpDraftDirectTimeslotEditResponse
        )

    async def fbp_draft_direct_get_timeslot(
        self, body: V1FbpDraftDirectGetTimeslotRequest
    ) -> V1FbpDraftDirectGetTimeslotResponse:
        """Получить список таймслотов для прямой поставки.

        ``POST /v1/fbp/draft/direct/timeslot/get`` (FbpDraftDirectGetTimeslot)."""
        from .models import V1FbpDraftDirectGetTimeslotResponse

        return await self._invoke(
            _op("FbpDraftDirectGetTimeslot"), None, body, V1FbpDraftDirectGetTimeslotResponse
        )

    async def fbp_draft_direct_create(
        self, body: V1FbpDraftDirectCreateRequest
    ) -> V1FbpDraftDirectCreateResponse:
        """Создать черновик заявки на поставку без указания способа доставки.

        ``POST /v1/fbp/draft/direct/create`` (FbpDraftDirectCreate)."""
        from .models import V1FbpDraftDirectCreateResponse

        return await self._invoke(_op("FbpDraftDirectCreate"), None, body, V1FbpDraftDirectCreateResponse)

    async def fbp_draft_direct_delete(
        self, body: V1FbpDraftDirectDeleteRequest
    ) -> V1FbpDraftDirectDeleteResponse:
        """Удалить черновик заявки на поставку.

        ``POST /v1/fbp/draft/direct/delete`` (FbpDraftDirectDelete)."""
        from .models import V1FbpDraftDirectDeleteResponse

        return await self._invoke(_op("FbpDraftDirectDelete"), None, body, V1FbpDraftDirectDeleteResponse)

    async def fbp_draft_direct_product_validate(
        self, body: V1FbpDraftDirectProductValidateRequest
    ) -> V1FbpDraftDirectProductValidateResponse:
        """Проверить список товаров для склада партнёра.

        ``POST /v1/fbp/draft/direct/product/validate`` (FbpDraftDirectProductValidate)."""
        from .models import V1FbpDraftDirectProductValidateResponse

        return await self._invoke(
            _op("FbpDraftDirectProductValidate"), None, body, V1FbpDraftDirectProductValidateResponse
        )

    async def fbp_draft_direct_registrate(
        self, body: V1FbpDraftDirectRegistrateRequest
    ) -> V1FbpDraftDirectRegistrateResponse:
        """Перевести черновик в действующую поставку.

        ``POST /v1/fbp/draft/direct/registrate`` (FbpDraftDirectRegistrate)."""
        from .models import V1FbpDraftDirectRegistrateResponse

        return await self._invoke(
            _op("FbpDraftDirectRegistrate"), None, body, V1FbpDraftDirectRegistrateResponse
        )

    async def fbp_draft_drop_off_create(
        self, body: V1FbpDraftDropOffCreateRequest
    ) -> V1FbpDraftDropOffCreateResponse:
        """Создать черновик для доставки в drop-off пункт.

        ``POST /v1/fbp/draft/drop-off/create`` (FbpDraftDropOffCreate)."""
        from .models import V1FbpDraftDropOffCreateResponse

        return await self._invoke(_op("FbpDraftDropOffCreate"), None, body, V1FbpDraftDropOffCreateResponse)

    async def fbp_draft_drop_off_delete(
        self, body: V1FbpDraftDropOffDeleteRequest
    ) -> V1FbpDraftDropOffDeleteResponse:
        """Удалить черновик для доставки в drop-off пункт.

        ``POST /v1/fbp/draft/drop-off/delete`` (FbpDraftDropOffDelete)."""
        from .models import V1FbpDraftDropOffDeleteResponse

        return await self._invoke(_op("FbpDraftDropOffDelete"), None, body, V1FbpDraftDropOffDeleteResponse)

    async def fbp_draft_drop_off_dlv_edit(
        self, body: V1FbpDraftDropOffDlvEditRequest
    ) -> V1FbpDraftDropOffDlvEditResponse:
        """Отредактировать детали доставки для drop-off черновика.

        ``POST /v1/fbp/draft/drop-off/dlv/edit`` (FbpDraftDropOffDlvEdit)."""
        from .models import V1FbpDraftDropOffDlvEditResponse

        return await self._invoke(_op("FbpDraftDropOffDlvEdit"), None, body, V1FbpDraftDropOffDlvEditResponse)

    async def fbp_draft_drop_off_registrate(
        self, body: V1FbpDraftDropOffRegistrateRequest
    ) -> V1FbpDraftDropOffRegistrateResponse:
        """Перевести черновик в действующую поставку.

        ``POST /v1/fbp/draft/drop-off/registrate`` (FbpDraftDropOffRegistrate)."""
        from .models import V1FbpDraftDropOffRegistrateResponse

        return await self._invoke(
            _op("FbpDraftDropOffRegistrate"), None, body, V1FbpDraftDropOffRegistrateResponse
        )

    async def fbp_draft_drop_off_province_list(
        self, body: V1FbpDraftDropOffProvinceListRequest
    ) -> V1FbpDraftDropOffProvinceListResponse:
        """Получить список провинций.

        ``POST /v1/fbp/draft/drop-off/province/list`` (FbpDraftDropOffProvinceList)."""
        from .models import V1FbpDraftDropOffProvinceListResponse

        return await self._invoke(
            _op("FbpDraftDropOffProvinceList"), None, body, V1FbpDraftDropOffProvinceListResponse
        )

    async def fbp_draft_drop_off_point_list(
        self, body: V1FbpDraftDropOffPointListRequest
    ) -> V1FbpDraftDropOffPointListResponse:
        """Получить список drop-off пунктов в провинции.

        ``POST /v1/fbp/draft/drop-off/point/list`` (FbpDraftDropOffPointList)."""
        from .models import V1FbpDraftDropOffPointListResponse

        return await self._invoke(
            _op("FbpDraftDropOffPointList"), None, body, V1FbpDraftDropOffPointListResponse
        )

    async def fbp_draft_drop_off_point_timetable(
        self, body: V1FbpDraftDropOffPointTimetableRequest
    ) -> V1FbpDraftDropOffPointTimetableResponse:
        """Получить расписание работы drop-off пункта.

        ``POST /v1/fbp/draft/drop-off/point/timetable`` (FbpDraftDropOffPointTimetable)."""
        from .models import V1FbpDraftDropOffPointTimetableResponse

        return await self._invoke(
            _op("FbpDraftDropOffPointTimetable"), None, body, V1FbpDraftDropOffPointTimetableResponse
        )

    async def fbp_draft_drop_off_product_validate(
        self, body: V1FbpDraftDropOffProductValidateRequest
    ) -> V1FbpDraftDropOffProductValidateResponse:
        """Проверить список товаров, которые склад партнёра может принять.

        ``POST /v1/fbp/draft/drop-off/product/validate`` (FbpDraftDropOffProductValidate)."""
        from .models import V1FbpDraftDropOffProductValidateResponse

        return await self._invoke(
            _op("FbpDraftDropOffProductValidate"), None, body, V1FbpDraftDropOffProductValidateResponse
        )

    async def fbp_order_direct_cancel(
        self, body: V1FbpOrderDirectCancelRequest
    ) -> V1FbpOrderDirectCancelResponse:
        """Отменить поставку.

        ``POST /v1/fbp/order/direct/cancel`` (FbpAPI_FbpOrderDirectCancel)."""
        from .models import V1FbpOrderDirectCancelResponse

        return await self._invoke(
            _op("FbpAPI_FbpOrderDirectCancel"), None, body, V1FbpOrderDirectCancelResponse
        )

    async def fbp_order_direct_seller_dlv_edit(
        self, body: V1FbpOrderDirectSellerDlvEditRequest
    ) -> V1FbpOrderDirectSellerDlvEditResponse:
        """Обновить информацию о доставке силами продавца.

        ``POST /v1/fbp/order/direct/seller-dlv/edit`` (FbpAPI_FbpOrderDirectSellerDlvEdit)."""
        from .models import V1FbpOrderDirectSellerDlvEditResponse

        return await self._invoke(
            _op("FbpAPI_FbpOrderDirectSellerDlvEdit"), None, body, V1FbpOrderDirectSellerDlvEditResponse
        )

    async def fbp_edit_timeslot(self, body: V1FbpEditTimeslotRequest) -> V1FbpEditTimeslotResponse:
        """Отредактировать таймслот в заявке на поставку.

        ``POST /v1/fbp/order/direct/timeslot/edit`` (FbpAPI_FbpEditTimeslot)."""
        from .models import V1FbpEditTimeslotResponse

        return await self._invoke(_op("FbpAPI_FbpEditTimeslot"), None, body, V1FbpEditTimeslotResponse)

    async def fbp_available_timeslot_list(
        self, body: V1FbpAvailableTimeslotListRequest
    ) -> V1FbpAvailableTimeslotListResponse:
        """Получить список таймслотов для поставки.

        ``POST /v1/fbp/order/direct/timeslot/list`` (FbpAPI_FbpAvailableTimeslotList)."""
        from .models import V1FbpAvailableTimeslotListResponse

        return await self._invoke(
            _op("FbpAPI_FbpAvailableTimeslotList"), None, body, V1FbpAvailableTimeslotListResponse
        )

    async def fbp_create_act(self, body: V1FbpCreateActRequest) -> V1FbpCreateActResponse:
        """Сгенерировать акт приёмки.

        ``POST /v1/fbp/act-from/create`` (FbpAPI_FbpCreateAct)."""
        from .models import V1FbpCreateActResponse

        return await self._invoke(_op("FbpAPI_FbpCreateAct"), None, body, V1FbpCreateActResponse)

    async def fbp_check_act_state(self, body: V1FbpCheckActStateRequest) -> V1FbpCheckActStateResponse:
        """Получить статус генерации акта приёмки.

        ``POST /v1/fbp/act-from/get`` (FbpAPI_FbpCheckActState)."""
        from .models import V1FbpCheckActStateResponse

        return await self._invoke(_op("FbpAPI_FbpCheckActState"), None, body, V1FbpCheckActStateResponse)

    async def fbp_create_consignment_note(
        self, body: V1FbpCreateConsignmentNoteRequest
    ) -> V1FbpCreateConsignmentNoteResponse:
        """Сгенерировать транспортную накладную.

        ``POST /v1/fbp/act-to/create`` (FbpAPI_FbpCreateConsignmentNote)."""
        from .models import V1FbpCreateConsignmentNoteResponse

        return await self._invoke(
            _op("FbpAPI_FbpCreateConsignmentNote"), None, body, V1FbpCreateConsignmentNoteResponse
        )

    async def fbp_check_consignment_note_state(
        self, body: V1FbpCheckConsignmentNoteStateRequest
    ) -> V1FbpCheckConsignmentNoteStateResponse:
        """Получить статус генерации транспортной накладной.

        ``POST /v1/fbp/act-to/get`` (FbpAPI_FbpCheckConsignmentNoteState)."""
        from .models import V1FbpCheckConsignmentNoteStateResponse

        return await self._invoke(
            _op("FbpAPI_FbpCheckConsignmentNoteState"), None, body, V1FbpCheckConsignmentNoteStateResponse
        )

    async def fbp_archive_get(self, body: V1FbpArchiveGetRequest) -> V1FbpArchiveGetResponse:
        """Получить информацию о завершённой поставке.

        ``POST /v1/fbp/archive/get`` (FbpAPI_FbpArchiveGet)."""
        from .models import V1FbpArchiveGetResponse

        return await self._invoke(_op("FbpAPI_FbpArchiveGet"), None, body, V1FbpArchiveGetResponse)

    async def fbp_archive_list(self, body: V1FbpArchiveListRequest) -> V1FbpArchiveListResponse:
        """Получить список завершённых поставок.

        ``POST /v1/fbp/archive/list`` (FbpAPI_FbpArchiveList)."""
        from .models import V1FbpArchiveListResponse

        return await self._invoke(_op("FbpAPI_FbpArchiveList"), None, body, V1FbpArchiveListResponse)

    def iter_fbp_archive_list(
        self, body: V1FbpArchiveListRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1FbpArchiveListResponseItem]:
        """Each item of ``items`` over every page of :meth:`fbp_archive_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1FbpArchiveListResponseItem

        return self._iterate(_op("FbpAPI_FbpArchiveList"), None, body, V1FbpArchiveListResponseItem, limit)

    async def fbp_create_label(self, body: V1FbpCreateLabelRequest) -> V1FbpCreateLabelResponse:
        """Cоздать задание на генерацию этикеток.

        ``POST /v1/fbp/label/create`` (FbpAPI_FbpCreateLabel)."""
        from .models import V1FbpCreateLabelResponse

        return await self._invoke(_op("FbpAPI_FbpCreateLabel"), None, body, V1FbpCreateLabelResponse)

    async def fbp_get_label(self, body: V1FbpGetLabelRequest) -> V1FbpGetLabelResponse:
        """Получить статус задания на генерацию этикеток.

        ``POST /v1/fbp/label/get`` (FbpAPI_FbpGetLabel)."""
        from .models import V1FbpGetLabelResponse

        return await self._invoke(_op("FbpAPI_FbpGetLabel"), None, body, V1FbpGetLabelResponse)

    async def fbp_draft_pickup_create(
        self, body: V1FbpDraftPickupCreateRequest
    ) -> V1FbpDraftPickupCreateResponse:
        """Создать черновик заявки на pick-up поставку.

        ``POST /v1/fbp/draft/pick-up/create`` (FbpAPI_FbpDraftPickupCreate)."""
        from .models import V1FbpDraftPickupCreateResponse

        return await self._invoke(
            _op("FbpAPI_FbpDraftPickupCreate"), None, body, V1FbpDraftPickupCreateResponse
        )

    async def fbp_draft_pick_up_delete(
        self, body: V1FbpDraftPickUpDeleteRequest
    ) -> V1FbpDraftPickUpDeleteResponse:
        """Отменить черновик заявки на pick-up поставку.

        ``POST /v1/fbp/draft/pick-up/delete`` (FbpAPI_FbpDraftPickUpDelete)."""
        from .models import V1FbpDraftPickUpDeleteResponse

        return await self._invoke(
            _op("FbpAPI_FbpDraftPickUpDelete"), None, body, V1FbpDraftPickUpDeleteResponse
        )

    async def fbp_draft_pickup_dlv_edit(
        self, body: V1FbpDraftPickupDlvEditRequest
    ) -> V1FbpDraftPickupDlvEditResponse:
        """Изменить черновик заявки на pick-up поставку.

        ``POST /v1/fbp/draft/pick-up/dlv/edit`` (FbpAPI_FbpDraftPickupDlvEdit)."""
        from .models import V1FbpDraftPickupDlvEditResponse

        return await self._invoke(
            _op("FbpAPI_FbpDraftPickupDlvEdit"), None, body, V1FbpDraftPickupDlvEditResponse
        )

    async def fbp_draft_pick_up_product_validate(
        self, body: V1FbpDraftPickUpProductValidateRequest
    ) -> V1FbpDraftPickUpProductValidateResponse:
        """Провалидировать список товаров для pick-up поставки.

        ``POST /v1/fbp/draft/pick-up/product/validate`` (FbpAPI_FbpDraftPickUpProductValidate)."""
        from .models import V1FbpDraftPickUpProductValidateResponse

        return await self._invoke(
            _op("FbpAPI_FbpDraftPickUpProductValidate"), None, body, V1FbpDraftPickUpProductValidateResponse
        )

    async def fbp_warehouse_list(self) -> V1FbpWarehouseListResponse:
        """Получить список партнёрских складов.

        ``POST /v1/fbp/warehouse/list`` (FbpWarehouseList)."""
        from .models import V1FbpWarehouseListResponse

        return await self._invoke(_op("FbpWarehouseList"), None, None, V1FbpWarehouseListResponse)

    async def fbp_draft_pick_up_registrate(
        self, body: V1FbpDraftPickUpRegistrateRequest
    ) -> V1FbpDraftPickUpRegistrateResponse:
        """Перевести черновик в действующую поставку.

        ``POST /v1/fbp/draft/pick-up/registrate`` (FbpDraftPickUpRegistrate)."""
        from .models import V1FbpDraftPickUpRegistrateResponse

        return await self._invoke(
            _op("FbpDraftPickUpRegistrate"), None, body, V1FbpDraftPickUpRegistrateResponse
        )

    async def fbp_draft_get(self, body: V1FbpDraftGetRequest) -> V1FbpDraftGetResponse:
        """Получить информацию о черновике поставки.

        ``POST /v1/fbp/draft/get`` (FbpAPI_FbpDraftGet)."""
        from .models import V1FbpDraftGetResponse

        return await self._invoke(_op("FbpAPI_FbpDraftGet"), None, body, V1FbpDraftGetResponse)

    async def fbp_draft_list(self, body: V1FbpDraftListRequest) -> V1FbpDraftListResponse:
        """Список черновиков поставки.

        ``POST /v1/fbp/draft/list`` (FbpAPI_FbpDraftList)."""
        from .models import V1FbpDraftListResponse

        return await self._invoke(_op("FbpAPI_FbpDraftList"), None, body, V1FbpDraftListResponse)

    def iter_fbp_draft_list(
        self, body: V1FbpDraftListRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1FbpDraftListResponseItem]:
        """Each item of ``items`` over every page of :meth:`fbp_draft_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1FbpDraftListResponseItem

        return self._iterate(_op("FbpAPI_FbpDraftList"), None, body, V1FbpDraftListResponseItem, limit)

    async def fbp_draft_direct_tpl_dlv_create(
        self, body: V1FbpDraftDirectTplDlvCreateRequest
    ) -> V1FbpDraftDirectTplDlvCreateResponse:
        """Создать черновик заявки на доставку сторонней транспортной компанией.

        ``POST /v1/fbp/draft/direct/tpl-dlv/create`` (FbpAPI_FbpDraftDirectTplDlvCreate)."""
        from .models import V1FbpDraftDirectTplDlvCreateResponse

        return await self._invoke(
            _op("FbpAPI_FbpDraftDirectTplDlvCreate"), None, body, V1FbpDraftDirectTplDlvCreateResponse
        )

    async def fbp_draft_direct_tpl_dlv_edit(
        self, body: V1FbpDraftDirectTplDlvEditRequest
    ) -> V1FbpDraftDirectTplDlvEditResponse:
        """Редактировать черновик поставки со способом доставки сторонней транспортной компанией.

        ``POST /v1/fbp/draft/direct/tpl-dlv/edit`` (FbpAPI_FbpDraftDirectTplDlvEdit)."""
        from .models import V1FbpDraftDirectTplDlvEditResponse

        return await self._invoke(
            _op("FbpAPI_FbpDraftDirectTplDlvEdit"), None, body, V1FbpDraftDirectTplDlvEditResponse
        )

    async def fbp_order_drop_off_cancel(
        self, body: V1FbpOrderDropOffCancelRequest
    ) -> V1FbpOrderDropOffCancelResponse:
        """Отменить поставку drop-off.

        ``POST /v1/fbp/order/drop-off/cancel`` (FbpAPI_FbpOrderDropOffCancel)."""
        from .models import V1FbpOrderDropOffCancelResponse

        return await self._invoke(
            _op("FbpAPI_FbpOrderDropOffCancel"), None, body, V1FbpOrderDropOffCancelResponse
        )

    async def fbp_order_drop_off_dlv_edit(
        self, body: V1FbpOrderDropOffDlvEditRequest
    ) -> V1FbpOrderDropOffDlvEditResponse:
        """Отредактировать информацию о поставке на drop-off пункт.

        ``POST /v1/fbp/order/drop-off/dlv/edit`` (FbpAPI_FbpOrderDropOffDlvEdit)."""
        from .models import V1FbpOrderDropOffDlvEditResponse

        return await self._invoke(
            _op("FbpAPI_FbpOrderDropOffDlvEdit"), None, body, V1FbpOrderDropOffDlvEditResponse
        )

    async def fbp_order_drop_off_timetable(
        self, body: V1FbpOrderDropOffTimetableRequest
    ) -> V1FbpOrderDropOffTimetableResponse:
        """Получить график работы drop-off пункта.

        ``POST /v1/fbp/order/drop-off/timetable`` (FbpAPI_FbpOrderDropOffTimetable)."""
        from .models import V1FbpOrderDropOffTimetableResponse

        return await self._invoke(
            _op("FbpAPI_FbpOrderDropOffTimetable"), None, body, V1FbpOrderDropOffTimetableResponse
        )

    async def fbp_order_get(self, body: V1FbpOrderGetRequest) -> V1FbpOrderGetResponse:
        """Получить информацию о конкретной поставке.

        ``POST /v1/fbp/order/get`` (FbpAPI_FbpOrderGet)."""
        from .models import V1FbpOrderGetResponse

        return await self._invoke(_op("FbpAPI_FbpOrderGet"), None, body, V1FbpOrderGetResponse)

    async def fbp_order_list(self, body: V1FbpOrderListRequest) -> V1FbpOrderListResponse:
        """Получить список поставок.

        ``POST /v1/fbp/order/list`` (FbpAPI_FbpOrderList)."""
        from .models import V1FbpOrderListResponse

        return await self._invoke(_op("FbpAPI_FbpOrderList"), None, body, V1FbpOrderListResponse)

    def iter_fbp_order_list(
        self, body: V1FbpOrderListRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1FbpOrderListResponseItem]:
        """Each item of ``items`` over every page of :meth:`fbp_order_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1FbpOrderListResponseItem

        return self._iterate(_op("FbpAPI_FbpOrderList"), None, body, V1FbpOrderListResponseItem, limit)

    async def posting_fbp_list(
        self, body: PostingV1PostingFbpListRequest | None = None
    ) -> PostingV1PostingFbpListResponse:
        """Получить список отправлений.

        ``POST /v1/posting/fbp/list`` (PostingFbpList)."""
        from .models import PostingV1PostingFbpListResponse

        return await self._invoke(_op("PostingFbpList"), None, body, PostingV1PostingFbpListResponse)

    def iter_posting_fbp_list(
        self, body: PostingV1PostingFbpListRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[PostingV1PostingFbpListResponsePostings]:
        """Each item of ``postings`` over every page of :meth:`posting_fbp_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import PostingV1PostingFbpListResponsePostings

        return self._iterate(
            _op("PostingFbpList"), None, body, PostingV1PostingFbpListResponsePostings, limit
        )

    async def fbp_order_pick_up_cancel(
        self, body: V1FbpOrderPickUpCancelRequest
    ) -> V1FbpOrderPickUpCancelResponse:
        """Отменить pick-up поставку.

        ``POST /v1/fbp/order/pick-up/cancel`` (FbpAPI_FbpOrderPickUpCancel)."""
        from .models import V1FbpOrderPickUpCancelResponse

        return await self._invoke(
            _op("FbpAPI_FbpOrderPickUpCancel"), None, body, V1FbpOrderPickUpCancelResponse
        )

    async def fbp_order_pick_up_dlv_edit(
        self, body: V1FbpOrderPickUpDlvEditRequest
    ) -> V1FbpOrderPickUpDlvEditResponse:
        """Изменить данные о точке забора.

        ``POST /v1/fbp/order/pick-up/dlv/edit`` (FbpAPI_FbpOrderPickUpDlvEdit)."""
        from .models import V1FbpOrderPickUpDlvEditResponse

        return await self._invoke(
            _op("FbpAPI_FbpOrderPickUpDlvEdit"), None, body, V1FbpOrderPickUpDlvEditResponse
        )

    async def carriage_container_create(
        self, body: Carriagev1CarriageContainerCreateRequest
    ) -> Carriagev1CarriageContainerCreateResponse:
        """Создать грузоместо.

        ``POST /v1/carriage/container/create`` (CarriageContainerCreate)."""
        from .models import Carriagev1CarriageContainerCreateResponse

        return await self._invoke(
            _op("CarriageContainerCreate"), None, body, Carriagev1CarriageContainerCreateResponse
        )

    async def carriage_container_fill(
        self, body: Carriagev1CarriageContainerFillRequest
    ) -> Carriagev1CarriageContainerFillResponse:
        """Наполнить грузоместо отправлениями.

        ``POST /v1/carriage/container/fill`` (CarriageContainerFill)."""
        from .models import Carriagev1CarriageContainerFillResponse

        return await self._invoke(
            _op("CarriageContainerFill"), None, body, Carriagev1CarriageContainerFillResponse
        )

    async def carriage_container_approve(
        self, body: Carriagev1CarriageContainerApproveRequest
    ) -> Carriagev1CarriageContainerApproveResponse:
        """Подтвердить состав грузоместа.

        ``POST /v1/carriage/container/approve`` (CarriageContainerApprove)."""
        from .models import Carriagev1CarriageContainerApproveResponse

        return await self._invoke(
            _op("CarriageContainerApprove"), None, body, Carriagev1CarriageContainerApproveResponse
        )

    async def carriage_container_place_into(
        self, body: Carriagev1CarriageContainerPlaceIntoRequest
    ) -> Carriagev1CarriageContainerPlaceIntoResponse:
        """Разместить коробки на палете.

        ``POST /v1/carriage/container/place-into`` (CarriageContainerPlaceInto)."""
        from .models import Carriagev1CarriageContainerPlaceIntoResponse

        return await self._invoke(
            _op("CarriageContainerPlaceInto"), None, body, Carriagev1CarriageContainerPlaceIntoResponse
        )

    async def carriage_container_remove_postings(
        self, body: Carriagev1CarriageContainerRemovePostingsRequest
    ) -> Carriagev1CarriageContainerRemovePostingsResponse:
        """Убрать отправления из грузоместа.

        ``POST /v1/carriage/container/remove-postings`` (CarriageContainerRemovePostings)."""
        from .models import Carriagev1CarriageContainerRemovePostingsResponse

        return await self._invoke(
            _op("CarriageContainerRemovePostings"),
            None,
            body,
            Carriagev1CarriageContainerRemovePostingsResponse,
        )

    async def carriage_container_remove_from(
        self, body: Carriagev1CarriageContainerRemoveFromRequest
    ) -> Carriagev1CarriageContainerRemoveFromResponse:
        """Убрать коробки с палеты.

        ``POST /v1/carriage/container/remove-from`` (CarriageContainerRemoveFrom)."""
        from .models import Carriagev1CarriageContainerRemoveFromResponse

        return await self._invoke(
            _op("CarriageContainerRemoveFrom"), None, body, Carriagev1CarriageContainerRemoveFromResponse
        )

    async def carriage_container_cancel(
        self, body: Carriagev1CarriageContainerCancelRequest
    ) -> Carriagev1CarriageContainerCancelResponse:
        """Отменить грузоместо.

        ``POST /v1/carriage/container/cancel`` (CarriageContainerCancel)."""
        from .models import Carriagev1CarriageContainerCancelResponse

        return await self._invoke(
            _op("CarriageContainerCancel"), None, body, Carriagev1CarriageContainerCancelResponse
        )

    async def carriage_container_list(
        self, body: Carriagev1CarriageContainerListRequest | None = None
    ) -> Carriagev1CarriageContainerListResponse:
        """Получить список грузомест.

        ``POST /v1/carriage/container/list`` (CarriageContainerList)."""
        from .models import Carriagev1CarriageContainerListResponse

        return await self._invoke(
            _op("CarriageContainerList"), None, body, Carriagev1CarriageContainerListResponse
        )

    def iter_carriage_container_list(
        self, body: Carriagev1CarriageContainerListRequest | None = None, *, limit: int | None = None
    ) -> AsyncIterator[Carriagev1CarriageContainerListResponseContainers]:
        """Each item of ``containers`` over every page of :meth:`carriage_container_list`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import Carriagev1CarriageContainerListResponseContainers

        return self._iterate(
            _op("CarriageContainerList"), None, body, Carriagev1CarriageContainerListResponseContainers, limit
        )

    async def carriage_container_get(
        self, body: Carriagev1CarriageContainerGetRequest
    ) -> Carriagev1CarriageContainerGetResponse:
        """Получить информацию о грузоместах.

        ``POST /v1/carriage/container/get`` (CarriageContainerGet)."""
        from .models import Carriagev1CarriageContainerGetResponse

        return await self._invoke(
            _op("CarriageContainerGet"), None, body, Carriagev1CarriageContainerGetResponse
        )

    async def carriage_container_status_get(
        self, body: Carriagev1CarriageContainerStatusGetRequest
    ) -> Carriagev1CarriageContainerStatusGetResponse:
        """Получить статус грузомест FBS.

        ``POST /v1/carriage/container/status/get`` (CarriageContainerStatusGet)."""
        from .models import Carriagev1CarriageContainerStatusGetResponse

        return await self._invoke(
            _op("CarriageContainerStatusGet"), None, body, Carriagev1CarriageContainerStatusGetResponse
        )

    async def carriage_container_task_info(
        self, body: Carriagev1CarriageContainerTaskInfoRequest | None = None
    ) -> Carriagev1CarriageContainerTaskInfoResponse:
        """Получить статус задачи грузового места.

        ``POST /v1/carriage/container/task/info`` (CarriageContainerTaskInfo)."""
        from .models import Carriagev1CarriageContainerTaskInfoResponse

        return await self._invoke(
            _op("CarriageContainerTaskInfo"), None, body, Carriagev1CarriageContainerTaskInfoResponse
        )

    async def carriage_container_document_get(
        self, body: Carriagev1CarriageContainerDocumentGetRequest
    ) -> Carriagev1CarriageContainerDocumentGetResponse:
        """Получить документы по грузоместам — ТрН и лист отгрузки.

        ``POST /v1/carriage/container/document/get`` (CarriageContainerDocumentGet)."""
        from .models import Carriagev1CarriageContainerDocumentGetResponse

        return await self._invoke(
            _op("CarriageContainerDocumentGet"), None, body, Carriagev1CarriageContainerDocumentGetResponse
        )

    async def carriage_container_label_get(
        self, body: Carriagev1CarriageContainerLabelGetRequest | None = None
    ) -> Carriagev1CarriageContainerLabelGetResponse:
        """Получить этикетку по грузоместам.

        ``POST /v1/carriage/container/label/get`` (CarriageContainerLabelGet)."""
        from .models import Carriagev1CarriageContainerLabelGetResponse

        return await self._invoke(
            _op("CarriageContainerLabelGet"), None, body, Carriagev1CarriageContainerLabelGetResponse
        )

    async def chat_send_message(self, body: ChatChatSendMessageRequest) -> ChatChatSendMessageResponse:
        """Отправить сообщение.

        ``POST /v1/chat/send/message`` (ChatAPI_ChatSendMessage)."""
        from .models import ChatChatSendMessageResponse

        return await self._invoke(_op("ChatAPI_ChatSendMessage"), None, body, ChatChatSendMessageResponse)

    async def chat_start(self, body: ChatChatStartRequest) -> ChatChatStartResponse:
        """Создать новый чат.

        ``POST /v1/chat/start`` (ChatAPI_ChatStart)."""
        from .models import ChatChatStartResponse

        return await self._invoke(_op("ChatAPI_ChatStart"), None, body, ChatChatStartResponse)

    async def chat_read_v2(self, body: ChatRead) -> V2ChatReadResponse:
        """Отметить сообщения как прочитанные.

        ``POST /v2/chat/read`` (ChatAPI_ChatReadV2)."""
        from .models import V2ChatReadResponse

        return await self._invoke(_op("ChatAPI_ChatReadV2"), None, body, V2ChatReadResponse)

    async def analytics_get_data(
        self, body: AnalyticsAnalyticsGetDataRequest
    ) -> AnalyticsAnalyticsGetDataResponse:
        """Данные аналитики.

        ``POST /v1/analytics/data`` (AnalyticsAPI_AnalyticsGetData)."""
        from .models import AnalyticsAnalyticsGetDataResponse

        return await self._invoke(
            _op("AnalyticsAPI_AnalyticsGetData"), None, body, AnalyticsAnalyticsGetDataResponse
        )

    async def analytics_product_queries(
        self, body: V1AnalyticsProductQueriesRequest
    ) -> V1AnalyticsProductQueriesResponse:
        """Получить информацию о запросах моих товаров.

        ``POST /v1/analytics/product-queries`` (AnalyticsAPI_AnalyticsProductQueries)."""
        from .models import V1AnalyticsProductQueriesResponse

        return await self._invoke(
            _op("AnalyticsAPI_AnalyticsProductQueries"), None, body, V1AnalyticsProductQueriesResponse
        )

    async def analytics_product_queries_details(
        self, body: V1AnalyticsProductQueriesDetailsRequest
    ) -> V1AnalyticsProductQueriesDetailsResponse:
        """Получить детализацию запросов по товару.

        ``POST /v1/analytics/product-queries/details`` (AnalyticsAPI_AnalyticsProductQueriesDetails)."""
        from .models import V1AnalyticsProductQueriesDetailsResponse

        return await self._invoke(
            _op("AnalyticsAPI_AnalyticsProductQueriesDetails"),
            None,
            body,
            V1AnalyticsProductQueriesDetailsResponse,
        )

    async def finance_get_realization_by_day_report_v1(
        self, body: V1GetRealizationReportByDayRequest
    ) -> GetRealizationReportByDayResponse:
        """Отчёт о реализации товаров за день.

        ``POST /v1/finance/realization/by-day`` (FinanceAPI_GetRealizationByDayReportV1)."""
        from .models import GetRealizationReportByDayResponse

        return await self._invoke(
            _op("FinanceAPI_GetRealizationByDayReportV1"), None, body, GetRealizationReportByDayResponse
        )

    async def search_queries_search_queries_text(
        self, body: V1SearchQueriesTextRequest
    ) -> V1SearchQueriesTextResponse:
        """Получить список поисковых запросов по тексту.

        ``POST /v1/search-queries/text`` (SearchQueriesAPI_SearchQueriesText)."""
        from .models import V1SearchQueriesTextResponse

        return await self._invoke(
            _op("SearchQueriesAPI_SearchQueriesText"), None, body, V1SearchQueriesTextResponse
        )

    def iter_search_queries_search_queries_text(
        self, body: V1SearchQueriesTextRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1SearchQueriesTextResponseSearchQuery]:
        """Each item of ``search_queries`` over every page of :meth:`search_queries_search_queries_text`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1SearchQueriesTextResponseSearchQuery

        return self._iterate(
            _op("SearchQueriesAPI_SearchQueriesText"),
            None,
            body,
            V1SearchQueriesTextResponseSearchQuery,
            limit,
        )

    async def search_queries_search_queries_top(
        self, body: V1SearchQueriesTopRequest
    ) -> V1SearchQueriesTopResponse:
        """Получить список популярных поисковых запросов.

        ``POST /v1/search-queries/top`` (SearchQueriesAPI_SearchQueriesTop)."""
        from .models import V1SearchQueriesTopResponse

        return await self._invoke(
            _op("SearchQueriesAPI_SearchQueriesTop"), None, body, V1SearchQueriesTopResponse
        )

    def iter_search_queries_search_queries_top(
        self, body: V1SearchQueriesTopRequest, *, limit: int | None = None
    ) -> AsyncIterator[V1SearchQueriesTopResponseSearchQuery]:
        """Each item of ``search_queries`` over every page of :meth:`search_queries_search_queries_top`.

        ``limit`` is the page size (default: the largest the method takes)."""
        from .models import V1SearchQueriesTopResponseSearchQuery

        return self._iterate(
            _op("SearchQueriesAPI_SearchQueriesTop"), None, body, V1SearchQueriesTopResponseSearchQuery, limit
        )

    async def product_prices_details(
        self, body: V1ProductPricesDetailsRequest
    ) -> V1ProductPricesDetailsResponse:
        """Получить подробную информацию о ценах товаров.

        ``POST /v1/product/prices/details`` (ProductPricesDetails)."""
        from .models import V1ProductPricesDetailsResponse

        return await self._invoke(_op("ProductPricesDetails"), None, body, V1ProductPricesDetailsResponse)

    async def cancel_reason_list(self) -> V1CancelReasonListResponse:
        """Причины отмены отправлений.

        ``POST /v1/cancel-reason/list`` (CancelReasonList)."""
        from .models import V1CancelReasonListResponse

        return await self._invoke(_op("CancelReasonList"), None, None, V1CancelReasonListResponse)

    async def cancel_reason_list_by_order(
        self, body: V1CancelReasonListByOrderRequest
    ) -> V1CancelReasonListByOrderResponse:
        """Причины отмены заказа.

        ``POST /v1/cancel-reason/list-by-order`` (CancelReasonListByOrder)."""
        from .models import V1CancelReasonListByOrderResponse

        return await self._invoke(
            _op("CancelReasonListByOrder"), None, body, V1CancelReasonListByOrderResponse
        )

    async def cancel_reason_cancel_reason_list_by_posting(
        self, body: V1CancelReasonListByPostingRequest
    ) -> V1CancelReasonListByPostingResponse:
        """Причины отмены отправления.

        ``POST /v1/cancel-reason/list-by-posting`` (CancelReasonAPI_CancelReasonListByPosting)."""
        from .models import V1CancelReasonListByPostingResponse

        return await self._invoke(
            _op("CancelReasonAPI_CancelReasonListByPosting"), None, body, V1CancelReasonListByPostingResponse
        )

    async def delivery_check(self, body: V1DeliveryCheckRequest) -> V1DeliveryCheckResponse:
        """Проверить доступность доставки для покупателя.

        ``POST /v1/delivery/check`` (DeliveryCheck)."""
        from .models import V1DeliveryCheckResponse

        return await self._invoke(_op("DeliveryCheck"), None, body, V1DeliveryCheckResponse)

    async def delivery_checkout(
        self, body: V1DeliveryCheckoutRequest | None = None
    ) -> V1DeliveryCheckoutResponse:
        """Получить доступные варианты доставки.

        ``POST /v2/delivery/checkout`` (DeliveryCheckout)."""
        from .models import V1DeliveryCheckoutResponse

        return await self._invoke(_op("DeliveryCheckout"), None, body, V1DeliveryCheckoutResponse)

    async def delivery_map(self, body: V1DeliveryMapRequest | None = None) -> V1DeliveryMapResponse:
        """Отрисовать точки на карте.

        ``POST /v1/delivery/map`` (DeliveryMap)."""
        from .models import V1DeliveryMapResponse

        return await self._invoke(_op("DeliveryMap"), None, body, V1DeliveryMapResponse)

    async def delivery_point_info(
        self, body: V1DeliveryPointInfoRequest | None = None
    ) -> V1DeliveryPointInfoResponse:
        """Получить информацию о точке самовывоза.

        ``POST /v1/delivery/point/info`` (DeliveryPointInfo)."""
        from .models import V1DeliveryPointInfoResponse

        return await self._invoke(_op("DeliveryPointInfo"), None, body, V1DeliveryPointInfoResponse)

    async def delivery_point_list(self, body: dict[str, _Any]) -> V1DeliveryPointListResponse:
        """Получить список точек самовывоза.

        ``POST /v1/delivery/point/list`` (DeliveryAPI_DeliveryPointList)."""
        from .models import V1DeliveryPointListResponse

        return await self._invoke(
            _op("DeliveryAPI_DeliveryPointList"), None, body, V1DeliveryPointListResponse
        )

    async def order_cancel(self, body: V1OrderCancelRequest) -> V1OrderCancelResponse:
        """Отменить заказ.

        ``POST /v1/order/cancel`` (OrderAPI_OrderCancel)."""
        from .models import V1OrderCancelResponse

        return await self._invoke(_op("OrderAPI_OrderCancel"), None, body, V1OrderCancelResponse)

    async def order_cancel_check(self, body: V1OrderCancelCheckRequest) -> V1OrderCancelCheckResponse:
        """Проверить возможность отмены заказа.

        ``POST /v1/order/cancel/check`` (OrderAPI_OrderCancelCheck)."""
        from .models import V1OrderCancelCheckResponse

        return await self._invoke(_op("OrderAPI_OrderCancelCheck"), None, body, V1OrderCancelCheckResponse)

    async def order_cancel_status(self, body: V1OrderCancelStatusRequest) -> V1OrderCancelStatusResponse:
        """Получить статус отмены заказа.

        ``POST /v1/order/cancel/status`` (OrderAPI_OrderCancelStatus)."""
        from .models import V1OrderCancelStatusResponse

        return await self._invoke(_op("OrderAPI_OrderCancelStatus"), None, body, V1OrderCancelStatusResponse)

    async def order_create(self, body: V1OrderCreateRequest) -> V1OrderCreateResponse:
        """Создать заказ.

        ``POST /v2/order/create`` (OrderAPI_OrderCreate)."""
        from .models import V1OrderCreateResponse

        return await self._invoke(_op("OrderAPI_OrderCreate"), None, body, V1OrderCreateResponse)

    async def posting_cancel(self, body: V1PostingCancelRequest) -> V1PostingCancelResponse:
        """Отменить отправление из заказа.

        ``POST /v1/posting/cancel`` (PostingAPI_PostingCancel)."""
        from .models import V1PostingCancelResponse

        return await self._invoke(_op("PostingAPI_PostingCancel"), None, body, V1PostingCancelResponse)

    async def posting_cancel_status(
        self, body: V1PostingCancelStatusRequest | None = None
    ) -> V1PostingCancelStatusResponse:
        """Проверить статус отмены отправления.

        ``POST /v1/posting/cancel/status`` (PostingAPI_PostingCancelStatus)."""
        from .models import V1PostingCancelStatusResponse

        return await self._invoke(
            _op("PostingAPI_PostingCancelStatus"), None, body, V1PostingCancelStatusResponse
        )

    async def posting_marks(self, body: V1PostingMarksRequest | None = None) -> V1PostingMarksResponse:
        """Получить маркировки экземпляров из отправления.

        ``POST /v1/posting/marks`` (PostingAPI_PostingMarks)."""
        from .models import V1PostingMarksResponse

        return await self._invoke(_op("PostingAPI_PostingMarks"), None, body, V1PostingMarksResponse)
