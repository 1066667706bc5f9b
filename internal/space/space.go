// Package space collapses the white space of text to single spaces, so that
// hard-wrapped text reads as one line: the quotes of citations, the keys of
// boilerplate lines, the text a renderer writes on one line. Most such text
// has nothing to collapse, and is given back as it is without the work.
package space

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/swar"
)

// Collapse returns s with its runs of white space, line breaks included,
// made one ASCII space and both ends trimmed: strings.Join(strings.Fields(s),
// " "), but s itself when that is s already.
func Collapse(s string) string {
	if Collapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// AppendCollapse appends Collapse(s) to b, without making it first.
func AppendCollapse(b []byte, s string) []byte {
	if Collapsed(s) {
		return append(b, s...)
	}
	sep := false
	for f := range strings.FieldsSeq(s) {
		if sep {
			b = append(b, ' ')
		}
		b, sep = append(b, f...), true
	}
	return b
}

// Collapsed reports whether Collapse(s) is s: no white space at either end,
// and none inside but single ASCII spaces.
func Collapsed(s string) bool {
	space := true // as if a space came before s
	i := 0
	for {
		// Eight ASCII bytes at once, none of them a control byte.
		for ; i+8 <= len(s); i += 8 {
			w := swar.LoadAt(s, i)
			if (w|^(w+swar.Low*addControl))&swar.High != 0 {
				break // not ASCII, or a control byte: see below
			}
			spaces := ^(w + swar.Low*addSpace) & swar.High
			if spaces&(spaces<<8) != 0 || space && spaces&0x80 != 0 {
				return false // two spaces in a row, or a space first
			}
			space = spaces>>63 != 0
		}
		if i >= len(s) {
			return !space || s == ""
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if space {
					return false
				}
				space = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				space = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		space = false
		i += size
	}
}

// Added to each byte of eight ASCII bytes (which carries into no other
// byte), addControl sets the high bit of every byte but the control bytes
// (below 0x20), and addSpace that of every byte but those and the space.
const (
	addControl = 0x80 - 0x20
	addSpace   = 0x80 - 0x21
)
