// Package datafile reads the project's embedded word lists: one entry a
// line, "#" comments, blank lines, and optional "[section]" headers.
package datafile

import (
	"iter"
	"strings"
)

// Line is one entry of a data file.
type Line struct {
	N       int    // 1-based line number in the file
	Section string // the [section] it is in; "" before the first
	Text    string // the line, trimmed
}

// Lines yields the entries of data: every trimmed line that is neither
// blank, a comment nor a section header.
func Lines(data string) iter.Seq[Line] {
	return func(yield func(Line) bool) {
		section, n := "", 0
		for raw := range strings.Lines(data) {
			n++
			line := strings.TrimSpace(raw)
			switch {
			case line == "" || strings.HasPrefix(line, "#"):
				continue
			case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
				section = line[1 : len(line)-1]
				continue
			}
			if !yield(Line{N: n, Section: section, Text: line}) {
				return
			}
		}
	}
}
