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

// CollapseCopy is Collapse(s) in memory of its own, never a part of s, for
// a string that outlives the text it was cut from.
func CollapseCopy(s string) string {
	if Collapsed(s) {
		return strings.Clone(s)
	}
	f := strings.Fields(s)
	if len(f) == 1 {
		return strings.Clone(f[0])
	}
	return strings.Join(f, " ")
}

// Collapsed reports whether Collapse(s) is s: no white space at either end,
// and none inside but single ASCII spaces.
func Collapsed(s string) bool {
	space := true // as if a space came before s
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight ASCII bytes at once, if none is a control byte.
			if w := swar.Load(s[i:]); swar.ASCII(w) && !swar.HasBelow(w, 0x20) {
				spaces := swar.Equal(w, ' ')
				if spaces&(spaces<<8) != 0 || space && spaces&0x80 != 0 {
					return false // two spaces in a row, or a space first
				}
				space = spaces>>63 != 0
				i += 8
				continue
			}
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
	return !space || s == ""
}
