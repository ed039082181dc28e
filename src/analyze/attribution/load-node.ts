// Node-only: reads the committed model file. Browsers fetch the bytes and call modelFromBytes.
import { readFileSync } from 'node:fs';
import { modelFromBytes, type AttributionModel } from './model.ts';

export const MODEL_PATH = new URL('../../../models/attribution.bin', import.meta.url);

let cached: AttributionModel | undefined;

/** The committed attribution model, read and decoded once per process. */
export function loadAttributionModel(path: string | URL = MODEL_PATH): AttributionModel {
  if (path === MODEL_PATH && cached) return cached;
  const model = modelFromBytes(new Uint8Array(readFileSync(path)));
  if (path === MODEL_PATH) cached = model;
  return model;
}
