"""Model folders are untrusted: a pickle that names anything but a bundle's classes never runs, the manifest
cannot point outside its folder, and a platform can pin the hash of the model it trusts."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from ct_screen import Screener
from ct_screen.batch import BatchError, score_file, score_frame
from ct_screen.model.bundle import ModelIntegrityError, default_model_dir, load_model

CT_SCREEN = str(Path(sys.executable).with_name("ct-screen"))


class _RunsCode:
    """Pickles to a call of os.system: what a hostile model file holds."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _format1_folder(folder: Path) -> Path:
    """A format-1 bundle folder (a pickle, as models were saved before format 2) of the bundled model."""
    import copy

    shutil.copytree(default_model_dir(), folder)
    bundle = copy.copy(load_model(default_model_dir()))
    bundle.fusion = bundle.fusion.to_dict()  # format-1 bundles hold their fusion as a plain dict
    data = pickle.dumps(bundle, protocol=5)
    (folder / "model.joblib").write_bytes(data)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest.update(format=1, model_file="model.joblib", model_sha256=hashlib.sha256(data).hexdigest())
    manifest.pop("files", None)
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return folder


@pytest.fixture()
def trusted(tmp_path):
    return _format1_folder(tmp_path / "trusted")


def _rewrite(folder, data: bytes, **manifest_changes) -> None:
    """Replace the model file and rewrite the manifest to certify it, as a writer of the folder can."""
    (folder / "model.joblib").write_bytes(data)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest.update(model_sha256=hashlib.sha256(data).hexdigest(), **manifest_changes)
    (folder / "manifest.json").write_text(json.dumps(manifest))


def _sha(folder) -> str:
    """The pin of a folder: its manifest's model_sha256 (the model file's hash in format 1)."""
    return json.loads((Path(folder) / "manifest.json").read_text())["model_sha256"]


def test_code_running_pickle_with_rewritten_manifest_is_refused_unrun(trusted, tmp_path):
    marker = tmp_path / "ran"
    _rewrite(trusted, pickle.dumps(_RunsCode(marker)))
    with pytest.raises(ModelIntegrityError, match="system"):
        load_model(trusted)
    with pytest.raises(ModelIntegrityError):
        Screener(model=trusted).screen("hello")
    assert not marker.exists()


def test_cli_refuses_code_running_pickle(trusted, tmp_path):
    marker = tmp_path / "ran"
    _rewrite(trusted, pickle.dumps(_RunsCode(marker)))
    posts = tmp_path / "in.csv"
    posts.write_text("id,text\n1,Pay a fee first\n")
    done = subprocess.run([CT_SCREEN, "score", str(posts), "--model", str(trusted),
                           "--no-progress", "-j", "1"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "refusing to load" in done.stderr
    assert not marker.exists()


@pytest.mark.parametrize("payload", [
    pickle.dumps(eval),  # noqa: S307 - only pickled, never called
    pickle.dumps(__import__("collections").OrderedDict(a=1)),
    pickle.dumps(subprocess.Popen),
])
def test_any_foreign_global_is_refused(trusted, payload):
    _rewrite(trusted, payload)
    with pytest.raises(ModelIntegrityError, match="never holds"):
        load_model(trusted)


def test_plain_value_instead_of_a_bundle_is_refused(trusted):
    _rewrite(trusted, pickle.dumps({"coef": [1, 2]}))
    with pytest.raises(ModelIntegrityError, match="not a ModelBundle"):
        load_model(trusted)


def test_restricted_loader_still_reads_a_real_bundle(trusted):
    bundle = load_model(trusted)
    assert bundle.version == json.loads((trusted / "manifest.json").read_text())["model_version"]


@pytest.mark.parametrize("name", ["../outside.joblib", "sub/model.joblib", "ABSOLUTE", "..", "", "a\\b.joblib", 5])
def test_model_file_must_be_a_bare_name(trusted, tmp_path, name):
    outside = tmp_path / "outside.joblib"
    shutil.copy(trusted / "model.joblib", outside)  # the same, valid bytes: only the path is wrong
    (trusted / "sub").mkdir()
    shutil.copy(trusted / "model.joblib", trusted / "sub" / "model.joblib")
    manifest = json.loads((trusted / "manifest.json").read_text())
    manifest["model_file"] = str(outside) if name == "ABSOLUTE" else name
    (trusted / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelIntegrityError, match="bare file name"):
        load_model(trusted)


@pytest.mark.parametrize("text", ["[1, 2]", '"model"', "null", "42"])
def test_manifest_that_is_not_an_object(trusted, text):
    (trusted / "manifest.json").write_text(text)
    with pytest.raises(ModelIntegrityError, match="not an object"):
        load_model(trusted)


def test_unhashable_format_is_an_integrity_error(trusted):
    manifest = json.loads((trusted / "manifest.json").read_text())
    manifest["format"] = [1]
    (trusted / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelIntegrityError, match="bundle format"):
        load_model(trusted)


def test_pin_refuses_another_valid_model(trusted, tmp_path):
    good = _sha(trusted)
    assert load_model(trusted, expected_sha256=good.upper()).version
    other = tmp_path / "other"
    shutil.copytree(trusted, other)
    data = (other / "model.joblib").read_bytes()
    _rewrite(other, pickle.dumps(pickle.loads(data), protocol=4))  # a genuine bundle, other bytes  # noqa: S301
    assert load_model(other).version  # certified by its own manifest...
    with pytest.raises(ModelIntegrityError, match="not the pinned"):
        load_model(other, expected_sha256=good)  # ... but not the one we trust
    with pytest.raises(ModelIntegrityError, match="not the pinned"):
        Screener(model=other, model_sha256=good).screen("hello")
    assert Screener(model=trusted, model_sha256=good).screen("hello").model_score is not None


def test_pin_is_checked_before_the_file_is_unpickled(trusted, tmp_path):
    good = _sha(trusted)
    marker = tmp_path / "ran"
    _rewrite(trusted, pickle.dumps(_RunsCode(marker)))
    with pytest.raises(ModelIntegrityError, match="not the pinned"):
        load_model(trusted, expected_sha256=good)
    assert not marker.exists()


def test_pin_on_default_model_and_bad_pins():
    good = _sha(default_model_dir())
    assert Screener(model="default", model_sha256=good).screen("hello").model_score is not None
    with pytest.raises(ModelIntegrityError, match="not the pinned"):
        Screener(model="default", model_sha256="0" * 64).screen("hello")
    with pytest.raises(ModelIntegrityError, match="pinned model sha256"):
        Screener(model="default", model_sha256="xyz").screen("hello")
    with pytest.raises(ValueError, match="model_sha256"):
        Screener(model=None, model_sha256=good)


def test_pin_in_batch_paths(trusted, tmp_path):
    good, bad = _sha(trusted), "f" * 64
    frame = pd.DataFrame({"text": ["Pay the registration fee first"]})
    assert score_frame(frame, model=str(trusted), model_sha256=good)["ct_error"].isna().all()
    with pytest.raises(BatchError, match="not the pinned"):
        score_frame(frame, model=str(trusted), model_sha256=bad)
    posts = tmp_path / "in.csv"
    posts.write_text("id,text\n1,Pay the registration fee first\n")
    with pytest.raises(BatchError, match="not the pinned"):
        score_file(posts, tmp_path / "out.csv", model=str(trusted), model_sha256=bad, jobs=1, progress=False)
    score_file(posts, tmp_path / "out.csv", model=str(trusted), model_sha256=good, jobs=1, progress=False)
    assert (tmp_path / "out.csv").is_file()
    # in worker processes, the pin travels with the recipe
    big = tmp_path / "big.csv"
    big.write_text("id,text\n" + "".join(f"{i},post number {i}\n" for i in range(6)))
    with pytest.raises(BatchError, match="not the pinned"):
        score_file(big, tmp_path / "out2.csv", model=str(trusted), model_sha256=bad, jobs=2, chunk_size=2,
                   progress=False)


def test_pin_in_engine_options(trusted):
    from ct_screen.engines.common import PartitionOptions

    good = _sha(trusted)
    assert PartitionOptions.build(model=str(trusted), model_sha256=good).screener().model is not None
    with pytest.raises(ModelIntegrityError, match="not the pinned"):
        PartitionOptions.build(model=str(trusted), model_sha256="e" * 64)


def test_cli_pin(trusted, tmp_path):
    posts = tmp_path / "in.csv"
    posts.write_text("id,text\n1,Pay the registration fee first\n")
    base = [CT_SCREEN, "score", str(posts), "--model", str(trusted), "--no-progress",
            "-j", "1", "-o", str(tmp_path / "out.csv")]
    wrong = subprocess.run([*base, "--model-sha256", "a" * 64], capture_output=True, text=True, timeout=120)
    assert wrong.returncode == 1 and "not the pinned" in wrong.stderr
    right = subprocess.run([*base, "--model-sha256", _sha(trusted)], capture_output=True, text=True, timeout=120)
    assert right.returncode == 0, right.stderr
    malformed = subprocess.run([*base, "--model-sha256", "abc"], capture_output=True, text=True, timeout=120)
    assert malformed.returncode == 2 and "64 hex digits" in malformed.stderr


def test_evaluate_and_analyse_rules_take_the_pin(trusted, tmp_path):
    from click.testing import CliRunner

    from ct_screen.cli import main

    data = tmp_path / "labelled.csv"
    pd.DataFrame({"title": ["Driver", "Easy job"], "description": ["Drive vans in Leeds", "Pay the fee first"],
                  "fraudulent": [0, 1]}).to_csv(data, index=False)
    runner = CliRunner()
    for command in (["analyse-rules", str(data)], ["evaluate", "--data", str(data)]):
        wrong = runner.invoke(main, [*command, "--model", str(trusted), "--model-sha256", "c" * 64])
        assert wrong.exit_code == 1 and "not the pinned" in wrong.output, wrong.output
    right = runner.invoke(main, ["analyse-rules", str(data), "--model", str(trusted), "--model-sha256", _sha(trusted)])
    assert right.exit_code == 0, right.output


def _arrays_of_default() -> tuple[dict, bytes]:
    import io

    import numpy as np

    from ct_screen.model import store

    blob = (default_model_dir() / store.ARRAYS_FILE).read_bytes()
    with np.load(io.BytesIO(blob), allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    return arrays, (default_model_dir() / store.PARAMS_FILE).read_bytes()


def _npz(arrays: dict) -> bytes:
    import io

    import numpy as np

    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def test_vocabularies_written_as_unicode_arrays_before_still_read_the_same():
    """Bundles written before vocabularies were stored as UTF-8 bytes kept fixed-width unicode arrays."""
    import numpy as np

    from ct_screen.model import store

    arrays, params = _arrays_of_default()
    old = {}
    for key, value in arrays.items():
        if key.endswith("_utf8"):
            old[key[:-5]] = np.array(value.tobytes().decode("utf-8").split("\n"), dtype=str)
        else:
            old[key] = value
    assert not any(k.endswith("_utf8") for k in old)
    now, before = store.read_data(_npz(arrays), params), store.read_data(_npz(old), params)
    assert now["features"].full_.terms_.tolist() == before["features"].full_.terms_.tolist()
    assert now["features"].head_.terms_.tolist() == before["features"].head_.terms_.tolist()
    assert now["features"].term_names_.tolist() == before["features"].term_names_.tolist()
    assert len(now["features"].full_.terms_) == len(now["features"].full_.idf_) > 100_000


@pytest.mark.parametrize("damage", ["not utf-8", "wrong dtype", "one term short"])
def test_a_damaged_vocabulary_is_refused(damage):
    import numpy as np

    from ct_screen.model import store

    arrays, params = _arrays_of_default()
    blob = arrays["full_terms_utf8"]
    if damage == "not utf-8":
        arrays["full_terms_utf8"] = np.r_[blob, np.frombuffer(b"\xff\xfe", dtype=np.uint8)]
    elif damage == "wrong dtype":
        arrays["full_terms_utf8"] = blob.astype(np.int32)
    else:
        arrays["full_terms_utf8"] = blob[:blob.tobytes().rindex(b"\n")]
    with pytest.raises(store.StoreError):
        store.read_data(_npz(arrays), params)


def test_a_term_with_a_newline_cannot_be_written():
    from ct_screen.model import store

    bundle = load_model(default_model_dir())
    features = bundle.features
    saved = features.full_.terms_
    features.full_.terms_ = saved.copy()
    features.full_.terms_[0] = "two\nlines"
    try:
        with pytest.raises(store.StoreError, match="newline"):
            store.write_data(bundle)
    finally:
        features.full_.terms_ = saved
