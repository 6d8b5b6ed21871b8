"""Recipe schema: valid recipes load; invalid ones fail with key path, bad value and fix."""

from __future__ import annotations

import pytest

from curate.errors import RecipeError
from curate.recipe import apply_override, load_recipe

BASE = "name: t\nsource: {path: d.jsonl}\n"

INVALID = [
    # unknown plugin name: lists the valid ones and suggests the closest
    (
        BASE + "filters: [{corect: {}}]\n",
        ["filters[0]: unknown filter 'corect' (did you mean 'correct'?); valid filters:"],
    ),
    # a typo in a section key: suggests the right key and lists valid ones
    (BASE.replace("path", "pth"), ["source.pth: unknown key 'pth' (did you mean 'path'?)"]),
    # bad number with a range
    (BASE + "select: {k: 0}\n", ["select.k: expected an integer > 0, got 0"]),
    # bad literal lists the choices
    (
        BASE + "select: {policy: best}\n",
        [
            "select.policy: expected one of 'first', 'shortest', 'longest', 'median', 'random' or 'diverse', got 'best'"
        ],
    ),
    # plugin params are validated with the plugin's own model
    (
        BASE + "judges: [{exact: {when: sometimes}}]\n",
        ["judges[0].exact.when: expected one of 'always'", "got 'sometimes'"],
    ),
    # unknown plugin param
    (
        BASE + "filters: [{correct: {unknwn: keep}}]\n",
        ["filters[0].correct.unknwn: unknown key 'unknwn' (did you mean 'unknown'?)"],
    ),
    # a list item with two keys is not a plugin spec
    (
        BASE + "filters: [{correct: {}, exact: {}}]\n",
        ["filters[0]: expected `name` or `{name: {params}}` (one key)"],
    ),
    # missing required sections
    ("name: t\n", ["source: required key is missing"]),
    # both local path and hub dataset
    ("name: t\nsource: {path: a, dataset: b}\n", ["source: give exactly one of `path`"]),
    # an unknown canonical column in the mapping
    ("name: t\nsource: {path: a, columns: {promt: q}}\n", ["unknown canonical column 'promt'"]),
    # name must be usable as a directory name
    ("name: 'a b'\nsource: {path: a}\n", ["name: 'a b' does not match"]),
    # malformed YAML reports line and column
    ("name: t\nsource: {path: a\n", ["malformed YAML at line 3, column 1"]),
    # not a mapping at all
    ("- a\n- b\n", ["the recipe must be a mapping"]),
    # empty file
    ("", ["the recipe is empty"]),
    # unknown backend in generate lists the valid ones
    (BASE + "generate: {backend: nope, model: m}\n", ["generate.backend: unknown backend 'nope'"]),
    # several problems are reported together
    (
        BASE + "select: {k: -1}\nrun: {batch_size: big}\n",
        ["select.k: expected", "run.batch_size: expected an integer > 0, got 'big'"],
    ),
]


@pytest.mark.parametrize(("text", "fragments"), INVALID)
def test_invalid_recipes(text: str, fragments: list[str]) -> None:
    with pytest.raises(RecipeError) as exc:
        load_recipe(text=text)
    msg = str(exc.value)
    for frag in fragments:
        assert frag in msg, msg


def test_valid_recipe_fills_defaults_and_labels_repeats() -> None:
    r = load_recipe(text=BASE + "judges: [exact, {exact: {when: unknown}}]\nfilters: [correct]\n")
    assert [s.label for s in r.judges] == ["exact", "exact[2]"]
    assert r.judges[1].params.when == "unknown"
    assert r.dump()["filters"] == [{"correct": {"unknown": "drop"}}]
    assert r.run_dir().as_posix() == "runs/t"


OVERRIDES = [
    # nested scalar, parsed as YAML (an int)
    ("source.limit=5", lambda r: r.model.source.limit == 5),
    # plugin item by name
    ("filters.correct.unknown=keep", lambda r: r.filters[0].params.unknown == "keep"),
    # plugin item by index
    ("filters[0].correct.unknown=keep", lambda r: r.filters[0].params.unknown == "keep"),
    # a new section created on the fly
    ("select.k=3", lambda r: r.model.select.k == 3),
    # a list value
    ("output.dir=/tmp/x", lambda r: str(r.run_dir()) == "/tmp/x"),
]


@pytest.mark.parametrize(("assignment", "check"), OVERRIDES)
def test_overrides(assignment: str, check) -> None:
    r = load_recipe(text=BASE + "filters: [correct]\n", overrides=[assignment])
    assert check(r)


BAD_OVERRIDES = [
    ("nokey", "expected KEY=VALUE"),  # no '='
    ("filters.nosuch.x=1", "no item named 'nosuch'"),  # no plugin with that name
    ("filters[3].correct.unknown=keep", "index 3 out of range"),  # index past the end
    ("name.x=1", "'name' is not a mapping"),  # descending into a scalar
]


@pytest.mark.parametrize(("assignment", "fragment"), BAD_OVERRIDES)
def test_bad_overrides(assignment: str, fragment: str) -> None:
    raw = {"name": "t", "source": {"path": "a"}, "filters": ["correct"]}
    with pytest.raises(RecipeError, match=fragment.replace("[", r"\[").replace("]", r"\]")):
        apply_override(raw, assignment)


def test_override_validation_error_names_path() -> None:
    with pytest.raises(RecipeError, match=r"select\.k: expected an integer > 0, got 'many'"):
        load_recipe(text=BASE, overrides=["select.k=many"])


def test_fingerprint_ignores_output_but_not_params() -> None:
    a = load_recipe(text=BASE + "filters: [correct]\n")
    b = load_recipe(text=BASE + "filters: [correct]\noutput: {dir: elsewhere}\n")
    c = load_recipe(text=BASE + "filters: [{correct: {unknown: keep}}]\n")
    assert a.fingerprint() == b.fingerprint() != c.fingerprint()
