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
	every := flag.Duration("every", 0, "also print, for each slot of `d` (e.g. 20ms) from the start, the mean goroutines running and which ran alone")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: parallelism [-top n] [-every d] TRACE\n")
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
	p, err := read(f, *every)
	if err != nil {
		fmt.Fprintf(os.Stderr, "parallelism: %s: %v\n", flag.Arg(0), err)
		os.Exit(1)
	}
	p.print(os.Stdout, *top)
	p.printSlots(os.Stdout)
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
	// every is the length of the slots (0: none); slots are the running
	// and alone figures of each slot of that length from the start.
	every time.Duration
	slots []*slot
}

// slot is what one stretch of the run shows: the time integral of the
// goroutines running in it, and the time each function ran alone.
type slot struct {
	busy  time.Duration // the sum over time of the goroutines running
	sys   time.Duration // the same of the goroutines in system calls
	alone map[string]time.Duration
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
func read(r io.Reader, every time.Duration) (*profile, error) {
	tr, err := trace.NewReader(r)
	if err != nil {
		return nil, err
	}
	p := &profile{alone: map[string]time.Duration{}, every: every}
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
		p.addSlots(time.Duration(last-first), d, running, len(insys), start)
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

// addSlots adds to the slots the stretch of length d that starts at
// offset at, in which the goroutines running ran.
func (p *profile) addSlots(at, d time.Duration, running map[trace.GoID]bool, insys int, start map[trace.GoID]string) {
	for p.every > 0 && d > 0 {
		i := int(at / p.every)
		for len(p.slots) <= i {
			p.slots = append(p.slots, &slot{alone: map[string]time.Duration{}})
		}
		part := min(d, time.Duration(i+1)*p.every-at)
		s := p.slots[i]
		s.busy += part * time.Duration(len(running))
		s.sys += part * time.Duration(insys)
		if len(running) == 1 {
			for g := range running {
				s.alone[start[g]] += part
			}
		}
		at, d = at+part, d-part
	}
}

// printSlots writes, for each slot, its offset, the mean goroutines
// running in it, the mean in system calls, and the functions that ran
// alone for a tenth of it or more, longest first.
func (p *profile) printSlots(w io.Writer) {
	if len(p.slots) > 0 {
		fmt.Fprintln(w, "from the start: goroutines running, in system calls; who ran alone")
	}
	for i, s := range p.slots {
		fmt.Fprintf(w, "%8v %.2f %.2f", time.Duration(i)*p.every, s.busy.Seconds()/p.every.Seconds(), s.sys.Seconds()/p.every.Seconds())
		for _, a := range longest(s.alone, len(s.alone)) {
			if a.d*10 >= p.every {
				fmt.Fprintf(w, "  %s %v", shortName(a.fn), a.d.Round(time.Millisecond))
			}
		}
		fmt.Fprintln(w)
	}
}

// shortName drops the module path from a function name.
func shortName(fn string) string {
	return strings.TrimPrefix(fn, "github.com/timelinehq/timeline/")
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
	alone := longest(p.alone, top)
	if len(alone) > 0 {
		fmt.Fprintln(w, "running alone, by the function the goroutine started in:")
	}
	for _, a := range alone {
		fmt.Fprintf(w, "  %v %s\n", a.d.Round(time.Millisecond), a.fn)
	}
}

// fnTime is a function and the time its goroutines ran alone.
type fnTime struct {
	fn string
	d  time.Duration
}

// longest returns the top functions of alone by time, longest first.
func longest(alone map[string]time.Duration, top int) []fnTime {
	var fs []fnTime
	for fn, d := range alone {
		fs = append(fs, fnTime{fn, d})
	}
	slices.SortFunc(fs, func(a, b fnTime) int { return cmp.Or(cmp.Compare(b.d, a.d), strings.Compare(a.fn, b.fn)) })
	return fs[:min(top, len(fs))]
}

func percent(d, of time.Duration) float64 {
	if of <= 0 {
		return 0
	}
	return 100 * d.Seconds() / of.Seconds()
}
