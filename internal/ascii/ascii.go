// Package ascii lower-cases ASCII text, for the lookups whose keys are in
// lower case: words of a lexicon, boilerplate lines.
package ascii

import "unicode/utf8"

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
