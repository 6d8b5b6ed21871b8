"""The harness that runs the untrusted program inside the sandbox (in process G).

Imported by `_sandbox_launcher.py` inside the sandbox only (as a top-level module); stdlib only.
It compiles the code (a SyntaxError is reported, not raised), runs it as `__main__` (stdin/stdout
tests), or runs it and then calls `fn_name(*args)` (call tests) or runs the test code in the
same namespace (assert tests), and reports on fd 3 as nonce-prefixed JSON lines:
{"syntax_error"}, {"exception", "msg", "phase"}, {"return"}, {"done"}, {"exited"}.

The nonce only stops a program from forging a report by printing; a program that reads the
harness's own memory (gc, frames) could still find it: the verdict it could forge that way is
limited to its own row.
"""

from __future__ import annotations

import builtins
import math
import os
import sys

RESULT_FD = 3
_USER_FILES = ("solution.py", "test.py", "prelude.py")

_JTABLE = {i: f"\\u{i:04x}" for i in range(32)} | {ord('"'): '\\"', ord("\\"): "\\\\"}


def _jstr(s: str, _tr=str.translate, _table=_JTABLE) -> str:
    """A JSON string literal (non-ASCII left as is; the host decodes with surrogatepass)."""
    return '"' + _tr(s, _table) + '"'


def _dumps(obj: object) -> bytes:
    return (_encode(obj) + "\n").encode("utf-8", "surrogatepass")


# --- the harness --------------------------------------------------------------------


def _encode(
    x: object,
    depth: int = 0,
    _type: type = type,
    _int: type = int,
    _float: type = float,
    _str: type = str,
    _esc=_jstr,
    _isinst=isinstance,
    _seq: tuple = (list, tuple),
    _list: type = list,
    _tuple: type = tuple,
    _dict: type = dict,
    _sets: tuple = (set, frozenset),
) -> str:
    """JSON for a return value, not trusting its methods (subclasses use the base type's)."""
    if depth > 100:
        raise ValueError("nesting too deep")
    if x is None:
        return "null"
    if x is True or x is False:
        return "true" if x else "false"
    if _isinst(x, _int):
        return _int.__repr__(x)
    if _isinst(x, _float):
        v = _float.__float__(x)
        return (
            "NaN"
            if v != v
            else "Infinity"
            if v == math.inf
            else "-Infinity"
            if v == -math.inf
            else _float.__repr__(v)
        )
    if _isinst(x, _str):
        return _esc(_str.__str__(x))
    if _isinst(x, _seq):
        items = _list.__iter__(x) if _isinst(x, _list) else _tuple.__iter__(x)
        return "[" + ",".join(_encode(v, depth + 1) for v in items) + "]"
    if _isinst(x, _dict):
        items = []
        for k, v in _dict.items(x):
            ks = k if _isinst(k, _str) else _encode(k, depth + 1).strip('"')
            items.append(_esc(_str.__str__(ks)) + ":" + _encode(v, depth + 1))
        return "{" + ",".join(items) + "}"
    if _isinst(x, _sets):
        vals = _list(x)
        try:
            vals = sorted(vals)
        except TypeError:
            pass
        return _encode(vals, depth + 1)
    tolist = getattr(x, "tolist", None)  # numpy arrays and scalars
    if tolist is not None and _type(x).__module__.split(".")[0] == "numpy":
        return _encode(tolist(), depth + 1)
    return "{" + '"__unserialisable__":' + _esc(_type(x).__qualname__) + "}"


class _Quitter:  # `exit()` / `quit()` exist only with the site module
    def __call__(self, code: object = None) -> None:
        raise SystemExit(code)

    def __repr__(self) -> str:
        return "Use exit() to exit"


def _exc_event(e: BaseException, phase: str) -> dict:
    try:
        msg = str(e)[:300]
    except Exception:
        msg = "?"
    return {"exception": type(e).__name__, "msg": msg, "phase": phase}


def _finish(code: int, _exit=os._exit) -> None:
    for s in (sys.stdout, sys.stderr):
        try:
            s.flush()
        except Exception:
            pass
    _exit(code)


def _exit_code(e: SystemExit) -> int:
    c = e.code
    if c is None:
        return 0
    if isinstance(c, int):
        return c & 0xFF
    try:
        print(c, file=sys.stderr)
    except Exception:
        pass
    return 1


def _reporter(nonce: str):  # -> (emit, fail)
    """`emit(**event)` writes one report line; `fail(e, phase, ns)` reports an exception and
    exits. Everything they call is bound now, before the program runs (it may rebind this
    module's globals)."""

    def emit(_nonce: str = nonce, _write=os.write, _enc=_encode, **event: object) -> None:
        try:
            body = _enc(event) if "return" not in event else '{"return":' + event["return"] + "}"
            _write(RESULT_FD, f"{_nonce} {body}\n".encode("utf-8", "surrogatepass"))
        except Exception:
            pass

    def fail(
        e: BaseException, phase: str, ns: dict, _ev=_exc_event, _fin=_finish, _files=_USER_FILES
    ) -> None:
        ev = _ev(e, phase)
        if isinstance(e, MemoryError):
            ns.clear()
        emit(**ev)
        try:
            import traceback

            tb = e.__traceback__  # hide the harness's own frames
            while tb is not None and tb.tb_frame.f_code.co_filename not in _files:
                tb = tb.tb_next
            traceback.print_exception(type(e), e, tb)
        except BaseException:
            pass
        _fin(1)

    return emit, fail


def _run_call(cfg: dict, ns: dict, emit, fail, _fin=_finish, _code=_exit_code, _enc=_encode):
    """Call `fn_name(*args)` (a function or a method of `Solution`) and report its return."""
    name = cfg["fn_name"]
    fn = ns.get(name)
    if not callable(fn) and isinstance(ns.get("Solution"), type):
        try:
            fn = getattr(ns["Solution"](), name, None)
        except BaseException as e:
            fail(e, "call", ns)
    if not callable(fn):
        emit(exception="NameError", msg=f"no function {name!r} defined", phase="call")
        _fin(1)
    args = cfg["args"]
    try:
        ret = fn(*args)
    except SystemExit as e:
        emit(exited=_code(e), phase="call")
        _fin(_code(e) or 1)
    except BaseException as e:
        fail(e, "call", ns)
    try:
        text = _enc(ret)
    except BaseException as e:
        fail(e, "encode", ns)
    emit(**{"return": text})
    _fin(0)


def _run_test(cfg: dict, ns: dict, emit, fail, _fin=_finish, _code=_exit_code) -> None:
    """Run the assert-test code in the program's namespace."""
    try:
        exec(compile(cfg["test"], "test.py", "exec", dont_inherit=True), ns)
    except SystemExit as e:
        emit(exited=_code(e), phase="test")
        _fin(_code(e) or 1)
    except BaseException as e:
        fail(e, "test", ns)
    emit(done=True)
    _fin(0)


def run_harness(cfg: dict) -> None:
    emit, fail = _reporter(cfg.pop("nonce"))
    finish, exit_code, run_call, run_test = _finish, _exit_code, _run_call, _run_test
    builtins.exit = builtins.quit = _Quitter()  # type: ignore[assignment]
    sys.set_int_max_str_digits(0)
    sys.argv = ["solution.py"]
    mode = cfg["mode"]
    # stdin/stdout programs run as __main__; call and assert tests import the code (a main
    # guard with demo code or input() calls stays quiet)
    name = "__main__" if mode == "stdio" else "solution"
    ns: dict = {"__name__": name, "__builtins__": builtins, "__file__": "solution.py"}
    try:
        prog = compile(cfg["code"], "solution.py", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, OverflowError) as e:
        emit(syntax_error=f"{type(e).__name__}: {e}"[:300])
        finish(1)
    except MemoryError as e:
        fail(e, "compile", ns)
    del cfg["code"]
    if mode == "stdio":
        try:
            exec(prog, ns)
        except SystemExit as e:
            finish(exit_code(e))
        except BaseException as e:
            fail(e, "code", ns)
        finish(0)
    try:
        if cfg.get("prelude"):
            exec(compile(cfg["prelude"], "prelude.py", "exec"), ns)
        exec(prog, ns)
    except SystemExit as e:
        emit(exited=exit_code(e), phase="code")
        finish(exit_code(e) or 1)
    except BaseException as e:
        fail(e, "code", ns)
    if mode == "call":
        run_call(cfg, ns, emit, fail)
    run_test(cfg, ns, emit, fail)
