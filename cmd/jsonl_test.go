package cmd

import (
	"errors"
	"io"
	"strings"
	"testing"
)

type wantLine struct {
	n    int
	text string
	err  error
}

func checkLines(t *testing.T, r *lineReader, want []wantLine) {
	t.Helper()
	for _, w := range want {
		got, err := r.next()
		if !errors.Is(err, w.err) || string(got) != w.text || r.n != w.n {
			t.Fatalf("got line %d %q, %v; want line %d %q, %v", r.n, abbrev(string(got)), err, w.n, abbrev(w.text), w.err)
		}
	}
	for range 2 {
		if got, err := r.next(); err != io.EOF {
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

func TestLineReaderEmpty(t *testing.T) {
	checkLines(t, newLineReader(strings.NewReader(""), 10), nil)
}

func abbrev(s string) string {
	if len(s) > 20 {
		return s[:20] + "..."
	}
	return s
}
