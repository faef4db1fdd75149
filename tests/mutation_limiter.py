"""Mutation run over the limiter core: does any test notice when the code is subtly wrong?

    .venv/bin/python tests/mutation_limiter.py [--jobs 2] [--only _backend.py] [--list]
    .venv/bin/python tests/mutation_limiter.py --again OUTPUT   # only what OUTPUT lists as survived
    .venv/bin/python tests/mutation_limiter.py --score OUTPUT [RERUN...]   # score saved outputs

One mutation at a time in ``marketplace_async/_backend.py`` and ``marketplace_async/_scheduler.py``:
comparisons flipped (``<`` / ``<=``, ``==`` / ``!=``, ``is`` / ``is not``, ``in`` / ``not in``),
``and`` / ``or`` swapped, ``not`` dropped, ``+`` / ``-`` swapped, ``max`` / ``min`` swapped,
``pop`` turned into ``get``, numbers and booleans changed, and every statement removed.

pytest collects the limiter's tests once; each mutant then runs them (stopping at the first
failure) in a forked child that first gives the loaded functions the mutated code. A mutant outside
any function (a module constant, a class body) runs in a fresh interpreter on a copy of the tree.
A test that runs longer than :data:`TEST_TIMEOUT` under a mutant hangs: pytest-timeout fails it.
Property tests run a fifth of their examples, derandomized. A mutant that no test kills survives;
those listed in :data:`EQUIVALENT` cannot change behaviour (each says why) and are left out of the
score: killed / (mutants - equivalent).

Not collected by pytest (no ``test_`` prefix): it takes minutes, run it by hand.
"""

from __future__ import annotations

import argparse
import ast
import copy
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FunctionType

import hypothesis
import pytest

ROOT = Path(__file__).resolve().parent.parent
TARGETS = ("marketplace_async/_backend.py", "marketplace_async/_scheduler.py")
TESTS = (
    "tests/test_limiter_mutants.py",
    "tests/test_limiter_faults.py",
    "tests/test_scheduler.py",
    "tests/test_pacing.py",
    "tests/test_hotpath_engine.py",  # the uncontended acquire's shortcut against the queued path
)
# The two slowest tests (one scale, one throughput) guard nothing the others do not, at a tenth of the time.
DESELECT = (
    "tests/test_limiter_faults.py::test_touching_20000_campaigns_once_leaves_no_state_once_idle",
    "tests/test_scheduler.py::test_sustained_throughput_at_least_98_percent[10000-3600.0-0.1]",
)
TEST_TIMEOUT = 12  # seconds one test may take under a mutant (the slowest takes ~2): longer, it hangs

# (file, function, description) of mutants that cannot change behaviour, with the reason.
_FLOOR_ONLY = "read only under a server floor, and observe_remaining sets it with the floor"
_SHORTCUT = (
    "turns off the uncontended acquire's shortcut: every acquire then takes the queued path, which "
    "admits the same requests at the same times (tests/test_hotpath_engine.py compares the two)"
)

EQUIVALENT: dict[tuple[str, str, str], str] = {
    ("_scheduler.py", "_Slots.try_acquire", "remove `return False`"): (
        "its callers test the result for truth, and None is false as False is"
    ),
    (
        "_scheduler.py",
        "Lane.__init__",
        "remove `if isinstance(backend, MemoryBackend) and type(backend).acquire is ...`",
    ): _SHORTCUT,
    ("_scheduler.py", "Lane.__init__", "remove `self._try_now = backend.try_acquire`"): _SHORTCUT,
    (
        "_scheduler.py",
        "Lane.acquire",
        "remove `if direct is not None and (not queue) and (not probes) and (not sel...`",
    ): _SHORTCUT,
    ("_scheduler.py", "Lane.demands", "constant 1 -> 0 in `self._per_request = self._demands(1)`"): (
        "reached only when no use counts items, so the items given weigh nothing"
    ),
    ("_backend.py", "_SlidingLog.__init__", "constant 0 -> 1 in `self.total = 0`"): (
        "total is only read as a difference from floor_base_total, which is copied from it"
    ),
    ("_backend.py", "_SlidingLog.__init__", "remove `self.floor = 0`"): _FLOOR_ONLY,
    ("_backend.py", "_SlidingLog.__init__", "constant 0 -> 1 in `self.floor = 0`"): _FLOOR_ONLY,
    ("_backend.py", "_SlidingLog.__init__", "remove `self.floor_base_total = 0`"): _FLOOR_ONLY,
    ("_backend.py", "_SlidingLog.__init__", "constant 0 -> 1 in `self.floor_base_total = 0`"): _FLOOR_ONLY,
    ("_backend.py", "_SlidingLog.wait_for", "`<` -> `<=` in `now < self.paused_until`"): (
        "at now == paused_until the wait it adds is 0 either way"
    ),
    ("_backend.py", "_SlidingLog.wait_for", "`<` -> `<=` in `now < self.floor_until`"): (
        "at now == floor_until the wait it adds is 0 either way"
    ),
    (
        "_backend.py",
        "_SlidingLog.wait_for",
        "constant True -> False in `for expiry, w in zip(self.expiries, self.weights, strict=True):`",
    ): "the two deques always have the same length",
    (
        "_backend.py",
        "MemoryBackend.try_acquire",
        "constant True -> False in `for log, (_, weight) in zip(logs, demands, strict=True):`",
    ): "logs is built from demands, one per demand",
    ("_scheduler.py", "<module>", "constant 1 -> 0 in `_tickets = itertools.count(1)`"): (
        "a ticket only has to be unique; none is tested for truth"
    ),
    ("_scheduler.py", "_Probe.__init__", "remove `self.answered = asyncio.Event()`"): (
        "answered is read only while a request holds the probe, and claiming it sets a fresh Event"
    ),
    (
        "_scheduler.py",
        "Lane._probe_in_flight",
        "remove `return None`",
    ): "a function returns None at its end anyway",
    ("_scheduler.py", "BucketUse", "constant False -> True in `paced: bool = False`"): (
        "every BucketUse is made by bucket_for, which always passes paced"
    ),
    (
        "_scheduler.py",
        "Lane._pace_wait",
        "constant True -> False in `for use, (bucket, _) in zip(self.uses, demands, strict=True):`",
    ): "demands has one entry per use (Lane.demands)",
    (
        "_scheduler.py",
        "Lane._paced_now",
        "constant True -> False in `for use, (bucket, weight) in zip(self.uses, demands, strict=True):`",
    ): "demands has one entry per use (Lane.demands)",
    ("_scheduler.py", "Lane.acquire", "remove `if probes:`"): (
        "a guard for speed: with no probe registered, _probe_in_flight finds none"
    ),
    (
        "_scheduler.py",
        "Lane.acquire",
        "constant 0.0 -> 1 in `if wait <= 0.0 and probes and (self._probe_in_flight() is not None):`",
    ): (
        "with 0 < wait <= 1 nothing was taken, so the refund it adds gives nothing back, and the lane"
        " waits for the probe's answer before it looks again either way"
    ),
}

_SWAP_CMP = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}
_SKIP_CLASSES = {"LimiterBackend"}  # a Protocol: its bodies are ``...``


@dataclass(frozen=True)
class Mutant:
    file: str
    index: int  # the n-th mutation site of the file, in a fixed walk order
    function: str
    line: int
    description: str
    in_function: bool  # inside a function body: patched in place; else run on a fresh interpreter

    @property
    def key(self) -> tuple[str, str, str]:
        return (Path(self.file).name, self.function, self.description)


class _Sites(ast.NodeVisitor):
    """Walks a module and yields (node path, description, apply) for every mutation site."""

    def __init__(self) -> None:
        self.sites: list[tuple[str, int, str, bool]] = []
        self._scope: list[str] = []
        self._functions = 0  # depth of function bodies around the walk
        self._stmt: ast.stmt | None = None

    def _add(self, node: ast.AST, description: str) -> None:
        scope = ".".join(self._scope) or "<module>"
        self.sites.append((scope, getattr(node, "lineno", 0), description, self._functions > 0))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        if node.name in _SKIP_CLASSES:
            return
        self._scope.append(node.name)
        self._body(node.body)
        self._scope.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._function(node)

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self._scope.append(node.name)
        for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self._expr(default)  # evaluated at definition: patched with the function's defaults
        self._functions += 1
        self._body(node.body)
        self._functions -= 1
        self._scope.pop()

    def _body(self, body: list[ast.stmt]) -> None:
        for i, stmt in enumerate(body):
            if _is_docstring(stmt, i) or _is_slots(stmt) or isinstance(stmt, (ast.Import, ast.ImportFrom)):
                continue
            if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Pass)):
                self._add(stmt, f"remove `{_short(stmt)}`")
            self._statement(stmt)

    def _statement(self, stmt: ast.stmt) -> None:
        self._stmt = stmt  # names where a constant is, since the same constant recurs
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            self.visit(stmt)
            return
        if isinstance(stmt, ast.AugAssign):  # the statement is itself a site: walk it whole
            self._expr(stmt)
            return
        for name, value in ast.iter_fields(stmt):
            if name in ("annotation", "returns", "type_comment"):
                continue
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                self._body(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, ast.excepthandler):
                        if item.type is not None:
                            self._expr(item.type)
                        self._body(item.body)
                    elif isinstance(item, ast.AST):
                        self._expr(item)
            elif isinstance(value, ast.AST):
                self._expr(value)

    def _expr(self, node: ast.AST) -> None:
        for child in ast.walk(node):
            if isinstance(child, ast.Compare):
                for op in child.ops:
                    if type(op) in _SWAP_CMP:
                        self._add(
                            child, f"`{_op(op)}` -> `{_op(_SWAP_CMP[type(op)]())}` in `{_short(child)}`"
                        )
            elif isinstance(child, ast.BoolOp):
                swapped = "or" if isinstance(child.op, ast.And) else "and"
                self._add(child, f"-> `{swapped}` in `{_short(child)}`")
            elif isinstance(child, ast.UnaryOp) and isinstance(child.op, ast.Not):
                self._add(child, f"drop `not` in `{_short(child)}`")
            elif isinstance(child, ast.BinOp) and isinstance(child.op, (ast.Add, ast.Sub)):
                self._add(child, f"`+`/`-` swapped in `{_short(child)}`")
            elif isinstance(child, ast.AugAssign) and isinstance(child.op, (ast.Add, ast.Sub)):
                self._add(child, f"`+=`/`-=` swapped in `{_short(child)}`")
            elif isinstance(child, ast.Constant) and _mutable_constant(child.value):
                where = _short(self._stmt) if self._stmt is not None else "?"
                self._add(child, f"constant {child.value!r} -> {_new_constant(child.value)!r} in `{where}`")
            elif isinstance(child, ast.Name) and child.id in ("max", "min"):
                self._add(child, f"`{child.id}` -> `{'min' if child.id == 'max' else 'max'}`")
            elif isinstance(child, ast.Attribute) and child.attr == "pop":
                self._add(child, f"`.pop` -> `.get` in `{_short(child)}`")


class _Apply(ast.NodeTransformer):
    """Applies the mutation at site ``target``, walking in exactly the order of :class:`_Sites`."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.count = -1

    def _hit(self) -> bool:
        self.count += 1
        return self.count == self.target


def _mutate(tree: ast.Module, target: int) -> ast.Module:
    """A copy of ``tree`` with site ``target`` mutated (same walk as :class:`_Sites`)."""
    tree = copy.deepcopy(tree)
    counter = _Apply(target)

    def body(stmts: list[ast.stmt]) -> None:
        for i, stmt in enumerate(stmts):
            if _is_docstring(stmt, i) or _is_slots(stmt) or isinstance(stmt, (ast.Import, ast.ImportFrom)):
                continue
            removable = not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Pass))
            if removable and counter._hit():
                stmts[i] = ast.Pass()
                continue
            statement(stmt)

    def function(node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            expr(default)
        body(node.body)

    def statement(stmt: ast.stmt) -> None:
        if isinstance(stmt, ast.ClassDef):
            if stmt.name not in _SKIP_CLASSES:
                body(stmt.body)
            return
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function(stmt)
            return
        if isinstance(stmt, ast.AugAssign):
            expr(stmt)
            return
        for name, value in ast.iter_fields(stmt):
            if name in ("annotation", "returns", "type_comment"):
                continue
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                body(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, ast.excepthandler):
                        if item.type is not None:
                            expr(item.type)
                        body(item.body)
                    elif isinstance(item, ast.AST):
                        expr(item)
            elif isinstance(value, ast.AST):
                expr(value)

    def expr(node: ast.AST) -> None:
        for child in list(ast.walk(node)):
            if isinstance(child, ast.Compare):
                for j, op in enumerate(child.ops):
                    if type(op) in _SWAP_CMP and counter._hit():
                        child.ops[j] = _SWAP_CMP[type(op)]()
            elif isinstance(child, ast.BoolOp):
                if counter._hit():
                    child.op = ast.Or() if isinstance(child.op, ast.And) else ast.And()
            elif isinstance(child, ast.UnaryOp) and isinstance(child.op, ast.Not):
                if counter._hit():
                    child.op = ast.UAdd()  # +x keeps the operand's truth: "not" dropped
                    child.operand = ast.Call(ast.Name("bool", ast.Load()), [child.operand], [])
            elif (isinstance(child, ast.BinOp) and isinstance(child.op, (ast.Add, ast.Sub))) or (
                isinstance(child, ast.AugAssign) and isinstance(child.op, (ast.Add, ast.Sub))
            ):
                if counter._hit():
                    child.op = ast.Sub() if isinstance(child.op, ast.Add) else ast.Add()
            elif isinstance(child, ast.Constant) and _mutable_constant(child.value):
                if counter._hit():
                    child.value = _new_constant(child.value)
            elif isinstance(child, ast.Name) and child.id in ("max", "min"):
                if counter._hit():
                    child.id = "min" if child.id == "max" else "max"
            elif isinstance(child, ast.Attribute) and child.attr == "pop" and counter._hit():
                child.attr = "get"

    body(tree.body)
    return ast.fix_missing_locations(tree)


def _is_docstring(stmt: ast.stmt, index: int) -> bool:
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
    )


def _is_slots(stmt: ast.stmt) -> bool:
    return (
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and stmt.targets[0].id == "__slots__"
    )


def _mutable_constant(value: object) -> bool:
    return isinstance(value, (bool, int, float)) and not isinstance(value, complex)


def _new_constant(value: bool | int | float) -> bool | int | float:
    if isinstance(value, bool):
        return not value
    return 1 if value == 0 else 0


def _op(op: ast.cmpop) -> str:
    return {
        ast.Lt: "<",
        ast.LtE: "<=",
        ast.Gt: ">",
        ast.GtE: ">=",
        ast.Eq: "==",
        ast.NotEq: "!=",
        ast.Is: "is",
        ast.IsNot: "is not",
        ast.In: "in",
        ast.NotIn: "not in",
    }[type(op)]


def _short(node: ast.AST) -> str:
    text = ast.unparse(node).splitlines()[0]
    return text if len(text) <= 70 else text[:67] + "..."


def mutants(file: str) -> Iterator[tuple[Mutant, str]]:
    tree = ast.parse((ROOT / file).read_text(encoding="utf-8"))
    sites = _Sites()
    sites._body(tree.body)
    for index, (function, line, description, in_function) in enumerate(sites.sites):
        yield Mutant(file, index, function, line, description, in_function), ast.unparse(_mutate(tree, index))


def _describe(mutant: Mutant) -> str:
    return f"{mutant.file}:{mutant.line} [{mutant.function}] {mutant.description}"


def _unnumbered(described: str) -> str:
    """Without its line number, so that a rerun finds its mutants after edits elsewhere in the file."""
    return re.sub(r":\d+ ", " ", described, count=1)


def _copy_tree(dest: Path) -> None:
    for name in ("marketplace_async", "tests"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")


def _pytest_args() -> list[str]:
    deselect = [arg for test in DESELECT for arg in ("--deselect", test)]
    # pytest-timeout fails a test that hangs under a mutant (the slowest takes ~2 s unmutated).
    return ["-x", "-q", "-p", "no:cacheprovider", f"--timeout={TEST_TIMEOUT}", *deselect, *TESTS]


def _patch(file: str, source: str) -> None:
    """Give the loaded module's functions the mutated code, in place: every reference to them
    (imports elsewhere, instances, bound methods) then runs the mutant."""
    name = file[:-3].replace("/", ".")
    module = sys.modules[name]
    namespace: dict[str, object] = {"__name__": name, "__package__": name.rpartition(".")[0]}
    exec(compile(source, str(module.__file__), "exec"), namespace)
    for attr, new in namespace.items():
        old = module.__dict__.get(attr)
        if isinstance(new, type) and isinstance(old, type):
            for member, value in vars(new).items():
                _patch_function(vars(old).get(member), value, str(module.__file__))
        else:
            _patch_function(old, new, str(module.__file__))


def _patch_function(old: object, new: object, filename: str) -> None:
    if isinstance(old, property) and isinstance(new, property):
        old, new = old.fget, new.fget
    if (
        isinstance(old, FunctionType)
        and isinstance(new, FunctionType)
        and new.__code__.co_filename == filename
    ):
        old.__code__ = new.__code__
        old.__defaults__ = new.__defaults__
        old.__kwdefaults__ = new.__kwdefaults__


class _Runner:
    """A pytest plugin: collects once, then runs the collected tests once per mutant, each in a
    forked child that patches the mutant in first (only the parent pays for imports and collection).

    Mutants outside any function (module constants, class bodies) cannot be patched in place:
    each runs in a fresh interpreter on a copy of the tree instead.
    """

    def __init__(self, todo: list[tuple[Mutant, str]], jobs: int, workdirs: list[Path]) -> None:
        self.todo = todo
        self.jobs = jobs
        self.workdirs = workdirs
        self.baseline_ok = False
        self.timeout = 600  # seconds for a fresh interpreter's run; set from the unmutated run
        self.results: list[tuple[Mutant, bool]] = []

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session: pytest.Session) -> bool:
        items = list(session.items)
        for item in items:  # property tests run a fifth of their examples, in a fixed order
            test = getattr(item, "obj", None)
            current = getattr(test, "_hypothesis_internal_use_settings", None)
            if current is not None:
                examples = max(10, current.max_examples // 5)
                test._hypothesis_internal_use_settings = hypothesis.settings(  # type: ignore[union-attr]
                    current, max_examples=examples, derandomize=True, database=None
                )
        started = time.monotonic()
        _, status = os.waitpid(self._fork(session, items, None), 0)
        self.baseline_ok = os.waitstatus_to_exitcode(status) == 0
        self.timeout = int(time.monotonic() - started) + 60  # for mutants run by a fresh interpreter
        if not self.baseline_ok:
            return True
        queue = list(self.todo)
        running: dict[int, tuple[Mutant, Path | None]] = {}
        deadlines: dict[int, float] = {}
        free = list(self.workdirs)
        while queue or running:
            while queue and len(running) < self.jobs:
                mutant, source = queue[0]
                if mutant.in_function:
                    queue.pop(0)
                    running[self._fork(session, items, (mutant, source))] = (mutant, None)
                elif free:
                    queue.pop(0)
                    workdir = free.pop()
                    (workdir / mutant.file).write_text(source, encoding="utf-8")
                    running[_spawn(workdir, self.timeout)] = (mutant, workdir)
                else:
                    break
            pid, status = _wait(running, deadlines, self.timeout)
            mutant, workdir = running.pop(pid)
            if workdir is not None:
                shutil.copy(ROOT / mutant.file, workdir / mutant.file)
                free.append(workdir)
            survived = os.waitstatus_to_exitcode(status) == 0
            self.results.append((mutant, survived))
            print(f"{_state(mutant, survived):>10} {_describe(mutant)}", file=sys.__stdout__, flush=True)
        return True

    def _fork(
        self, session: pytest.Session, items: list[pytest.Item], mutant: tuple[Mutant, str] | None
    ) -> int:
        pid = os.fork()
        if pid:
            return pid
        try:  # the child: exit status 0 if every test passes
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            reporter = session.config.pluginmanager.getplugin("terminalreporter")
            if reporter is not None:  # it writes to a copy of the parent's stdout: silence it
                reporter._tw._file = open(os.devnull, "w")  # noqa: SIM115 - the child exits soon
            if mutant is not None:
                _patch(mutant[0].file, mutant[1])
            for i, item in enumerate(items):
                nextitem = items[i + 1] if i + 1 < len(items) else None
                item.config.hook.pytest_runtest_protocol(item=item, nextitem=nextitem)
                if session.testsfailed:
                    os._exit(1)
            os._exit(0)
        except BaseException:
            os._exit(3)


def _wait(
    running: dict[int, tuple[Mutant, Path | None]], deadlines: dict[int, float], timeout: int
) -> tuple[int, int]:
    """The next child to end; one past its deadline (a hang the alarm missed) is ended first."""
    while True:
        pid, status = os.waitpid(-1, os.WNOHANG)
        if pid:
            deadlines.pop(pid, None)
            return pid, status
        now = time.monotonic()
        for child in running:
            deadline = deadlines.setdefault(child, now + timeout)
            if now > deadline:
                os.kill(child, signal.SIGKILL)
        time.sleep(0.05)


def _spawn(workdir: Path, timeout: int) -> int:
    """A fresh interpreter running the tests on ``workdir``: for mutants outside functions."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")  # a mutant's .pyc must never serve another
    command = ["timeout", str(timeout), sys.executable, "-m", "pytest", *_pytest_args()]
    process = subprocess.Popen(
        command,
        cwd=workdir,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    return process.pid


def _state(mutant: Mutant, survived: bool) -> str:
    if survived:
        return "equivalent" if mutant.key in EQUIVALENT else "SURVIVED"
    return "killed"


def _score(paths: list[Path]) -> int:
    """Score saved outputs: one line per mutant; a later file's verdict (a rerun) overrides."""
    verdicts: dict[tuple[str, int], bool] = {}
    for path in paths:
        seen: dict[str, int] = {}  # one description may name several mutants of a function
        for line in path.read_text(encoding="utf-8").splitlines():
            state, _, rest = line.strip().partition(" ")
            if state in ("killed", "SURVIVED", "equivalent"):
                key = _unnumbered(rest)
                verdicts[key, seen.setdefault(key, 0)] = state == "killed"
                seen[key] += 1
    equivalent_keys = {
        _unnumbered(_describe(m)) for f in TARGETS for m, _ in mutants(f) if m.key in EQUIVALENT
    }
    equivalent = sum(1 for (key, _), killed in verdicts.items() if key in equivalent_keys and not killed)
    survivors = [key for (key, _), killed in verdicts.items() if not killed and key not in equivalent_keys]
    scored = len(verdicts) - equivalent
    print(
        f"{len(verdicts)} mutants, {equivalent} equivalent: {scored - len(survivors)} of {scored} killed",
        end="",
    )
    print(f" ({(scored - len(survivors)) / max(scored, 1):.1%})")
    for key in survivors:
        print(f"  survived: {key}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", help="one target file name, e.g. _backend.py")
    parser.add_argument(
        "--functions",
        nargs="+",
        help="only mutants inside these functions, e.g. Lane.acquire _Slots.try_acquire",
    )
    parser.add_argument("--list", action="store_true", help="list the mutants and exit")
    parser.add_argument(
        "--again", type=Path, help="run only the mutants a previous run's output lists as survived"
    )
    parser.add_argument(
        "--resume", type=Path, help="skip the mutants a previous run's output has a verdict for"
    )
    parser.add_argument(
        "--score", type=Path, nargs="+", help="score saved outputs (a run, then reruns that override it)"
    )
    args = parser.parse_args()
    todo = [m for f in TARGETS if not args.only or f.endswith(args.only) for m in mutants(f)]
    if args.functions:
        todo = [(m, s) for m, s in todo if any(f"[{name}]" in _describe(m) for name in args.functions)]
    if args.again:
        lines = args.again.read_text(encoding="utf-8").splitlines()
        wanted = {
            _unnumbered(line.split(maxsplit=1)[1]) for line in lines if line.lstrip().startswith("SURVIVED")
        }
        todo = [(m, s) for m, s in todo if _unnumbered(_describe(m)) in wanted]
    if args.resume:
        done = {_unnumbered(line.strip().partition(" ")[2]) for line in args.resume.read_text().splitlines()}
        todo = [(m, s) for m, s in todo if _unnumbered(_describe(m)) not in done]
    if args.score:
        return _score(args.score)
    if args.list:
        for mutant, _ in todo:
            flag = " (equivalent)" if mutant.key in EQUIVALENT else ""
            print(f"{_describe(mutant)}{flag}")
        return 0
    started = time.monotonic()
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="mutation-") as tmp:
        workdirs = [Path(tmp) / f"w{i}" for i in range(args.jobs)]
        for workdir in workdirs:
            _copy_tree(workdir)
        runner = _Runner(todo, args.jobs, workdirs)
        pytest.main(_pytest_args(), plugins=[runner])
    if not runner.baseline_ok:
        print("the tests fail on the unmutated code: fix that first")
        return 2
    equivalent = sum(1 for m, survived in runner.results if survived and m.key in EQUIVALENT)
    survivors = [m for m, survived in runner.results if survived and m.key not in EQUIVALENT]
    scored = len(runner.results) - equivalent
    killed = scored - len(survivors)
    minutes = (time.monotonic() - started) / 60
    print(f"\n{len(runner.results)} mutants, {equivalent} equivalent: {killed} of {scored} killed", end="")
    print(f" ({killed / max(scored, 1):.1%}) in {minutes:.1f} min")
    for mutant in survivors:
        print(f"  survived: {_describe(mutant)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
