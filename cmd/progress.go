package cmd

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// progressDelay is how long a run goes before it shows its progress: short
// runs print nothing.
const progressDelay = time.Second

// progress shows how far a long run has got on standard error: a bar with
// the documents and megabytes done, the rate and the time left when the
// total size is known (files and folders), else a spinner with the counts
// and the rate (standard input). A nil *progress shows nothing; all its
// methods may be called on it.
type progress struct {
	w     io.Writer
	total int64  // bytes; -1 if unknown
	what  string // what is counted: "docs", "lines"
	start time.Time
	delay time.Duration
	bar   *progressbar.ProgressBar
	shown time.Time // when the bar was last drawn
	done  bool
}

// progressEvery is how often the display is redrawn at most.
const progressEvery = 100 * time.Millisecond

// newProgress returns the progress display of a run over total bytes (-1:
// unknown), or nil when standard error is not a terminal (a pipe, a file,
// a test) or quiet is set.
func newProgress(cmd *cobra.Command, quiet bool, total int64, what string) *progress {
	w := cmd.ErrOrStderr()
	if quiet || !isTerminal(w) {
		return nil
	}
	return &progress{w: w, total: total, what: what, start: time.Now(), delay: progressDelay}
}

// isTerminal reports whether w is a terminal that can redraw a line.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd())) && os.Getenv("TERM") != "dumb"
}

// update shows that docs inputs and bytes bytes are done. It is called from
// one goroutine at a time.
func (p *progress) update(docs int, bytes int64) {
	if p == nil || p.done {
		return
	}
	now := time.Now()
	if p.bar == nil {
		if now.Sub(p.start) < p.delay {
			return
		}
		p.bar = p.newBar()
	} else if now.Sub(p.shown) < progressEvery {
		return
	}
	p.shown = now
	if p.total >= 0 {
		bytes = min(bytes, p.total)
	}
	p.bar.Describe(fmt.Sprintf("%d %s", docs, p.what))
	_ = p.bar.Set64(bytes)
}

func (p *progress) newBar() *progressbar.ProgressBar {
	max := p.total
	if max <= 0 {
		max = -1 // a spinner
	}
	return progressbar.NewOptions64(max,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetWidth(24),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionShowCount(),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
	)
}

// stop clears the display, for good: call it before writing messages to
// standard error.
func (p *progress) stop() {
	if p == nil || p.done {
		return
	}
	p.done = true
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
