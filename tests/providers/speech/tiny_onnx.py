"""Tiny ONNX models with the inputs and outputs of real Piper and Kokoro voices, made with the onnx
package's helper API: each phoneme id becomes a short tone as loud as the id, so the audio's length
and loudness show which ids the model was given."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

PIPER_SAMPLES_PER_ID = 256
KOKORO_SAMPLES_PER_TOKEN = 300


def _tone(samples: int, rate: int, shape: list[int]) -> onnx.TensorProto:
    wave = np.sin(2 * np.pi * 220 * np.arange(samples) / rate).astype(np.float32).reshape(shape)
    return numpy_helper.from_array(wave, "tone")


def _save(graph: onnx.GraphProto, path: Path) -> Path:
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    return path


def tiny_piper(path: Path, *, rate: int = 22050, with_speaker: bool = False) -> Path:
    """A VITS-shaped model: input [1, n] ids, input_lengths [1], scales [3] (and sid [1]) -> [1, 1, m]."""
    inputs = [
        helper.make_tensor_value_info("input", TensorProto.INT64, [1, "n"]),
        helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
        helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3]),
    ]
    if with_speaker:
        inputs.append(helper.make_tensor_value_info("sid", TensorProto.INT64, [1]))
    nodes = [
        helper.make_node("Cast", ["input"], ["ids"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["ids", "hundredth"], ["level"]),
        helper.make_node("Unsqueeze", ["level", "last_axis"], ["column"]),
        helper.make_node("Mul", ["column", "tone"], ["tones"]),
        helper.make_node("Reshape", ["tones", "out_shape"], ["output"]),
    ]
    initializers = [
        numpy_helper.from_array(np.array(0.01, dtype=np.float32), "hundredth"),
        numpy_helper.from_array(np.array([2], dtype=np.int64), "last_axis"),
        _tone(PIPER_SAMPLES_PER_ID, rate, [1, 1, PIPER_SAMPLES_PER_ID]),
        numpy_helper.from_array(np.array([1, 1, -1], dtype=np.int64), "out_shape"),
    ]
    output = helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, "m"])
    return _save(helper.make_graph(nodes, "tiny-piper", inputs, [output], initializers), path)


def tiny_kokoro(path: Path, *, token_input: str = "tokens") -> Path:
    """A Kokoro-shaped model: tokens [1, n], style [1, 256], speed [1] -> audio [m] at 24 kHz."""
    inputs = [
        helper.make_tensor_value_info(token_input, TensorProto.INT64, [1, "n"]),
        helper.make_tensor_value_info("style", TensorProto.FLOAT, [1, 256]),
        helper.make_tensor_value_info("speed", TensorProto.FLOAT, [1]),
    ]
    nodes = [
        helper.make_node("Cast", [token_input], ["ids"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["ids", "hundredth"], ["level"]),
        helper.make_node("Unsqueeze", ["level", "last_axis"], ["column"]),
        helper.make_node("Mul", ["column", "tone"], ["tones"]),
        helper.make_node("Reshape", ["tones", "flat"], ["voiced"]),
        helper.make_node("ReduceMean", ["style"], ["style_mean"], keepdims=0),
        helper.make_node("Add", ["voiced", "style_mean"], ["audio"]),
    ]
    initializers = [
        numpy_helper.from_array(np.array(0.01, dtype=np.float32), "hundredth"),
        numpy_helper.from_array(np.array([2], dtype=np.int64), "last_axis"),
        _tone(KOKORO_SAMPLES_PER_TOKEN, 24000, [1, 1, KOKORO_SAMPLES_PER_TOKEN]),
        numpy_helper.from_array(np.array([-1], dtype=np.int64), "flat"),
    ]
    output = helper.make_tensor_value_info("audio", TensorProto.FLOAT, ["m"])
    return _save(helper.make_graph(nodes, "tiny-kokoro", inputs, [output], initializers), path)
