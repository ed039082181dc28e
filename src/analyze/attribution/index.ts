// Attribution finding: who (source) said (cue) what (content). Pure TypeScript, no Node API; the Node
// loader of the committed model file lives in ./load-node.ts (browsers fetch the bytes themselves and
// call modelFromBytes).
export { findAttributions, type RawAttribution } from './find.ts';
export { modelFromBytes, type AttributionModel } from './model.ts';
