/**
 * The ONNX protobuf messages. onnx-proto is CommonJS with a single `onnx` namespace on
 * its exports, so it is taken through the default import and re-exported by name.
 */
import onnxProto from 'onnx-proto';

export const onnx = onnxProto.onnx;

export const DataType = onnx.TensorProto.DataType;
export const AttrType = onnx.AttributeProto.AttributeType;

export type ModelProto = onnxProto.onnx.IModelProto;
export type NodeProto = onnxProto.onnx.INodeProto;
export type TensorProto = onnxProto.onnx.ITensorProto;
export type AttributeProto = onnxProto.onnx.IAttributeProto;
export type ValueInfoProto = onnxProto.onnx.IValueInfoProto;
