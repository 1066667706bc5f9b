// Command parallelism reads a Go execution trace (as `TIMELINE_TRACE=FILE
// timeline ...` writes one) and tells how many goroutines ran at once over
// the run: the time with none, one, two... running, and their mean, which is
// how many cores the program kept busy. A goroutine in a system call
// (reading, writing or syncing a file) does not count as running: the
// time in which no goroutine ran but one was in a system call is shown
// apart. The operating system does not show
// in it: a goroutine counts as running while it holds one of Go's
// processors (GOMAXPROCS), even when another process has the core. So the
// mean is what the program would reach on cores of its own, and a second
// core's gain on a shared machine falls short of it by what the machine
// takes (bench/cores.sh measures that).
//
// It also lists which goroutines ran alone, by the function they started
// in, for the longest of those times: the serial parts of the run.
//
//	TIMELINE_TRACE=/tmp/t.trace timeline build --quiet -o /tmp/t.json corpus.jsonl
//	go run ./bench/parallelism /tmp/t.trace      # from bench/parallelism: go run . /tmp/t.trace
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"golang.org/x/exp/trace"
)

func main() {
	top := flag.Int("top", 8, "list the `n` goroutines that ran alone longest")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: parallelism [-top n] TRACE\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "parallelism:", err)
		os.Exit(1)
	}
	defer f.Close()
	p, err := read(f)
	if err != nil {
		fmt.Fprintf(os.Stderr, "parallelism: %s: %v\n", flag.Arg(0), err)
		os.Exit(1)
	}
	p.print(os.Stdout, *top)
}

// profile is what a trace tells about how many goroutines ran at once.
type profile struct {
	wall time.Duration
	// running[n] is the time during which exactly n goroutines ran.
	running []time.Duration
	// alone is the time each function's goroutines ran while no other
	// goroutine did, by the function the goroutine started in.
	alone map[string]time.Duration
	// syscalls is the time during which no goroutine ran and one or more
	// were in system calls: reading, writing, syncing a file.
	syscalls time.Duration
}

// mean returns the mean number of goroutines running over the run.
func (p *profile) mean() float64 {
	var sum float64
	for n, d := range p.running {
		sum += float64(n) * d.Seconds()
	}
	if p.wall <= 0 {
		return 0
	}
	return sum / p.wall.Seconds()
}

// read reads a trace and integrates, over time, the number of goroutines
// in the running state.
func read(r io.Reader) (*profile, error) {
	tr, err := trace.NewReader(r)
	if err != nil {
		return nil, err
	}
	p := &profile{alone: map[string]time.Duration{}}
	running, insys := map[trace.GoID]bool{}, map[trace.GoID]bool{}
	start := map[trace.GoID]string{}
	var first, last trace.Time
	seen := false
	for {
		ev, err := tr.ReadEvent()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		now := ev.Time()
		if !seen {
			first, last, seen = now, now, true
		}
		d := time.Duration(now - last)
		for len(p.running) <= len(running) {
			p.running = append(p.running, 0)
		}
		p.running[len(running)] += d
		if len(running) == 0 && len(insys) > 0 {
			p.syscalls += d
		}
		if len(running) == 1 {
			for g := range running {
				p.alone[start[g]] += d
			}
		}
		last = now
		if ev.Kind() != trace.EventStateTransition {
			continue
		}
		st := ev.StateTransition()
		if st.Resource.Kind != trace.ResourceGoroutine {
			continue
		}
		g := st.Resource.Goroutine()
		if fn, ok := start[g]; !ok || fn == "?" {
			// A goroutine's creation has the stack it starts with; one that
			// ran before the trace began is named by the stack it shows
			// first.
			fn = startFunc(st.Stack)
			if fn == "?" {
				fn = startFunc(ev.Stack())
			}
			start[g] = fn
		}
		_, to := st.Goroutine()
		delete(running, g)
		delete(insys, g)
		switch to {
		case trace.GoRunning:
			running[g] = true
		case trace.GoSyscall:
			if !waitsForSignals(ev.Stack()) {
				insys[g] = true
			}
		}
	}
	p.wall = time.Duration(last - first)
	return p, nil
}

// waitsForSignals reports whether stack is that of os/signal's goroutine
// waiting for a signal, which the trace shows in a system call all along.
func waitsForSignals(stack trace.Stack) bool {
	for fr := range stack.Frames() {
		if fr.Func == "os/signal.signal_recv" {
			return true
		}
	}
	return false
}

// startFunc returns the outermost function of stack, where its goroutine
// started (runtime.main for the main goroutine), or "?" when the trace has
// no stack for it.
func startFunc(stack trace.Stack) string {
	fn := "?"
	for fr := range stack.Frames() {
		if fr.Func != "" {
			fn = fr.Func
		}
	}
	return fn
}

// print writes the profile and the top goroutines that ran alone.
func (p *profile) print(w io.Writer, top int) {
	fmt.Fprintf(w, "wall %v\n", p.wall.Round(time.Millisecond))
	for n, d := range p.running {
		fmt.Fprintf(w, "%d running: %v (%.1f%%)", n, d.Round(time.Millisecond), percent(d, p.wall))
		if n == 0 {
			fmt.Fprintf(w, ", of which %v in system calls", p.syscalls.Round(time.Millisecond))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "mean goroutines running: %.2f\n", p.mean())
	type fnTime struct {
		fn string
		d  time.Duration
	}
	var alone []fnTime
	for fn, d := range p.alone {
		alone = append(alone, fnTime{fn, d})
	}
	slices.SortFunc(alone, func(a, b fnTime) int { return cmp.Or(cmp.Compare(b.d, a.d), strings.Compare(a.fn, b.fn)) })
	if len(alone) > top {
		alone = alone[:top]
	}
	if len(alone) > 0 {
		fmt.Fprintln(w, "running alone, by the function the goroutine started in:")
	}
	for _, a := range alone {
		fmt.Fprintf(w, "  %v %s\n", a.d.Round(time.Millisecond), a.fn)
	}
}

func percent(d, of time.Duration) float64 {
	if of <= 0 {
		return 0
	}
	return 100 * d.Seconds() / of.Seconds()
}
