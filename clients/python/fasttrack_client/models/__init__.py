"""Contains all the data models used in inputs/outputs"""

from .activity_action import ActivityAction
from .activity_create import ActivityCreate
from .activity_outcome_read import ActivityOutcomeRead
from .activity_outcome_read_participants_by_district import ActivityOutcomeReadParticipantsByDistrict
from .activity_outcome_read_participants_by_role import ActivityOutcomeReadParticipantsByRole
from .activity_outcome_update import ActivityOutcomeUpdate
from .activity_outcome_update_participants_by_district import ActivityOutcomeUpdateParticipantsByDistrict
from .activity_outcome_update_participants_by_role import ActivityOutcomeUpdateParticipantsByRole
from .activity_page import ActivityPage
from .activity_read import ActivityRead
from .activity_ref_read import ActivityRefRead
from .activity_status import ActivityStatus
from .activity_transition import ActivityTransition
from .activity_type import ActivityType
from .activity_update import ActivityUpdate
from .agency_create import AgencyCreate
from .agency_kind import AgencyKind
from .agency_page import AgencyPage
from .agency_read import AgencyRead
from .agency_suggestion_read import AgencySuggestionRead
from .agency_update import AgencyUpdate
from .api_client_create import ApiClientCreate
from .api_client_page import ApiClientPage
from .api_client_read import ApiClientRead
from .api_client_secret_read import ApiClientSecretRead
from .api_client_update import ApiClientUpdate
from .attachment_list import AttachmentList
from .attachment_read import AttachmentRead
from .attachment_upload import AttachmentUpload
from .audit_entry_page import AuditEntryPage
from .audit_entry_read import AuditEntryRead
from .audit_entry_read_after_type_0 import AuditEntryReadAfterType0
from .audit_entry_read_before_type_0 import AuditEntryReadBeforeType0
from .case_change_read import CaseChangeRead
from .category_candidate_read import CategoryCandidateRead
from .category_create import CategoryCreate
from .category_page import CategoryPage
from .category_read import CategoryRead
from .category_source import CategorySource
from .category_update import CategoryUpdate
from .channel import Channel
from .client_scope import ClientScope
from .client_token_read import ClientTokenRead
from .client_token_request import ClientTokenRequest
from .closure_day_create import ClosureDayCreate
from .closure_day_list import ClosureDayList
from .closure_day_read import ClosureDayRead
from .co_handler_create import CoHandlerCreate
from .co_handler_entry_data import CoHandlerEntryData
from .co_handler_entry_read import CoHandlerEntryRead
from .complainant_in import ComplainantIn
from .complainant_read import ComplainantRead
from .complaint_action import ComplaintAction
from .complaint_change_page import ComplaintChangePage
from .complaint_change_read import ComplaintChangeRead
from .complaint_create import ComplaintCreate
from .complaint_page import ComplaintPage
from .complaint_rating_read import ComplaintRatingRead
from .complaint_read import ComplaintRead
from .complaint_sla_read import ComplaintSlaRead
from .complaint_stats_read import ComplaintStatsRead
from .complaint_stats_read_by import ComplaintStatsReadBy
from .complaint_stats_read_by_additional_property import ComplaintStatsReadByAdditionalProperty
from .complaint_status import ComplaintStatus
from .complaint_transition import ComplaintTransition
from .complaint_update import ComplaintUpdate
from .consent_in import ConsentIn
from .consent_read import ConsentRead
from .contact_correction import ContactCorrection
from .coordination_channel import CoordinationChannel
from .coordinator_create import CoordinatorCreate
from .coordinator_level import CoordinatorLevel
from .coordinator_page import CoordinatorPage
from .coordinator_read import CoordinatorRead
from .coordinator_status import CoordinatorStatus
from .coordinator_update import CoordinatorUpdate
from .created_entry_data import CreatedEntryData
from .created_entry_read import CreatedEntryRead
from .data_subject_attachment_read import DataSubjectAttachmentRead
from .data_subject_case_read import DataSubjectCaseRead
from .data_subject_entry_read import DataSubjectEntryRead
from .data_subject_entry_read_data import DataSubjectEntryReadData
from .data_subject_erasure import DataSubjectErasure
from .data_subject_erasure_read import DataSubjectErasureRead
from .data_subject_export import DataSubjectExport
from .data_subject_export_format import DataSubjectExportFormat
from .data_subject_participation_read import DataSubjectParticipationRead
from .data_subject_query import DataSubjectQuery
from .data_subject_read import DataSubjectRead
from .data_subject_rectification import DataSubjectRectification
from .data_subject_rectification_read import DataSubjectRectificationRead
from .data_subject_restriction import DataSubjectRestriction
from .delivery_status import DeliveryStatus
from .district_coverage_read import DistrictCoverageRead
from .district_outline import DistrictOutline
from .district_outline_collection import DistrictOutlineCollection
from .district_outline_geometry import DistrictOutlineGeometry
from .district_outline_geometry_type import DistrictOutlineGeometryType
from .district_outline_properties import DistrictOutlineProperties
from .district_page import DistrictPage
from .district_read import DistrictRead
from .duplicate_candidate_read import DuplicateCandidateRead
from .escalated_entry_data import EscalatedEntryData
from .escalated_entry_read import EscalatedEntryRead
from .escalation_rule_create import EscalationRuleCreate
from .escalation_rule_page import EscalationRulePage
from .escalation_rule_read import EscalationRuleRead
from .escalation_rule_update import EscalationRuleUpdate
from .escalation_target import EscalationTarget
from .event_kind import EventKind
from .event_type import EventType
from .evidence_kind import EvidenceKind
from .evidence_read import EvidenceRead
from .export_format import ExportFormat
from .field_value_type_5 import FieldValueType5
from .flagged_entry_data import FlaggedEntryData
from .flagged_entry_read import FlaggedEntryRead
from .forgot_password_request import ForgotPasswordRequest
from .health_read import HealthRead
from .inbound_mail_receipt import InboundMailReceipt
from .inbound_mail_receipt_outcome import InboundMailReceiptOutcome
from .intake_suggestion_read import IntakeSuggestionRead
from .intake_suggestion_request import IntakeSuggestionRequest
from .jwk_read import JwkRead
from .jwks_read import JwksRead
from .keyword_rule_list import KeywordRuleList
from .keyword_rule_read import KeywordRuleRead
from .keyword_rule_replace import KeywordRuleReplace
from .language import Language
from .legal_hold_create import LegalHoldCreate
from .legal_hold_list import LegalHoldList
from .legal_hold_read import LegalHoldRead
from .line_link_code_read import LineLinkCodeRead
from .line_webhook_receipt import LineWebhookReceipt
from .location_in import LocationIn
from .location_read import LocationRead
from .login_form import LoginForm
from .message_entry_data import MessageEntryData
from .message_entry_read import MessageEntryRead
from .message_entry_read_kind import MessageEntryReadKind
from .milestone import Milestone
from .milestone_stats_read import MilestoneStatsRead
from .mou_area_coverage_read import MouAreaCoverageRead
from .mou_area_page import MouAreaPage
from .mou_area_read import MouAreaRead
from .mou_area_summary_read import MouAreaSummaryRead
from .mou_area_update import MouAreaUpdate
from .mou_target_in import MouTargetIn
from .mou_target_kind import MouTargetKind
from .mou_target_read import MouTargetRead
from .named_participant_in import NamedParticipantIn
from .named_participant_read import NamedParticipantRead
from .notification_preferences_read import NotificationPreferencesRead
from .notification_preferences_update import NotificationPreferencesUpdate
from .notify_via import NotifyVia
from .open_311_attribute import Open311Attribute
from .open_311_attribute_datatype import Open311AttributeDatatype
from .open_311_attribute_value import Open311AttributeValue
from .open_311_discovery import Open311Discovery
from .open_311_endpoint import Open311Endpoint
from .open_311_endpoint_type import Open311EndpointType
from .open_311_error import Open311Error
from .open_311_receipt import Open311Receipt
from .open_311_request import Open311Request
from .open_311_request_create import Open311RequestCreate
from .open_311_request_status import Open311RequestStatus
from .open_311_service import Open311Service
from .open_311_service_definition import Open311ServiceDefinition
from .open_311_token import Open311Token
from .outcome import Outcome
from .participant_role import ParticipantRole
from .period import Period
from .period_totals_read import PeriodTotalsRead
from .personal_data_access_page import PersonalDataAccessPage
from .personal_data_access_read import PersonalDataAccessRead
from .photo_upload import PhotoUpload
from .pii_access import PiiAccess
from .place_candidate_read import PlaceCandidateRead
from .place_source import PlaceSource
from .point_in import PointIn
from .primary_coordinator_update import PrimaryCoordinatorUpdate
from .principal_kind import PrincipalKind
from .privacy_notice_create import PrivacyNoticeCreate
from .privacy_notice_read import PrivacyNoticeRead
from .problem import Problem
from .problem_field_error import ProblemFieldError
from .public_activity_list import PublicActivityList
from .public_activity_read import PublicActivityRead
from .public_agency_read import PublicAgencyRead
from .public_attachment_read import PublicAttachmentRead
from .public_category_list import PublicCategoryList
from .public_category_read import PublicCategoryRead
from .public_complaint_create import PublicComplaintCreate
from .public_complaint_read import PublicComplaintRead
from .public_complaint_receipt import PublicComplaintReceipt
from .public_consent_in import PublicConsentIn
from .public_contact_in import PublicContactIn
from .public_district_read import PublicDistrictRead
from .public_district_stats_list import PublicDistrictStatsList
from .public_district_stats_read import PublicDistrictStatsRead
from .public_event_read import PublicEventRead
from .public_merged_into_read import PublicMergedIntoRead
from .public_rating_create import PublicRatingCreate
from .public_rating_read import PublicRatingRead
from .public_reopen_create import PublicReopenCreate
from .queue_health_read import QueueHealthRead
from .queue_sort import QueueSort
from .rated_entry_data import RatedEntryData
from .rated_entry_read import RatedEntryRead
from .rating_summary_read import RatingSummaryRead
from .rating_summary_read_distribution import RatingSummaryReadDistribution
from .readiness_read import ReadinessRead
from .record_inbound_mail_files_body import RecordInboundMailFilesBody
from .record_line_events_body import RecordLineEventsBody
from .redacted_entry_read import RedactedEntryRead
from .redaction_entry_data import RedactionEntryData
from .reset_password_request import ResetPasswordRequest
from .retention_periods import RetentionPeriods
from .role import Role
from .routing_preview_read import RoutingPreviewRead
from .routing_preview_request import RoutingPreviewRequest
from .routing_rule_create import RoutingRuleCreate
from .routing_rule_page import RoutingRulePage
from .routing_rule_read import RoutingRuleRead
from .routing_rule_update import RoutingRuleUpdate
from .satisfaction_read import SatisfactionRead
from .satisfaction_read_by_agency import SatisfactionReadByAgency
from .satisfaction_read_by_district import SatisfactionReadByDistrict
from .series_point import SeriesPoint
from .similar_complaint_list import SimilarComplaintList
from .similar_complaint_read import SimilarComplaintRead
from .similar_nearby_list import SimilarNearbyList
from .similar_nearby_read import SimilarNearbyRead
from .sla_filter import SlaFilter
from .sla_milestone_read import SlaMilestoneRead
from .sla_policy_body import SlaPolicyBody
from .sla_policy_body_fast_track_targets import SlaPolicyBodyFastTrackTargets
from .sla_policy_body_targets import SlaPolicyBodyTargets
from .sla_policy_list import SlaPolicyList
from .sla_policy_read import SlaPolicyRead
from .sla_policy_read_fast_track_targets import SlaPolicyReadFastTrackTargets
from .sla_policy_read_fast_track_targets_additional_property import SlaPolicyReadFastTrackTargetsAdditionalProperty
from .sla_policy_read_targets import SlaPolicyReadTargets
from .sla_policy_read_targets_additional_property import SlaPolicyReadTargetsAdditionalProperty
from .sla_state import SlaState
from .sla_target_body import SlaTargetBody
from .source import Source
from .status_label import StatusLabel
from .subject_contact_read import SubjectContactRead
from .suggested_values_read import SuggestedValuesRead
from .suggestion_outcome_read import SuggestionOutcomeRead
from .suggestion_shown_in import SuggestionShownIn
from .summary_period import SummaryPeriod
from .target_group import TargetGroup
from .target_kind import TargetKind
from .target_progress_read import TargetProgressRead
from .timeline_entry_create import TimelineEntryCreate
from .timeline_entry_create_kind import TimelineEntryCreateKind
from .timeline_entry_page import TimelineEntryPage
from .timeline_redaction_create import TimelineRedactionCreate
from .timeline_redaction_read import TimelineRedactionRead
from .token_problem import TokenProblem
from .token_problem_error import TokenProblemError
from .token_read import TokenRead
from .transition_entry_data import TransitionEntryData
from .transition_entry_read import TransitionEntryRead
from .transition_entry_read_kind import TransitionEntryReadKind
from .updated_entry_data import UpdatedEntryData
from .updated_entry_read import UpdatedEntryRead
from .urgency import Urgency
from .user_create import UserCreate
from .user_page import UserPage
from .user_read import UserRead
from .user_self_update import UserSelfUpdate
from .user_update import UserUpdate
from .verification_request import VerificationRequest
from .verify_request import VerifyRequest
from .visibility import Visibility
from .webhook_attempt_read import WebhookAttemptRead
from .webhook_delivery_page import WebhookDeliveryPage
from .webhook_delivery_read import WebhookDeliveryRead
from .webhook_event import WebhookEvent
from .webhook_event_data import WebhookEventData
from .webhook_event_data_change_type_0 import WebhookEventDataChangeType0
from .webhook_secret_read import WebhookSecretRead
from .webhook_subscription_create import WebhookSubscriptionCreate
from .webhook_subscription_created import WebhookSubscriptionCreated
from .webhook_subscription_page import WebhookSubscriptionPage
from .webhook_subscription_read import WebhookSubscriptionRead
from .webhook_subscription_update import WebhookSubscriptionUpdate

__all__ = (
    "ActivityAction",
    "ActivityCreate",
    "ActivityOutcomeRead",
    "ActivityOutcomeReadParticipantsByDistrict",
    "ActivityOutcomeReadParticipantsByRole",
    "ActivityOutcomeUpdate",
    "ActivityOutcomeUpdateParticipantsByDistrict",
    "ActivityOutcomeUpdateParticipantsByRole",
    "ActivityPage",
    "ActivityRead",
    "ActivityRefRead",
    "ActivityStatus",
    "ActivityTransition",
    "ActivityType",
    "ActivityUpdate",
    "AgencyCreate",
    "AgencyKind",
    "AgencyPage",
    "AgencyRead",
    "AgencySuggestionRead",
    "AgencyUpdate",
    "ApiClientCreate",
    "ApiClientPage",
    "ApiClientRead",
    "ApiClientSecretRead",
    "ApiClientUpdate",
    "AttachmentList",
    "AttachmentRead",
    "AttachmentUpload",
    "AuditEntryPage",
    "AuditEntryRead",
    "AuditEntryReadAfterType0",
    "AuditEntryReadBeforeType0",
    "CaseChangeRead",
    "CategoryCandidateRead",
    "CategoryCreate",
    "CategoryPage",
    "CategoryRead",
    "CategorySource",
    "CategoryUpdate",
    "Channel",
    "ClientScope",
    "ClientTokenRead",
    "ClientTokenRequest",
    "ClosureDayCreate",
    "ClosureDayList",
    "ClosureDayRead",
    "CoHandlerCreate",
    "CoHandlerEntryData",
    "CoHandlerEntryRead",
    "ComplainantIn",
    "ComplainantRead",
    "ComplaintAction",
    "ComplaintChangePage",
    "ComplaintChangeRead",
    "ComplaintCreate",
    "ComplaintPage",
    "ComplaintRatingRead",
    "ComplaintRead",
    "ComplaintSlaRead",
    "ComplaintStatsRead",
    "ComplaintStatsReadBy",
    "ComplaintStatsReadByAdditionalProperty",
    "ComplaintStatus",
    "ComplaintTransition",
    "ComplaintUpdate",
    "ConsentIn",
    "ConsentRead",
    "ContactCorrection",
    "CoordinationChannel",
    "CoordinatorCreate",
    "CoordinatorLevel",
    "CoordinatorPage",
    "CoordinatorRead",
    "CoordinatorStatus",
    "CoordinatorUpdate",
    "CreatedEntryData",
    "CreatedEntryRead",
    "DataSubjectAttachmentRead",
    "DataSubjectCaseRead",
    "DataSubjectEntryRead",
    "DataSubjectEntryReadData",
    "DataSubjectErasure",
    "DataSubjectErasureRead",
    "DataSubjectExport",
    "DataSubjectExportFormat",
    "DataSubjectParticipationRead",
    "DataSubjectQuery",
    "DataSubjectRead",
    "DataSubjectRectification",
    "DataSubjectRectificationRead",
    "DataSubjectRestriction",
    "DeliveryStatus",
    "DistrictCoverageRead",
    "DistrictOutline",
    "DistrictOutlineCollection",
    "DistrictOutlineGeometry",
    "DistrictOutlineGeometryType",
    "DistrictOutlineProperties",
    "DistrictPage",
    "DistrictRead",
    "DuplicateCandidateRead",
    "EscalatedEntryData",
    "EscalatedEntryRead",
    "EscalationRuleCreate",
    "EscalationRulePage",
    "EscalationRuleRead",
    "EscalationRuleUpdate",
    "EscalationTarget",
    "EventKind",
    "EventType",
    "EvidenceKind",
    "EvidenceRead",
    "ExportFormat",
    "FieldValueType5",
    "FlaggedEntryData",
    "FlaggedEntryRead",
    "ForgotPasswordRequest",
    "HealthRead",
    "InboundMailReceipt",
    "InboundMailReceiptOutcome",
    "IntakeSuggestionRead",
    "IntakeSuggestionRequest",
    "JwkRead",
    "JwksRead",
    "KeywordRuleList",
    "KeywordRuleRead",
    "KeywordRuleReplace",
    "Language",
    "LegalHoldCreate",
    "LegalHoldList",
    "LegalHoldRead",
    "LineLinkCodeRead",
    "LineWebhookReceipt",
    "LocationIn",
    "LocationRead",
    "LoginForm",
    "MessageEntryData",
    "MessageEntryRead",
    "MessageEntryReadKind",
    "Milestone",
    "MilestoneStatsRead",
    "MouAreaCoverageRead",
    "MouAreaPage",
    "MouAreaRead",
    "MouAreaSummaryRead",
    "MouAreaUpdate",
    "MouTargetIn",
    "MouTargetKind",
    "MouTargetRead",
    "NamedParticipantIn",
    "NamedParticipantRead",
    "NotificationPreferencesRead",
    "NotificationPreferencesUpdate",
    "NotifyVia",
    "Open311Attribute",
    "Open311AttributeDatatype",
    "Open311AttributeValue",
    "Open311Discovery",
    "Open311Endpoint",
    "Open311EndpointType",
    "Open311Error",
    "Open311Receipt",
    "Open311Request",
    "Open311RequestCreate",
    "Open311RequestStatus",
    "Open311Service",
    "Open311ServiceDefinition",
    "Open311Token",
    "Outcome",
    "ParticipantRole",
    "Period",
    "PeriodTotalsRead",
    "PersonalDataAccessPage",
    "PersonalDataAccessRead",
    "PhotoUpload",
    "PiiAccess",
    "PlaceCandidateRead",
    "PlaceSource",
    "PointIn",
    "PrimaryCoordinatorUpdate",
    "PrincipalKind",
    "PrivacyNoticeCreate",
    "PrivacyNoticeRead",
    "Problem",
    "ProblemFieldError",
    "PublicActivityList",
    "PublicActivityRead",
    "PublicAgencyRead",
    "PublicAttachmentRead",
    "PublicCategoryList",
    "PublicCategoryRead",
    "PublicComplaintCreate",
    "PublicComplaintRead",
    "PublicComplaintReceipt",
    "PublicConsentIn",
    "PublicContactIn",
    "PublicDistrictRead",
    "PublicDistrictStatsList",
    "PublicDistrictStatsRead",
    "PublicEventRead",
    "PublicMergedIntoRead",
    "PublicRatingCreate",
    "PublicRatingRead",
    "PublicReopenCreate",
    "QueueHealthRead",
    "QueueSort",
    "RatedEntryData",
    "RatedEntryRead",
    "RatingSummaryRead",
    "RatingSummaryReadDistribution",
    "ReadinessRead",
    "RecordInboundMailFilesBody",
    "RecordLineEventsBody",
    "RedactedEntryRead",
    "RedactionEntryData",
    "ResetPasswordRequest",
    "RetentionPeriods",
    "Role",
    "RoutingPreviewRead",
    "RoutingPreviewRequest",
    "RoutingRuleCreate",
    "RoutingRulePage",
    "RoutingRuleRead",
    "RoutingRuleUpdate",
    "SatisfactionRead",
    "SatisfactionReadByAgency",
    "SatisfactionReadByDistrict",
    "SeriesPoint",
    "SimilarComplaintList",
    "SimilarComplaintRead",
    "SimilarNearbyList",
    "SimilarNearbyRead",
    "SlaFilter",
    "SlaMilestoneRead",
    "SlaPolicyBody",
    "SlaPolicyBodyFastTrackTargets",
    "SlaPolicyBodyTargets",
    "SlaPolicyList",
    "SlaPolicyRead",
    "SlaPolicyReadFastTrackTargets",
    "SlaPolicyReadFastTrackTargetsAdditionalProperty",
    "SlaPolicyReadTargets",
    "SlaPolicyReadTargetsAdditionalProperty",
    "SlaState",
    "SlaTargetBody",
    "Source",
    "StatusLabel",
    "SubjectContactRead",
    "SuggestedValuesRead",
    "SuggestionOutcomeRead",
    "SuggestionShownIn",
    "SummaryPeriod",
    "TargetGroup",
    "TargetKind",
    "TargetProgressRead",
    "TimelineEntryCreate",
    "TimelineEntryCreateKind",
    "TimelineEntryPage",
    "TimelineRedactionCreate",
    "TimelineRedactionRead",
    "TokenProblem",
    "TokenProblemError",
    "TokenRead",
    "TransitionEntryData",
    "TransitionEntryRead",
    "TransitionEntryReadKind",
    "UpdatedEntryData",
    "UpdatedEntryRead",
    "Urgency",
    "UserCreate",
    "UserPage",
    "UserRead",
    "UserSelfUpdate",
    "UserUpdate",
    "VerificationRequest",
    "VerifyRequest",
    "Visibility",
    "WebhookAttemptRead",
    "WebhookDeliveryPage",
    "WebhookDeliveryRead",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventDataChangeType0",
    "WebhookSecretRead",
    "WebhookSubscriptionCreate",
    "WebhookSubscriptionCreated",
    "WebhookSubscriptionPage",
    "WebhookSubscriptionRead",
    "WebhookSubscriptionUpdate",
)
