package ascii

import (
	"encoding/binary"
	"slices"
	"unsafe"

	"github.com/timelinehq/timeline/internal/swar"
)

// LowerText returns s with its ASCII letters lower-cased and every other
// byte as it is, so that offsets into s are offsets into it too, in the
// room of buf, which it returns grown; the result is s itself when s has
// no upper-case letter. Where the result is buf's, it changes when buf is
// used again: a caller must not keep it, nor any part of it, past then.
//
// A document's text is lower-cased once, by LowerText, for the date
// tagger and the entity analysis both.
func LowerText(buf []byte, s string) (string, []byte) {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if upperBytes(swar.LoadAt(s, i)) != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			break
		}
	}
	if i == len(s) {
		return s, buf
	}
	b := slices.Grow(buf[:0], len(s))[:len(s)]
	copy(b, s[:i])
	// Eight bytes at a time: each upper-case letter gets the bit 0x20.
	// Four of them a round, on slices of 32 bytes, leave the loop, the
	// bounds checks and the constants' loads to once a round.
	for ; i+32 <= len(s); i += 32 {
		src, dst := s[i:i+32], b[i:i+32]
		x0, x1, x2, x3 := swar.LoadAt(src, 0), swar.LoadAt(src, 8), swar.LoadAt(src, 16), swar.LoadAt(src, 24)
		binary.LittleEndian.PutUint64(dst, x0|upperBytes(x0)>>2)
		binary.LittleEndian.PutUint64(dst[8:], x1|upperBytes(x1)>>2)
		binary.LittleEndian.PutUint64(dst[16:], x2|upperBytes(x2)>>2)
		binary.LittleEndian.PutUint64(dst[24:], x3|upperBytes(x3)>>2)
	}
	for ; i+8 <= len(s); i += 8 {
		x := swar.LoadAt(s, i)
		binary.LittleEndian.PutUint64(b[i:], x|upperBytes(x)>>2)
	}
	for ; i < len(s); i++ {
		b[i] = Lower(s[i])
	}
	// b is not written again until its next use: share it rather than
	// copy it once more, as strings.Builder does.
	return unsafe.String(&b[0], len(b)), b
}

// upperBytes returns the bytes of x, eight bytes read by swar.LoadAt, that are
// ASCII upper-case letters, as the bit 0x80 of each such byte.
func upperBytes(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low7 := x &^ highs               // each byte below 0x80: the sums below stay within it
	geA := low7 + ones*(0x80-'A')    // 0x80 set where the byte is 'A' or more
	gtZ := low7 + ones*(0x80-'Z'-1)  // 0x80 set where it is more than 'Z'
	return (geA &^ gtZ) &^ x & highs // and not beyond ASCII
}
