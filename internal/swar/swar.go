// Package swar tests eight bytes of text at once, as one 64-bit number
// ("SIMD within a register"), for the byte loops that look for a few
// ASCII bytes in long runs of text. The tests on a number w hold for an
// ASCII w only (ASCII(w)): a caller tests that first and goes byte by
// byte where it fails.
package swar

import "math/bits"

// Low and High are the lowest and the highest bit of each byte.
const (
	Low  uint64 = 0x0101010101010101
	High uint64 = 0x8080808080808080
)

// Load returns the first eight bytes of s as a little-endian number; s
// must have eight bytes or more.
func Load(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// LoadAt returns Load(s[i:]): s[i:i+8] as a little-endian number, which
// the compiler makes one load.
func LoadAt(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// FirstBytes[n] has the bits of the first n bytes of a number (n up to
// eight; the table has 16 entries so that an index masked with 15 needs no
// bounds check): a look-up is cheaper than a shift by a variable count,
// which ties up a register on amd64.
var FirstBytes = [16]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xff_ffffffff, 0xffff_ffffffff, 0xffffff_ffffffff, ^uint64(0)}

// ASCII reports whether the eight bytes of w are ASCII.
func ASCII(w uint64) bool { return w&High == 0 }

// Has reports whether one of the bytes of an ASCII w is c.
func Has(w uint64, c byte) bool {
	x := w ^ Low*uint64(c) // zero where w has c
	return (x-Low)&^x&High != 0
}

// HasBelow reports whether one of the bytes of an ASCII w is below c
// (c at most 0x80).
func HasBelow(w uint64, c byte) bool { return (w-Low*uint64(c))&^w&High != 0 }

// Equal returns the bytes of an ASCII w that are c, as 0x80 in their place
// and 0 elsewhere.
func Equal(w uint64, c byte) uint64 {
	x := w ^ Low*uint64(c) // zero where w has c
	return ^((x&^High + ^High) | x) & High
}

// Between returns the bytes of an ASCII w from lo to hi (lo <= hi, both
// ASCII), as 0x80 in their place and 0 elsewhere.
func Between(w uint64, lo, hi byte) uint64 {
	return (w + Low*uint64(0x80-lo)) &^ (w + Low*uint64(0x80-hi-1)) & High
}

// LowerRun returns how many lower-case ASCII letters begin w (8 if all its
// bytes are). Unlike the other tests it holds for any w: a byte beyond
// ASCII is no letter, and the carries that such a byte sets off reach
// only the bytes after it, past the end of the run.
func LowerRun(w uint64) int {
	return bits.TrailingZeros64(^Between(w, 'a', 'z')&High) / 8
}
