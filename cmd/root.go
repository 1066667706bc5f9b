package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit codes; see the package documentation.
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitPartial = 3
	// exitInterrupted is the code of a run stopped by Ctrl-C (SIGINT) or
	// SIGTERM, as shells report a process killed by SIGINT (128+2).
	exitInterrupted = 130
)

// errInterrupted is the error of a run stopped by a signal before it
// wrote anything.
var errInterrupted = &codedError{exitInterrupted, errors.New("interrupted; nothing was written")}

// codedError carries the exit code an error should end the program with.
type codedError struct {
	code int
	err  error
}

func (e *codedError) Error() string { return e.err.Error() }
func (e *codedError) Unwrap() error { return e.err }

// usageErrorf reports a bad flag value or argument (exit 2).
func usageErrorf(format string, args ...any) error {
	return &codedError{exitUsage, fmt.Errorf(format, args...)}
}

// runE adapts f to cobra. An error f returns is an ordinary error (exit 1)
// unless it already carries a code. Errors that reach Run without a code
// come from cobra itself (unknown command or flag, Args checks) and are
// usage errors.
func runE(f func(cmd *cobra.Command, args []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		err := f(cmd, args)
		if err == nil {
			return nil
		}
		if _, ok := errors.AsType[*codedError](err); ok {
			return err
		}
		return &codedError{exitError, err}
	}
}

// Main runs timeline with the process's arguments and standard streams and
// returns the exit code. Ctrl-C (SIGINT) or SIGTERM stops the command
// cleanly: it writes nothing and exits with code 130. A second signal ends
// the program at once. With TIMELINE_TRACE=FILE in the environment, the run
// writes a Go execution trace to FILE (see startTrace).
func Main() int {
	stopTrace, err := startTrace(os.Getenv(traceEnv))
	if err != nil {
		fmt.Fprintf(os.Stderr, "timeline: %s: %v\n", traceEnv, err)
		return exitError
	}
	defer stopTrace()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // from now on, a signal has its default effect
	}()
	return RunContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
}

// Run runs timeline with args (without the program name) and returns the exit
// code. It never panics: a bug is reported as an internal error.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return RunContext(context.Background(), args, stdin, stdout, stderr)
}

// RunContext is Run that stops when ctx is done, as on Ctrl-C: the command
// stops its work, writes nothing, and the exit code is 130.
func RunContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "timeline: internal error: %v\nThis is a bug; please report it with the command you ran.\n", r)
			code = exitError
		}
	}()

	root := newRootCmd()
	if args == nil {
		args = []string{} // nil would make cobra read os.Args
	}
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)

	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	code = exitUsage
	if ce, ok := errors.AsType[*codedError](err); ok {
		code = ce.code
	}
	printError(stderr, err)
	if code == exitUsage && cmd != nil {
		fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
	}
	return code
}

// printError prints err as "timeline: message", one line per joined error.
func printError(w io.Writer, err error) {
	if ce, ok := err.(*codedError); ok {
		err = ce.err
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	for _, e := range errs {
		fmt.Fprintf(w, "timeline: %s\n", strings.TrimRight(e.Error(), "\n"))
	}
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "timeline",
		Short: "Turn news articles into dated event timelines",
		Long: `timeline finds the dates in news articles ("last month", "on Aug. 1",
"in the 1990s"), resolves them against each article's publication date, and
orders the dated sentences into one timeline with citations.

An article is a text or Markdown file, optionally with YAML front matter:

    ---
    title: Kerry, Lavrov kick off Syria talks in Geneva
    published: 2016-08-26
    ---
    Kerry met Putin in Moscow last month.`,
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetVersionTemplate("timeline {{.Version}}\n")
	root.AddCommand(newBuildCmd(), newMergeCmd(), newDatesCmd(), newEvalCmd())
	return root
}

// version is the main module's version as recorded by the Go toolchain
// ("v1.2.3" for go install ...@v1.2.3), or "(devel)".
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
