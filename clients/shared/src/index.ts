// What both SPAs import from @fasttrack/shared.
export {
  ApiError,
  createApiClient,
  newIdempotencyKey,
  unwrap,
  unwrapWithResponse,
} from "./api/client";
export type { ApiClient, ApiClientOptions, Problem, Schemas, components, paths } from "./api/client";
export { fillPath, uploadWithProgress } from "./api/upload";
export type { UploadFields, UploadOptions, UploadPath } from "./api/upload";
export { DEFAULT_CONFIG, loadRuntimeConfig, parseConfig } from "./config";
export type { RuntimeConfig } from "./config";
export { BANGKOK, bangkokToday, formatDate, formatDateTime, formatDuration, formatNumber } from "./dates";
export {
  I18nProvider,
  LANGUAGES,
  LanguageSwitch,
  initialLanguage,
  mergeCatalogues,
  translate,
  useI18n,
} from "./i18n";
export type { Catalogue, I18n, Lang, Messages } from "./i18n";
export { DistrictMap, fitProjection, pathOf } from "./map";
export type { DistrictMapProps, DistrictOutlines, Projection } from "./map";
export { sharedMessages } from "./messages";
