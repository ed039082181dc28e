// Attribution finding: who (source) said (cue) what (content). Pure TypeScript, no Node API;
// the Node loader of the committed model lives in ./load-node.ts.
export { findAttributions, detectCues, type RawAttribution } from './find.ts';
export { modelFromBytes, modelToBytes, type AttributionModel } from './model.ts';
