/**
 * A small writer of ONNX graphs, for the models the tests and benchmarks generate: tensors,
 * typed inputs and outputs, nodes with named outputs, and subgraphs (an `If`'s branches).
 */
import onnxProto, { type onnx as OnnxTypes } from 'onnx-proto';

export const { onnx } = onnxProto;
export type { OnnxTypes };

export const FLOAT = onnx.TensorProto.DataType.FLOAT;
export const INT64 = onnx.TensorProto.DataType.INT64;
export const INT8 = onnx.TensorProto.DataType.INT8;
export const UINT8 = onnx.TensorProto.DataType.UINT8;
export const BOOL = onnx.TensorProto.DataType.BOOL;

export type Dim = number | string;

export function tensor(name: string, dims: number[], data: Float32Array | Int8Array | bigint[]): OnnxTypes.ITensorProto {
  if (data instanceof Float32Array) {
    return { name, dims, dataType: FLOAT, rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  }
  if (data instanceof Int8Array) {
    return { name, dims, dataType: INT8, rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  }
  const raw = new BigInt64Array(data);
  return { name, dims, dataType: INT64, rawData: new Uint8Array(raw.buffer) };
}

export function valueInfo(name: string, elemType: OnnxTypes.TensorProto.DataType, dims?: Dim[]): OnnxTypes.IValueInfoProto {
  const shape = dims ? { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } : undefined;
  return { name, type: { tensorType: { elemType, ...(shape ? { shape } : {}) } } };
}

export function node(opType: string, inputs: string[], outputs: string[], attributes: OnnxTypes.IAttributeProto[] = []): OnnxTypes.INodeProto {
  return { opType, input: inputs, output: outputs, name: `${opType}_${outputs[0]}`, attribute: attributes };
}

const Attr = onnx.AttributeProto.AttributeType;
export const intAttr = (name: string, i: number): OnnxTypes.IAttributeProto => ({ name, type: Attr.INT, i });
export const intsAttr = (name: string, ints: number[]): OnnxTypes.IAttributeProto => ({ name, type: Attr.INTS, ints });
export const floatAttr = (name: string, f: number): OnnxTypes.IAttributeProto => ({ name, type: Attr.FLOAT, f });
export const tensorAttr = (name: string, t: OnnxTypes.ITensorProto): OnnxTypes.IAttributeProto => ({ name, type: Attr.TENSOR, t });
export const graphAttr = (name: string, g: OnnxTypes.IGraphProto): OnnxTypes.IAttributeProto => ({ name, type: Attr.GRAPH, g });

export function model(graph: OnnxTypes.IGraphProto, producerName: string): Uint8Array {
  return onnx.ModelProto.encode({ irVersion: 8, producerName, opsetImport: [{ domain: '', version: 17 }], graph }).finish();
}

/**
 * Collects the nodes of one graph (or subgraph), naming each output after a prefix and a
 * counter so that a branch's names never meet another's. Constants go to a shared list of
 * initializers, which a subgraph may read from its parent.
 */
export class GraphBuilder {
  readonly nodes: OnnxTypes.INodeProto[] = [];
  private count = 0;

  constructor(
    private readonly prefix: string,
    readonly initializers: OnnxTypes.ITensorProto[] = [],
  ) {}

  /** Adds a node and returns its (first) output's name. */
  op(opType: string, inputs: string[], attributes: OnnxTypes.IAttributeProto[] = [], output?: string): string {
    return this.ops(opType, inputs, 1, attributes, output ? [output] : undefined)[0]!;
  }

  /** Adds a node with several outputs and returns their names. */
  ops(opType: string, inputs: string[], outputs: number, attributes: OnnxTypes.IAttributeProto[] = [], names?: string[]): string[] {
    const out = names ?? Array.from({ length: outputs }, () => `${this.prefix}${opType.toLowerCase()}_${++this.count}`);
    this.nodes.push(node(opType, inputs, out, attributes));
    return out;
  }

  /** An initializer (shared with every branch), returned by name. */
  constant(name: string, dims: number[], data: Float32Array | Int8Array | bigint[]): string {
    this.initializers.push(tensor(name, dims, data));
    return name;
  }
}
