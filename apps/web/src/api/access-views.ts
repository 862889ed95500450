/** What the coordination API answers about transfers, emergency access and who read a case: aliases of its OpenAPI response schemas (views.ts). */
import type { components } from './schema';

type Schemas = components['schemas'];

export type TransferView = Schemas['TransferView'];
export type TransferTarget = Schemas['TransferTargetView'];
export type BreakGlassAnswer = Schemas['TransfersBreakGlassAnswer'];
export type CaseReader = Schemas['CaseReaderView'];
