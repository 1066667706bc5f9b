package jsonline

import (
	"math/bits"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/swar"
)

// AppendString appends s as a JSON string the way encoding/json does
// without HTML escaping (Encoder.SetEscapeHTML(false)): quotes, backslashes and control characters
// escaped, invalid UTF-8 as \ufffd, U+2028 and U+2029 as \u2028 and
// \u2029.
func AppendString(b []byte, s string) []byte {
	return append(AppendStringBody(append(b, '"'), s), '"')
}

// AppendStringBody appends what AppendString appends between the quotes,
// for a writer that appends the quotes with the text around them.
func AppendStringBody(b []byte, s string) []byte {
	if plain(s) {
		// The common case, and all of a short value: nothing to escape.
		return append(b, s...)
	}
	return appendEscaped(b, s, plainLen(s))
}

// plain reports whether s has no byte that AppendString escapes, as
// plainLen(s) == len(s) does, but reading a long s 32 bytes at a time and
// a short s or the end of a long one as one word, of overlapping loads.
func plain(s string) bool {
	var w uint64
	switch n := len(s); {
	case n >= 8:
		i := 0
		for ; i+32 < n; i += 32 {
			// Four words, one branch; the bounds of t need checking once.
			t := s[i : i+32]
			if firstSpecial(swar.Load(t))|firstSpecial(swar.Load(t[8:]))|
				firstSpecial(swar.Load(t[16:]))|firstSpecial(swar.Load(t[24:])) != 0 {
				return false
			}
		}
		for ; i+8 < n; i += 8 {
			if firstSpecial(swar.LoadAt(s, i)) != 0 {
				return false
			}
		}
		w = swar.LoadAt(s, n-8)
	case n >= 4:
		w = uint64(load32(s)) | uint64(load32(s[n-4:]))<<32
	case n > 0:
		w = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16 | swar.Low*'a'&^0xffffff
	default:
		return true
	}
	return firstSpecial(w) == 0
}

// load32 reads the first four bytes of s as a little-endian number.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// appendEscaped appends s, whose first i bytes need no escaping.
func appendEscaped(b []byte, s string, i int) []byte {
	const hex = "0123456789abcdef"
	start := 0
	for i < len(s) {
		// Most of a text is plain ASCII, copied as it is: skip it eight
		// bytes at a time, up to the first byte that is not.
		for i+8 <= len(s) {
			if m := special(swar.LoadAt(s, i)); m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(b, s[start:]...)
}

// special returns the bytes of w that AppendString cannot copy as they
// are, as 0x80 in their place: a quote, a backslash, a control character or
// a byte beyond ASCII.
func special(w uint64) uint64 {
	w7 := w &^ swar.High // a byte beyond ASCII is marked by its high bit alone
	return w&swar.High | swar.Equal(w7, '"') | swar.Equal(w7, '\\') | swar.Between(w7, 0, 0x1f)
}

// plainLen returns the length of the longest prefix of s that AppendString
// copies as it is: no quote, backslash, control character or byte beyond
// ASCII.
func plainLen(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if m := firstSpecial(swar.LoadAt(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf {
			break
		}
	}
	return i
}

// firstSpecial marks, as 0x80 in its place, the first byte of w that
// special marks; bytes after it may be marked or not. It is zero when
// special(w) is. It costs fewer operations than special: a borrow of one
// subtraction can only carry a mark from a marked byte to the bytes after it.
// One test finds both control characters and quotes: flipping bit 1 takes
// a quote (0x22) to 0x20, just below the other bytes from a space on
// (0x20 and 0x21 go to 0x22 and 0x23), and leaves control characters
// below 0x20. A subtraction that does not borrow sets a high bit only
// where w has one, which w itself marks, so that the usual &^ of each
// operand is not needed.
func firstSpecial(w uint64) uint64 {
	q := w ^ swar.Low*('"'^0x20) // below 0x21 at a quote or a control character
	k := w ^ swar.Low*'\\'       // zero at a backslash
	return (w | (q - swar.Low*0x21) | (k - swar.Low)) & swar.High
}
