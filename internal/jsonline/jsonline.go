// Package jsonline decodes, in one pass, the flat JSON objects that a
// JSON-lines corpus holds: {"id": 7, "text": "...", "published": "..."}.
//
// encoding/json reads each line twice (once to check it, once to decode)
// and costs about a sixth of the time of tagging a corpus. Flat decodes only
// the plain case: an object whose members are strings (with the common
// escapes), numbers, true, false or null. For anything else (nested values,
// surrogate escapes, invalid UTF-8, bad syntax) it reports false, and the
// caller decodes with encoding/json, whose answer and error message then
// stand. Where Flat answers, it answers as encoding/json would.
//
// For nested objects of a known shape, a Reader reads the same plain kind
// of JSON value by value, for decoders written by hand (the records of a
// partial timeline), and declines the rest in the same way.
//
// The other way, AppendString writes a string as encoding/json does, for
// the writers of JSON lines that build them by hand.
package jsonline

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/swar"
)

// Member is one member of a flat object.
type Member struct {
	Key string // the name, unescaped
	Raw []byte // the value's JSON text, a slice of the line
	// Str is the decoded value when IsString.
	Str      string
	IsString bool
	// field, for Decode, is 1 + the index of the field whose name the key
	// spells without escapes, which is then not copied into Key; else 0.
	field int
}

// Flat appends the members of the object on line to dst. It returns false
// when line is not a flat object of the plain kind described above. A line
// it accepts is valid UTF-8 (a caller need not check it again): the text of
// its strings is checked, and the rest is JSON's ASCII syntax.
func Flat(line []byte, dst []Member) ([]Member, bool) {
	return flat(line, dst, nil)
}

// flat is Flat, with the fields whose names a key, if it is written
// without escapes as one of them, shares rather than copies.
func flat(line []byte, dst []Member, fields []Field) ([]Member, bool) {
	p := parser{b: line, quote: -1, backslash: -1, fields: fields}
	p.space()
	if !p.eat('{') {
		return dst, false
	}
	p.space()
	if p.eat('}') {
		return dst, p.end()
	}
	for {
		p.space()
		key, field, ok := p.key()
		if !ok {
			return dst, false
		}
		p.space()
		if !p.eat(':') {
			return dst, false
		}
		p.space()
		m := Member{Key: key, field: field}
		start := p.i
		switch {
		case p.i < len(p.b) && p.b[p.i] == '"':
			m.Str, ok = p.string()
			m.IsString = true
		case p.word("true"), p.word("false"), p.word("null"):
			ok = true
		default:
			ok = p.number()
		}
		if !ok {
			return dst, false
		}
		m.Raw = line[start:p.i]
		dst = append(dst, m)
		p.space()
		if p.eat('}') {
			return dst, p.end()
		}
		if !p.eat(',') {
			return dst, false
		}
	}
}

type parser struct {
	b []byte
	i int
	// The offsets of the next quote and the next backslash of b at or
	// after those last asked for (len(b) if there is none), found by
	// bytes.IndexByte, which reads many bytes at a time: each byte of the
	// line is searched at most once for each. Where one is before i, it is
	// looked for again from i.
	quote, backslash int
	fields           []Field // names that key shares
}

func (p *parser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *parser) eat(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// end reports whether only white space is left.
func (p *parser) end() bool {
	p.space()
	return p.i == len(p.b)
}

func (p *parser) word(w string) bool {
	// Compared so, the bytes are not copied into a string first.
	if len(p.b)-p.i >= len(w) && string(p.b[p.i:p.i+len(w)]) == w {
		p.i += len(w)
		return true
	}
	return false
}

// string reads a JSON string of valid UTF-8 whose escapes, if any, are
// one of \" \\ \/ \b \f \n \r \t or a \u escape outside the surrogates.
func (p *parser) string() (string, bool) {
	raw, s, escaped, ok := p.text()
	if !ok || escaped {
		return s, ok
	}
	return string(raw), true
}

// key reads a member's name as string does, but a name that is one of
// p.fields' without escapes it returns as 1 + the field's index, and no
// copy. (Returning the field's Name instead would make the escape analysis
// move what the fields point to onto the heap.)
func (p *parser) key() (string, int, bool) {
	raw, s, escaped, ok := p.text()
	if !ok || escaped {
		return s, 0, ok
	}
	for i := range p.fields {
		if string(raw) == p.fields[i].Name {
			return "", i + 1, true
		}
	}
	return string(raw), 0, true
}

// text reads a JSON string as string does: if it has escapes, as s
// unescaped; if not, as raw, the bytes between the quotes, which are the
// line's.
//
// It goes from escape to escape (bytes.IndexByte finds quotes and
// backslashes many bytes at a time), unescaping as it goes, and then checks
// the whole string between its quotes in one pass.
func (p *parser) text() (raw []byte, s string, escaped, ok bool) {
	if !p.eat('"') {
		return nil, "", false, false
	}
	start := p.i
	var sb strings.Builder // the string unescaped, once there is an escape
	for {
		if p.quote < p.i {
			p.quote = indexFrom(p.b, p.i, '"')
		}
		if p.backslash < p.i {
			if p.i < len(p.b) && p.b[p.i] == '\\' {
				p.backslash = p.i // escapes often come in pairs: \n\n
			} else {
				p.backslash = indexFrom(p.b, p.i, '\\')
			}
		}
		if p.quote == len(p.b) {
			return nil, "", false, false
		}
		if p.backslash > p.quote {
			break
		}
		if sb.Cap() == 0 {
			sb.Grow(len(p.b) - start) // at most the rest of the line: one allocation
		}
		sb.Write(p.b[p.i:p.backslash])
		p.i = p.backslash
		if !p.escape(&sb) {
			return nil, "", false, false
		}
	}
	rest := p.b[p.i:p.quote] // after the last escape
	js := p.b[start:p.quote] // the JSON text
	p.i = p.quote + 1
	// The escapes are ASCII and stand for whole runes: the string is valid
	// UTF-8 if its JSON text is.
	if !validText(js) {
		return nil, "", false, false
	}
	if sb.Cap() == 0 {
		return js, "", false, true
	}
	sb.Write(rest)
	return nil, sb.String(), true, true
}

// escape appends what the escape at p.i stands for to sb and reads past it.
func (p *parser) escape(sb *strings.Builder) bool {
	if p.i+1 >= len(p.b) {
		return false
	}
	e := p.b[p.i+1]
	p.i += 2
	switch e {
	case '"', '\\', '/':
		sb.WriteByte(e)
	case 'b':
		sb.WriteByte('\b')
	case 'f':
		sb.WriteByte('\f')
	case 'n':
		sb.WriteByte('\n')
	case 'r':
		sb.WriteByte('\r')
	case 't':
		sb.WriteByte('\t')
	case 'u':
		r, ok := hex4(p.b[p.i:])
		if !ok || r >= 0xD800 && r < 0xE000 {
			return false
		}
		sb.WriteRune(r)
		p.i += 4
	default:
		return false
	}
	return true
}

// validText reports whether s, the JSON text of a string between its
// quotes, has no control byte and is valid UTF-8.
func validText(s []byte) bool {
	for {
		// Plain ASCII, 64 and then 8 bytes at a time: a byte below 0x20 or
		// beyond ASCII sets a high bit of (w - 0x20 in each byte) | w, and
		// a borrow only follows such a byte. (s is resliced rather than
		// indexed, so that the loads need no bounds checks.)
		for len(s) >= 64 && plain32(s) && plain32(s[32:]) {
			s = s[64:]
		}
		for len(s) >= 8 {
			if w := binary.LittleEndian.Uint64(s); (w|(w-swar.Low*0x20))&swar.High != 0 {
				break
			}
			s = s[8:]
		}
		if len(s) == 0 {
			return true
		}
		// Then one byte or rune.
		switch c := s[0]; {
		case c < 0x20:
			return false
		case c < utf8.RuneSelf:
			s = s[1:]
		default:
			r, size := utf8.DecodeRune(s)
			if r == utf8.RuneError && size == 1 {
				return false
			}
			s = s[size:]
		}
	}
}

// plain32 reports whether the first 32 bytes of s are ASCII, none below
// 0x20, as validText tests 8 bytes.
func plain32(s []byte) bool {
	w0, w1 := binary.LittleEndian.Uint64(s), binary.LittleEndian.Uint64(s[8:])
	w2, w3 := binary.LittleEndian.Uint64(s[16:]), binary.LittleEndian.Uint64(s[24:])
	return (w0|w1|w2|w3|(w0-swar.Low*0x20)|(w1-swar.Low*0x20)|(w2-swar.Low*0x20)|(w3-swar.Low*0x20))&swar.High == 0
}

// indexFrom returns the offset of the first c in b from i on, or len(b).
func indexFrom(b []byte, i int, c byte) int {
	if k := bytes.IndexByte(b[i:], c); k >= 0 {
		return i + k
	}
	return len(b)
}

// hex4 reads the four hex digits at the start of b.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// number reads a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *parser) number() bool {
	p.eat('-')
	switch {
	case p.eat('0'):
	case p.i < len(p.b) && p.b[p.i] >= '1' && p.b[p.i] <= '9':
		p.digits()
	default:
		return false
	}
	if p.eat('.') && !p.digits() {
		return false
	}
	if p.eat('e') || p.eat('E') {
		if !p.eat('+') {
			p.eat('-')
		}
		if !p.digits() {
			return false
		}
	}
	return true
}

// digits reads one or more digits.
func (p *parser) digits() bool {
	start := p.i
	for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
		p.i++
	}
	return p.i > start
}

// Field is where Decode puts one member of an object: its JSON name, and
// either Str for a string member or Raw for any value, kept as JSON.
type Field struct {
	Name string
	Str  *string
	Raw  *[]byte
}

// Decode decodes the flat object on line into fields, as json.Unmarshal
// decodes it into a struct whose members carry those names (Raw being a
// json.RawMessage): unknown members are ignored and the last of repeated
// ones wins. It returns false, with fields partly set, where json.Unmarshal
// must decide: a line Flat declines, a Str field that is not a string
// (null, or a type error), or a name that differs from a field's only in
// case, which json.Unmarshal matches. A line it decodes is valid UTF-8, as
// one Flat accepts.
func Decode(line []byte, fields []Field) bool {
	var buf [8]Member
	members, ok := flat(line, buf[:0], fields)
	if !ok {
		return false
	}
next:
	for _, m := range members {
		for i, f := range fields {
			if m.field != i+1 && (m.field != 0 || m.Key != f.Name) {
				continue
			}
			if f.Raw != nil {
				*f.Raw = append([]byte(nil), m.Raw...)
			} else if !m.IsString {
				return false
			} else {
				*f.Str = m.Str
			}
			continue next
		}
		for _, f := range fields {
			if strings.EqualFold(m.Key, f.Name) {
				return false
			}
		}
	}
	return true
}
