package cmd

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/dates"
)

type wantLine struct {
	n    int
	text string
	err  error
}

func checkLines(t *testing.T, r *lineReader, want []wantLine) {
	t.Helper()
	for _, w := range want {
		got, err := r.appendNext(nil)
		if !errors.Is(err, w.err) || string(got) != w.text || r.n != w.n {
			t.Fatalf("got line %d %q, %v; want line %d %q, %v", r.n, abbrev(string(got)), err, w.n, abbrev(w.text), w.err)
		}
	}
	for range 2 {
		if got, err := r.appendNext(nil); err != io.EOF {
			t.Fatalf("after the last line: got %q, %v; want io.EOF", abbrev(string(got)), err)
		}
	}
}

func TestLineReader(t *testing.T) {
	long := strings.Repeat("x", 3<<20) // more than the 1 MiB read buffer
	input := "a\r\n" + long + "\n\n  \nlast"
	checkLines(t, newLineReader(strings.NewReader(input), maxLineBytes), []wantLine{
		{1, "a", nil},
		{2, long, nil},
		{3, "", nil},
		{4, "  ", nil},
		{5, "last", nil}, // no final newline
	})
}

func TestLineReaderTooLong(t *testing.T) {
	input := "short\n" + strings.Repeat("x", 50) + "\nafter\n" + strings.Repeat("z", 30)
	checkLines(t, newLineReader(strings.NewReader(input), 10), []wantLine{
		{1, "short", nil},
		{2, "", errLineTooLong},
		{3, "after", nil},
		{4, "", errLineTooLong}, // at EOF, no newline
	})
}

// appendNext keeps what dst holds, appends the line without its end, and
// nothing for a line too long or at the end.
func TestLineReaderAppendNext(t *testing.T) {
	r := newLineReader(strings.NewReader("one\r\n"+strings.Repeat("x", 50)+"\ntwo"), 10)
	dst := []byte("kept|")
	for _, want := range []struct {
		text string
		err  error
	}{{"kept|one", nil}, {"kept|one", errLineTooLong}, {"kept|onetwo", nil}, {"kept|onetwo", io.EOF}} {
		var err error
		dst, err = r.appendNext(dst)
		if string(dst) != want.text || !errors.Is(err, want.err) {
			t.Fatalf("got %q, %v; want %q, %v", dst, err, want.text, want.err)
		}
	}
}

func TestLineReaderEmpty(t *testing.T) {
	checkLines(t, newLineReader(strings.NewReader(""), 10), nil)
}

func abbrev(s string) string {
	if len(s) > 20 {
		return s[:20] + "..."
	}
	return s
}

// run writes one line per input line, in order, across batches and with
// several jobs: results, errors for a line too long and for bad JSON, none
// for blank lines.
func TestJSONLTaggerRun(t *testing.T) {
	var in, want strings.Builder
	wantFailed, wantTotal := 0, 0
	for i := range 300 { // several batches
		switch {
		case i%50 == 7:
			in.WriteString(`{"id":` + itoa(i) + `,"text":"` + strings.Repeat("x", 300) + `"}` + "\n")
			want.WriteString(`{"id":null,"error":"line ` + itoa(i+1) + `: longer than 200 bytes"}` + "\n")
			wantFailed++
		case i%50 == 8:
			in.WriteString("{bad json\n")
			want.WriteString("error\n")
			wantFailed++
		case i%50 == 9:
			in.WriteString("  \n")
			continue
		default:
			in.WriteString(`{"id":` + itoa(i) + `,"text":"talks resumed last month","published":"2016-08-26"}` + "\n")
			want.WriteString(`{"id":` + itoa(i) + `,"mentions":[` + "\n") // a prefix
		}
		wantTotal++
	}
	for _, jobs := range []int{1, 3} {
		var out strings.Builder
		j := jsonlTagger{tagger: dates.New(), jobs: jobs, maxLine: 200}
		failed, total, err := j.run(strings.NewReader(in.String()), &out)
		if err != nil || failed != wantFailed || total != wantTotal {
			t.Fatalf("jobs %d: failed %d, total %d, %v; want %d, %d", jobs, failed, total, err, wantFailed, wantTotal)
		}
		got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		wants := strings.Split(strings.TrimSuffix(want.String(), "\n"), "\n")
		if len(got) != len(wants) {
			t.Fatalf("jobs %d: %d lines, want %d", jobs, len(got), len(wants))
		}
		for i := range got {
			w := wants[i]
			switch {
			case w == "error":
				if !strings.Contains(got[i], `"error":"line `) {
					t.Errorf("jobs %d, line %d: %s, want an error", jobs, i+1, got[i])
				}
			case strings.HasSuffix(w, "[") && !strings.HasPrefix(got[i], w):
				t.Errorf("jobs %d, line %d: %s, want %s...", jobs, i+1, got[i], w)
			case !strings.HasSuffix(w, "[") && got[i] != w:
				t.Errorf("jobs %d, line %d: %s, want %s", jobs, i+1, got[i], w)
			}
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
