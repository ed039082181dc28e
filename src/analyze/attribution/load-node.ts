// Node-only: reads the committed model file. Browsers fetch the bytes and call modelFromBytes.
import { readFileSync } from 'node:fs';
import { modelFromBytes, type AttributionModel } from './model.ts';

export const MODEL_PATH = new URL('../../../models/attribution.bin', import.meta.url);

let cached: AttributionModel | undefined;

/** The committed attribution model, read and decoded once per process. */
export function loadAttributionModel(path: string | URL = MODEL_PATH): AttributionModel {
  if (path === MODEL_PATH && cached) return cached;
  let model: AttributionModel;
  try {
    model = modelFromBytes(new Uint8Array(readFileSync(path)));
  } catch (e) {
    // the decoder knows the byte, not the file
    throw new Error(`${path instanceof URL ? path.pathname : path}: ${(e as Error).message}`, { cause: e });
  }
  if (path === MODEL_PATH) cached = model;
  return model;
}
