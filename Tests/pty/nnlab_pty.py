#!/usr/bin/env python3
"""Real-terminal tests of nnlab, driven through a pseudo-terminal with pexpect.

    python3 Tests/pty/nnlab_pty.py PATH/TO/nnlab

1. The prompt: Tab completes a word; a line typed in an earlier run is recalled (Up, and
   Ctrl-R); Ctrl-C clears a half-typed line; Ctrl-C stops `train 100000` after the current
   step and keeps the model, and training goes on at the same prompt; Ctrl-D exits with 0,
   also when typed while a statement runs, and the terminal is canonical again afterwards.
2. A lesson: lesson 01 is walked as a learner would: a cell runs, a statement of the learner's
   own at a pause, a hint, the exercise solved with the solution's statements, quit, and a new
   run resumes at the same cell.
3. Pictures: the terminal is resized between two `show boundary` and the second is wider;
   `train 50 live` redraws the decision regions in place and ends at the prompt; `export`
   writes the session. `nnlab export lesson 1` writes a page with no address in it and a
   notebook that nbformat validates (when it is installed).

History and progress go to fresh XDG folders, so the user's own are never touched.
Each check prints PASS/FAIL; the last line is `N passed, M failed`; the exit status is 1 if
anything failed.
"""
import os
import re
import shutil
import sys
import tempfile

import pexpect

PROMPT = r"\[(\d+)\]>"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
passed = 0
failed = 0


def check(name, condition, detail=""):
    global passed, failed
    print(("PASS " if condition else "FAIL ") + name + ("" if condition else "  " + detail), flush=True)
    if condition:
        passed += 1
    else:
        failed += 1


def spawn(executable, homes, args=(), dimensions=(40, 100), cwd=None):
    env = dict(os.environ, TERM="xterm", LANG="C.UTF-8", XDG_STATE_HOME=homes["state"],
               XDG_DATA_HOME=homes["data"], NNLAB_LESSONS=homes["lessons"])
    for name in ("NO_COLOR", "COLUMNS", "LINES"):   # the terminal's own size and colours
        env.pop(name, None)
    child = pexpect.spawn(executable, list(args), env=env, encoding="utf-8", timeout=20,
                          dimensions=dimensions, cwd=cwd)
    child.logfile_read = LOG
    return child


def expect(child, name, pattern, timeout=20):
    try:
        child.expect(pattern, timeout=timeout)
        check(name, True)
        return True
    except (pexpect.TIMEOUT, pexpect.EOF) as error:
        seen = ANSI.sub("", child.before or "")[-400:]
        check(name, False, "%s; saw %r" % (type(error).__name__, seen))
        return False


def exits_cleanly(child, name):
    child.sendcontrol("d")
    try:
        child.expect(pexpect.EOF, timeout=10)
    except pexpect.TIMEOUT:
        seen = ANSI.sub("", child.before or "")[-300:]
        check(name, False, "still running after Ctrl-D; saw %r" % seen)
        child.terminate(force=True)
        return
    child.close()
    check(name, child.exitstatus == 0, "exitstatus=%r signal=%r" % (child.exitstatus, child.signalstatus))


def prompt_session(executable, homes):
    # Run 1: completion, a marker line for history, Ctrl-C at the prompt and during training.
    child = spawn(executable, homes)
    expect(child, "welcome and first prompt", PROMPT)
    child.send("data spi")
    child.expect("spi")
    child.send("\t")
    expect(child, "Tab completes `spi` to `spiral`", "ral ")
    child.send("\r")
    expect(child, "data spiral runs", r"spiral: 500 rows")
    expect(child, "prompt after data", PROMPT)
    child.sendline("layer dense 8 tanh")
    expect(child, "layer added", r"layer 1: dense 8 tanh")
    child.send("let marker = 4711")
    child.send("\r")
    expect(child, "binding runs", r"marker = 4711")
    child.send("half typed line")
    child.expect("typed line")   # as a person would: Ctrl-C after the text is on screen
    child.sendcontrol("c")
    expect(child, "Ctrl-C at the prompt gives a fresh prompt", PROMPT)
    child.sendline("train 100000")
    expect(child, "training shows live progress", r"epoch \d+", timeout=30)
    child.sendcontrol("c")
    expect(child, "Ctrl-C stops training and keeps the model", r"interrupted in epoch (\d+)", timeout=30)
    expect(child, "prompt after the interruption", PROMPT)
    child.sendline("train 2")
    expect(child, "training goes on at the same prompt", r"trained 2 epochs \((\d+) in all", timeout=30)
    epochs_in_all = int(child.match.group(1)) if child.match and child.match != pexpect.TIMEOUT else 0
    check("the interrupted epochs were kept", epochs_in_all >= 3, "epochs in all: %d" % epochs_in_all)
    expect(child, "prompt after training", PROMPT)
    exits_cleanly(child, "Ctrl-D exits run 1 with status 0")

    # Run 2: the line typed in run 1 comes back with Up and with Ctrl-R.
    child = spawn(executable, homes)
    expect(child, "run 2 prompt", PROMPT)
    for _ in range(3):
        child.send("\x1b[A")   # Up
    child.send("\r")
    expect(child, "Up recalls a line of run 1", r"marker = 4711")
    expect(child, "prompt after recall", PROMPT)
    child.sendcontrol("r")
    child.send("marker")
    child.expect("let marker = 4711")   # the search shows the found line; Enter runs it
    child.send("\r")
    expect(child, "Ctrl-R finds a line of run 1", r"\nmarker = 4711")
    # Keys typed while a statement runs reach a terminal in cooked mode, where the line
    # discipline turns Ctrl-D into an end-of-line byte; a person waits for the prompt.
    expect(child, "prompt after the search", PROMPT)
    exits_cleanly(child, "Ctrl-D exits run 2 with status 0")


def spawn_then_stty(executable, homes):
    """nnlab in a shell that prints the terminal's settings once nnlab has ended."""
    env = dict(os.environ, TERM="xterm", LANG="C.UTF-8", XDG_STATE_HOME=homes["state"],
               XDG_DATA_HOME=homes["data"], NNLAB_LESSONS=homes["lessons"])
    child = pexpect.spawn("/bin/sh", ["-c", "'%s'; echo; stty -a" % executable], env=env,
                          encoding="utf-8", timeout=20, dimensions=(40, 100))
    child.logfile_read = LOG
    return child


def finish(child):
    try:
        child.expect(pexpect.EOF, timeout=20)
    except pexpect.TIMEOUT:
        child.terminate(force=True)
    child.close()


CANONICAL = r"(?<![-\w])icanon\b"


def typeahead_session(executable, homes):
    # A Ctrl-D typed while `train` runs ends nnlab once training is done.
    child = spawn_then_stty(executable, homes)
    expect(child, "run 3 prompt", PROMPT)
    child.sendline("data spiral")
    expect(child, "data for the typeahead run", PROMPT)
    child.sendline("train 300")
    expect(child, "training runs", r"epoch \d+", timeout=30)
    child.sendcontrol("d")                            # typed while training runs
    expect(child, "training finishes", r"trained 300 epochs", timeout=60)
    expect(child, "Ctrl-D typed during training ends nnlab after it", r"bye", timeout=20)
    finish(child)

    # `quit` ends nnlab while a statement runs: the terminal is canonical ("cooked") again,
    # as the shell expects it.
    child = spawn_then_stty(executable, homes)
    expect(child, "run 4 prompt", PROMPT)
    child.sendline("quit")
    expect(child, "the terminal is canonical again after quit", CANONICAL, timeout=20)
    finish(child)


def piped_input(executable, homes):
    # Not a terminal: no prompt, the statements run, and a failure sets the exit status.
    import subprocess
    env = dict(os.environ, XDG_STATE_HOME=homes["state"], XDG_DATA_HOME=homes["data"])
    good = subprocess.run([executable], input="data line\nlayer dense 1 sigmoid\ntrain 2\n", env=env,
                          capture_output=True, text=True, timeout=60)
    check("piped input runs with status 0", good.returncode == 0 and "trained 2 epochs" in good.stdout
          and "[1]>" not in good.stdout and "\x1b[" not in good.stdout, "status %r" % good.returncode)
    bad = subprocess.run([executable], input="data line\ntrian 2\nshow settings\n", env=env,
                         capture_output=True, text=True, timeout=60)
    check("piped input goes on after an error and exits with 1", bad.returncode == 1
          and "did you mean `train`" in bad.stdout + bad.stderr and "settings" in bad.stdout,
          "status %r" % bad.returncode)


def lesson_cells(path):
    """The exercise's first hint and the solution's statements of a lesson file."""
    text = open(path, encoding="utf-8").read()
    blocks = re.findall(r"```nnlab( exercise| solution)?\n(.*?)```", text, re.S)
    hint, solution, cells_before_exercise = None, [], 0
    for tag, body in blocks:
        tag = tag.strip()
        if tag == "exercise" and hint is None:
            hints = [l.split(":", 1)[1].strip() for l in body.splitlines() if l.strip().startswith("hint:")]
            hint = hints[0] if hints else None
        elif tag == "solution" and not solution:
            solution = [l for l in body.splitlines() if l.strip() and not l.strip().startswith("#")]
        elif hint is None:
            cells_before_exercise += 1
    return hint, solution, cells_before_exercise


def lesson_walk(executable, homes):
    files = sorted(f for f in os.listdir(homes["lessons"]) if f.startswith("01-") and f.endswith(".md"))
    if not files:
        check("lesson 01 exists", False, "no lessons/01-*.md")
        return
    hint, solution, before = lesson_cells(os.path.join(homes["lessons"], files[0]))
    check("lesson 01 has an exercise with a hint and a solution", hint is not None and solution)
    pause = r"\[lesson 1 · cell (\d+)/(\d+)\]>"
    child = spawn(executable, homes, ["lesson", "1"])
    expect(child, "lesson 01 starts with its title", r"Lesson 1")
    expect(child, "the first pause", pause)
    child.send("\r")                                  # run the first cell
    expect(child, "Enter runs the cell", pause, timeout=30)
    child.sendline("let mine = 42")                   # a statement of the learner's own
    expect(child, "a learner's own statement runs at the pause", r"mine = 42")
    # Walk on to the exercise.
    for _ in range(before * 2 + 2):
        child.expect(pause, timeout=30)
        cell = int(child.match.group(1))
        if "exercise" in ANSI.sub("", child.before or ""):
            break
        child.sendline("next")
    child.sendline("hint")
    expect(child, "hint gives the first tier", re.escape(hint[:30]) if hint else "hint")
    for index, statement in enumerate(solution):
        child.sendline(statement)
        if index < len(solution) - 1:
            child.expect(pause, timeout=30)           # as a person would: one at a time
    expect(child, "the exercise is solved by the learner's statements", r"every goal is met", timeout=60)
    child.expect(pause, timeout=30)
    stopped_at = int(child.match.group(1))
    child.sendline("quit")
    try:
        child.expect(pexpect.EOF, timeout=20)
    except pexpect.TIMEOUT:
        child.terminate(force=True)
    child.close()
    check("quit leaves the lesson with status 0", child.exitstatus == 0, "exitstatus=%r" % child.exitstatus)

    child = spawn(executable, homes, ["lesson", "1"])
    expect(child, "a new run resumes at the same cell", r"\[lesson 1 · cell %d/" % stopped_at, timeout=60)
    child.sendline("quit")
    try:
        child.expect(pexpect.EOF, timeout=20)
    except pexpect.TIMEOUT:
        child.terminate(force=True)
    child.close()


def plot_width(text):
    """The widest line of a picture's plot area (lines with a y axis), in characters."""
    lines = [ANSI.sub("", l) for l in text.replace("\r", "").split("\n")]
    return max([len(l.rstrip()) for l in lines if "┤" in l or "│" in l] or [0])


def pictures(executable, homes):
    child = spawn(executable, homes, dimensions=(30, 90), cwd=homes["scratch"])
    expect(child, "pictures: prompt", PROMPT)
    child.sendline("data spiral")
    expect(child, "pictures: data", PROMPT)
    child.sendline("layer dense 32 tanh")
    expect(child, "pictures: layer", PROMPT)
    child.sendline("layer dense 32 tanh")
    expect(child, "pictures: second layer", PROMPT)
    child.sendline("show boundary")
    expect(child, "first boundary shown", PROMPT, timeout=30)
    first = plot_width(child.before)
    child.setwinsize(60, 180)
    child.sendline("show boundary")
    expect(child, "second boundary shown after the resize", PROMPT, timeout=30)
    second = plot_width(child.before)
    check("the boundary grows with the terminal (%d → %d columns)" % (first, second),
          first > 20 and second > first + 20, "widths %d and %d" % (first, second))
    check("a picture never spills over the terminal's width", second <= 180, "width %d" % second)
    child.sendline("train 50 live")
    expect(child, "train 50 live ends at the prompt", r"trained 50 epochs[\s\S]*" + PROMPT, timeout=60)
    shown = child.before + (child.after if isinstance(child.after, str) else "")
    # How many frames a training shows depends on its speed (about ten a second); the first
    # epoch always draws one, and the area is taken back in place (the cursor goes up) before
    # the final picture.
    frames = len(re.findall(r"decision regions, epoch \d+", shown))
    check("train 50 live draws the regions while training (%d frames)" % frames, frames >= 1, "frames %d" % frames)
    check("live pictures are redrawn in place (cursor moved up)", re.search(r"\x1b\[\d+A", shown) is not None)
    check("after training the final regions are shown once", "decision regions after epoch 50" in shown)
    child.sendline('export "day.html"')
    expect(child, "export writes the session", r"exported 6 statements to day.html", timeout=30)
    page = open(os.path.join(homes["scratch"], "day.html"), encoding="utf-8").read()
    check("the exported page holds the boundaries as SVG", page.count("<svg") >= 4 and "http" not in page)
    exits_cleanly(child, "Ctrl-D exits the pictures run with status 0")


def lesson_export(executable, homes):
    import subprocess
    env = dict(os.environ, NNLAB_LESSONS=homes["lessons"])
    html = os.path.join(homes["scratch"], "lesson1.html")
    notebook = os.path.join(homes["scratch"], "lesson1.ipynb")
    for path, extra in ((html, []), (notebook, ["--solutions"])):
        done = subprocess.run([executable, "export", "lesson", "1", path] + extra, env=env,
                              capture_output=True, text=True, timeout=120)
        check("nnlab export lesson 1 %s" % os.path.basename(path), done.returncode == 0 and os.path.exists(path),
              done.stdout + done.stderr)
    page = open(html, encoding="utf-8").read() if os.path.exists(html) else ""
    check("the lesson page refers to nothing outside itself", page and not re.search(r"https?:|<script|<link| src=", page))
    check("the lesson page leaves the solution out", "One solution:" not in page and "Exercise." in page)
    try:
        import nbformat
    except ImportError:
        print("SKIP nbformat is not installed: the lesson notebook is not validated")
        return
    try:
        nbformat.validate(nbformat.read(notebook, as_version=4))
        check("nbformat validates the lesson notebook", True)
    except Exception as error:   # any failure of the validator is a failed check
        check("nbformat validates the lesson notebook", False, str(error)[:300])


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    executable = os.path.abspath(sys.argv[1])
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    scratch = tempfile.mkdtemp(prefix="nnlab-pty-")
    homes = {"state": os.path.join(scratch, "state"), "data": os.path.join(scratch, "data"),
             "lessons": os.path.join(root, "lessons"), "scratch": scratch}
    try:
        prompt_session(executable, homes)
        typeahead_session(executable, homes)
        piped_input(executable, homes)
        lesson_walk(executable, homes)
        pictures(executable, homes)
        lesson_export(executable, homes)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


LOG = open(os.environ["NNLAB_PTY_LOG"], "w") if os.environ.get("NNLAB_PTY_LOG") else None

if __name__ == "__main__":
    sys.exit(main())
