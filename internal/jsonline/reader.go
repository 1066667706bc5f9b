package jsonline

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// A Reader reads one JSON text value by value, for a decoder written by
// hand for one shape of nested objects (a record of a partial timeline,
// say), which a generic decoder reads at more cost: segmentio's took 1.6
// times as long on partial records, and allocated more.
//
// It reads the plain kind of JSON that Flat reads: strings with the common
// escapes and valid UTF-8, integers, true and false. Anything else (a
// null, a fraction or exponent, a surrogate escape, invalid UTF-8, bad
// syntax) fails the Reader: every later call returns zero values, and End
// reports false, so that the caller can decode the line with encoding/json,
// whose answer and error message then stand. A decoder calls Fail for what
// its shape does not expect (an unknown or repeated member), for the same
// reason.
//
//	var r jsonline.Reader
//	r.Reset(line)
//	for key := range r.Members() { switch string(key) { case "id": id = r.String() ... default: r.Fail() } }
//	if !r.End() { ... decode with encoding/json ... }
type Reader struct {
	p      parser
	failed bool
	first  bool // no member or element of the innermost object or array read yet
}

// Reset makes r a Reader of the JSON text line.
func (r *Reader) Reset(line []byte) {
	*r = Reader{p: parser{b: line, quote: -1, backslash: -1}}
}

// Fail fails the reader.
func (r *Reader) Fail() { r.failed = true }

// End reports whether the reader has not failed and only white space is
// left of the text.
func (r *Reader) End() bool {
	return !r.failed && r.p.end()
}

// open reads the byte that opens an object or array.
func (r *Reader) open(c byte) bool {
	r.p.space()
	if r.failed || !r.p.eat(c) {
		r.failed = true
		return false
	}
	r.first = true
	return true
}

// next reads up to the next member or element of the object or array
// that end closes, and reports whether there is one; it reads the closing
// byte if not.
func (r *Reader) next(end byte) bool {
	if r.failed {
		return false
	}
	r.p.space()
	if r.p.eat(end) {
		r.first = false
		return false
	}
	if r.first {
		r.first = false
	} else if !r.p.eat(',') {
		r.failed = true
		return false
	}
	r.p.space()
	return true
}

// Members returns an iterator over the members of the object at the
// reader, by key (unescaped; a slice of the line if it holds no escape, to
// compare, not to keep). The caller reads each member's value before
// asking for the next. A reader that fails ends it.
func (r *Reader) Members() func(yield func(key []byte) bool) {
	return func(yield func([]byte) bool) {
		if !r.open('{') {
			return
		}
		for r.next('}') {
			key, ok := r.key()
			if !ok || !yield(key) {
				return
			}
		}
	}
}

// key reads a member's name and the colon after it.
func (r *Reader) key() ([]byte, bool) {
	k := r.Text()
	if !r.failed {
		r.p.space()
		r.failed = !r.p.eat(':')
	}
	r.p.space()
	return k, !r.failed
}

// Expect reads s if the text goes on with it byte for byte, and fails r
// if not. s is JSON syntax a writer puts between values, such as a
// member's name with the comma before it and the colon after it
// (`,"type":`): a decoder of records that one program writes, always in
// the same layout, reads their names so at less cost than with Members,
// and decodes a record in another layout with Members.
func (r *Reader) Expect(s string) bool {
	if !r.Accept(s) {
		r.failed = true
		return false
	}
	return true
}

// Accept reads s if the text goes on with it byte for byte, and reports
// whether it did; unlike Expect, it leaves r as it was if not: for the
// text that may come next (the "]" that ends an array, or an element).
func (r *Reader) Accept(s string) bool {
	p := &r.p
	if r.failed || len(p.b)-p.i < len(s) || string(p.b[p.i:p.i+len(s)]) != s {
		return false
	}
	p.i += len(s)
	return true
}

// Elements returns an iterator over the elements of the array at the
// reader. The caller reads each element before asking for the next.
func (r *Reader) Elements() func(yield func() bool) {
	return func(yield func() bool) {
		if !r.open('[') {
			return
		}
		for r.next(']') {
			if !yield() {
				return
			}
		}
	}
}

// String reads a string.
func (r *Reader) String() string {
	if r.failed {
		return ""
	}
	if t, ok := r.plain(); ok {
		return string(t)
	}
	s, ok := r.p.string()
	if !ok {
		r.failed = true
	}
	return s
}

// Same reads a string as String does, but returns prev, not a copy, when
// the string equals it: for the values that repeat from line to line.
func (r *Reader) Same(prev string) string {
	if r.failed {
		return ""
	}
	if r.repeats(prev) {
		return prev
	}
	if t, ok := r.plain(); ok {
		if string(t) == prev {
			return prev
		}
		return string(t)
	}
	s, ok := r.p.string()
	if !ok {
		r.failed = true
	}
	if s == prev {
		return prev
	}
	return s
}

// repeats reads the string at the reader if it is prev written without
// escapes, as prev is written when it has nothing to escape (plain): the
// bytes compared at once rather than searched for the closing quote, and
// prev checked a word at a time, for a long repeated string (the quote of
// an event's text).
func (r *Reader) repeats(prev string) bool {
	b, i, n := r.p.b, r.p.i, len(prev)
	if n+2 > len(b)-i || b[i] != '"' || b[i+n+1] != '"' || string(b[i+1:i+1+n]) != prev || !plain(prev) {
		return false
	}
	r.p.i = i + n + 2
	return true
}

// Text reads a string and returns its bytes when it holds no escape, a
// slice of the line that the caller may compare or parse without copying;
// else it returns the string unescaped as a new slice.
func (r *Reader) Text() []byte {
	if r.failed {
		return nil
	}
	if t, ok := r.plain(); ok {
		return t
	}
	raw, s, escaped, ok := r.p.text()
	if !ok {
		r.failed = true
		return nil
	}
	if escaped {
		return []byte(s)
	}
	return raw
}

// Bool reads true or false.
func (r *Reader) Bool() bool {
	switch {
	case r.failed:
	case r.p.word("true"):
		return true
	case r.p.word("false"):
	default:
		r.failed = true
	}
	return false
}

// maxIntDigits is the most digits Int reads: any such number fits an int
// (of 64 bits) and needs no overflow check.
const maxIntDigits = 18

// Int reads an integer written without fraction or exponent, -?(0|[1-9][0-9]*),
// of at most maxIntDigits digits.
func (r *Reader) Int() int {
	if r.failed {
		return 0
	}
	p := &r.p
	neg := p.eat('-')
	start := p.i
	n := 0
	for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
		n = n*10 + int(p.b[p.i]-'0')
		p.i++
	}
	digits := p.i - start
	if digits == 0 || digits > maxIntDigits || digits > 1 && p.b[start] == '0' ||
		p.i < len(p.b) && (p.b[p.i] == '.' || p.b[p.i] == 'e' || p.b[p.i] == 'E') {
		r.failed = true
		return 0
	}
	if neg {
		return -n
	}
	return n
}

// plain reads a string of plain ASCII, without escapes or control
// characters, and returns its text, a slice of the line. Most strings of
// a record are such, and short: a pass of parser.text, which finds the
// quote and the next backslash and then checks the text, costs more. On
// any other string it reports false and leaves the reader where it was.
func (r *Reader) plain() ([]byte, bool) {
	b := r.p.b
	start := r.p.i + 1
	if start > len(b) || b[start-1] != '"' {
		return nil, false
	}
	i := start
	for ; i+8 <= len(b); i += 8 {
		if m := firstSpecial(binary.LittleEndian.Uint64(b[i:])); m != 0 {
			i += bits.TrailingZeros64(m) / 8
			goto found
		}
	}
	for i < len(b) && b[i] >= 0x20 && b[i] != '"' && b[i] != '\\' && b[i] < utf8.RuneSelf {
		i++
	}
found:
	if i < len(b) && b[i] == '"' {
		r.p.i = i + 1
		return b[start:i], true
	}
	return nil, false
}
