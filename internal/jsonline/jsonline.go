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
}

// Flat appends the members of the object on line to dst. It returns false
// when line is not a flat object of the plain kind described above.
func Flat(line []byte, dst []Member) ([]Member, bool) {
	p := parser{b: line, quote: -1, backslash: -1}
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
		key, ok := p.string()
		if !ok {
			return dst, false
		}
		p.space()
		if !p.eat(':') {
			return dst, false
		}
		p.space()
		m := Member{Key: key}
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
	// line is searched at most once for each.
	quote, backslash int
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
	if strings.HasPrefix(string(p.b[p.i:]), w) {
		p.i += len(w)
		return true
	}
	return false
}

// string reads a JSON string of valid UTF-8 whose escapes, if any, are
// one of \" \\ \/ \b \f \n \r \t or a \u escape outside the surrogates.
func (p *parser) string() (string, bool) {
	if !p.eat('"') {
		return "", false
	}
	start := p.i
	// The common case: no escapes, all ASCII or valid UTF-8.
	for p.i < len(p.b) {
		p.i = p.plainRun(p.i)
		if p.i == len(p.b) {
			break
		}
		c := p.b[p.i]
		if c == '"' {
			s := p.b[start:p.i]
			p.i++
			if !utf8.Valid(s) {
				return "", false
			}
			return string(s), true
		}
		if c == '\\' || c < 0x20 {
			break
		}
		p.i++
	}
	var sb strings.Builder
	sb.Grow(len(p.b) - start) // at most the rest of the line: one allocation
	sb.Write(p.b[start:p.i])
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			s := sb.String()
			if !utf8.ValidString(s) {
				return "", false
			}
			return s, true
		case c < 0x20:
			return "", false
		case c != '\\':
			// copy the run up to the next quote, escape or control byte
			j := p.plainRun(p.i + 1)
			sb.Write(p.b[p.i:j])
			p.i = j
			continue
		}
		if p.i+1 >= len(p.b) {
			return "", false
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
			r, ok := p.hex4()
			if !ok || utf8.ValidRune(r) == false || r >= 0xD800 && r < 0xE000 {
				return "", false
			}
			sb.WriteRune(r)
		default:
			return "", false
		}
	}
	return "", false
}

// plainRun returns the offset of the first quote, backslash or control
// byte of p.b from i on, or len(p.b): the end of a run that a string copies
// as it is.
func (p *parser) plainRun(i int) int {
	p.quote = nextByte(p.b, i, p.quote, '"')
	p.backslash = nextByte(p.b, i, p.backslash, '\\')
	end := min(p.quote, p.backslash)
	// Control bytes are not allowed in a string and rare in a line: look
	// for them sixteen bytes at a time.
	for i+16 <= end {
		b := p.b[i : i+16]
		w0, w1 := binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[8:])
		if ((w0-swar.Low*0x20)&^w0|(w1-swar.Low*0x20)&^w1)&swar.High != 0 {
			break // swar.HasBelow(w, 0x20) of either
		}
		i += 16
	}
	for ; i < end; i++ {
		if p.b[i] < 0x20 {
			return i
		}
	}
	return end
}

// nextByte returns the offset of the first c in b from i on, or len(b),
// given at, that offset as found from an earlier i (or -1): it searches
// again only if i is past it.
func nextByte(b []byte, i, at int, c byte) int {
	if at >= i {
		return at
	}
	if k := bytes.IndexByte(b[i:], c); k >= 0 {
		return i + k
	}
	return len(b)
}

func (p *parser) hex4() (rune, bool) {
	if p.i+4 > len(p.b) {
		return 0, false
	}
	var r rune
	for _, c := range p.b[p.i : p.i+4] {
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
	p.i += 4
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
// case, which json.Unmarshal matches.
func Decode(line []byte, fields []Field) bool {
	var buf [8]Member
	members, ok := Flat(line, buf[:0])
	if !ok {
		return false
	}
next:
	for _, m := range members {
		for _, f := range fields {
			if m.Key != f.Name {
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
