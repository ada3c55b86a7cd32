import { layeredKnowledge, type EngineBase } from '../engine.ts';
import { encodeLayer, type LayerSource } from '../persist/layer-state.ts';
import { preparedLayer } from './layer.ts';

/** Builds a server's layer (the costly part of its engine: its documents' analysis and the merged events) into its saved form. */
export interface LayerBuilder {
  build(key: string, source: LayerSource): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** A builder on this thread: for one-shot commands, where starting a worker would cost more than it saves. */
export function inThreadBuilder(base: EngineBase): LayerBuilder {
  return {
    build: async (key, source) => encodeLayer(key, base, source, layeredKnowledge(base, preparedLayer(source))),
    close: async () => undefined,
  };
}
