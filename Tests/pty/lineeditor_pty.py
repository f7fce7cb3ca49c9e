#!/usr/bin/env python3
"""Real-terminal test of LineEditor, driven through a pseudo-terminal with pexpect.

    python3 Tests/pty/lineeditor_pty.py PATH/TO/EXECUTABLE

Written against the scratch demo `le-demo` (a REPL whose words complete on Tab, that echoes
each statement as `got: "..."` and runs a 3-second loop for `busy` polling
Interrupt.isRequested). To aim it at the real `nnlab`, change only the CONFIG block: the prompt
pattern, a word to complete, the echo of a statement, and a long command that polls Ctrl-C.

Each check prints PASS/FAIL; the exit status is the number of failures.
History goes to a fresh $XDG_STATE_HOME, so runs never touch the user's own history.
"""
import os
import re
import shutil
import sys
import tempfile
import time

import pexpect

# ---- CONFIG: what the program under test looks like ----------------------------------------
PROMPT = r"\[\d+\]>"                   # the primary prompt (colour codes sit around it)
COMPLETE_TYPED = "spi"                 # typed, then Tab ...
COMPLETE_EXPECT = "ral "               # ... the rest libedit must insert (one candidate + space)
LIST_TYPED = "d"                       # typed, then Tab: several candidates, nothing to add
LIST_EXPECT = [r"data", r"dense"]      # ... so all of them are listed below the line
MARKER = "show marker4711"             # a statement typed in run 1, recalled in run 2
def ran(statement):                    # what the program prints after running `statement`
    return re.escape('got: "%s"' % statement)
LONG_COMMAND = "busy"                  # runs about 3 s, polling Interrupt.isRequested
LONG_STOPPED = r"stopped early"        # printed when Ctrl-C stopped it
# ---------------------------------------------------------------------------------------------

failures = 0


def check(name, condition, detail=""):
    global failures
    print(("PASS " if condition else "FAIL ") + name + ("" if condition else "  " + detail))
    if not condition:
        failures += 1


def spawn(executable, state_home):
    env = dict(os.environ, TERM="xterm", XDG_STATE_HOME=state_home, LANG="C.UTF-8")
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(executable, [], env=env, encoding="utf-8", timeout=5,
                          dimensions=(24, 80))
    child.logfile_read = LOG
    return child


def expect(child, name, pattern, timeout=5):
    """Waits for `pattern`; records PASS/FAIL instead of raising."""
    try:
        child.expect(pattern, timeout=timeout)
        check(name, True)
        return True
    except (pexpect.TIMEOUT, pexpect.EOF) as error:
        check(name, False, "%s; saw %r" % (type(error).__name__, child.before[-300:]))
        return False


def quit_with_ctrl_d(child, name):
    child.sendcontrol("d")
    try:
        child.expect(pexpect.EOF, timeout=5)
    except pexpect.TIMEOUT:
        check(name + ": exits on Ctrl-D", False, "still running")
        child.terminate(force=True)
        return
    child.close()
    check(name + ": exit status 0 after Ctrl-D", child.exitstatus == 0,
          "exitstatus=%r signal=%r" % (child.exitstatus, child.signalstatus))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    executable = sys.argv[1]
    state_home = tempfile.mkdtemp(prefix="lineeditor-pty-")
    history = os.path.join(state_home, "nnlab", "history")
    try:
        # ---- run 1: completion, a statement for history, Ctrl-C at the prompt and mid-work
        child = spawn(executable, state_home)
        expect(child, "run 1: first prompt", PROMPT)

        child.send(COMPLETE_TYPED + "\t")
        expect(child, "Tab completes a single candidate", re.escape(COMPLETE_EXPECT))
        child.send("\r")
        expect(child, "completed line runs", ran(COMPLETE_TYPED + COMPLETE_EXPECT))
        expect(child, "prompt after completed line", PROMPT)

        child.send(LIST_TYPED + "\t")
        for pattern in LIST_EXPECT:
            expect(child, "Tab lists candidate " + pattern, pattern)
        expect(child, "prompt redrawn after listing", PROMPT + r".*" + re.escape(LIST_TYPED))
        child.sendcontrol("u")  # clear the line

        child.send(MARKER + "\r")
        expect(child, "statement for history runs", ran(MARKER))
        expect(child, "prompt after statement", PROMPT)

        child.send("half typed")
        child.sendcontrol("c")
        expect(child, "Ctrl-C at prompt: ^C and a fresh prompt", r"\^C\r\n.*" + PROMPT)
        child.send("after ctrl c\r")
        expect(child, "program continues after Ctrl-C (typed text dropped)", ran("after ctrl c"))

        started = time.monotonic()
        child.send(LONG_COMMAND + "\r")
        time.sleep(0.7)  # let the long command start
        child.sendcontrol("c")
        stopped = expect(child, "Ctrl-C stops the long command early", LONG_STOPPED, timeout=5)
        elapsed = time.monotonic() - started
        if stopped:
            check("... after %.2f s of its 3 s" % elapsed, elapsed < 2.0)
        expect(child, "prompt after the stopped command", PROMPT)
        child.send("still alive\r")
        expect(child, "flag did not leak into the next statement", ran("still alive"))
        quit_with_ctrl_d(child, "run 1")

        saved = open(history, encoding="utf-8").read().splitlines() if os.path.exists(history) else []
        check("history file written", MARKER in saved, "history=%r" % saved)
        leftovers = [n for n in os.listdir(os.path.dirname(history)) if n != "history"]
        check("no temporary files beside history", not leftovers, repr(leftovers))

        # ---- run 2: history recalled across runs with Up and with Ctrl-R
        child = spawn(executable, state_home)
        expect(child, "run 2: first prompt", PROMPT)
        child.send("\x1b[A" * 4)  # Up ×4: still alive, busy, after ctrl c, MARKER
        expect(child, "Up recalls a line from run 1", re.escape(MARKER))
        child.send("\r")
        expect(child, "recalled line runs", ran(MARKER))
        expect(child, "prompt after recalled line", PROMPT)

        child.sendcontrol("r")
        child.send("marker47")
        expect(child, "Ctrl-R finds the line", re.escape("marker4711"))
        child.send("\r")
        expect(child, "Ctrl-R result runs", ran(MARKER))
        expect(child, "prompt after Ctrl-R", PROMPT)
        quit_with_ctrl_d(child, "run 2")

        saved = open(history, encoding="utf-8").read().splitlines()
        check("history: re-run line appended, its consecutive repeat not", saved.count(MARKER) == 2,
              "history=%r" % saved)
    finally:
        shutil.rmtree(state_home, ignore_errors=True)
    print("%d failure(s)" % failures)
    return failures


if __name__ == "__main__":
    LOG = open(os.environ["PTY_LOG"], "w") if os.environ.get("PTY_LOG") else None
    sys.exit(main())
