#ifndef NNLAB_CLIBEDIT_SHIM_H
#define NNLAB_CLIBEDIT_SHIM_H
// libedit's line-editing API (<histedit.h>, never GNU readline's header: GNU's
// libreadline-dev is also installed on these machines and would silently win).
#include <histedit.h>

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

// Swift cannot call C variadic functions (el_set, el_get, history), and Swift 6 rejects the
// C globals stdin/stdout/stderr as not concurrency-safe. Every such use goes through one of
// the small wrappers below; all are prefixed `nnle_`.

/// A prompt callback (EL_PROMPT_ESC).
typedef char *(*nnle_prompt_func)(EditLine *);
/// A user-defined editor command (EL_ADDFN); returns one of the CC_* codes.
typedef unsigned char (*nnle_edit_func)(EditLine *, int);

/// Sets the locale from the environment so libedit handles UTF-8 input. Numbers stay in the
/// "C" locale (nnlab prints the same bytes everywhere); when the environment gives no locale
/// at all (LANG unset: plain "C"), the character type falls back to C.UTF-8.
static inline void nnle_setlocale(void) {
    setlocale(LC_ALL, "");
    setlocale(LC_NUMERIC, "C");
    const char *ctype = setlocale(LC_CTYPE, NULL);
    if (ctype == NULL || strcmp(ctype, "C") == 0 || strcmp(ctype, "POSIX") == 0) {
        setlocale(LC_CTYPE, "C.UTF-8");
    }
}

/// Sets the locale, then starts libedit on the process's stdin/stdout/stderr.
static inline EditLine *nnle_init(const char *program) {
    nnle_setlocale();
    return el_init(program, stdin, stdout, stderr);
}

/// el_set(EL_PROMPT_ESC): `escape` brackets invisible bytes (colour codes) in the prompt.
static inline int nnle_set_prompt_esc(EditLine *el, nnle_prompt_func prompt, char escape) {
    return el_set(el, EL_PROMPT_ESC, prompt, (int)escape);
}

/// el_set(EL_EDITOR): "emacs" or "vi".
static inline int nnle_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/// el_set(EL_SIGNAL): with 1, libedit catches SIGINT & co. while el_gets runs, restores the
/// terminal, re-raises the signal to the previously installed handler, and el_gets returns
/// NULL with count -1.
static inline int nnle_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

/// el_set(EL_HIST): connects a history list to the editor (Up/Down, Ctrl-R).
static inline int nnle_set_history(EditLine *el, History *hist) {
    return el_set(el, EL_HIST, history, hist);
}

/// el_set(EL_CLIENTDATA).
static inline int nnle_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

/// el_get(EL_CLIENTDATA).
static inline void *nnle_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

/// el_set(EL_ADDFN): registers a named editor command implemented by `function`.
static inline int nnle_add_function(EditLine *el, const char *name, const char *help,
                                    nnle_edit_func function) {
    return el_set(el, EL_ADDFN, name, help, function);
}

/// el_set(EL_BIND): binds `key` (e.g. "^I", "^R") to the editor command `command`.
static inline int nnle_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

/// history(H_SETSIZE).
static inline int nnle_history_set_size(History *hist, int size) {
    HistEvent event;
    return history(hist, &event, H_SETSIZE, size);
}

/// history(H_SETUNIQUE): 1 drops an entry equal to the previous one.
static inline int nnle_history_set_unique(History *hist, int on) {
    HistEvent event;
    return history(hist, &event, H_SETUNIQUE, on);
}

/// history(H_ENTER): appends one entry (may contain newlines).
static inline int nnle_history_enter(History *hist, const char *line) {
    HistEvent event;
    return history(hist, &event, H_ENTER, line);
}

/// history(H_CLEAR).
static inline int nnle_history_clear(History *hist) {
    HistEvent event;
    return history(hist, &event, H_CLEAR);
}

/// Writes `text` to the process's stdout (the stream libedit draws on) and flushes it.
static inline void nnle_write_stdout(const char *text) {
    fputs(text, stdout);
    fflush(stdout);
}

/// Flushes the process's stdout.
static inline void nnle_flush_stdout(void) {
    fflush(stdout);
}

/// Width of the terminal on stdout in columns, or 0 when stdout is not a terminal.
static inline int nnle_terminal_columns(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return (int)size.ws_col;
    }
    return 0;
}

/// The terminal's settings before nnlab first changed them between statements (a
/// function-local static: Swift's importer emits no storage for a header's own statics).
typedef struct {
    struct termios settings;
    int saved;
} nnle_cooked_state;

static inline nnle_cooked_state *nnle_cooked(void) {
    static nnle_cooked_state state;
    return &state;
}

/// Puts the terminal back as it was before the first `nnle_keep_typeahead` (run at exit).
static inline void nnle_restore_terminal(void) {
    if (nnle_cooked()->saved) {
        tcsetattr(STDIN_FILENO, TCSADRAIN, &nnle_cooked()->settings);
    }
}

/// Called when a statement starts running: keys typed while it runs are then kept byte for
/// byte for the next prompt. In canonical ("cooked") mode the line discipline would turn a
/// Ctrl-D into an end-of-file marker that reaches libedit as a NUL byte, so a Ctrl-D typed
/// during `train` would be lost. Clears only ICANON (echo and Ctrl-C's signal stay); libedit
/// ignores settings that are not canonical and restores its saved cooked ones when its read
/// ends. The first call saves the settings and restores them at exit.
static inline int nnle_keep_typeahead(void) {
    struct termios settings;
    if (tcgetattr(STDIN_FILENO, &settings) != 0) {
        return -1;
    }
    if (!nnle_cooked()->saved) {
        nnle_cooked()->settings = settings;
        nnle_cooked()->saved = 1;
        atexit(nnle_restore_terminal);
    }
    if (!(settings.c_lflag & ICANON)) {
        return 0;
    }
    settings.c_lflag &= ~(tcflag_t)ICANON;
    settings.c_cc[VMIN] = 1;
    settings.c_cc[VTIME] = 0;
    return tcsetattr(STDIN_FILENO, TCSADRAIN, &settings);
}

/// Installs `handler` for SIGINT with SA_RESTART (blocking reads outside libedit resume).
static inline int nnle_install_sigint(void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGINT, &action, NULL);
}

#endif
