package cmd

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

// The progress display shows documents, bytes and the rate, and clears its
// line when it stops.
func TestProgressDisplay(t *testing.T) {
	for _, total := range []int64{10 << 20, -1} {
		var buf bytes.Buffer
		p := &progress{w: &buf, total: total, what: "docs", start: time.Now()}
		for i := 1; i <= 5; i++ {
			p.update(i*10, int64(i)<<20)
			time.Sleep(120 * time.Millisecond) // past the throttle
		}
		p.stop()
		p.update(60, 6<<20) // after stop: nothing
		out := buf.String()
		for _, want := range []string{"50 docs", "MB", "/s"} {
			if !strings.Contains(out, want) {
				t.Errorf("total %d: progress %q lacks %q", total, out, want)
			}
		}
		if total > 0 && !strings.Contains(out, "50%") {
			t.Errorf("progress %q lacks the share done", out)
		}
		if strings.Contains(out, "60 docs") {
			t.Errorf("progress shown after stop: %q", out)
		}
		if !strings.HasSuffix(out, "\r") {
			t.Errorf("progress line not cleared at the end: %q", out[max(0, len(out)-40):])
		}
	}

	// Nothing on a pipe, a file or a buffer; nothing with --quiet; a nil
	// *progress does nothing.
	cmd := &cobra.Command{}
	cmd.SetErr(&bytes.Buffer{})
	if p := newProgress(cmd, false, 100, "docs"); p != nil {
		t.Errorf("progress on a buffer")
	}
	var p *progress
	p.update(1, 1)
	p.stop()
}
