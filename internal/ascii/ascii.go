// Package ascii lower-cases ASCII text, for the lookups whose keys are in
// lower case (words of a lexicon, boilerplate lines), tells the bytes and
// runes that belong to a word, and whether a text is ASCII at all.
package ascii

import (
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/swar"
)

// Is reports whether s is all ASCII. It reads eight bytes at a time, as
// callers ask it of whole articles.
func Is(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if !swar.ASCII(swar.LoadAt(s, i)) {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// LowerTable maps each ASCII byte to its lower case.
var LowerTable = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// Word tells the bytes that are ASCII letters and digits (false for every
// byte that is not ASCII).
var Word = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// IsWordRune reports whether r belongs to a word: a letter, a digit or a
// nonspacing mark. ASCII is decided by Word; the test is small enough to be
// inlined.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return Word[r]
	}
	return isWordRuneUnicode(r)
}

// isWordRuneUnicode is IsWordRune of a rune that is not ASCII, apart so
// that IsWordRune is inlined.
func isWordRuneUnicode(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Lower lowers an ASCII capital letter; other bytes are left as they are.
func Lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// AppendLower appends s in lower case to b if s is ASCII; ok is false, and
// b as it was, if s is not.
func AppendLower(b []byte, s string) (_ []byte, ok bool) {
	n := len(b)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return b[:n], false
		}
		b = append(b, LowerTable[c])
	}
	return b, true
}
