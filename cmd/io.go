package cmd

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/timelinehq/timeline/internal/atomicfile"
	"github.com/timelinehq/timeline/internal/gcpace"
	"github.com/timelinehq/timeline/timeline"
)

// displayName is how messages name an input.
func displayName(path string) string {
	if path == "-" {
		return "stdin"
	}
	return path
}

// checkStdinOnce rejects reading standard input ("-") twice: the second read
// would silently see nothing.
func checkStdinOnce(paths []string) error {
	seen := false
	for _, p := range paths {
		if p == "-" {
			if seen {
				return usageErrorf(`"-" (standard input) can be given only once`)
			}
			seen = true
		}
	}
	return nil
}

// readDocument reads and parses the article at path ("-" for stdin): a
// saved web page or a text or Markdown article, as build reads them
// (timeline.ReadAny).
func readDocument(stdin io.Reader, path string) (*timeline.Document, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("read stdin: %w", err)
		}
	} else {
		data, err = os.ReadFile(path) // its errors name the file
		if err != nil {
			if fi, serr := os.Stat(path); serr == nil && fi.IsDir() {
				return nil, fmt.Errorf("%s is a folder: dates reads one article; name a file in it, or use timeline build, which reads folders", path)
			}
			return nil, &fileError{name: path, err: err}
		}
	}
	doc, err := timeline.ReadAny(path, data)
	if err != nil {
		// Name the file unless the parser already did.
		if name := displayName(path); !strings.Contains(err.Error(), name) {
			err = fmt.Errorf("%s: %w", name, err)
		}
		return nil, err
	}
	return doc, nil
}

// streamMemory sets the garbage collector for a streaming command (dates
// --jsonl, build --partial), which keeps little alive: a soft heap limit,
// so that its peak memory stays flat whatever the corpus size, and
// collections less often (GOGC 400), which costs a few tens of MB and saves
// about a tenth of the time. GOMEMLIMIT and GOGC, when set, have the last
// word. The returned function restores the previous settings.
func streamMemory() func() {
	limit := debug.SetMemoryLimit(-1) // -1 reads it
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(streamMemoryLimit)
	}
	restorePercent := gcPercent(400)
	return func() {
		debug.SetMemoryLimit(limit)
		restorePercent()
	}
}

// wholeMemory sets the garbage collector for a command that holds the
// events of a whole corpus until it has merged them (build, merge): its
// heap grows with the corpus whatever the collector does. It collects when
// the heap has tripled (GOGC 200) or grown by wholeHeadroom, whichever is
// more (gcpace): a small or middling corpus's build is collected once or
// twice instead of at every tripling from 4 MB on, which on 20 MB of news
// costs 13% fewer instructions and about a quarter more peak memory, and a
// large one's peak stays within three times what it keeps. GOGC, when set,
// has the last word. The returned function restores the previous setting.
func wholeMemory() func() {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	return gcpace.Start(200, wholeHeadroom)
}

// wholeHeadroom is the least the heap of build or merge may grow by
// between two collections.
const wholeHeadroom = 256 << 20

// gcPercent sets GOGC to percent unless the environment sets it, and
// returns the function that restores it.
func gcPercent(percent int) func() {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(percent)
	return func() { debug.SetGCPercent(old) }
}

// streamMemoryLimit is a stream's soft heap limit: room for a few
// documents of the largest line allowed in flight, well under 100 MB of
// resident memory otherwise.
const streamMemoryLimit = 64 << 20

// fileError is a file that cannot be opened or read, named, with the
// reason in the words build uses for the inputs it skips.
type fileError struct {
	name string
	err  error
}

func (e *fileError) Error() string { return e.name + ": " + timeline.IOReason(e.err) }
func (e *fileError) Unwrap() error { return e.err }

// anchor returns the date relative dates in doc count from: override if set,
// else the document's own.
// A guessed date (a dateline) is used with a warning on stderr.
func anchor(stderr io.Writer, doc *timeline.Document, path string, override time.Time) (time.Time, error) {
	if !override.IsZero() {
		return override, nil
	}
	if doc.Published.IsZero() {
		return time.Time{}, fmt.Errorf(`no publication date for %s: pass --published 2016-08-26 or add "published:" front matter`, displayName(path))
	}
	if w := doc.DateGuess(displayName(path)); w != "" {
		fmt.Fprintf(stderr, "timeline: %s\n", w)
	}
	return doc.Published, nil
}

// output is where a command writes its result: standard output, or the -o
// file, which appears only when commit succeeds. Call discard (deferred) on
// every path; it does nothing after commit.
type output struct {
	w      *bufio.Writer
	path   string           // the -o file; "" for standard output
	file   *atomicfile.File // the pending -o file
	direct *os.File         // the -o file when it is a device or pipe
}

// openOutput opens the -o file path, or stdout if path is "" or "-". It
// fails before any work is done if the file cannot be written.
func openOutput(stdout io.Writer, path string) (*output, error) {
	if path == "" || path == "-" {
		return &output{w: bufio.NewWriterSize(stdout, 64<<10)}, nil
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("cannot write %s: directory %s does not exist", path, dir)
	} else if err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("cannot write %s: %s is not a directory", path, dir)
	}
	if fi, err := os.Stat(path); err == nil {
		switch {
		case fi.IsDir():
			return nil, fmt.Errorf("cannot write %s: it is a directory; give a file name", path)
		case !fi.Mode().IsRegular():
			// A device or pipe (/dev/stdout, a FIFO): there is nothing to
			// replace, so write to it directly.
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			if err != nil {
				return nil, writeError(path, err)
			}
			return &output{w: bufio.NewWriterSize(f, 64<<10), path: path, direct: f}, nil
		}
	}
	f, err := atomicfile.Create(path, 0o666)
	if err != nil {
		return nil, writeError(path, err)
	}
	return &output{w: bufio.NewWriterSize(f, 64<<10), path: path, file: f}, nil
}

func (o *output) Write(p []byte) (int, error) { return o.w.Write(p) }

// commit flushes the output and puts the -o file in place.
func (o *output) commit() error {
	err := o.w.Flush()
	switch {
	case o.file != nil:
		if err == nil {
			err = o.file.Commit()
		}
		o.file.Discard()
	case o.direct != nil:
		if cerr := o.direct.Close(); err == nil {
			err = cerr
		}
		o.direct = nil
	}
	if err != nil {
		if o.path == "" {
			return writeError("standard output", err)
		}
		return writeError(o.path, err)
	}
	return nil
}

// discard drops an uncommitted -o file.
func (o *output) discard() {
	if o.file != nil {
		o.file.Discard()
	}
	if o.direct != nil {
		o.direct.Close()
	}
}

// writeError says which output failed and why, without the name of the
// temporary file the error may carry.
func writeError(path string, err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		err = pe.Err
	} else if le, ok := errors.AsType[*os.LinkError](err); ok {
		err = le.Err
	}
	return fmt.Errorf("cannot write %s: %w", path, err)
}
